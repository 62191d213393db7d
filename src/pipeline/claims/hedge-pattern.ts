import { hedges } from '../../data/hedges.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * The language's hedges (`src/data/hedges.ts`) as one pattern over folded text, or `null` when
 * none are listed.
 *
 * @example
 *   hedgePattern('en')?.test('he reportedly left') // true
 */
export const hedgePattern = memoizeByKey((lang) => {
  const cues = hedges.filter((entry) => entry.lang === lang).map((entry) => foldText(entry.pattern));
  return cues.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${cues.join('|')})(?![\\p{L}])`, 'u') : null;
});
