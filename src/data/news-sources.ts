/**
 * News agencies, outlets and institutions that articles cite as their source, with the names
 * they go by in other languages and scripts. Matching folds case and accents and lets an
 * inflection ending follow (Κρεμλίνο → Κρεμλίνου, Kremlin → Kremlinului); all-capital
 * acronyms must match exactly.
 */

/** One cited source. */
export interface NewsSource {
  /** Canonical name, as the site shows it. */
  name: string;
  kind: 'agency' | 'outlet' | 'institution';
  aliases: readonly string[];
  reason: string;
}

export const newsSources: readonly NewsSource[] = [
  {
    name: 'KCNA',
    kind: 'agency',
    aliases: [
      'KCNA',
      'Korean Central News Agency',
      'ЦТАК',
      'Центральное телеграфное агентство Кореи',
      '조선중앙통신',
      'Κεντρικό Πρακτορείο Ειδήσεων της Κορέας',
      'KCTV',
    ],
    reason: "North Korea's state news agency",
  },
  {
    name: 'Yonhap',
    kind: 'agency',
    aliases: ['Yonhap', '연합뉴스', 'Ενχάπ', 'Γιονχάπ', 'Ренхап', 'Йонхап'],
    reason: "South Korea's news agency",
  },
  { name: 'Agerpres', kind: 'agency', aliases: ['Agerpres'], reason: "Romania's national news agency" },
  {
    name: 'Reuters',
    kind: 'agency',
    aliases: ['Reuters', 'Ρόιτερς', 'Рейтер', 'Рейтерс', '路透社'],
    reason: 'international news agency',
  },
  {
    name: 'AFP',
    kind: 'agency',
    aliases: ['AFP', 'Agence France-Presse', 'Γαλλικό Πρακτορείο', 'Франс Пресс', '法新社'],
    reason: 'international news agency',
  },
  {
    name: 'AP',
    kind: 'agency',
    aliases: ['Associated Press', 'AP', 'Ασοσιέιτεντ Πρες'],
    reason: 'international news agency',
  },
  { name: 'dpa', kind: 'agency', aliases: ['dpa', 'Deutsche Presse-Agentur'], reason: "Germany's news agency" },
  {
    name: 'ANA-MPA',
    kind: 'agency',
    aliases: ['ΑΠΕ-ΜΠΕ', 'ΑΠΕ', 'ANA-MPA', 'Αθηναϊκό-Μακεδονικό Πρακτορείο Ειδήσεων'],
    reason: "Greece's news agency",
  },
  { name: 'TASS', kind: 'agency', aliases: ['TASS', 'ТАСС', 'Τας', 'ΤΑΣΣ'], reason: "Russia's state news agency" },
  {
    name: 'RIA Novosti',
    kind: 'agency',
    aliases: ['RIA Novosti', 'РИА Новости', 'RIA'],
    reason: 'Russian state news agency',
  },
  { name: 'Interfax', kind: 'agency', aliases: ['Interfax', 'Интерфакс', 'Ιντερφάξ'], reason: 'Russian news agency' },
  {
    name: 'Xinhua',
    kind: 'agency',
    aliases: ['Xinhua', 'Синьхуа', 'Σινχουά', '新华社'],
    reason: "China's state news agency",
  },
  { name: 'EFE', kind: 'agency', aliases: ['EFE'], reason: "Spain's news agency" },
  { name: 'ANSA', kind: 'agency', aliases: ['ANSA'], reason: "Italy's news agency" },
  { name: 'PAP', kind: 'agency', aliases: ['PAP', 'Polska Agencja Prasowa'], reason: "Poland's news agency" },
  {
    name: 'Ukrinform',
    kind: 'agency',
    aliases: ['Ukrinform', 'Укрінформ', 'Укринформ'],
    reason: "Ukraine's state news agency",
  },
  { name: 'Kyodo', kind: 'agency', aliases: ['Kyodo', '共同通信'], reason: "Japan's news agency" },
  { name: 'Anadolu', kind: 'agency', aliases: ['Anadolu', 'Anadolu Ajansı'], reason: "Turkey's state news agency" },
  {
    name: 'Bloomberg',
    kind: 'outlet',
    aliases: ['Bloomberg', 'Μπλούμπεργκ', 'Блумберг'],
    reason: 'international outlet often cited as a source',
  },
  { name: 'BBC', kind: 'outlet', aliases: ['BBC', 'Би-би-си'], reason: 'international outlet often cited as a source' },
  { name: 'CNN', kind: 'outlet', aliases: ['CNN'], reason: 'international outlet often cited as a source' },
  {
    name: 'Kremlin',
    kind: 'institution',
    aliases: ['Kremlin', 'Kreml', 'Κρεμλίνο', 'Кремль', '克里姆林宫'],
    reason: 'the Russian presidency, cited for its statements',
  },
  {
    name: 'White House',
    kind: 'institution',
    aliases: [
      'White House',
      'Weißes Haus',
      'Casa Albă',
      'Λευκός Οίκος',
      'Maison Blanche',
      'Casa Blanca',
      'Casa Bianca',
      'Белый дом',
    ],
    reason: 'the US presidency, cited for its statements',
  },
  {
    name: 'Pentagon',
    kind: 'institution',
    aliases: ['Pentagon', 'Πεντάγωνο', 'Пентагон'],
    reason: 'the US defence ministry, cited for its statements',
  },
];

