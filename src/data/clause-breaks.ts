/**
 * Where a sentence holds two statements that sources report apart: a comma followed by a
 * participle of saying with "that" ("…, τονίζοντας ότι…", "…, saying that…"), or by a participle
 * of result that gives a toll ("…, killing at least 41", "…, faisant au moins 38 morts"), which
 * sources report on its own and often with other figures. The second clause starts at the match.
 * Patterns are matched on the sentence as written, with the `u` flag.
 */
export const clauseBreaks: readonly { lang: string; pattern: string; reason: string }[] = [
  {
    lang: 'el',
    pattern: ',\\s+(?=\\p{L}+(?:οντας|ώντας|όντας)\\s+(?:ότι|πως))',
    reason: 'Greek participle of saying + ότι ("τονίζοντας ότι" = stressing that)',
  },
  {
    lang: 'en',
    pattern:
      ',\\s+(?=(?:saying|adding|stressing|noting|stating|calling|describing|insisting|warning|vowing|accusing|denying|urging)\\s)',
    reason: 'English participle of saying, or of calling something so ("…, calling the case political persecution")',
  },
  {
    lang: 'de',
    pattern: ',\\s+(?=(?:und\\s+)?(?:betonte|fügte|erklärte)\\b)',
    reason: 'German "…, and stressed/added…"',
  },
  {
    lang: 'de',
    pattern: '\\s+(?=und\\s+(?:werde|werden|wolle|wollen|habe|haben|sei|seien|könne|können)\\s)',
    reason:
      'German "…und werde/habe/sei…": the reported-speech subjunctive after "und" starts a second reported statement',
  },
  {
    lang: 'ro',
    pattern: ',\\s+(?=(?:subliniind|adăugând|precizând|arătând)\\s+că)',
    reason: 'Romanian gerund of saying + că',
  },
  {
    lang: 'fr',
    pattern: ',\\s+(?=(?:soulignant|ajoutant|affirmant|précisant)\\s+que)',
    reason: 'French participle of saying + que',
  },
  {
    lang: 'fr',
    pattern: ',\\s+(?=(?:qualifiant|dénonçant|accusant)\\s)',
    reason: 'French participle of calling something so ("…, qualifiant l’affaire de persécution politique")',
  },
  {
    lang: 'es',
    pattern: ',\\s+(?=(?:subrayando|añadiendo|afirmando|señalando)\\s+que)',
    reason: 'Spanish gerund of saying + que',
  },
  {
    lang: 'es',
    pattern: ',\\s+(?=(?:calificando|denunciando|acusando)\\s)',
    reason: 'Spanish gerund of calling something so ("…, calificando el caso de persecución política")',
  },
  {
    lang: 'pt',
    pattern: ',\\s+(?=(?:afirmando|dizendo|acrescentando|destacando|classificando|chamando|denunciando|acusando)\\s)',
    reason:
      'Portuguese gerund of saying or of calling something so ("…, classificando o caso de perseguição política")',
  },
  {
    lang: 'it',
    pattern: ',\\s+(?=(?:sottolineando|aggiungendo|affermando)\\s+che)',
    reason: 'Italian gerund of saying + che',
  },
  {
    lang: 'ru',
    pattern: ',\\s+(?=(?:подчеркнув|добавив|отметив|заявив),?\\s+что)',
    reason: 'Russian adverbial participle of saying + что',
  },
  {
    lang: 'he',
    pattern: ',\\s+(?=ו(?:הוסיף|הוסיפה|הוסיפו|הדגיש|הדגישה|הדגישו|ציין|ציינה|ציינו)\\s+(?:כי\\s|ש\\p{L}))',
    reason:
      'Hebrew "…, והוסיף כי…" (and added that): Hebrew has no participle of saying, "and" with the verb does its work',
  },
  {
    lang: 'he',
    pattern:
      ',\\s+(?=כש(?:הוא|היא|הם|הן)\\s+(?:מוסיף|מוסיפה|מוסיפים|מדגיש|מדגישה|מדגישים|מציין|מציינת|מציינים)\\s+(?:כי\\s|ש\\p{L}))',
    reason: 'Hebrew "…, כשהוא מדגיש כי…" (while he stresses that)',
  },
  // Participles of result that bring a toll or the damage done.
  {
    lang: 'en',
    pattern: ',\\s+(?=(?:killing|leaving|injuring|wounding)\\s)',
    reason: 'English "…, killing/leaving…" (the toll of what the clause before tells)',
  },
  {
    lang: 'fr',
    pattern: ',\\s+(?=(?:faisant|tuant|blessant)\\s)',
    reason: 'French "…, faisant au moins 38 morts"',
  },
  {
    lang: 'es',
    pattern: ',\\s+(?=(?:dejando|matando|hiriendo)\\s)',
    reason: 'Spanish "…, dejando al menos 41 muertos"',
  },
  {
    lang: 'it',
    pattern: ',\\s+(?=(?:uccidendo|lasciando|ferendo)\\s)',
    reason: 'Italian "…, uccidendo almeno 38 persone"',
  },
  {
    lang: 'pt',
    pattern: ',\\s+(?=(?:deixando|matando|ferindo)\\s)',
    reason: 'Portuguese "…, deixando pelo menos 12 mortos"',
  },
  {
    lang: 'ro',
    pattern: ',\\s+(?=(?:ucigând|lăsând|rănind)\\s)',
    reason: 'Romanian "…, ucigând cel puțin 12 persoane"',
  },
  {
    lang: 'ru',
    pattern: ',\\s+(?=(?:убив|ранив|унеся|унёсший|унесший)\\s)',
    reason: 'Russian "…, унеся жизни 41 человека"',
  },
  {
    lang: 'uk',
    pattern: ',\\s+(?=(?:вбивши|поранивши|забравши)\\s)',
    reason: 'Ukrainian "…, вбивши щонайменше 12 людей"',
  },
  {
    lang: 'pl',
    pattern: ',\\s+(?=(?:zabijając|raniąc)\\s)',
    reason: 'Polish "…, zabijając co najmniej 12 osób"',
  },
  {
    lang: 'el',
    pattern: ',\\s+(?=(?:σκοτώνοντας|αφήνοντας|τραυματίζοντας)\\s)',
    reason: 'Greek "…, σκοτώνοντας τουλάχιστον 12 ανθρώπους"',
  },
  {
    lang: 'de',
    pattern: ',\\s+(?=(?:wobei|dabei)\\s)',
    reason: 'German "…, wobei mindestens 12 Menschen starben"',
  },
  {
    lang: 'nl',
    pattern: ',\\s+(?=waarbij\\s)',
    reason: 'Dutch "…, waarbij zeker 12 doden vielen"',
  },
  {
    lang: 'id',
    pattern: ',\\s+(?=(?:menewaskan|melukai|mengakibatkan|menyebabkan)\\s)',
    reason: 'Indonesian "…, menewaskan sedikitnya lima orang"',
  },
  {
    lang: 'ms',
    pattern: ',\\s+(?=(?:mengorbankan|mengakibatkan|menyebabkan)\\s)',
    reason: 'Malay "…, mengakibatkan lima maut"',
  },
  {
    lang: 'ar',
    pattern: '،\\s*(?=(?:ما|مما)\\s+(?:أسفر|أدى|أوقع|خلف))',
    reason: 'Arabic "…، ما أسفر عن مقتل…" (which led to the death of)',
  },
  {
    lang: 'zh',
    pattern: '，(?=(?:造成|致使|导致|導致|致))',
    reason: 'Chinese "…起火，造成至少3人死亡"',
  },
  {
    lang: 'vi',
    pattern: ',\\s+(?=(?:khiến|làm)\\s)',
    reason: 'Vietnamese "…, khiến ít nhất 5 người thiệt mạng"',
  },
  {
    lang: 'sv',
    pattern: ',\\s+(?=(?:dödade|skadade)\\s)',
    reason: 'Swedish "…, dödade minst fem personer"',
  },
  {
    lang: 'he',
    pattern: ',\\s+(?=ו?(?:הרג|הרגה|הרגו|הותיר|הותירה|הותירו|גרם|גרמה|גרמו)\\s)',
    reason: 'Hebrew "…, והותיר לפחות 40 הרוגים" (and left at least 40 dead), "…, הרגה לפחות 12"',
  },
  {
    lang: 'he',
    pattern: ',\\s+(?=[שו](?:בו|בה|בהם|בהן|במהלכו|במהלכה)\\s+(?:נהרג|נפצע|נספ|נפגע|קיפח))',
    reason: 'Hebrew "…, שבו נהרגו לפחות 12 בני אדם" (in which at least 12 people were killed)',
  },
  {
    lang: 'hi',
    pattern: ',\\s+(?=जिसमें\\s)',
    reason: 'Hindi "…, जिसमें 18 लोगों की मौत हो गई" (in which 18 people died)',
  },
  {
    lang: 'tr',
    pattern: '(?<=\\s(?:sonucu|sonucunda))\\s+(?=(?:en\\s+az\\s+)?\\p{Nd})',
    reason: 'Turkish "…uçuruma yuvarlanması sonucu 18 kişi hayatını kaybetti" (as a result of its falling, 18 died)',
  },
  {
    lang: 'ja',
    pattern: '(?<=[しで])、(?=(?:少なくとも|計|約)?\\p{Nd}+人(?:以上)?が(?:死亡|死傷|負傷|犠牲|けが|行方不明))',
    reason:
      'Japanese "…谷に転落し、18人が死亡" (fell into the gorge and 18 died): the verb in its joining form, then the toll',
  },
  {
    lang: 'ko',
    pattern:
      '(?<=해|고|며|서|나|져|돼|아|어|여)\\s+(?=(?:최소|적어도)?\\s*\\p{Nd}+\\s*명(?:이|이나|의)?\\s+(?:숨|사망|목숨|부상|다쳤|다치|실종))',
    reason:
      'Korean "…협곡으로 추락해 18명이 숨졌다" (fell into the gorge and 18 died), "…불이 나 최소 5명이 숨졌다": the verb in its joining form, then the toll',
  },
  {
    lang: 'id',
    pattern: '\\s+(?=(?:ketika|tatkala)(?:\\s+\\S+){3})',
    reason:
      'Indonesian "…berlayar menuju Manado ketika api muncul dari ruang mesin" (when), which sets no comma before it',
  },
  {
    lang: 'ar',
    pattern: '(?<!في)\\s+(?=(?:حين|حينما|عندما)(?:\\s+\\S+){3})',
    reason:
      'Arabic "…تقل 280 راكبا حين اندلعت النيران" (when), which sets no comma before it; "في حين" (whereas) is not cut inside',
  },
  {
    lang: 'de',
    pattern:
      ',\\s+(?=[^,;:.„“"»«]{3,100}?\\s(?:zu\\s+\\p{Ll}+|\\p{Ll}+zu\\p{Ll}+)(?:en|ern|eln)(?:\\s*(?:[.,;!?…“”"»]|$)|\\s+(?:und|oder|aber)\\s))',
    reason:
      'German infinitive clause after a comma, its verb last ("…als seine Pflicht, Russland auf jede erdenkliche Weise zu helfen"): what is to be done, a claim apart from the clause that frames it',
  },
];

