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
];
