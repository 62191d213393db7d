/**
 * A letter of a script whose marks are optional accents or vowel points, which spellings of one
 * word may have or not: Latin and Cyrillic accents, Greek tonos, Arabic harakat, Hebrew niqqud.
 * Elsewhere (Devanagari, Bengali, Tamil, Thai…) a mark is a vowel of the word and stays.
 */
const optionalMarks =
  /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}])\p{M}+/gu;

/**
 * Fold text for matching across spellings: compatibility-decompose, drop optional marks
 * (accents, Romanian comma-below, Greek tonos, harakat), recompose what is left (Hangul
 * syllables, Indic vowel signs), lower-case.
 *
 * @example
 *   foldText('Κρεμλίνου Ștefan') // 'κρεμλινου stefan'
 *   foldText('पेरू') // 'पेरू' (not 'पर', "on")
 */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(optionalMarks, '$1').normalize('NFC').toLowerCase();
}

/**
 * Languages whose marks tell apart words that folding makes one: Vietnamese tones ("có tội",
 * guilty; "có tới", as many as; "vô tội", innocent; "vợ tôi", my wife).
 */
export const markedLanguages: ReadonlySet<string> = new Set(['vi']);

/**
 * A tone on "oa", "oe", "uy" closing a syllable, on the second vowel ("hoà", "thuỷ"), with the
 * spelling that writes it on the first ("hòa", "thủy"): both are in use.
 */
const toneOnFirst: Readonly<Record<string, string>> = {
  oà: 'òa',
  oá: 'óa',
  oả: 'ỏa',
  oã: 'õa',
  oạ: 'ọa',
  oè: 'òe',
  oé: 'óe',
  oẻ: 'ỏe',
  oẽ: 'õe',
  oẹ: 'ọe',
  uỳ: 'ùy',
  uý: 'úy',
  uỷ: 'ủy',
  uỹ: 'ũy',
  uỵ: 'ụy',
};
const toneOnSecond = new RegExp(`(?:${Object.keys(toneOnFirst).join('|')})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Fold text as `foldText` does, but keep the marks of a language in which they tell words apart
 * (`markedLanguages`), in lower case, composed, a tone on "oa", "oe", "uy" closing a syllable
 * written on its first vowel ("hoà" and "hòa" are one word). Of the same length as `foldText`'s
 * folding, so that offsets in one are offsets in the other; where they could not be, that folding.
 *
 * @example
 *   foldIn('Có tới', 'vi') // 'có tới'
 *   foldIn('Có tới', 'fr') // 'co toi'
 */
export function foldIn(text: string, lang: string): string {
  const folded = foldText(text);
  if (!markedLanguages.has(lang)) return folded;
  const marked = text
    .normalize('NFKD')
    .normalize('NFC')
    .toLowerCase()
    .replace(toneOnSecond, (pair) => toneOnFirst[pair] ?? pair);
  return marked.length === folded.length ? marked : folded;
}

/**
 * A word of a text folded for its language: its `folded` form, or with its marks where they tell
 * words apart (`foldIn`: "tại", at, is no "tải", transport; "nói", said, no "Nội").
 */
export function foldWordIn(word: { text: string; folded: string }, lang: string): string {
  return markedLanguages.has(lang) ? foldIn(word.text, lang) : word.folded;
}

/**
 * Folded vowels (and the soft sign) of Latin, Greek and Cyrillic, the letters an inflection
 * ending opens with or replaces, as a character-class body for regular expressions.
 */
export const foldedVowels = 'aeiouyαεηιουωаеиоуыэюяь';

const trailingVowels = new RegExp(`[${foldedVowels}]+$`, 'u');

/**
 * The stem of a folded word for inflection-tolerant matching: the word without its trailing
 * vowels, but never shorter than three letters.
 *
 * @example
 *   stemOf('ρωσια') // 'ρωσ'
 */
export function stemOf(folded: string): string {
  const stripped = folded.replace(trailingVowels, '');
  return stripped.length >= 3 ? stripped : folded.slice(0, Math.min(folded.length, 3));
}

/** Longest inflection ending allowed after a stem (Romanian `-ului`, Greek `-ίου`, Russian `-ами`). */
const maximumEnding = 4;

/**
 * Whether a folded word is the stemmed word with an inflection ending of at most four letters.
 *
 * @example
 *   matchesStem('ρωσιας', 'ρωσ') // true
 */
export function matchesStem(folded: string, stem: string): boolean {
  return folded.startsWith(stem) && folded.length - stem.length <= maximumEnding;
}

/** A word of a text and where it stands. */
export interface WordToken {
  text: string;
  folded: string;
  start: number;
  end: number;
}

/** Folded words seen so far: news repeats its words, and folding (NFKD, marks) is costly. */
const foldedWords = new Map<string, string>();
const foldedWordsLimit = 200_000;

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= foldedWordsLimit) foldedWords.clear();
    folded = foldText(word);
    foldedWords.set(word, folded);
  }
  return folded;
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Split a text into words (letters and digits, with inner apostrophes, dots and hyphens).
 *
 * @example
 *   tokenizeWords('s-a întâlnit, la Beijing').map((word) => word.text) // ['s-a', 'întâlnit', 'la', 'Beijing']
 */
export function tokenizeWords(text: string): WordToken[] {
  return [...text.matchAll(wordPattern)].map((match) => ({
    text: match[0],
    folded: foldWord(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Whether a word is written as a name: it starts with a capital letter. Words in scripts
 * without case (Arabic, Chinese…) never are, as the spelling cannot tell.
 *
 * @example
 *   isWrittenAsName('Πεκίνο') // true
 */
export function isWrittenAsName(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
