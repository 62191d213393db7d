import { reportingVerbs } from '../../data/reporting-verbs.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * A test for whether a folded word is a verb of saying in the language (`src/data/reporting-verbs.ts`),
 * or, in a language written without spaces, holds one.
 *
 * @example
 *   reportingVerbMatcher('ro')('declarat') // true
 */
export const reportingVerbMatcher = memoizeByKey((lang): ((folded: string) => boolean) => {
  const stems = reportingVerbs.filter((entry) => entry.lang === lang).flatMap((entry) => entry.stems);
  const whole = new Set(stems.filter((stem) => stem.endsWith('$')).map((stem) => foldText(stem.slice(0, -1))));
  const prefixes = stems.filter((stem) => !stem.endsWith('$')).map((stem) => foldText(stem));
  if (unspacedLanguages.has(lang)) {
    const inside = [...whole, ...prefixes];
    return (folded) => inside.some((stem) => folded.includes(stem));
  }
  // Stems by their first letter, so a word is tried against the few that can start it.
  const byFirst = Map.groupBy(prefixes, (prefix) => prefix.charAt(0));
  return (folded) =>
    whole.has(folded) || (byFirst.get(folded.charAt(0))?.some((prefix) => folded.startsWith(prefix)) ?? false);
});
