/**
 * Abbreviations with a full stop that do not end a sentence, per language, where the runtime's
 * sentence segmenter (ICU) does not already know them. Matched case-sensitively on the word
 * before the full stop.
 */
export const abbreviations: readonly { lang: string; words: readonly string[]; reason: string }[] = [
  {
    lang: 'el',
    words: ['κ', 'κα', 'κκ', 'δηλ', 'βλ', 'π.χ', 'κ.λπ', 'αρ', 'Δρ', 'στρατ', 'υπ'],
    reason: 'Greek titles (κ. = Mr, κα = Mrs) and common abbreviations',
  },
  {
    lang: 'ro',
    words: ['dl', 'dna', 'dnei', 'dlui', 'nr', 'str', 'gen', 'prof', 'dr', 'ș.a', 'etc'],
    reason: 'Romanian titles (dl. = Mr, dna. = Mrs) and abbreviations',
  },
  {
    lang: 'de',
    words: ['Nr', 'Dr', 'Prof', 'bzw', 'ca', 'z.B', 'u.a', 'v.a', 'Hr', 'Fr', 'St'],
    reason: 'German titles and abbreviations',
  },
  {
    lang: 'en',
    words: ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Gen', 'Col', 'Lt', 'Sgt', 'St', 'No', 'Gov', 'Sen', 'Rep'],
    reason: 'English titles and abbreviations',
  },
  { lang: 'fr', words: ['M', 'Mme', 'Mlle', 'Dr', 'Pr', 'St', 'n°'], reason: 'French titles' },
  { lang: 'es', words: ['Sr', 'Sra', 'Srta', 'Dr', 'Dra', 'núm', 'Gral'], reason: 'Spanish titles' },
  { lang: 'it', words: ['Sig', 'Sigg', 'Dott', 'Prof', 'On', 'Gen', 'n'], reason: 'Italian titles' },
  {
    lang: 'ru',
    words: ['г', 'гг', 'т.е', 'т.д', 'им', 'ул', 'д'],
    reason: 'Russian abbreviations (г. = year/city, т.е. = i.e.)',
  },
  {
    lang: 'pl',
    words: [
      'ok',
      'tzw',
      'np',
      'm.in',
      'godz',
      'ul',
      'r',
      'mln',
      'mld',
      'tys',
      'proc',
      'pkt',
      'dr',
      'prof',
      'gen',
      'płk',
      'ks',
      'św',
    ],
    reason: 'Polish abbreviations (ok. = about, godz. = hour, r. = year, tys. = thousand)',
  },
  {
    lang: 'pt',
    words: ['Sr', 'Sra', 'Dr', 'Dra', 'Prof', 'n.º', 'aprox'],
    reason: 'Portuguese titles and abbreviations',
  },
  { lang: 'tr', words: ['Dr', 'Prof', 'Doç', 'Av', 'vb', 'vs', 'Yrd'], reason: 'Turkish titles and abbreviations' },
  { lang: 'uk', words: ['р', 'рр', 'вул', 'ім', 'т.зв', 'тис', 'млн'], reason: 'Ukrainian abbreviations (р. = year)' },
];

/**
 * Languages that write ordinal numbers with a full stop ("am 4. Mai", "4. května"), where
 * "4." does not end a sentence; elsewhere ("on Monday, May 4. Under…") it does.
 */
export const ordinalDotLanguages: readonly string[] = [
  'de',
  'da',
  'nb',
  'nn',
  'no',
  'is',
  'fo',
  'fi',
  'et',
  'lv',
  'cs',
  'sk',
  'sl',
  'hr',
  'bs',
  'sr',
  'hu',
  'tr',
  'pl',
];
