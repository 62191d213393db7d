import { hedges } from '../../data/hedges.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
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
  if (cues.length === 0) return null;
  return unspacedLanguages.has(lang)
    ? new RegExp(`(?:${cues.join('|')})`, 'u')
    : new RegExp(`(?<![\\p{L}])(?:${cues.join('|')})(?![\\p{L}])`, 'u');
});
