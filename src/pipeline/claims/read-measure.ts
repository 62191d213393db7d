import { type MeasureUnit, measureUnits } from '../../data/measure-units.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldText } from '../text/fold-text.ts';

/** A unit of measure written after a figure, and where its words end. */
export interface Measure {
  unit: MeasureUnit;
  end: number;
}

/** The characters a unit may take after a figure: the longest form listed, with room to spare. */
const reach = 40;

/** A character that goes on with a word: after a whole-word form (`ha$`), it is no match. */
const wordGoesOn = /[\p{L}\p{M}\p{N}]/u;

/**
 * The unit of measure (`measure-units.ts`) written right after `from` in a text, after one space
 * at most, if any. `start` is where the figure starts: after a word that makes it an hour of the
 * clock (`clockBefore`: "à 10 heures"), its word is no unit.
 *
 * @example
 *   measureAfter('8.000 hectare bos', 5, 'nl') // { unit: hectares, end: 13 }
 *   measureAfter('18 hotels', 2, 'nl') // undefined
 */
export function measureAfter(text: string, from: number, lang: string, start = from): Measure | undefined {
  const space = /^[ \u00a0\u202f]?/u.exec(text.slice(from, from + 1))?.[0].length ?? 0;
  const window = text.slice(from + space, from + space + reach);
  // The ordinal indicator stands for a degree sign ("30ºC"); folded as a letter it would read "of" as °F.
  const folded = foldText(window.replace(/º/gu, '°'));
  const found = formsOf(lang).find(
    ({ text: form, whole }) => folded.startsWith(form) && (!whole || !wordGoesOn.test(folded.charAt(form.length))),
  );
  if (!found) return undefined;
  const wordBefore = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  if (wordBefore && found.unit.clockBefore?.[lang]?.includes(foldText(wordBefore))) return undefined;
  return { unit: found.unit, end: from + space + writtenLength(window, found.text.length) };
}

/** How many characters of a text fold to its first `length` folded characters (`㎢` is one, `km2` three). */
function writtenLength(text: string, length: number): number {
  let written = Math.min(length, text.length);
  while (written > 0 && foldText(text.slice(0, written - 1)).length >= length) written--;
  while (written < text.length && foldText(text.slice(0, written)).length < length) written++;
  return written;
}

/**
 * A figure (as `extract-claims.ts` normalises it: `8000`, `3.5`) in the unit its quantity is
 * compared in, rounded to as many significant digits as it was written with, two at least,
 * unless a whole number of the compared unit makes one written (an hour is 60 minutes).
 *
 * @example
 *   inComparedUnit('8000', hectares) // '80'
 *   inComparedUnit('35', miles) // '56'
 */
export function inComparedUnit(value: string, unit: MeasureUnit): string {
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  const converted = number * unit.factor + (unit.offset ?? 0);
  if (unit.factor === 1 && !unit.offset) return value;
  // A whole factor is an exact count of smaller units (48 hours are 2880 minutes, not 2900).
  if (Number.isInteger(unit.factor) && !unit.offset) return String(converted);
  const digits = value.replace(/^[-0.]+/u, '').replace(/\./u, '');
  const significant = Math.max(2, value.includes('.') ? digits.length : digits.replace(/0+$/u, '').length);
  return String(Number(converted.toPrecision(Math.min(significant, 15))));
}

/** Every form of a language (and `*`), folded, longest first. */
const formsOf = memoizeByKey((lang) =>
  measureUnits
    .flatMap((unit) =>
      [...(unit.forms['*'] ?? []), ...(lang === '*' ? [] : (unit.forms[lang] ?? []))].map((form) => {
        const whole = form.endsWith('$');
        return { text: foldText(whole ? form.slice(0, -1) : form), whole, unit };
      }),
    )
    .sort((a, b) => b.text.length - a.text.length),
);
