/**
 * What kind of event an article reports, told by words in its opening lines. Two articles that
 * report different kinds (a meeting, a phone call) are about different events even when the same
 * people take part. `english` is the verb phrase the generated event title uses.
 */
export interface EventKind {
  kind: string;
  /** Title template: `{who}` the participants, `{place}` " in <place>" or nothing. */
  english: string;
  /**
   * Regular expression sources per language, matched on folded text (lower case, no accents) at
   * the start of a word; in Chinese, Japanese and Thai, which write no spaces, anywhere.
   */
  cues: Record<string, string>;
  /**
   * Whether reports from other time zones may date it a day apart: a quake at 23:47 in Lima is
   * on the next day in Moscow. Meetings and calls are dated where they happen. Default `false`.
   */
  acrossTimeZones?: boolean;
  /**
   * Whether the event happens once (a verdict, an election, a disaster), so that a report dating
   * it a day off misdates it rather than tells another one; meetings, calls and attacks recur
   * with the same people and places on the next day. Default `false`.
   */
  once?: boolean;
  reason: string;
}

/**
 * An Arabic cue with the clitics a word may carry in front ("و" and, "ب" with, "ل" for, "ال" the):
 * cues are matched at the start of a word, and Arabic writes these as part of the word.
 */
const arabic = (stems: string) => `[وف]?(?:[بلك]?ال|لل|[بلك])?(?:${stems})`;

/**
 * A Hebrew cue with the prefixes a word may carry in front ("ו" and, "ש" that, "כש" when, "ה"
 * the, "ב" in, "ל" to, "מ" from, "מה" from the): cues are matched at the start of a word, and
 * Hebrew writes these as part of the word ("והרעידה", "שבבחירות", "מהשריפה").
 */
const hebrew = (stems: string) => `ו?(?:כ?ש)?(?:מ?ה|[בלמ])?(?:${stems})`;

/**
 * Thai cues, folded as the text they are matched on: `foldText` decomposes sara am (ำ) into
 * nikhahit and sara aa under NFKD and does not put it back, so "น้ำท่วม" is matched as folded.
 * Thai writes no spaces between words, so a cue is matched anywhere in a run of letters: each is
 * a word or phrase of two syllables or more that does not stand inside common unrelated words
 * ("ชนกัน", "collided", not after "ประชา", as "ประชาชนกัน" is "the people… each other").
 */
const thai = (cues: string) => cues.normalize('NFKD').normalize('NFC');