/**
 * Phrases that introduce who a statement comes from ("according to X"). The name that follows
 * is taken as a cited source when it is written as a name (capitalised or an acronym).
 */
export const attributionCues: readonly { lang: string; pattern: string; reason: string }[] = [
  { lang: 'en', pattern: '(?:according to|citing|cited by|reported by|told)', reason: 'English attribution phrases' },
  {
    lang: 'el',
    pattern:
      '(?:σύμφωνα με(?: το| τον| την| τα| τους)?|κατά το|κατά τον|κατά την|ανέφερε το|ανέφερε η|μετέδωσε το|μετέδωσε η|όπως ανακοίνωσε το|όπως μετέδωσε το)',
    reason: 'Greek attribution phrases ("according to", "reported")',
  },
  {
    lang: 'de',
    pattern:
      '(?:laut|zufolge|berichtete(?: die| der| das)?|meldete(?: die| der| das)?|wie (?:die|der|das) (?!\\p{Ll}))',
    reason: 'German attribution phrases ("according to", "reported")',
  },
  {
    lang: 'ro',
    pattern: '(?:potrivit|conform|citat de|relatează|informează|a anunțat)',
    reason: 'Romanian attribution phrases ("according to", "reports")',
  },
  { lang: 'fr', pattern: "(?:selon|d'après|a rapporté|rapporte|cité par)", reason: 'French attribution phrases' },
  { lang: 'es', pattern: '(?:según|de acuerdo con|informó|citado por)', reason: 'Spanish attribution phrases' },
  { lang: 'it', pattern: '(?:secondo|stando a|riferisce|citato da)', reason: 'Italian attribution phrases' },
  {
    lang: 'ru',
    pattern: '(?:по данным|по словам|как сообщает|как сообщило|сообщает|сообщило|передает|передаёт)',
    reason: 'Russian attribution phrases',
  },
  { lang: 'pt', pattern: '(?:segundo|de acordo com|citado por)', reason: 'Portuguese attribution phrases' },
  { lang: 'nl', pattern: '(?:volgens|aldus)', reason: 'Dutch attribution phrases' },
  { lang: 'sv', pattern: '(?:enligt)', reason: 'Swedish attribution phrases' },
  { lang: 'pl', pattern: '(?:według|zdaniem|jak podaje|jak podała|jak podał)', reason: 'Polish attribution phrases' },
  { lang: 'cs', pattern: '(?:podle|jak uvedl|jak uvedla)', reason: 'Czech attribution phrases' },
  {
    lang: 'uk',
    pattern: '(?:за словами|за даними|як повідомляє|як повідомило|повідомляє)',
    reason: 'Ukrainian attribution phrases',
  },
  { lang: 'id', pattern: '(?:menurut|seperti dilansir|dikutip dari)', reason: 'Indonesian attribution phrases' },
];

