/**
 * Verbs that report what someone said, promised or expressed ("said", "τόνισε", "erwiderte",
 * "a declarat"), per language. A claim's speaker is the person named next to one of them, and a
 * comma or "and" before one starts a new statement. Stems are matched at the start of a word,
 * folded (lower case, no accents); a stem ending in `$` must be the whole word. In a language
 * written without spaces (Chinese, Japanese, Thai), a "word" is a run of letters between spaces,
 * and a stem is matched anywhere inside it (`reporting-verb-matcher.ts`).
 */
export const reportingVerbs: readonly { lang: string; stems: readonly string[]; reason: string }[] = [
  {
    lang: 'en',
    stems: [
      'said$',
      'says$',
      'told$',
      'stressed',
      'noted$',
      'added$',
      'declared',
      'stated',
      'announced',
      'replied',
      'thanked',
      'praised',
      'promised',
      'pledged',
      'vowed',
      'warned',
      'emphasi',
      'underlined',
      'referred',
      'expressed',
      'insisted',
      'confirmed',
      'denied',
      'accused',
      'urged',
    ],
    reason: 'English verbs of saying, in the past tense news uses',
  },
  {
    lang: 'el',
    stems: [
      'είπε$',
      'δήλωσ',
      'τόνισ',
      'υπογράμμισ',
      'σημείωσ',
      'ανέφερ',
      'αναφέρθηκ',
      'πρόσθεσ',
      'ευχαρίστησ',
      'εξέφρασ',
      'απάντησ',
      'δεσμεύ',
      'υποσχέθηκ',
      'προειδοποίησ',
      'ανακοίνωσ',
      'επιβεβαίωσ',
      'αρνήθηκ',
      'κατηγόρησ',
      'εξήρε',
      'χαρακτήρισ',
      'επεσήμαν',
      'παραδέχ',
      'ανακοινών',
    ],
    reason:
      'Greek aorist verbs of saying ("τόνισε" = stressed, "δεσμεύτηκε" = pledged, "παραδέχθηκε" = admitted), and the participle "ανακοινώνοντας" (announcing)',
  },
  {
    lang: 'de',
    stems: [
      'sagte',
      'sagt$',
      'betonte',
      'erklärte',
      'erwiderte',
      'verwies',
      'dankte',
      'versprach',
      'warnte',
      'kündigte',
      'bestätigte',
      'bestritt',
      'teilte',
      'lobte',
      'unterstrich',
      'forderte',
      'räumte',
      'hob$',
    ],
    reason: 'German verbs of saying in the preterite ("erwiderte" = replied, "verwies auf" = referred to)',
  },
  {
    lang: 'ro',
    stems: [
      'declarat',
      'spus$',
      'subliniat',
      'afirmat',
      'precizat',
      'transmis',
      'mulțumit',
      'promis',
      'adăugat',
      'anunțat',
      'avertizat',
      'confirmat',
      'negat',
      'răspuns',
      'lăudat',
      'menționat',
      'acuzat',
      'arătat',
    ],
    reason: 'Romanian past participles of saying, used in the compound past ("a declarat", "i-a mulțumit")',
  },
  {
    lang: 'fr',
    stems: [
      'déclaré',
      'dit$',
      'souligné',
      'affirmé',
      'ajouté',
      'indiqué',
      'précisé',
      'remercié',
      'promis',
      'averti',
      'annoncé',
      'confirmé',
      'démenti',
      'répondu',
      'estimé',
      'salué',
      'assuré',
      'expliqué',
      'déclare$',
      'affirme$',
      'nie$',
      'nient$',
      'clamé',
      'clame$',
      'assure$',
      'estime$',
      'dénonce$',
    ],
    reason:
      'French past participles of saying ("a déclaré", "a souligné"), and the present news uses for a standing position ("nie", "clame son innocence")',
  },
  {
    lang: 'es',
    stems: [
      'dijo',
      'declaró',
      'afirmó',
      'señaló',
      'subrayó',
      'destacó',
      'añadió',
      'agradeció',
      'prometió',
      'advirtió',
      'anunció',
      'confirmó',
      'negó',
      'respondió',
      'aseguró',
      'explicó',
      'indicó',
      'insistió',
      'dice$',
      'dicen$',
      'afirma$',
      'afirman$',
      'niega$',
      'niegan$',
      'asegura$',
      'aseguran$',
      'sostiene$',
      'negado$',
      'dicho$',
      'asegurado$',
    ],
    reason:
      'Spanish verbs of saying in the preterite ("declaró", "señaló"), the present news uses for a standing position ("niega los cargos") and the perfect ("ha negado")',
  },
  {
    lang: 'it',
    stems: [
      'detto$',
      'dichiarato',
      'sottolineato',
      'affermato',
      'aggiunto',
      'ringraziato',
      'promesso',
      'avvertito',
      'annunciato',
      'confermato',
      'negato',
      'risposto',
      'spiegato',
      'dichiara$',
      'afferma$',
    ],
    reason: 'Italian past participles of saying ("ha dichiarato") and the reporting present',
  },
  {
    lang: 'pt',
    stems: [
      'disse',
      'declarou',
      'afirmou',
      'sublinhou',
      'destacou',
      'acrescentou',
      'agradeceu',
      'prometeu',
      'alertou',
      'anunciou',
      'confirmou',
      'negou',
      'respondeu',
      'garantiu',
      'explicou',
      'informou',
      'diz$',
      'dizem$',
      'afirma$',
      'afirmam$',
      'nega$',
      'negam$',
      'sustenta$',
    ],
    reason:
      'Portuguese verbs of saying in the preterite ("afirmou", "disse") and the present news uses for a standing position ("nega as acusações", "diz ser vítima")',
  },
  {
    lang: 'ru',
    stems: [
      'заявил',
      'сказал',
      'подчеркнул',
      'отметил',
      'добавил',
      'сообщил',
      'поблагодарил',
      'пообещал',
      'предупредил',
      'объявил',
      'подтвердил',
      'опроверг',
      'ответил',
      'обвинил',
      'указал',
      'высказал',
    ],
    reason: 'Russian past-tense verbs of saying, all genders by stem ("заявил(а)")',
  },
  {
    lang: 'uk',
    stems: [
      'заявив',
      'заявил',
      'сказав',
      'сказал',
      'наголосив',
      'наголосил',
      'зазначив',
      'зазначил',
      'додав',
      'повідомив',
      'повідомил',
      'подякував',
      'пообіцяв',
      'попередив',
      'оголосив',
      'підтвердив',
      'заперечив',
      'відповів',
    ],
    reason: 'Ukrainian past-tense verbs of saying ("заявив", "наголосила")',
  },
  {
    lang: 'pl',
    stems: [
      'powiedzia',
      'oświadczy',
      'podkreśli',
      'zaznaczy',
      'dodał',
      'dodała',
      'poinformowa',
      'podziękowa',
      'obieca',
      'ostrzeg',
      'ogłosi',
      'potwierdzi',
      'zaprzeczy',
      'odpowiedzia',
      'stwierdzi',
      'podał$',
      'podała$',
      'podali$',
      'przekazał',
    ],
    reason: 'Polish past-tense verbs of saying ("powiedział(a)", "podkreślił")',
  },
  {
    lang: 'nl',
    stems: [
      'zei$',
      'zegt$',
      'verklaarde',
      'benadrukte',
      'stelde',
      'bedankte',
      'beloofde',
      'waarschuwde',
      'kondigde',
      'bevestigde',
      'ontkende',
      'antwoordde',
    ],
    reason: 'Dutch verbs of saying in the past tense ("verklaarde", "benadrukte")',
  },
  {
    lang: 'tr',
    stems: [
      'dedi$',
      'söyledi',
      'açıkladı',
      'vurguladı',
      'belirtti',
      'ekledi',
      'teşekkür',
      'uyardı',
      'duyurdu',
      'doğruladı',
      'yalanladı',
      'bildirdi',
    ],
    reason: 'Turkish past-tense verbs of saying ("açıkladı", "vurguladı")',
  },
  {
    lang: 'sv',
    stems: [
      'sa$',
      'sade$',
      'säger$',
      'uppger',
      'uppgav',
      'berättar',
      'berättade',
      'betonar',
      'betonade',
      'förklarar',
      'förklarade',
      'tillade',
      'meddelar',
      'meddelade',
      'varnar',
      'varnade',
      'bekräftar',
      'bekräftade',
      'förnekar',
      'förnekade',
      'lovade',
      'tackade',
      'skriver',
      'skrev',
    ],
    reason:
      'Swedish verbs of saying in the present, as news writes them ("säger", "uppger"), and the past; "sa" and "säger" as whole words',
  },
  {
    lang: 'cs',
    stems: [
      'řekl',
      'uvedl',
      'prohlásil',
      'sdělil',
      'zdůraznil',
      'dodal',
      'oznámil',
      'varoval',
      'potvrdil',
      'popřel',
      'slíbil',
      'poděkoval',
      'napsal',
      'říká',
      'uvádí',
      'tvrdí',
      'tvrdil',
    ],
    reason:
      'Czech verbs of saying, past ("řekl", "uvedla", "uvedli": the stem takes every gender and number) and present ("říká", "uvádí")',
  },
  {
    lang: 'hu',
    stems: [
      'mondta',
      'mondja',
      'közölte',
      'nyilatkozta',
      'hangsúlyozta',
      'jelentette',
      'hozzátette',
      'figyelmeztetett',
      'megerősítette',
      'cáfolta',
      'ígérte',
      'megköszönte',
      'írta',
      'fogalmazott',
    ],
    reason: 'Hungarian verbs of saying in the past definite ("mondta", "közölte"), which news writes after a quotation',
  },
  {
    lang: 'id',
    stems: [
      'kata$',
      'katanya',
      'ujar',
      'ujarnya',
      'tutur',
      'mengatakan',
      'menyatakan',
      'menegaskan',
      'menjelaskan',
      'menambahkan',
      'mengumumkan',
      'memperingatkan',
      'membenarkan',
      'membantah',
      'berjanji',
    ],
    reason:
      'Indonesian verbs of saying ("kata", "ujar", "mengatakan"); "kata" as a whole word, as it also starts "katanya"-like nouns',
  },
  {
    lang: 'vi',
    stems: ['nói$'],
    reason:
      'Vietnamese "nói" (said); the verbs of two syllables ("cho biết", "phát biểu") are left out, as each word is tried alone and their syllables have other senses',
  },
  {
    lang: 'fa',
    stems: ['گفت', 'می‌گوید', 'میگوید', 'افزود', 'تاکید', 'تأکید', 'اظهار', 'هشدار', 'خاطرنشان', 'اعلام'],
    reason:
      'Persian verbs of saying: گفت (said, also گفته, گفتند), افزود (added), تاکید کرد (stressed), هشدار داد (warned), اعلام کرد (announced); the verb that goes with the noun follows it',
  },
  {
    lang: 'ar',
    stems: [
      'قال',
      'وقال',
      'أكد',
      'وأكد',
      'أعلن',
      'وأعلن',
      'صرح',
      'وصرح',
      'أضاف',
      'وأضاف',
      'أشار',
      'وأشار',
      'شكر',
      'وشكر',
      'أوضح',
      'وأوضح',
      'شدد',
      'وشدد',
      'حذر',
      'وحذر',
      'نفى',
      'ونفى',
      'تعهد',
      'وتعهد',
      'أفاد',
      'وأفاد',
      'اعتبر',
      'واعتبر',
      'تحدث',
      'وتحدث',
      'مؤكدا',
      'مشيرا',
      'مضيفا',
      'معتبرا',
      'متحدثا',
    ],
    reason:
      'Arabic past-tense verbs of saying, bare and with the joined "and" (و) news writes before them, and the participles that add a second saying ("مؤكداً أن", "متحدثاً عن")',
  },
  {
    lang: 'he',
    stems: [
      'אמר$',
      'אמרה$',
      'אמרו$',
      'ואמר$',
      'ואמרה$',
      'ואמרו$',
      'אומר$',
      'אומרת$',
      'אומרים$',
      'הודיע',
      'והודיע',
      'הדגיש',
      'והדגיש',
      'ציין',
      'ציינה',
      'ציינו',
      'וציין',
      'וציינה',
      'וציינו',
      'הוסיף',
      'הוסיפה',
      'הוסיפו',
      'והוסיף',
      'והוסיפה',
      'והוסיפו',
      'מסר$',
      'מסרה$',
      'מסרו$',
      'ומסר$',
      'ומסרה$',
      'טען$',
      'טענה$',
      'טענו$',
      'וטען$',
      'הצהיר',
      'והצהיר',
      'הבהיר$',
      'הבהירה$',
      'הבהירו$',
      'והבהיר$',
      'הזהיר$',
      'הזהירה$',
      'הזהירו$',
      'והזהיר$',
      'הבטיח$',
      'הבטיחה$',
      'הבטיחו$',
      'והבטיח$',
      'הכחיש',
      'והכחיש',
      'האשים',
      'האשימ',
      'והאשים',
      'והאשימ',
      'אישר$',
      'אישרה$',
      'אישרו$',
      'סיפר',
      'וסיפר',
      'הודה$',
      'הודתה$',
      'השיב$',
      'השיבה$',
    ],
    reason:
      'Hebrew past-tense verbs of saying, masculine, feminine and plural, bare and with the joined "and" (ו) news ' +
      'writes before them, and the reporting present ("אומר"); whole words where the word starts others ("אמר" starts "אמריקה", "הבטיח" starts "הבטיחות", safety)',
  },
  {
    lang: 'ko',
    stems: ['말했', '밝혔', '강조했', '전했', '덧붙였', '발표했', '감사', '약속했'],
    reason: 'Korean verbs of saying in the past tense ("말했다", "밝혔다")',
  },
  {
    lang: 'hi',
    stems: ['कहा$', 'बताया$', 'घोषणा', 'धन्यवाद'],
    reason: 'Hindi verbs of saying ("कहा", "बताया")',
  },
  {
    lang: 'zh',
    stems: ['表示', '指出', '强调', '宣布', '称', '说', '感谢', '承诺'],
    reason: 'Chinese verbs of saying, matched inside runs of characters ("普京表示")',
  },
  {
    lang: 'ja',
    stems: ['述べ', '語っ', '強調', '明らかにし', '発表', '表明', '感謝', '説明し', '話した', '指摘し', 'コメントを出'],
    reason: 'Japanese verbs of saying, matched inside runs of characters ("述べた")',
  },
  {
    lang: 'th',
    stems: [
      'กล่าวว่า',
      'กล่าวเสริมว่า',
      'กล่าวต่อว่า',
      'กล่าวย้ำ',
      'กล่าวขอบคุณ',
      'แสดงความขอบคุณ',
      'เปิดเผยว่า',
      'เผยว่า',
      'ระบุว่า',
      'แถลง',
      'ยืนยันว่า',
      'เตือนว่า',
      'ชี้แจง',
      'ให้สัมภาษณ์',
      'บอกว่า',
      'อธิบายว่า',
      'เน้นย้ำ',
      'ย้ำว่า',
      'ประกาศว่า',
      'ตอบว่า',
      'ยอมรับว่า',
      'ปฏิเสธว่า',
      'ให้คำมั่น',
      'สัญญาว่าจะ',
      'กล่าวหาว่า',
      'เรียกร้องให้',
      'แจ้งว่า',
    ],
    reason:
      'Thai verbs of saying, matched inside runs of letters ("นายกรัฐมนตรีกล่าวว่า") with the "that" (ว่า) they take where the verb alone stands inside other words: "กล่าว" in "ดังกล่าว" (the said), "เผย" in "เผยแพร่" (publish)',
  },
];

