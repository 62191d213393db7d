import { reportingVerbs } from '../../data/reporting-verbs.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldIn, foldWordIn } from '../text/fold-text.ts';

/**
 * A test for whether a folded word, read with the word after it, is a verb of saying; `key` folds
 * a word of a text as the test takes it (`foldWordIn`: with its marks where they tell words apart,
 * "nói", said, against "Nội" of Hà Nội).
 */
export type VerbMatcher = ((folded: string, next?: string) => boolean) & {
  key: (word: { text: string; folded: string }) => string;
};

/**
 * A test for whether a folded word is a verb of saying in the language (`src/data/reporting-verbs.ts`),
 * or, in a language written without spaces, holds one. A verb of two words ("cho biết", said)
 * is found at its first word, given the word after it (`next`).
 *
 * @example
 *   reportingVerbMatcher('ro')('declarat') // true
 *   reportingVerbMatcher('vi')('cho', 'biet') // true
 */
export const reportingVerbMatcher = memoizeByKey((lang): VerbMatcher => {
  const stems = reportingVerbs.filter((entry) => entry.lang === lang).flatMap((entry) => entry.stems);
  const fold = (stem: string) => foldIn(stem, lang);
  const key = (word: { text: string; folded: string }) => foldWordIn(word, lang);
  if (unspacedLanguages.has(lang)) {
    const inside = stems.map((stem) => fold(stem.endsWith('$') ? stem.slice(0, -1) : stem));
    return Object.assign((folded: string) => inside.some((stem) => folded.includes(stem)), { key });
  }
  /** Verbs of two words, by their first word: the second words it takes. */
  const pairs = new Map<string, Set<string>>();
  const single: string[] = [];
  for (const stem of stems) {
    const [first, second, ...more] = fold(stem.endsWith('$') ? stem.slice(0, -1) : stem).split(' ');
    if (first && second && more.length === 0) pairs.set(first, (pairs.get(first) ?? new Set()).add(second));
    else single.push(stem);
  }
  const whole = new Set(single.filter((stem) => stem.endsWith('$')).map((stem) => fold(stem.slice(0, -1))));
  const prefixes = single.filter((stem) => !stem.endsWith('$')).map((stem) => fold(stem));
  // Stems by their first letter, so a word is tried against the few that can start it.
  const byFirst = Map.groupBy(prefixes, (prefix) => prefix.charAt(0));
  const matches = (folded: string, next?: string) =>
    whole.has(folded) ||
    (byFirst.get(folded.charAt(0))?.some((prefix) => folded.startsWith(prefix)) ?? false) ||
    (next !== undefined && (pairs.get(folded)?.has(next) ?? false));
  return Object.assign(matches, { key });
});

/** Whether the word at `index` is a verb of saying, read with the word after it (`VerbMatcher`). */
export function saysAt(
  isVerb: VerbMatcher,
  words: readonly { text: string; folded: string }[],
  index: number,
): boolean {
  const [word, next] = [words[index], words[index + 1]];
  return word !== undefined && isVerb(isVerb.key(word), next && isVerb.key(next));
}