/**
 * Words for sources left unnamed ("some sources estimated", "según fuentes", "消息人士称"), per
 * language, folded word starts (Chinese, Japanese and Thai: anywhere). A clause that gives its
 * words to them is theirs: it takes no speaker from the sentence or the one before ("…pierderile
 * suferite de armata nord-coreeană, pe care unele surse le-au estimat la câteva mii de soldați"
 * is no word of Putin's).
 */
export const unnamedSources: Readonly<Record<string, readonly string[]>> = {
  en: ['sources', 'insiders'],
  de: ['quellen', 'insider'],
  fr: ['sources'],
  es: ['fuentes'],
  it: ['fonti'],
  pt: ['fontes'],
  ro: ['surse', 'sursele'],
  el: ['πηγές', 'πηγών'],
  ru: ['источник'],
  uk: ['джерела', 'джерел'],
  pl: ['źródła', 'źródeł'],
  nl: ['bronnen'],
  sv: ['källor'],
  cs: ['zdroje', 'zdrojů'],
  hu: ['források', 'forrásai'],
  tr: ['kaynaklar', 'kaynaklara'],
  ar: ['مصادر', 'المصادر'],
  fa: ['منابع'],
  he: ['מקורות'],
  hi: ['सूत्रों', 'सूत्र'],
  th: ['แหล่งข่าว'],
  vi: ['nguồn tin'],
  id: ['sumber'],
  ko: ['소식통'],
  zh: ['消息人士', '知情人士', '消息来源', '消息來源'],
  ja: ['関係者', '筋によると'],
};

/**
 * Words that open a sentence saying only who told the one before it, pointing back at it ("Об
 * этом сообщает ТАСС.", "Das teilte die Polizei mit.", "Así lo informó la policía."), per
 * language, folded word starts of the sentence.
 */
export const tellerOpeners: Readonly<Record<string, readonly string[]>> = {
  en: ['this was', 'that was', 'this is according'],
  de: ['das ', 'dies ', 'so '],
  fr: ["c'est ce qu", 'c’est ce qu', 'ainsi l', 'l’information a', "l'information a"],
  es: ['así lo', 'lo informó', 'lo confirmó', 'lo anunció'],
  it: ['lo ha ', 'lo hanno ', 'così ', 'a riferirlo', 'lo riferisce', 'lo riporta'],
  pt: ['a informação', 'assim informou', 'a confirmação'],
  ro: ['informația', 'anunțul', 'vestea'],
  el: ['αυτό ', 'τα παραπάνω', 'αυτά '],
  ru: ['об этом', 'о том ', 'это '],
  uk: ['про це', 'це '],
  pl: ['o tym', 'tak ', 'to '],
  cs: ['uvedl to', 'uvedla to', 'oznámil to', 'oznámila to', 'informoval o tom', 'informovala o tom'],
  hu: ['ezt ', 'erről '],
  nl: ['dat ', 'dit '],
  sv: ['det ', 'detta '],
  tr: ['bunu ', 'bu bilgiyi'],
  id: ['hal itu', 'hal tersebut', 'demikian '],
  vi: ['thông tin này', 'điều này'],
  ar: ['ذلك', 'جاء ذلك', 'هذا ما'],
  fa: ['این را', 'این خبر', 'این مطلب'],
  he: ['כך ', 'זאת '],
  hi: ['यह जानकारी', 'इसकी जानकारी'],
};