/**
 * Words that join two statements in one sentence ("and", "while"), per language: "…, and thanked
 * him…" starts a statement of its own when a verb of saying follows. Words that are also
 * prepositions ("während", "podczas") are left out.
 */
export const statementConjunctions: Readonly<Record<string, readonly string[]>> = {
  en: ['and', 'while', 'whereas'],
  el: ['και', 'ενώ'],
  de: ['und'],
  ro: ['și', 'iar'],
  fr: ['et', 'tandis'],
  es: ['y', 'e', 'mientras'],
  it: ['e', 'ed', 'mentre'],
  pt: ['e', 'enquanto'],
  ru: ['и', 'а'],
  uk: ['і', 'й', 'та'],
  pl: ['i', 'oraz', 'a'],
  nl: ['en', 'terwijl'],
  tr: ['ve'],
  id: ['dan', 'sementara', 'sedangkan'],
  ms: ['dan', 'manakala', 'sementara'],
  sv: ['och', 'medan'],
  cs: ['a', 'zatímco'],
  hu: ['és', 'míg'],
  vi: ['và'],
  fa: ['و'],
  hi: ['और', 'जबकि'],
  ar: ['فيما', 'بينما'],
  he: ['ו', 'ואילו'],
};

/**
 * "And" written joined to the word after it, per language: Arabic و ("وأضاف", "and he added";
 * "و١٢٠", "and 120"), Hebrew ו ("והוסיף", "and he added"; "ו-120", with the hyphen Hebrew writes
 * before a figure). A word is read as "and" plus the rest only where the rest is a verb of
 * saying or a count (see `split-clauses.ts`), as many words start with these letters (وزير,
 * "minister").
 */
