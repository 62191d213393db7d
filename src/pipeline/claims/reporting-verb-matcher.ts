import { reportingVerbs } from '../../data/reporting-verbs.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldText } from '../text/fold-text.ts';

/** A test for whether a folded word, read with the word after it, is a verb of saying. */
export type VerbMatcher = (folded: string, next?: string) => boolean;

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
  if (unspacedLanguages.has(lang)) {
    const inside = stems.map((stem) => foldText(stem.endsWith('$') ? stem.slice(0, -1) : stem));
    return (folded) => inside.some((stem) => folded.includes(stem));
  }
  /** Verbs of two words, by their first word: the second words it takes. */
  const pairs = new Map<string, Set<string>>();
  const single: string[] = [];
  for (const stem of stems) {
    const [first, second, ...more] = foldText(stem.endsWith('$') ? stem.slice(0, -1) : stem).split(' ');
    if (first && second && more.length === 0) pairs.set(first, (pairs.get(first) ?? new Set()).add(second));
    else single.push(stem);
  }
  const whole = new Set(single.filter((stem) => stem.endsWith('$')).map((stem) => foldText(stem.slice(0, -1))));
  const prefixes = single.filter((stem) => !stem.endsWith('$')).map((stem) => foldText(stem));
  // Stems by their first letter, so a word is tried against the few that can start it.
  const byFirst = Map.groupBy(prefixes, (prefix) => prefix.charAt(0));
  return (folded, next) =>
    whole.has(folded) ||
    (byFirst.get(folded.charAt(0))?.some((prefix) => folded.startsWith(prefix)) ?? false) ||
    (next !== undefined && (pairs.get(folded)?.has(next) ?? false));
});

/** Whether the word at `index` is a verb of saying, read with the word after it (`VerbMatcher`). */
export function saysAt(isVerb: VerbMatcher, words: readonly { folded: string }[], index: number): boolean {
  const word = words[index];
  return word !== undefined && isVerb(word.folded, words[index + 1]?.folded);
}