/**
 * "When" and its kin, per language, as alternatives of a regular expression: after a comma and
 * with three words or more of its own, it opens a clause that tells a fact of its own ("…happened
 * at 8:15, when the driver lost control on a bend", "…सुबह करीब 8:15 बजे हुआ, जब चालक… नियंत्रण खो
 * बैठा"). Indonesian and Arabic, which set no comma there, are in `clauseBreaks`.
 */
export const whenWords: Readonly<Record<string, string>> = {
  en: 'when',
  de: 'als',
  fr: 'lorsque|quand',
  es: 'cuando',
  it: 'quando',
  pt: 'quando',
  ru: 'когда',
  uk: 'коли',
  pl: 'kiedy|gdy',
  cs: 'když',
  el: 'όταν',
  ro: 'când',
  nl: 'toen',
  sv: 'när',
  hi: 'जब',
  vi: 'khi',
  fa: 'وقتی\\s+که|هنگامی\\s+که|زمانی\\s+که',
  he: 'כאשר',
};

/**
 * "Just as" and "as it did when", per language, as alternatives of a regular expression: after a
 * comma and with three words or more of its own, it opens a clause that tells an earlier fact the
 * one before is likened to ("…a promis că va continua să ajute Rusia, așa cum a făcut-o atunci
 * când a furnizat trupe…", "…will keep helping, as it did when it sent troops"). "As" alone, "such
 * as" and "as well as" start no such clause and are not listed.
 */