export const joinedConjunctions: Readonly<Record<string, readonly string[]>> = {
  ar: ['و'],
  he: ['ו-', 'ו'],
};

/**
 * Languages where "and" written onto the first word after a comma opens a clause of its own
 * ("המפגינים צעדו מכיכר הבימה לעבר הקריה, וחסמו את נתיבי איילון", the protesters marched towards
 * the Kirya, and blocked the Ayalon): Hebrew sets no comma before the "and" of a list. Not
 * Arabic, which writes "، و" between the items of a list too.
 */
export const clauseAndAfterComma: ReadonlySet<string> = new Set(['he']);

/**
 * "And" written as the ending of the verb before it, per language: Korean "-며" and the past
 * "-했고" ("275명을 구조했으며 3명이 실종", "rescued 275, and 3 are missing"). A sentence is
 * parted after such a verb only between two counts (see `split-clauses.ts`); "-고" alone is left
 * out, as "하고" is also "with".
 */
export const conjunctiveEndings: Readonly<Record<string, readonly string[]>> = {
  ko: ['며', '했고', '였고', '됐고', '었고', '았고'],
};

/**
 * Relative pronouns, per language: "…, care a promis că…" ("…, who promised that…") starts a
 * statement of its own when a verb of saying follows.
 */
export const relativePronouns: Readonly<Record<string, readonly string[]>> = {
  en: ['who', 'which', 'that'],
  el: ['ο οποίος', 'η οποία', 'που'],
  de: ['der', 'die', 'das', 'welcher', 'welche'],
  ro: ['care'],
  fr: ['qui', 'lequel', 'laquelle'],
  es: ['que', 'quien', 'quienes', 'cual'],
  it: ['che', 'il quale', 'la quale'],
  pt: ['que', 'quem'],
  ru: [
    'который',
    'которая',
    'которое',
    'которые',
    'которого',
    'которой',
    'которую',
    'котором',
    'которым',
    'которых',
    'которыми',
    'кто',
  ],
  uk: ['який', 'яка', 'яке', 'які', 'якого', 'якої', 'якому', 'якій', 'яку', 'яким', 'яких', 'якими', 'хто'],
  pl: ['który', 'która', 'które', 'którzy', 'którego', 'której', 'którą', 'którym', 'których', 'którymi'],
  nl: ['die', 'dat', 'wie'],
  tr: [],
  he: ['אשר'],
};

