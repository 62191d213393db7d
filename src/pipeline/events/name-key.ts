import anyAscii from 'any-ascii';
import leven from 'leven';
import { soundRules, transliterationRules } from '../../data/transliteration-rules.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';

const beforeRomanising = transliterationRules.map((rule) => ({
  pattern: new RegExp(rule.pattern, 'gu'),
  replacement: rule.replacement,
}));
const soundFolds = soundRules.map((rule) => ({
  pattern: new RegExp(rule.pattern, 'gu'),
  replacement: rule.replacement,
}));

/**
 * A name as comparable Latin tokens: Greek digraphs spelt out, romanised with `any-ascii`, and
 * spellings of one sound folded together, so that Πούτιν, Putin and Путин meet. Each name is
 * keyed once per run (speakers and places are compared again and again).
 *
 * @example
 *   nameKey('Σεργκέι Σοϊγκού') // ['sergei', 'soigu']
 */
export const nameKey: (name: string) => readonly string[] = memoizeByKey((name) => {
  let text = name.normalize('NFD').toLowerCase();
  for (const { pattern, replacement } of beforeRomanising) text = text.replace(pattern, replacement);
  const romanised = anyAscii(text.normalize('NFC')).toLowerCase();
  return romanised
    .split(/[^a-z]+/)
    .filter((token) => token.length > 0)
    .map((token) =>
      soundFolds.reduce((folded, { pattern, replacement }) => folded.replace(pattern, replacement), token),
    );
});

/**
 * Whether two name tokens are one, allowing a letter of difference in longer tokens
 * (Tramp/Trump, Vlandimir/Vladimir).
 *
 * @example
 *   sameToken('tramp', 'trump') // true
 */
export function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 5 && leven(a, b) <= 1;
}

/**
 * Whether two keyed names can name the same entity: every token of the shorter one stands, in
 * order, in the longer one ("Putin" and "Vladimir Putin"; "Kim Jong Un" and "Kim Jong-un").
 *
 * @example
 *   sameName(nameKey('Πούτιν'), nameKey('Wladimir Putin')) // true
 */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  let at = 0;
  for (const token of short) {
    while (at < long.length && !sameToken(token, long[at] ?? '')) at++;
    if (at === long.length) return false;
    at++;
  }
  return true;
}

/**
 * Letters that Hebrew, Arabic and Persian write for vowels, or for sounds Latin spellings leave
 * out: alef and ayin always, and waw, yod and their kin inside a word, where they are mostly
 * vowels (רודוס is Rodos, كرمان Kerman); a final he or ta marbuta ends a word in a vowel
 * (לארמה is Laerma).
 */
const abjadVowels = /[אעاآأإءعٱ]|(?<=\p{L})[וייويیى]|[הهة](?!\p{L})/gu;

/**
 * A name's consonants, in Latin letters, after its first letter: what survives case endings,
 * vowel spellings and scripts that write no vowels, so that Arequipa, Арекипа and Арекипы, Lima
 * and Лиме, Laerma and לארמה, Rhodes, Родос and רודוס, Kerman and كرمان meet. `h` is left out
 * with the vowels, as spellings of one name keep or drop it (Rhodes, Rodos).
 *
 * @example
 *   consonantKey('Арекипа') // 'arkp'
 *   consonantKey('Rhodes') === consonantKey('רודוס') // true
 */
export function consonantKey(name: string): string {
  const joined = nameKey(name.replace(abjadVowels, '')).join('');
  return joined.charAt(0) + joined.slice(1).replace(/[aeiouh]/g, '');
}