export const likeWords: Readonly<Record<string, string>> = {
  en: 'just\\s+as|as\\s+(?:it|he|she|they|we)\\s+(?:did|had|has)',
  de: 'so\\s+wie|genauso\\s+wie|wie\\s+(?:es|er|sie)\\s+(?:bereits|schon)',
  fr: "comme\\s+(?:il|elle|ils|elles)\\s+l[’']a|tout\\s+comme|de\\s+même\\s+que",
  es: 'como\\s+(?:ya\\s+)?(?:lo\\s+)?hizo|al\\s+igual\\s+que|tal\\s+como',
  it: 'come\\s+(?:già\\s+)?(?:ha|aveva)\\s+fatto|così\\s+come',
  pt: 'como\\s+(?:já\\s+)?fez|assim\\s+como|tal\\s+como',
  ro: 'așa\\s+cum|aşa\\s+cum|la\\s+fel\\s+cum',
  el: 'όπως\\s+(?:έκανε|είχε|και\\s+όταν)|ακριβώς\\s+όπως',
  ru: 'как\\s+(?:это\\s+)?(?:было|сделал\\p{L}*)|так\\s+же,?\\s+как',
  uk: 'як\\s+(?:це\\s+)?(?:було|зробив\\p{L}*)|так\\s+само,?\\s+як',
  pl: 'tak\\s+jak|podobnie\\s+jak',
  nl: 'zoals\\s+(?:het|hij|zij|ze)\\s+(?:deed|had)|net\\s+zoals',
  sv: 'precis\\s+som|så\\s+som',
  cs: 'stejně\\s+jako|tak\\s+jako',
};