/**
 * "That" introducing a reported statement, per language: "and" right before one starts a second
 * statement of the same saying ("said the call was very good and that the two discussed trade",
 * "disse que a conversa foi muito boa e que os dois discutiram…").
 */
export const coordinatedComplementizers: Readonly<Record<string, readonly string[]>> = {
  en: ['that'],
  el: ['ότι', 'πως'],
  de: ['dass'],
  ro: ['că'],
  fr: ['que', "qu'", 'qu’'],
  es: ['que'],
  it: ['che'],
  pt: ['que'],
  ru: ['что'],
  uk: ['що'],
  pl: ['że'],
  nl: ['dat'],
  sv: ['att'],
  cs: ['že'],
  hu: ['hogy'],
  id: ['bahwa'],
  ms: ['bahawa'],
  vi: ['rằng'],
  fa: ['که'],
  hi: ['कि'],
  ar: ['أن', 'ان'],
  he: ['כי'],
};

/**
 * Endings of a past-tense verb (the simple past, third person) that tell it from any other word
 * right after "and", per language: "and" before one joins a second predicate of the same subject
 * ("La policía detuvo a 12 personas y empleó cañones de agua", "…e usou canhões de água"), a
 * statement of its own. Matched on the word as written, accents kept; words listed under
 * `except` end so and are none ("ciò", that; "però", but).
 */