export const eventKinds: readonly EventKind[] = [
  {
    kind: 'phone-call',
    english: '{who} hold a phone call',
    cues: {
      en: 'phone call|telephone call|(?:spoke|speak|talked|talk)s? (?:by|on the) (?:phone|telephone)|phone conversation|minute (?:phone )?call|phoned',
      el: 'τηλεφωνικ\\p{L}* (επικοινωνι|συνομιλι|συνδιαλεξ)|τηλεφωνικως|τηλεφωνηθηκαν|τηλεφωνικη',
      de: 'telefonat|telefongesprach|telefonierten|telefonisch',
      ro: 'convorbire telefonica|convorbirea telefonica|discutie telefonica|au vorbit la telefon',
      fr: 'entretien telephonique|appel telephonique|echange telephonique|au telephone',
      es: 'llamada telefonica|conversacion telefonica|(?:convers|habl)\\p{L}* por telefono',
      it: 'telefonata|colloquio telefonico|conversazione telefonica',
      pt: 'telefonema|conversa telefonica|chamada telefonica|ligacao telefonica|(?:convers|fal)\\p{L}* por telefone',
      ru: 'телефонн\\p{L}* разговор|по телефону|созвонились',
      uk: 'телефонн\\p{L}* розмов|по телефону|телефонув|зателефонув',
      pl: 'rozmow\\p{L}* telefoniczn|telefoniczn\\p{L}* rozmow|rozmawia[lł]\\p{L}* (telefonicznie|przez telefon)|telefonicznie|przez telefon',
      tr: 'telefon gorusme|telefonda gorus|telefonla gorus|telefonlas',
      nl: 'telefoongesprek|telefonisch|telefoontje|belde(n)? met|aan de telefoon',
      ar: `${arabic('اتصال|مكالمة|محادثة|مباحثات')}\\p{L}* (?:ال)?هاتفي|هاتفيا|عبر الهاتف`,
      fa: '(گفت\\u200c?و\\u200c?گو|تماس|مکالمه|را[یي]زن[یي])\\p{L}* تلفن|تلفن[یي]',
      hi: 'फ\\u093c?ोन (पर|कॉल|वार्ता)|टेलीफ\\u093c?ोन|दूरभाष',
      vi: 'đien đam|cuoc goi|qua đien thoai|noi chuyen đien thoai',
      id: '(percakapan|panggilan|sambungan|pembicaraan) telepon|(melalui|lewat|via) telepon|bertelepon|teleponan',
      zh: '通电话|通電話|通了电话|通了電話|电话(会谈|交谈|通话|会晤)|電話(會談|交談|通話|會晤)|通话|通話',
      ja: '電話(会談|協議|会議)|電話で(会談|協議|話|会話)',
      ko: '전화 ?(통화|회담|회의)|통화(했|를 (했|하|가졌|갖))',
      he: hebrew('שיח(?:ה|ת|ות) טלפון|שיח(?:ה|ות) טלפוני|טלפונית|(?:שוחח|דיבר|דיברו)\\p{L}* בטלפון'),
      th: thai(
        '(?:หารือ|สนทนา|พูดคุย|คุย|เจรจา)[^.!?]{0,60}?(?:ผ่าน)?ทางโทรศัพท์|โทรศัพท์(?:หารือ|พูดคุย|สนทนา|ถึง|แสดงความยินดี)|คุยโทรศัพท์|ต่อสาย(?:ตรง|โทรศัพท์)',
      ),
      sv: 'telefonsamtal|talade i telefon|samtalade per telefon|ringde upp',
      cs: 'telefonat|telefonick|hovor',
      hu: 'telefonbeszelget|telefonon targyal|telefonon beszelt|telefonalt',
    },
    reason: 'a call is not a meeting in person',
  },
  {
    kind: 'meeting',
    english: '{who} meet{place}',
    cues: {
      en: '\\bmet\\b|\\bmeets\\b|meeting|talks with|held talks|summit',
      el: 'συναντηθηκ|συναντηση|συναντησης|συνομιλιες|συνοδο|διασκεψη|δεχτηκε|εγινε δεκτος|υποδεχτηκε',
      de: 'traf|treffen|trafen|gesprach|gesprache|gipfel|empfing|zusammenkunft',
      ro: 's-a intalnit|s-au intalnit|intalnire|intalnirii|intalnirea|reuniunea|summit|a primit',
      fr: 'a rencontre|rencontre|entretien|sommet|a recu',
      es: 'se reunio|reunion|cumbre|encuentro|recibio a',
      it: 'ha incontrato|incontro|vertice|colloquio|ha ricevuto',
      pt: 'se reuni(u|ram)|reuniao|reunioes|encontro|cupula|cimeira|encontrou-se|encontraram-se|negociac',
      ru: 'встрет|встреча|переговор|саммит|принял',
      uk: 'зустр[іи]|переговор|саміт|самміт',
      pl: 'spotka|rozmow|szczyt|szczycie|negocjac|obrad',
      tr: 'gorus(tu|me)|bir araya gel|zirve|bulus(tu|ma)|muzakere|ag[ıi]rla(d|y|m)',
      nl: 'ontmoet|gesprek|overleg|top(ontmoeting|overleg|beraad)|bijeenkomst|onderhandel',
      ar: arabic('لقاء|اجتماع(?!ي)|قمة|محادثات|مباحثات|مشاورات|التق[ىي]|يلتقي|استقبل|اجتمع'),
      fa: 'د[یي]دار|ملاقات|مذاکر|اجلاس|نشست(?!ن|ه| خبر)|را[یي]زن[یي]|گفت\\u200c?و\\u200c?گو',
      hi: 'मुलाक\\u093c?ात|बैठक|शिखर (सम्मेलन|वार्ता)|वार्ता|बातचीत|भेंट',
      vi: 'hoi đam|hoi kien|tiep kien|cuoc gap|gap go|đa gap|thuong đinh|hoi nghi',
      id: 'bertemu|pertemuan|bertatap muka|ktt|konferensi tingkat tinggi|perundingan|berunding|pembicaraan|menerima kunjungan|menjamu',
      zh: '会见|會見|会晤|會晤|会谈|會談|峰会|峰會|见面|見面|会面|會面|接见|接見|磋商',
      ja: '会談|首脳会議|サミット|面会|会合|会った',
      ko: '정상 ?(회담|회의)|회담|회동|만났|만나|만남|접견|회의를 (열|갖|가졌|했)',
      he: hebrew(
        'נפגש|פגיש|פגש(?:ו|ה)?(?![\\p{L}])|מפגש|פסג(?:ה|ת)(?![\\p{L}])|שיחות עם|(?:קיים|קיימה|קיימו) שיחות|אירח|אירחה|קיבל(?:ה)? את פני',
      ),
      th: thai('พบหารือ|พบปะ|เข้าพบ|เยี่ยมคารวะ|หารือ(?:ร่วม)?กับ|หารือทวิภาคี|ประชุม|ซัมมิต|ให้การต้อนรับ'),
      sv: 'traffade|traffas|motte|moten|toppmote|samtal med',
      cs: 'setkal|setkani|schuzk|summit|jednal|jednani',
      hu: 'talalkoz|targyal|csucstalalkoz|fogadta',
    },
    reason: 'leaders or officials meeting in person',
  },
  {
    kind: 'earthquake',
    once: true,
    acrossTimeZones: true,
    english: 'Earthquake{place}',
    cues: {
      en: 'earthquake|quake|tremor',
      el: 'σεισμ',
      de: 'erdbeben|beben',
      ro: 'cutremur|seism',
      fr: 'seisme|tremblement de terre',
      es: 'terremoto|sismo|seismo',
      it: 'terremoto|sisma|scossa',
      pt: 'terremoto|sismo|abalo sismico|tremor de terra',
      ru: 'землетрясени|толчк',
      uk: 'землетрус|поштовх',
      pl: 'trzesieni[ae] ziemi|wstrzas',
      tr: 'deprem|sars[ıi]nt[ıi]',
      nl: 'aardbeving|beving|naschok',
      ar: arabic('زلزال|زلازل|هز(?:ة|ات) (?:ارضي|بقوة)'),
      fa: 'زلزله|زم[یي]ن\\u200c? ?لرزه|پس\\u200c? ?لرزه',
      hi: 'भूकंप|भूकम्प|भूचाल',
      vi: 'đong đat|du chan|rung chan',
      id: 'gempa',
      zh: '地震|余震|餘震|强震|強震',
      ja: '地震|余震|震度',
      ko: '지진|여진|강진',
      he: hebrew('רעיד(?:ת|ות) (?:ה)?(?:אדמה|משנה)|רעש(?:י)? (?:ה)?אדמה|רעידה(?![\\p{L}])|סייסמ'),
      th: thai('แผ่นดินไหว|อาฟเตอร์ช็อ[กค]|อาฟเตอร์ชอค|ริกเตอร์'),
      sv: 'jordbavning|skalv',
      cs: 'zemetresen|otres',
      hu: 'foldrenges',
    },
    reason: 'an earthquake: "struck" in its reports is not an attack',
  },
  {
    kind: 'flood',
    once: true,
    acrossTimeZones: true,
    english: 'Floods and storms{place}',
    cues: {
      en: 'flood|flooding|storm|hurricane|typhoon|cyclone|landslide',
      el: 'πλημμυρ|καταιγιδ|κυκλων|τυφων',
      de: 'hochwasser|uberschwemmung|flut|sturm|orkan|erdrutsch',
      ro: 'inundati|viitur|furtun|uragan|alunecar',
      fr: 'inondation|crue|tempete|ouragan|cyclone|glissement de terrain',
      es: 'inundacion|riada|tormenta|huracan|ciclon|deslizamiento',
      it: 'alluvion|inondazion|tempesta|uragano|ciclone|frana',
      pt: 'inundac|cheias|enchente|tempestade|furacao|ciclone|deslizamento',
      ru: 'наводнени|паводк|шторм|ураган|циклон|оползн',
      uk: 'повін|паводк|шторм|ураган|зсув',
      pl: 'powodz|ulew|burz[aey](?![\\p{L}])|nawalnic|huragan|osuwisk|podtopieni',
      tr: 'sel(e|i|in|de|den|ler\\p{L}*|zede\\p{L}*)?(?![\\p{L}])|su bask[ıi]n|f[ıi]rt[ıi]na|kas[ıi]rga|heyelan|saganak',
      nl: 'overstroming|storm|orkaan|aardverschuiving|wateroverlast|noodweer|hoogwater',
      ar: arabic('فيضان|سيول|عاصفة|عواصف|اعصار|انهيار(?:ات)? ارضي|امطار غزيرة'),
      fa: 'س[یي]ل(اب)?(?![\\p{L}])|طوفان|توفان|گردباد|رانش زم[یي]ن|بارش\\p{L}* شد[یي]د',
      hi: 'बाढ\\u093c?|तूफ\\u093c?ान|चक्रवात|भूस्खलन|भारी बारिश|मूसलाधार',
      vi: 'lu lut|lu quet|mua lu|ngap lut|ngap ung|con bao|sieu bao|ap thap nhiet đoi|sat lo',
      id: 'banjir|badai|topan|siklon|longsor|puting beliung',
      zh: '洪水|洪灾|洪災|水灾|水災|暴雨|台风|颱風|飓风|颶風|风暴|風暴|泥石流|山体滑坡|山泥傾瀉|内涝|內澇',
      ja: '洪水|豪雨|大雨|台風|浸水|氾濫|土砂崩れ|ハリケーン|サイクロン|暴風',
      ko: '홍수|폭우|태풍|허리케인|산사태|침수|집중 ?호우|호우',
      he: `${hebrew(
        'שיטפו(?:ן|נ)|שטפו(?:ן|נ)|הצפ(?:ה|ות|ת)(?![\\p{L}])|הוצפ|הוצף|הוריק(?:ן|נ)|טייפו(?:ן|נ)|ציקלו(?:ן|נ)|טורנדו|מפול(?:ת|ות)|גליש(?:ת|ות) (?:קרקע|בוץ)|סערה טרופית|סער(?:ת|ות) (?:חורף|גשמים|שלגים)|גשמים עזים|גשמי זעף',
      )}|(?:ו?ה)?סופ(?:ה|ת|ות)(?![\\p{L}])`,
      th: thai(
        'น้ำท่วม|อุทกภัย|น้ำป่า|น้ำหลาก|ท่วมขัง|ท่วมฉับพลัน|ท่วมหนัก|น้ำล้นตลิ่ง|พายุ|ไต้ฝุ่น|ไซโคลน|เฮอริเคน|ดีเปรสชัน|วาตภัย|ดินถล่ม|โคลนถล่ม|ดินสไลด์|ฝนตกหนัก',
      ),
      sv: 'oversvamning|jordskred|storm(?:en)?(?![\\p{L}])|orkan|skyfall|ovader',
      cs: 'povoden|povodn|zaplav|sesuv|bour|uragan|privalov',
      hu: 'arviz|aradas|foldcsuszamlas|vihar|hurrikan|felhoszakadas|ozonviz',
    },
    reason: 'floods and storms, told apart from attacks and meetings',
  },
  {
    kind: 'eruption',
    once: true,
    acrossTimeZones: true,
    english: 'Volcanic eruption{place}',
    cues: {
      en: 'volcan|lava flow|ash cloud',
      el: 'ηφαιστ|λαβα',
      de: 'vulkan|lavastrom|aschewolke',
      ro: 'vulcan',
      fr: 'volcan|coulee de lave',
      es: 'volcan|erupcion volcanica|colada de lava',
      it: 'vulcan|eruzion|colata di lava',
      pt: 'vulca|vulcoes|erupcao vulcanica',
      ru: 'вулкан|извержени',
      uk: 'вулкан|виверженн',
      pl: 'wulkan|erupcj',
      nl: 'vulka',
      tr: 'yanardag|volkan',
      sv: 'vulkan',
      cs: 'sopk|vulkan|erupc',
      hu: 'vulkan|tuzhanyo',
      ar: arabic('بركان|براكين|ثوران|حمم'),
      fa: 'آتشفشان|آتش‌فشان|آتش فشان|فوران',
      hi: 'ज्वालामुखी|लावा',
      he: hebrew('הר(?:י)? (?:ה)?געש|לאבה'),
      vi: 'nui lua|phun trao|dung nham',
      id: 'gunung api|erupsi|meletus|letusan|awan panas|lahar',
      zh: '火山|喷发|噴發',
      ja: '火山|噴火',
      ko: '화산|용암',
      th: thai('ภูเขาไฟ|ลาวา'),
    },
    reason: 'a volcano erupting: its ash and lava are no fire, its blast no attack',
  },
  {
    kind: 'fire',
    once: true,
    acrossTimeZones: true,
    english: 'Fire{place}',
    cues: {
      en: 'blaze|caught fire|catch(?:es)? fire|wildfire|bushfire|forest fire|(?:a|the|huge|massive|major|deadly|big) fire(?![\\p{L}])|fire (?:broke|engulfed|swept|destroyed|ripped|gutted|tore|raged)',
      el: 'πυρκαγι|καηκε|κατακαηκε|τυλιχτηκε στις φλογες',
      de: 'brand(?:e|es|s)?(?![\\p{L}])|grossbrand|großbrand|waldbrand|feuer(?![\\p{L}])|in flammen|in brand',
      ro: 'incendi|a luat foc|in flacari',
      fr: 'incendi|a pris feu|en feu(?![\\p{L}])|feu de foret',
      es: 'incendi|en llamas|se prendio fuego|calcinad',
      it: 'incendi|in fiamme|ha preso fuoco|rogo(?![\\p{L}])',
      pt: 'incendi|em chamas|pegou fogo|pega fogo',
      ru: 'пожар|возгорани|загорел|сгорел',
      uk: 'пожеж|загорі|згорі|займанн',
      pl: 'pozar|splon|zapali[lł]|p[lł]omieni',
      tr: 'yang[ıi]n|alev ald|alevler',
      nl: 'brand(?![\\p{L}])|uitslaande brand|vuurzee|natuurbrand|bosbrand',
      ar: `${arabic('حريق|حرائق')}|اندلع\\p{L}* (?:حريق|النيران)|اشتعل|احترق`,
      fa: '[اآ]تش\\u200c? ?سوز[یي]|حر[یي]ق|طعمه حر[یي]ق',
      hi: 'आग (?:लग|लगी)|आगजनी|अग्निकांड|अग्निकाण्ड',
      vi: 'hoa hoan|vu chay|chay lon|boc chay|chay rung|đam chay',
      id: 'kebakaran|terbakar|dilalap api|dilahap api',
      ms: 'kebakaran|terbakar|dijilat api',
      sv: 'brand(?:en)?(?![\\p{L}])|brann(?![\\p{L}])|eldsvada|skogsbrand',
      cs: 'pozar|vyhorel|shorel',
      hu: 'tuz(?!szunet)|langokban|leegett',
      zh: '起火|火灾|火災|大火|失火|着火|山火',
      ja: '火災|火事|出火|炎上|全焼|山火事',
      ko: '화재|불이 (?:나|났)|불길|산불|전소',
      he: hebrew(
        'שריפ|שרפ(?:ה|ות)(?![\\p{L}])|דליק(?:ה|ות)(?![\\p{L}])|(?:עלה|עלתה|עלו) באש|נשרפ|נשרף|להבות|בערה|פרצה (?:ה)?(?:שריפה|דליקה|אש)',
      ),
      th: thai('เพลิงไหม้|ไฟไหม้|อัคคีภัย|ไฟป่า|ลุกไหม้|ไฟลุก|เปลวเพลิง|ไฟคลอก'),
    },
    reason: 'a fire (a building, a ship, a forest): "ceasefire", "opened fire" and "fired" are not cues',
  },
  {
    kind: 'accident',
    once: true,
    acrossTimeZones: true,
    english: 'Accident{place}',
    cues: {
      en: 'derail|crash|collision|collided|capsiz|sank|shipwreck|plunged into|plunges into|overturned|fell into a (?:gorge|ravine)',
      el: 'εκτροχιασ|συγκρουσ|δυστυχημα|ναυαγι|συντριβ',
      de: 'entgleis|zusammenstoss|unfall|absturz|kenter|ungluck',
      ro: 'deraia|coliziune|accident|prabus|naufragi',
      fr: 'deraill|collision|accident|crash|naufrage|chavir',
      es: 'descarril|choque|colision|accidente|naufragio|se estrello|cayo por un barranco|volco',
      it: 'deragliament|scontro|collisione|incidente|naufragio|schiant|precipitat[oa] in un burrone|ribaltat',
      pt: 'descarril|colisao|acidente|naufragio|despenh|capotou|caiu (?:em|numa|de uma) ribanceira',
      ru: 'сошел с рельсов|крушени|столкновени|авари|катастроф|упал в ущелье|сорвал\\p{L}* в (?:пропасть|ущелье)',
      uk: 'зіиш\\p{L}* з реиок|сход\\p{L}* з реиок|катастроф|зіткненн|авари|дтп',
      pl: 'wykole|katastrof|zderzeni|zderzy[lł]|wypadek|rozbi[lł]|zaton[aeę]',
      tr: 'raydan c[ıi]k|kaza(?!n|k)|carp[ıi]s|(ucak|helikopter|ucag[ıi]|helikopteri) dus|alabora|ucuruma|devrildi|sarampole',
      nl: 'ontspoor|botsing|ongeval|treinongeval|verkeersongeval|ongeluk(?!k)|verongelukt|neergestort|gekapseisd|treinramp|vliegtuigcrash',
      ar: `${arabic('حادث|تحطم|اصطدام|غرق')}|خرج\\p{L}* (?:عن|من) (?:القضبان|السكة|مسار)|انحراف قطار`,
      fa: 'تصادف|سانحه|واژگون|سقوط (هواپ[یي]ما|بالگرد|هل[یي]کوپتر|اتوبوس|خودرو)|به دره سقوط|از ر[یي]ل خارج|خروج .{0,20}از ر[یي]ل|غرق شد',
      hi: 'दुर्घटन|हादस|पटरी से उतर|डूब (गई|गया|गए)|खाई में गि',
      vi: 'tai nan|trat đuong ray|va cham|may bay roi|roi may bay|đam tau|lat tau|chim tau|tau chim',
      id: 'kecelakaan|tabrakan|bertabrakan|tergelincir|karam|kapal tenggelam|pesawat jatuh|keluar rel|kereta anjlok|anjlok(nya)? kereta|masuk jurang|terjun ke jurang|terguling',
      zh: '事故|脱轨|脫軌|列车出轨|列車出軌|相撞|撞车|撞車|坠毁|墜毀|坠机|墜機|沉没|沉沒|翻船|车祸|車禍|坠崖|墜崖|翻车|翻車|侧翻|側翻',
      ja: '事故|脱線|墜落|沈没|転覆|転落|横転',
      ko: '사고(?!방식|력)|탈선|추락|침몰|전복',
      he: hebrew(
        'תאונ|התרסק|מהפסים|מן הפסים|התנגשות (?:חזיתית|רכבות|בין)|(?:רכב|רכבת|רכבות|משאית|אוטובוס|מכוני|מטוס|ספינ|סיר|אוני)\\p{L}* (?:התנגש|התהפכ|התהפך|טבעה|טבעו|שקעה)|התנגש\\p{L}* (?:ב|עם )(?:ה)?(?:רכב|משאית|אוטובוס|מכוני|מטוס|ספינ)|נפל\\p{L}* (?:ל|אל )(?:ה)?(?:תהום|ואדי|נקיק|ערוץ)',
      ),
      th: thai(
        'อุบัติเหตุ|ตกราง(?!วัล)|(?<!ประชา|เยาว|ชุม|เอก|มหา|สาธารณ)ชนกัน|พุ่งชน|เฉี่ยวชน|ประสานงากับ|ถูกชนท้าย|เรือ(?!น)[\\p{L}\\p{M}]{0,15}?(?:ล่ม|จม)|อับปาง|เครื่องบินตก|เฮลิคอปเตอร์ตก|ตกเหว|พลิกคว่ำ|ตกข้างทาง',
      ),
      sv: 'urspar|kollision|kolliderade|olycka|olyckan|kantrade|sjonk|storta',
      cs: 'vykolej|srazk|srazil|nehod|havari|prevrhl|potopil|zritil',
      hu: 'kisiklott|kisiklas|utkoz|baleset|szerencsetlenseg|felborult|elsullyedt|lezuhant',
    },
    reason: 'a transport accident (a derailment, a crash, a sinking, a bus that falls into a gorge)',
  },
  {
    kind: 'attack',
    english: 'Attack{place}',
    cues: {
      en: 'attack|strike|struck|explosion|bombing|shelling',
      el: 'επιθεση|πληγμα|εκρηξη|βομβαρδισμ',
      de: 'angriff|anschlag|explosion|beschuss',
      ro: 'atac|explozie|bombardament',
      fr: 'attaque|frappe|explosion|bombardement',
      es: 'ataque|explosion|bombardeo',
      it: 'attacco|esplosione|bombardamento',
      pt: 'ataque|explosao|bombardeio|bombardeament|atentado|ofensiva',
      ru: 'атак|удар|взрыв|обстрел',
      uk: 'атак|удар|вибух|обстріл',
      pl: 'atak|ostrza[lł]|wybuch|eksplozj|zamach|nalot|bombardow',
      tr: 'sald[ıi]r|patlama|bombal|bombard|hava harekat',
      nl: 'aanval|luchtaanval|aanslag|explosie|ontploffing|beschieting|beschoten|bombardement',
      ar: arabic('هجوم|هجمات|غارة|غارات|قصف|انفجار|تفجير|ضربة|ضربات|اعتداء'),
      fa: 'حمله|حملات|انفجار|بمباران|گلوله\\u200c? ?باران|موشک\\u200c? ?باران|تهاجم|ترور',
      hi: 'हमल|विस्फोट|धमाका|धमाके|धमाकों|बमबारी|गोलाबारी',
      vi: 'tan cong|khong kich|đanh bom|vu no bom|vu no lon|phat no|no tung|phao kich|đot kich|ban phao|xa sung',
      id: 'serangan|menyerang|diserang|ledakan|meledak|pengeboman|bom(?![\\p{L}])|penembakan|serbuan',
      zh: '袭击|襲擊|空袭|空襲|爆炸|轰炸|轟炸|炮击|炮擊|砲擊|攻击|攻擊|恐袭|恐襲',
      ja: '攻撃|空爆|爆発|爆撃|砲撃|襲撃|テロ|空襲',
      ko: '공격|공습|폭발|폭격|포격|테러|습격',
      he: hebrew(
        'מתקפ|התקפ(?:ה|ות|ת)(?![\\p{L}])|תקיפה אווירית|תקיפות אוויריות|תקיפת|תקף(?![\\p{L}])|תקפו(?![\\p{L}])|פיגוע|פיצוץ|התפוצצ|התפוצץ|הפצצ|הפגז(?:ה|ות|ת)(?![\\p{L}])|ירי (?:רקטות|טילים)',
      ),
      th: thai('โจมตี|ระเบิด|จู่โจม|ยิงถล่ม|ระดมยิง|กราดยิง|ลอบยิง|ซุ่มยิง|ยิงจรวด|ยิงขีปนาวุธ'),
      sv: 'attack|anfall|angrepp|explosion|bombning|beskjut',
      cs: 'utok|utoc|explo|bombard|ostrel',
      hu: 'tamadas|tamadt|robbanas|bombaz|agyuz|csapas',
    },
    reason: 'a strike or attack, told apart from talks',
  },
  {
    kind: 'election',
    once: true,
    english: 'Election{place}',
    cues: {
      en: 'election|vote|ballot|referendum',
      el: 'εκλογ|ψηφοφορι|δημοψηφισμα',
      de: 'wahl|abstimmung|referendum',
      ro: 'alegeri|vot|referendum',
      fr: 'election|scrutin|vote|referendum',
      es: 'eleccion|votacion|referendum',
      it: 'elezion|voto|referendum',
      pt: 'eleic|votac|pleito|referendo|plebiscito|urnas',
      ru: 'выбор|голосован|референдум',
      uk: 'вибор|голосуванн|референдум',
      pl: 'wybory|wyborach|wyborow|wyborcz|g[lł]osowani|referend',
      tr: 'secim|sand[ıi]k bas|oylama|referandum|halk oylamas',
      nl: '\\p{L}*?verkiezing|referendum|stembus|volksraadpleging|stemden',
      ar: arabic('انتخاب|اقتراع|استفتاء|تصويت'),
      fa: 'انتخابات|را[یي]\\u200c? ?گ[یي]ر[یي]|همه\\u200c? ?پرس[یي]',
      hi: 'चुनाव|मतदान|निर्वाचन|जनमत संग्रह|वोटिंग',
      vi: 'bau cu|bo phieu|trung cau dan y',
      id: 'pemilu|pemilihan|pilpres|pilkada|pileg|pemungutan suara|referendum|coblos|mencoblos',
      zh: '选举|選舉|大选|大選|投票|公投|普选|普選',
      ja: '選挙|投票',
      ko: '선거|투표|대선|총선|재선거|보궐 ?선거|지방 ?선거|대통령 ?선거|국민 ?투표|주민 ?투표',
      he: hebrew('בחירות|הצבע(?:ה|ות|ת)(?![\\p{L}])|קלפי(?:ות)?(?![\\p{L}])|משאל (?:ה)?עם'),
      th: thai('เลือกตั้ง|ประชามติ|ลงคะแนนเสียง|หย่อนบัตร|เข้าคูหา'),
      sv: 'val(?:et)?(?![\\p{L}])|rostning|folkomrostning|riksdagsval',
      cs: 'volb|hlasovan|referend',
      hu: 'valasztas|szavazas|nepszavazas',
    },
    reason: 'a vote',
  },
  {
    kind: 'court-ruling',
    once: true,
    english: 'Court ruling{place}',
    cues: {
      en: 'sentenced|convicted|verdict|acquitted|found guilty|jailed for|court rul',
      el: 'καταδικ|ποινη|αθωω|ενοχος|ενοχη',
      de: 'verurteil|urteil|freispruch|freigesprochen|schuldig gesprochen',
      ro: 'condamnat|condamnare|sentint|achitat|verdict',
      fr: 'condamn|verdict|acquitt|reconnu coupable|jugement',
      es: 'condenad|condena a|sentencia|absuelt|veredicto|declarad[oa] culpable',
      it: 'condannat|condanna a|sentenza|assolt|verdetto|riconosciut[oa] colpevole',
      pt: 'condenad|condena a|sentenca|absolvid|veredito|considerad[oa] culpad',
      ru: 'приговор|осужден|оправдан|признал\\p{L}* виновн|признан\\p{L}* виновн',
      uk: 'вирок|засуджен|засудив|засудил|виправдан|визнав\\p{L}* винн|визнан\\p{L}* винн',
      pl: 'skazan|wyrok|uniewinnion|uznan\\p{L}* za winn',
      tr: 'hapis cezas|mahkum edil|beraat|karar[ıi] aciklandi|suclu bulun',
      nl: 'veroordeeld|vonnis|vrijgesproken|schuldig bevonden|celstraf|gevangenisstraf',
      sv: 'domd|falld|frikand|fangelse',
      cs: 'odsouzen|rozsud|osvobozen|vinn',
      hu: 'eliteltek|elitelt|itelet|felmentett|bortonbuntetes',
      ar: arabic('حكمت المحكمة|قضت المحكمة|أدانت|ادانت|إدانة|ادانة|بالسجن|ببراءة|حكم بالسجن|حكما بالسجن'),
      fa: 'محکوم|حکم دادگاه|به زندان|تبرئه',
      hi: 'सजा सुनाई|सज़ा सुनाई|दोषी ठहरा|बरी कर|फैसला सुनाया|कारावास',
      vi: 'tuyen an|ket an|tha bong|nam tu|tu chung than',
      id: 'divonis|vonis|dihukum|dijatuhi hukuman|hukuman penjara',
      zh: '判处|判處|判刑|宣判|判决|判決|无罪|無罪|有罪|徒刑',
      ja: '判決|有罪|無罪|懲役|禁錮',
      ko: '선고|판결|징역|무죄|유죄',
      he: hebrew('נגזר|גזר(?:ה)? (?:ה)?דין|הורשע|הרשעה|הרשיע|זיכוי|זוכה מ|נידון|נידונה|שנות מאסר'),
      th: thai(
        'พิพากษา|ตัดสินจำคุก|สั่งจำคุก|ลงโทษจำคุก|ยกฟ้อง|ตัดสินประหารชีวิต|โทษประหารชีวิต|ศาล(?!า|เจ้า)[\\p{L}\\p{M}]{0,20}?(?:ตัดสิน|วินิจฉัย)(?!ใจ)',
      ),
    },
    reason:
      'a court ruling: a sentence, a conviction or an acquittal ("found guilty" of an attack is a ruling, not an attack)',
  },
];
