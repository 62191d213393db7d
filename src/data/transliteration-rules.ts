/**
 * Spelling rules applied before `any-ascii` romanises a name, where a letter-by-letter
 * transliteration would part ways with how the name is written in Latin script. Each rule is a
 * regular expression source (matched on lower-case text, `gu` flags) and its replacement.
 */
export const transliterationRules: readonly { pattern: string; replacement: string; reason: string }[] = [
  { pattern: 'ου', replacement: 'u', reason: 'Greek ου is the vowel u (Πούτιν = Putin)' },
  {
    pattern: '(?<![\\p{L}\\p{M}])μπ',
    replacement: 'b',
    reason: 'Greek μπ opens words with b (an accent before it, as in Λάμπρος, is inside one)',
  },
  { pattern: 'μπ', replacement: 'mp', reason: 'Greek μπ inside a word is mp/mb (Τραμπ = Trump)' },
  {
    pattern: '(?<![\\p{L}\\p{M}])ντ',
    replacement: 'd',
    reason: 'Greek ντ opens words with d (Ντόναλντ = Donald; Τάντσεφ = Tanchev, not Tadsef)',
  },
  { pattern: 'ντ', replacement: 'nd', reason: 'Greek ντ inside a word is nd (Βλαντίμιρ = Vladimir)' },
  { pattern: 'γκ|γγ', replacement: 'g', reason: 'Greek γκ/γγ is g or ng (Σεργκέι = Sergei, Γιονγκ = Yong)' },
  { pattern: 'τζ', replacement: 'j', reason: 'Greek τζ is j (Τζινπίνγκ = Jinping)' },
  { pattern: 'τσ', replacement: 'ts', reason: 'Greek τσ is ts' },
  { pattern: 'γι(?=[αεηιουω])', replacement: 'y', reason: 'Greek γι before a vowel is y (Γιονγκ = Yong)' },
  { pattern: 'αι', replacement: 'e', reason: 'Greek αι is e' },
  { pattern: '(ει|οι)(?![\\u0308])', replacement: 'i', reason: 'Greek ει/οι are i, unless a diaeresis splits them' },
  { pattern: 'χ', replacement: 'h', reason: 'Greek χ is written h or kh in names' },
];

/**
 * Rules that fold Latin spellings of one sound together, applied to romanised names before they
 * are compared (Shoigu/Soigu, Lavrov/Lavrof, Jong/Yong, Poutine/Putin).
 */
export const soundRules: readonly { pattern: string; replacement: string; reason: string }[] = [
  {
    pattern: 'sch|sh|ch(?=[ei])|ş|ș',
    replacement: 's',
    reason: 'German sch, English sh, Romanian ș: one s-like sound in names',
  },
  { pattern: 'gh', replacement: 'g', reason: 'Romanian gh is g (Serghei = Sergei)' },
  { pattern: 'ou', replacement: 'u', reason: 'French ou is u' },
  { pattern: 'ph|v|w', replacement: 'f', reason: 'f and v, w spellings of one name (Lavrov, Lavrof, Lawrow)' },
  { pattern: 'j|y', replacement: 'i', reason: 'j and y spell the same glide (Jong, Yong; Sergey, Sergei)' },
  { pattern: 'x(?=i)', replacement: 's', reason: 'pinyin x before i sounds s-like (Xi, Σι)' },
  { pattern: 'c(?=[aou])|k|q', replacement: 'k', reason: 'hard c, k and q' },
  { pattern: '(.)\\1', replacement: '$1', reason: 'doubled letters (Zelenskyy, Zelensky)' },
  { pattern: 'e$', replacement: '', reason: 'a final silent e (Poutine, Putin)' },
];