export const coordinatedPastEndings: Readonly<
  Record<string, { endings: readonly string[]; except: readonly string[] }>
> = {
  es: { endings: ['ó', 'aron', 'ieron'], except: [] },
  pt: { endings: ['ou', 'aram', 'eram', 'iram'], except: ['sou', 'vou', 'estou', 'dou'] },
  it: { endings: ['ò', 'arono', 'erono', 'irono'], except: ['ciò', 'però', 'perciò', 'sarò', 'farò', 'avrò'] },
};

/**
 * A past participle and the word for "by" after it, per language: after a comma they open an
 * aside that credits the subject to someone ("el grupo rebelde M23, respaldado por Ruanda,
 * firmaron…", "the M23, backed by Rwanda, signed…"), a claim of its own that the comma closing
 * it parts from the subject's statement, as a relative clause is. Endings are matched on the word
 * as written, accents kept.
 */
export const agentParticiples: Readonly<Record<string, { endings: readonly string[]; by: readonly string[] }>> = {
  en: { endings: ['ed'], by: ['by'] },
  es: { endings: ['ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas'], by: ['por'] },
  pt: {
    endings: ['ado', 'ada', 'ados', 'adas', 'ido', 'ida', 'idos', 'idas'],
    by: ['por', 'pelo', 'pela', 'pelos', 'pelas'],
  },
  it: {
    endings: ['ato', 'ata', 'ati', 'ate', 'ito', 'ita', 'iti', 'ite', 'uto', 'uta', 'uti', 'ute'],
    by: ['da', 'dal', 'dalla', 'dallo', 'dai', 'dalle', 'dagli'],
  },
  fr: { endings: ['é', 'ée', 'és', 'ées', 'u', 'ue', 'us', 'ues', 'i', 'ie', 'is', 'ies'], by: ['par'] },
  ro: { endings: ['at', 'ată', 'ați', 'ate', 'it', 'ită', 'iți', 'ite', 'ut', 'ută', 'uți', 'ute'], by: ['de'] },
};

