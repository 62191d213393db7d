import { figureQualifiers, numberWords } from '../../data/number-words.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * Folded number words of a language (`src/data/number-words.ts`), each with its value.
 *
 * @example
 *   numberWordsOf('id').get('tiga') // '3'
 */
export const numberWordsOf = memoizeByKey(
  (lang) =>
    new Map(
      numberWords
        .filter((entry) => entry.lang === lang)
        .flatMap((entry) =>
          Object.entries(entry.values).flatMap(([value, forms]) =>
            forms.map((form) => [foldText(form), value] as const),
          ),
        ),
    ),
);

/**
 * Folded words that, right before a number word, make it point back rather than count
 * (`referring` in `src/data/number-words.ts`).
 *
 * @example
 *   referringWordsOf('ro').has('cei') // true: "cei doi au participat" is "the two attended"
 */
export const referringWordsOf = memoizeByKey(
  (lang) =>
    new Set(
      numberWords.filter((entry) => entry.lang === lang).flatMap((entry) => (entry.referring ?? []).map(foldText)),
    ),
);

/**
 * How a language writes its teens in two words (`teens` in `src/data/number-words.ts`): the
 * folded words for ten after a unit, and the units that only stand before them, with their value.
 *
 * @example
 *   teenWordsOf('ar').ten.has('عشر') // true: "أربعة عشر" is fourteen
 */
export const teenWordsOf = memoizeByKey((lang) => {
  const entries = numberWords.filter((entry) => entry.lang === lang && entry.teens);
  return {
    ten: new Set(entries.flatMap((entry) => (entry.teens?.ten ?? []).map(foldText))),
    ones: new Map(
      entries.flatMap((entry) =>
        Object.entries(entry.teens?.ones ?? {}).flatMap(([value, forms]) =>
          forms.map((form) => [foldText(form), value] as const),
        ),
      ),
    ),
  };
});

/**
 * The words that qualify a figure in a language (`figureQualifiers`: "at least", "по меньшей
 * мере"), as a pattern over folded text that matches them as whole words; `null` where none are listed.
 *
 * @example
 *   'стали по меньшей мере '.replace(figureQualifierPattern('ru') as RegExp, ' ') // 'стали  '
 */
export const figureQualifierPattern = memoizeByKey((lang) => {
  const words = (figureQualifiers[lang] ?? []).map((word) => escapeRegExp(foldText(word)));
  return words.length > 0
    ? new RegExp(
        `(?<![\\p{L}\\p{M}])(?:${words.sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{M}])`,
        'gu',
      )
    : null;
});