/**
 * "In accordance with" and its kin (`lead`), per language, and the stems of an agreement
 * (`agreement`) one of which follows within four words: after a comma, the basis the clause
 * before is given, a claim of its own ("…πολέμησαν με γενναιότητα, σύμφωνα με τη νέα συμφωνία που
 * έχουν υπογράψει", "…fought bravely, in line with the agreement the two countries signed").
 * "According to" a source ("σύμφωνα με το Reuters") is no such clause.
 */
export const accordancePhrases: Readonly<Record<string, { lead: string; agreement: string }>> = {
  el: { lead: 'σύμφωνα\\s+με', agreement: 'συμφωνί|συνθήκ|δεσμεύσ|υποχρεώσ' },
  ro: {
    lead: 'în\\s+(?:deplină\\s+)?(?:consonanță|conformitate|acord)\\s+cu|potrivit',
    agreement: 'acord|tratat|obligați|angajament',
  },
  en: {
    lead: 'in\\s+(?:line|accordance|keeping)\\s+with|under',
    agreement: 'agreement|treaty|pact|accord|obligation|commitment',
  },
  de: {
    lead: 'gemäß|im\\s+Einklang\\s+mit|entsprechend',
    agreement: 'Abkommen|Vertrag|Vertrags|Vereinbarung|Verpflichtung',
  },
  fr: { lead: 'conformément\\s+(?:à|au|aux)|en\\s+vertu\\s+d', agreement: 'accord|traité|pacte|engagement|obligation' },
  es: {
    lead: 'de\\s+acuerdo\\s+con|conforme\\s+a|en\\s+virtud\\s+de',
    agreement: 'acuerdo|tratado|pacto|compromiso|obligaci',
  },
  pt: { lead: 'de\\s+acordo\\s+com|conforme|nos\\s+termos\\s+d', agreement: 'acordo|tratado|pacto|compromisso|obriga' },
  it: {
    lead: 'in\\s+conformità\\s+(?:con|a)|in\\s+linea\\s+con|in\\s+base\\s+a',
    agreement: 'accord|trattat|patto|impegn|obblig',
  },
  ru: { lead: 'в\\s+соответствии\\s+с|согласно', agreement: 'договор|соглашени|пакт|обязательств' },
  uk: { lead: 'відповідно\\s+до|згідно\\s+з', agreement: 'договор|угод|пакт|зобов' },
  pl: { lead: 'zgodnie\\s+z|na\\s+mocy', agreement: 'umow|traktat|pakt|zobowiąz' },
};