/**
 * Finite auxiliary verbs, per language: "and" right before one joins a second predicate of the
 * same subject ("ha dichiarato lo stato di emergenza e ha inviato 1.500 militari"), a statement
 * of its own. Languages whose past tense needs no auxiliary (ru, uk, pl, tr) have none listed.
 */
export const coordinatedAuxiliaries: Readonly<Record<string, readonly string[]>> = {
  en: ['has', 'have', 'had', 'was', 'were', 'will'],
  el: ['έχει', 'έχουν', 'είχε', 'είχαν', 'θα'],
  de: ['hat', 'haben', 'hatte', 'hatten', 'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden'],
  ro: ['a', 'au', 'va', 'vor', 'este', 'sunt'],
  fr: ['a', 'ont', 'avait', 'avaient', 'est', 'sont', 'était', 'va', 'vont'],
  es: ['ha', 'han', 'había', 'habían', 'fue', 'fueron', 'va', 'van'],
  it: ['ha', 'hanno', 'aveva', 'avevano', 'è', 'sono', 'era', 'erano'],
  pt: ['tem', 'têm', 'tinha', 'foi', 'foram', 'vai', 'vão'],
  nl: ['heeft', 'hebben', 'had', 'hadden', 'is', 'zijn', 'was', 'waren', 'zal', 'zullen'],
};

/**
 * Subject pronouns that open a second clause with a subject of its own after "and" ("बस में 45
 * यात्री सवार थे और वह मनाली से शिमला जा रही थी", the bus carried 45 passengers and it was going
 * from Manali to Shimla): a statement of its own. Only the subject forms, per language; none
 * where the subject is left out (es, it, pt, ro, el, tr).
 */
export const coordinatedSubjects: Readonly<Record<string, readonly string[]>> = {
  en: ['he', 'she', 'they'],
  de: ['er'],
  fr: ['il', 'elle', 'ils', 'elles'],
  nl: ['hij', 'zij'],
  sv: ['han', 'hon'],
  ru: ['он', 'она', 'они'],
  uk: ['він', 'вона', 'вони'],
  hi: ['वह', 'वे', 'उसने', 'उन्होंने'],
};

