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
  return (folded) => whole.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix));
});