/**
 * Where a sentence tells what came before what it states: "after" and its kin, followed by at
 * least three words ("…signed a ceasefire, after three days of talks mediated by Qatar", "…μετά
 * τη μεγάλη στρατιωτική παρέλαση"), which sources report as a fact of its own. The second clause
 * starts at the word. Only where the word cannot also mean something else: Romanian "după"
 * alone is also "according to", Polish "po" also "on", German "nach" before a name a direction.
 * Languages that put "after" after its noun (Turkish "sonra", Japanese "後") are not listed.
 */
export const temporalBreaks: readonly { lang: string; pattern: string; reason: string }[] = [
  {
    lang: 'en',
    pattern: '\\s+(?=(?:after|following)\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'English "…signed a ceasefire after three days of talks"',
  },
  {
    lang: 'es',
    pattern: '\\s+(?=(?:tras|después\\s+del?)\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Spanish "…firmaron un acuerdo tras tres días de negociaciones"',
  },
  {
    lang: 'pt',
    pattern: '\\s+(?=(?:após|depois\\s+d[aeo]s?)\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Portuguese "…após três dias de negociações"',
  },
  {
    lang: 'fr',
    pattern: '\\s+(?=après\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'French "…après trois jours de négociations"',
  },
  {
    lang: 'it',
    pattern: '\\s+(?=dopo\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Italian "…dopo tre giorni di trattative"',
  },
  {
    lang: 'ru',
    pattern: '\\s+(?=после\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Russian "…после трёхдневных переговоров при посредничестве Катара"',
  },
  {
    lang: 'uk',
    pattern: '\\s+(?=після\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Ukrainian "…після триденних переговорів"',
  },
  {
    lang: 'el',
    pattern: '\\s+(?=μετά\\s+(?:την?|το|τις|τους|τα|από)\\s+\\p{L}+\\s+\\S+)',
    reason: 'Greek "…μετά τη μεγάλη στρατιωτική παρέλαση" (μετά alone is also "then")',
  },
  {
    lang: 'ro',
    pattern: '\\s+(?=după\\s+ce\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Romanian "…după ce cei doi au participat la paradă" (după alone is also "according to")',
  },
  {
    lang: 'de',
    pattern:
      '\\s+(?=nach\\s+(?:dem|der|den|einem|einer|zwei|drei|vier|mehreren|tagelangen|wochenlangen)\\s+\\p{L}+\\s+\\S+)',
    reason: 'German "…nach dem Empfang zum Jahrestag" (nach before a name is a direction: "nach Peking")',
  },
  {
    lang: 'nl',
    pattern: '\\s+(?=nadat\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Dutch "…nadat de twee leiders de parade hadden bijgewoond"',
  },
  {
    lang: 'pl',
    pattern: '\\s+(?=po\\s+tym,?\\s+jak\\s)',
    reason: 'Polish "…po tym, jak pociąg wykoleił się" ("po" alone is also "on", "for")',
  },
  {
    lang: 'id',
    pattern: '\\s+(?=(?:setelah|seusai|usai)\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Indonesian "…setelah tiga hari perundingan"',
  },
  {
    lang: 'sv',
    pattern: '\\s+(?=efter\\s+att\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Swedish "…efter att de två ledarna hade deltagit"',
  },
  {
    lang: 'ar',
    pattern: '\\s+(?=(?:بعد|عقب)\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Arabic "…بعد ثلاثة أيام من المفاوضات"',
  },
  {
    lang: 'fa',
    pattern: '\\s+(?=(?:پس\\s+از|بعد\\s+از)\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Persian "…پس از سه روز مذاکره"',
  },
  {
    lang: 'he',
    pattern: '\\s+(?=ו?(?:לאחר|אחרי|בעקבות)\\s+(?!(?:מכן|כך|כן)(?!\\p{L}))\\p{L}+(?:\\s+\\S+){2})',
    reason:
      'Hebrew "…לאחר שהשניים השתתפו במצעד", "…אחרי שלושה ימים של שיחות", "…בעקבות" (following); "לאחר מכן" and "אחרי כן" (afterwards) are not cut',
  },
  {
    lang: 'vi',
    pattern: '\\s+(?=sau\\s+khi\\s+\\p{L}+(?:\\s+\\S+){2})',
    reason: 'Vietnamese "…sau khi hai nhà lãnh đạo dự lễ duyệt binh"',
  },
];