/**
 * Verbs of agreeing, deciding and promising that open a second predicate after "and" with no
 * auxiliary ("…spoke by phone for about 90 minutes and agreed to meet in April"), per language:
 * what was agreed is a statement of its own; and a court's verbs of sentencing and ordering
 * ("…found him guilty of embezzlement and sentenced him to 12 years", "…und verurteilte ihn zu"):
 * the sentence is a claim apart from the verdict. Past forms, singular and plural; one word each,
 * as the word after "and" is compared.
 */
export const coordinatedPredicates: Readonly<Record<string, readonly string[]>> = {
  en: ['agreed', 'pledged', 'vowed', 'promised', 'decided', 'signed', 'reaffirmed', 'sentenced', 'ordered', 'fined'],
  el: [
    'συμφώνησαν',
    'συμφώνησε',
    'αποφάσισαν',
    'αποφάσισε',
    'υποσχέθηκαν',
    'υποσχέθηκε',
    'υπέγραψαν',
    'υπέγραψε',
    'καταδίκασε',
    'καταδίκασαν',
  ],
  de: [
    'vereinbarten',
    'vereinbarte',
    'beschlossen',
    'beschloss',
    'versprachen',
    'versprach',
    'unterzeichneten',
    'unterzeichnete',
    'verurteilte',
    'verurteilten',
  ],
  es: [
    'acordaron',
    'acordó',
    'decidieron',
    'decidió',
    'prometieron',
    'prometió',
    'firmaron',
    'firmó',
    'condenó',
    'sentenció',
    'ordenó',
  ],
  pt: [
    'concordaram',
    'concordou',
    'acordaram',
    'decidiram',
    'decidiu',
    'prometeram',
    'prometeu',
    'assinaram',
    'assinou',
    'condenou',
    'determinou',
  ],
  ru: [
    'договорились',
    'договорился',
    'решили',
    'решил',
    'пообещали',
    'пообещал',
    'подписали',
    'подписал',
    'приговорил',
    'приговорила',
    'обязал',
  ],
  uk: [
    'домовилися',
    'домовився',
    'вирішили',
    'вирішив',
    'пообіцяли',
    'пообіцяв',
    'підписали',
    'підписав',
    'засудив',
    'засудила',
  ],
  pl: [
    'uzgodnili',
    'uzgodnił',
    'postanowili',
    'postanowił',
    'obiecali',
    'obiecał',
    'podpisali',
    'podpisał',
    'skazał',
    'nakazał',
  ],
  nl: ['besloten', 'besloot', 'beloofden', 'beloofde', 'ondertekenden', 'ondertekende', 'veroordeelde'],
  id: ['sepakat', 'menyepakati', 'memutuskan', 'berjanji', 'menandatangani', 'menjatuhkan'],
};

/**
 * Articles that open a subject before a verb of saying ("Il governo ha dichiarato", "The
 * ministry said", "La policía dijo"): a clause so opened names who said it, if not by name, so it
 * does not take the speaker of the sentence before (as "He added that…" or "Ha dichiarato che…"
 * do). Languages that write no articles, or write them onto the noun, are not listed.
 */
export const subjectArticles: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'a', 'an'],
  fr: ['le', 'la', 'les', 'un', 'une'],
  es: ['el', 'la', 'los', 'las', 'un', 'una'],
  it: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'uno'],
  pt: ['o', 'a', 'os', 'as', 'um', 'uma'],
  ca: ['el', 'la', 'els', 'les', 'un', 'una'],
  de: ['der', 'die', 'das', 'ein', 'eine'],
  nl: ['de', 'het', 'een'],
  el: ['ο', 'η', 'το', 'οι', 'τα'],
  hu: ['a', 'az', 'egy'],
};

/**
 * Particles that mark a clause's subject or topic, written onto the noun ("노동조합은", the union;
 * "회사가", the company), with the pronouns so marked ("그는", he): a clause whose subject is a
 * marked noun that is no pronoun names who said it, if not by name, as an article does
 * (`subjectArticles`). Japanese writes its particles without a space and is not listed.
 */
export const subjectParticles: Readonly<Record<string, { particles: readonly string[]; pronouns: readonly string[] }>> =
  {
    ko: {
      particles: ['은', '는', '이', '가'],
      pronouns: ['그는', '그가', '그녀는', '그녀가', '그들은', '그들이', '이들은', '이들이', '그도', '그녀도'],
    },
  };