/**
 * Languages that string statements on commas, one topic carried through ("该工厂于2004年投产，目前约有
 * 1800名员工，将于2027年9月底停产"): each comma there parts two claims. Listed with the words that
 * open a phrase that is no statement of its own but leads into the next (a preposition, "because",
 * "although", "if"): "为推进重组，", "据印尼国家搜救局介绍，", "面对中国品牌的激烈价格竞争，" stay
 * with what follows.
 */
export const commaChainedLanguages: Readonly<Record<string, { openers: readonly string[]; reason: string }>> = {
  zh: {
    openers: [
      '在',
      '面对',
      '随着',
      '由于',
      '因为',
      '因',
      '为',
      '受',
      '据',
      '根据',
      '按照',
      '依照',
      '对于',
      '关于',
      '针对',
      '鉴于',
      '经过',
      '通过',
      '作为',
      '从',
      '自',
      '截至',
      '除',
      '虽然',
      '尽管',
      '即使',
      '如果',
      '若',
      '一旦',
      '为了',
      '於',
      '據',
      '隨著',
      '由於',
      '為',
      '對於',
      '關於',
      '針對',
      '鑑於',
      '經過',
      '通過',
      '作為',
      '雖然',
      '儘管',
    ],
    reason:
      'Chinese news strings a topic\'s statements on "，" (simplified and traditional openers of a leading phrase: prepositions, "because", "although", "if")',
  },
};

/**
 * Languages that part sentences and clauses with a space and no mark (Thai, Lao), with the words
 * that open a new statement after such a space: "latest", "in addition", "in this regard",
 * "however", "while", "meanwhile", "whereby". A space elsewhere may part a long subject from its
 * verb ("ทหาร ตำรวจ และอาสาสมัครกู้ภัยกว่า 300 คน ระดมกำลัง…"), a name from its surname or a
 * district from its province, and does not part a claim.
 */
export const spaceParted: Readonly<Record<string, { openers: readonly string[]; reason: string }>> = {
  th: {
    openers: [
      'ล่าสุด',
      'เบื้องต้น',
      'ขณะนี้',
      'ปัจจุบัน',
      'ทั้งนี้',
      'นอกจากนี้',
      'นอกจากนั้น',
      'อีกทั้ง',
      'พร้อมกันนี้',
      'อย่างไรก็ตาม',
      'อย่างไรก็ดี',
      'ขณะที่',
      'ในขณะที่',
      'ขณะเดียวกัน',
      'ในขณะเดียวกัน',
      'ต่อมา',
      'จากนั้น',
      'ด้วยเหตุนี้',
      'โดยเมื่อ',
      'โดยล่าสุด',
      'โดยขณะนี้',
      'ทว่า',
      'ส่วนทาง',
      'ทางด้าน',
    ],
    reason:
      'Thai news writes a sentence\'s end as a space: a space before "latest" (ล่าสุด), "preliminarily" (เบื้องต้น), "in this regard" (ทั้งนี้), "in addition" (นอกจากนี้), "however", "while" (ขณะที่), "then" starts a statement ("แต่", but, is also the start of "แต่งตั้ง", appoint); "โดย" (whereby) only with a word of time after it, as it also means "by"',
  },
  lo: {
    openers: ['ລ່າສຸດ', 'ນອກຈາກນີ້', 'ໃນຂະນະທີ່', 'ຂະນະທີ່', 'ແນວໃດກໍຕາມ', 'ຕໍ່ມາ', 'ຈາກນັ້ນ'],
    reason:
      'Lao, like Thai, ends a sentence with a space: "latest", "in addition", "while", "however", "then" after one start a statement',
  },
};
