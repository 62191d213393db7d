import {
  ambiguousMonthWords,
  dayMonthCues,
  lowercaseWeekdayCues,
  relativeDateWords,
  yearOffsets,
} from '../../data/date-words.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { addDays, isDay, isoDate, weekdayOf } from '../../lib/iso-date.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import type { DateMention } from '../../schemas/article-frontmatter.ts';
import { asciiDigits } from '../text/ascii-digits.ts';
import type { WordToken } from '../text/fold-text.ts';
import { foldText, isWrittenAsName, tokenizeWords } from '../text/fold-text.ts';
import type { TokenizedBlock } from '../text/words-of.ts';
import { wordsOf } from '../text/words-of.ts';
import type { TextBlock } from '../text-to-blocks.ts';
import { calendarNames, lookUpNameAt } from './calendar-names.ts';

interface Piece {
  start: number;
  end: number;
  value: string | null;
  weekday: number | null;
  relative: DateMention['relative'];
}

/**
 * Find the dates a text mentions, in its own language and in English: full dates, day and
 * month, month and year, years, weekdays and relative words ("χθες Τρίτη", "am Mittwoch",
 * "anul trecut"). With `anchor`, the day the article was written, relative mentions are resolved.
 *
 * @example
 *   findDates([{ text: 'Putin a vizitat Coreea de Nord în iunie 2024.', line: 1 }], 'ro', null)[0]?.value // '2024-06'
 */
export function findDates(
  blocks: readonly (TextBlock | TokenizedBlock)[],
  lang: string,
  anchor: string | null,
): DateMention[] {
  const mentions: DateMention[] = [];
  for (const block of blocks) {
    // Digits of every script read as ASCII ("٣ مارس", "३ मार्च"); offsets are the same.
    const text = asciiDigits(block.text);
    const words = text === block.text ? wordsOf(block) : tokenizeWords(text);
    const pieces = mergeAdjacent(text, [
      ...numericDates(text),
      ...dayMonthDates(text, lang),
      ...solarHijriDates(text, lang, words),
      ...daysOfMonth(text, anchor),
      ...namedDates(text, lang, words),
      ...relativeWords(text, lang),
    ]);
    for (const piece of pieces) {
      const mention: DateMention = {
        text: block.text.slice(piece.start, piece.end),
        line: block.line,
        value: piece.value,
        weekday: piece.weekday,
        relative: piece.relative,
        resolved: null,
      };
      mention.resolved = resolveDate(mention, anchor);
      mentions.push(mention);
    }
  }
  return mentions;
}

/**
 * Read a short date text in the given languages (the embed signature "September 3, 2025",
 * "3 Σεπτεμβρίου 2025", "2025-09-03"), or `null` when it holds no full date.
 *
 * @example
 *   parseDateText('September 3, 2025', ['el', 'en']) // '2025-09-03'
 */
export function parseDateText(text: string, langs: readonly string[]): string | null {
  const ascii = asciiDigits(text);
  for (const lang of langs) {
    const pieces = mergeAdjacent(ascii, [
      ...numericDates(ascii),
      ...solarHijriDates(ascii, lang),
      ...namedDates(ascii, lang),
    ]);
    for (const piece of pieces) {
      if (piece.value && isDay(piece.value)) return piece.value;
    }
  }
  return null;
}

/** Resolve a mention against the day of writing. */
function resolveDate(mention: DateMention, anchor: string | null): string | null {
  const { value, relative, weekday } = mention;
  if (value && /^\d{4}(-\d{2}){0,2}$/.test(value)) return value;
  if (!anchor) return null;
  const year = Number(anchor.slice(0, 4));
  if (relative?.unit === 'day') return addDays(anchor, relative.offset);
  if (relative?.unit === 'year' && value?.startsWith('--')) return `${year + relative.offset}-${value.slice(2, 4)}`;
  if (relative?.unit === 'year') return String(year + relative.offset);
  if (value?.startsWith('--')) {
    const [month, day] = value.slice(2).split('-').map(Number);
    // A month later in the year than the day of writing may be next year's: leave it open.
    if (!month || month > Number(anchor.slice(5, 7))) return null;
    return day ? isoDate(year, month, day) : `${year}-${String(month).padStart(2, '0')}`;
  }
  if (weekday !== null) {
    // A weekday alone in a news report is the most recent such day, the day of writing included.
    const back = (weekdayOf(anchor) - weekday + 7) % 7;
    return addDays(anchor, -back);
  }
  return null;
}

/** A date as Chinese, Japanese and Korean write it: "2025年3月3日", "3月3日", "2025년 3월 3일". */
const eastAsianDate = /(?<!\d)(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(?:(\d{1,2})\s*[日일])?/gu;

/**
 * Dates of the Solar Hijri calendar, as Persian news writes them ("۱۴ آذر ۱۴۰۵"), as the
 * Gregorian day they are (2026-12-05): a day, a month of that calendar, a year from 1300 to 1499.
 */
function solarHijriDates(text: string, lang: string, words: readonly WordToken[] = tokenizeWords(text)): Piece[] {
  if (lang !== 'fa') return [];
  const months = solarHijriMonths(lang);
  return words.flatMap((word, index) => {
    const month = months.get(word.folded);
    const day = month ? dayNumber(words[index - 1], text) : null;
    const year = words[index + 1]?.text ?? '';
    if (!month || day === null || !/^1[34]\d{2}$/u.test(year)) return [];
    const value = solarHijriToGregorian(Number(year), month, day);
    const start = words[index - 1]?.start ?? word.start;
    return value ? [piece(start, words[index + 1]?.end ?? word.end, value)] : [];
  });
}

/** A language's Solar Hijri month names, folded, from the runtime's CLDR data: فروردین → 1 … اسفند → 12. */
const solarHijriMonths = memoizeByKey((lang) => {
  const names = new Map<string, number>();
  const format = new Intl.DateTimeFormat(lang, { calendar: 'persian', month: 'long', timeZone: 'UTC' });
  const parts = new Intl.DateTimeFormat('en-u-ca-persian', { month: 'numeric', timeZone: 'UTC' });
  // A day in each Gregorian month of a year falls in each Solar Hijri month once.
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2025, month, 25));
    names.set(foldText(format.format(date)), Number(parts.format(date)));
  }
  return names;
});

/**
 * The Gregorian day of a Solar Hijri date, or `null` when it is none: counted from the spring
 * equinox, then checked against the runtime's own Persian calendar a few days either way.
 *
 * @example
 *   solarHijriToGregorian(1405, 9, 14) // '2026-12-05'
 */
function solarHijriToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const dayOfYear = month <= 6 ? (month - 1) * 31 + day : 186 + (month - 7) * 30 + day;
  const guess = Date.UTC(year + 621, 2, 20) + (dayOfYear - 1) * 86_400_000;
  const persian = new Intl.DateTimeFormat('en-u-ca-persian', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  });
  for (const shift of [0, 1, -1, 2, -2, 3, -3]) {
    const date = new Date(guess + shift * 86_400_000);
    const parts = Object.fromEntries(persian.formatToParts(date).map((part) => [part.type, part.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day)
      return date.toISOString().slice(0, 10);
  }
  return null;
}

/**
 * A day of the month alone, as Chinese, Japanese and Korean news dates what it reports ("16日夜",
 * "15日に行われた", "16일 발표했다"): the most recent such day up to the day of writing, read as
 * that month and day. Not a length of time ("3日間", "3일간"), and not without a day of writing.
 */
const eastAsianDay = /(?<![月월]\s*)(?<![\d.])(\d{1,2})\s*[日일](?![間间간])/gu;

function daysOfMonth(text: string, anchor: string | null): Piece[] {
  if (!anchor) return [];
  const pieces: Piece[] = [];
  for (const match of text.matchAll(eastAsianDay)) {
    const day = Number(match[1]);
    const anchorDay = Number(anchor.slice(8, 10));
    if (day < 1 || day > 31 || !anchorDay) continue;
    // The 16th written on the 3rd is last month's.
    const month = day <= anchorDay ? anchor.slice(5, 7) : addDays(`${anchor.slice(0, 8)}01`, -1).slice(5, 7);
    pieces.push(piece(match.index, match.index + match[0].length, `--${month}-${String(day).padStart(2, '0')}`));
  }
  return pieces;
}

function numericDates(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(eastAsianDate)) {
    const [year, month, day] = [match[1], match[2], match[3]].map((part) => (part ? Number(part) : null)) as [
      number | null,
      number | null,
      number | null,
    ];
    // A month alone ("3月") is left out: with a counter it is a length of time.
    if (!month || month > 12 || (year === null && day === null) || (day !== null && (day < 1 || day > 31))) continue;
    const mm = String(month).padStart(2, '0');
    const value =
      year === null
        ? `--${mm}-${String(day).padStart(2, '0')}`
        : day === null
          ? `${year}-${mm}`
          : isoDate(year, month, day);
    if (value) pieces.push(piece(match.index, match.index + match[0].length, value));
  }
  // The end of a Japanese fiscal year, which runs from April: "2027年度末" is March 2028.
  for (const match of text.matchAll(/(?<!\d)(\d{4})\s*年度末/gu))
    pieces.push(piece(match.index, match.index + match[0].length, `${Number(match[1]) + 1}-03`));
  for (const match of text.matchAll(/(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?![\d])/g)) {
    const value = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (value) pieces.push(piece(match.index, match.index + match[0].length, value));
  }
  // Year first, as East Asian, Persian and Hungarian sites write it: "2026.07.19", "2026/7/19",
  // "2026. 10. 13.".
  for (const match of text.matchAll(/(?<![\d.])(\d{4})(?:[./]|\. )(\d{1,2})(?:[./]|\. )(\d{1,2})(?![\d])(?!\.\d)/g)) {
    const value = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (value) pieces.push(piece(match.index, match.index + match[0].length, value));
  }
  // Day first, with a space after each dot as Czech, Slovak and German often write it: "13. 10. 2026".
  for (const match of text.matchAll(/(?<![\d.])(\d{1,2})(?:[./]|\. )(\d{1,2})(?:[./]|\. )(\d{4})(?![\d])/g)) {
    const value = isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
    if (value) pieces.push(piece(match.index, match.index + match[0].length, value));
  }
  return pieces;
}

/**
 * A day and month without a year, day first, after a word that dates with it (`dayMonthCues`:
 * "chiều 4/8", "ngày 5/8") or in brackets ("thứ Ba (4/8)"), in the languages that write them so.
 */
function dayMonthDates(text: string, lang: string): Piece[] {
  const pattern = dayMonthPattern(lang);
  if (!pattern) return [];
  const pieces: Piece[] = [];
  for (const match of text.matchAll(pattern)) {
    const [day, month] = [Number(match[1]), Number(match[2])];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const value = `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    pieces.push(piece(match.index, match.index + match[0].length, value));
  }
  return pieces;
}

const dayMonthPattern = memoizeByKey((lang) => {
  const cues = dayMonthCues[lang];
  return cues ? new RegExp(`(?<=(?:(?:${cues})\\s+|\\())(\\d{1,2})\\/(\\d{1,2})(?![\\d/])`, 'giu') : null;
});

/** Words of the day after a weekday written in lower case (`lowercaseWeekdayCues`), folded. */
const weekdayCuesOf = memoizeByKey((lang) => new Set((lowercaseWeekdayCues[lang] ?? []).map(foldText)));

/** Dates written with month names, weekdays, and bare years. */
function namedDates(text: string, lang: string, words: readonly WordToken[] = tokenizeWords(text)): Piece[] {
  const names = calendarNames(lang);
  const ambiguous = ambiguousMonths(lang);
  const pieces: Piece[] = [];
  const used = new Set<number>();

  const dayCues = weekdayCuesOf(lang);
  words.forEach((word, index) => {
    if (used.has(index)) return;
    // Where names take a capital, one in lower case is a weekday only before a word of the day ("salı günü").
    const lowercase = names.capitalized && !isWrittenAsName(word.text);
    if (lowercase && !dayCues.has(words[index + 1]?.folded ?? '')) return;
    const weekday = lookUpNameAt(names.weekdays, words, index, names.prefixes);
    if (lowercase && (!weekday || weekday.abbreviation)) return;
    const month =
      weekday?.abbreviation === false ? undefined : lookUpNameAt(names.months, words, index, names.prefixes);
    if (month) {
      // "19 June", or with a short word between, as Spanish and Portuguese write it: "19 de junio".
      const linked = words[index - 1] && /^\p{L}{1,3}$/u.test(words[index - 1]?.text ?? '') ? 2 : 1;
      const before = dayNumber(words[index - 1], text) ?? (linked === 2 ? dayNumber(words[index - 2], text) : null);
      const beforeIndex = dayNumber(words[index - 1], text) !== null ? index - 1 : index - 2;
      const after = dayNumber(words[month.last + 1], text);
      const yearIndex = findYear(text, words, month.last + (after !== null ? 2 : 1), lang, before !== null);
      const year = yearIndex === null ? null : yearOf(words[yearIndex]?.text ?? '', lang);
      const day = before ?? after;
      const nextToNumber = day !== null || year !== null;
      if ((month.abbreviation || ambiguous.has(word.folded)) && !nextToNumber) return;
      // Where months take no capital, one written with a capital before another such word is a
      // first name ("El ministro de Salud, Julio Paredes"; "Abril Rodríguez").
      const following = words[month.last + 1];
      if (
        !names.capitalized &&
        !nextToNumber &&
        isWrittenAsName(word.text) &&
        following !== undefined &&
        isWrittenAsName(following.text) &&
        /^\p{L}/u.test(following.text) &&
        /^ $/u.test(text.slice(words[month.last]?.end ?? word.end, following.start))
      )
        return;
      const start = before !== null ? (words[beforeIndex]?.start ?? word.start) : word.start;
      const lastIndex = yearIndex ?? (after !== null ? month.last + 1 : month.last);
      const end = words[lastIndex]?.end ?? word.end;
      const mm = String(month.value).padStart(2, '0');
      const value =
        year !== null
          ? day !== null
            ? isoDate(year, month.value, day)
            : `${year}-${mm}`
          : day !== null
            ? `--${mm}-${String(day).padStart(2, '0')}`
            : `--${mm}`;
      pieces.push(piece(start, end, value));
      for (let covered = before !== null ? beforeIndex : index; covered <= lastIndex; covered++) used.add(covered);
    } else if (weekday && !weekday.abbreviation) {
      const after = words[weekday.last]?.end ?? word.end;
      // The day of the month in brackets after the weekday, as Brazilian news writes it:
      // "nesta quarta-feira (11)". It is part of the date, no figure.
      const bracketed = /^\s?\((?:[1-9]|[12]\d|3[01])\)/u.exec(text.slice(after))?.[0].length ?? 0;
      pieces.push({ start: word.start, end: after + bracketed, value: null, weekday: weekday.value, relative: null });
      for (let covered = index; covered <= weekday.last; covered++) used.add(covered);
    }
  });

  words.forEach((word, index) => {
    const year = used.has(index) ? null : yearOf(word.text, lang);
    if (year === null) return;
    const next = text.slice(word.end, word.end + 2);
    if (/^\s?%|^[.,]\d/.test(next) || /[.,]$/.test(text.slice(word.start - 1, word.start))) return;
    pieces.push(piece(word.start, word.end, String(year)));
  });
  return pieces;
}

/** The language's relative date words, compiled once. */
const relativePatterns = memoizeByKey((lang) => {
  // Without spaces, a word has letters on either side: only a figure's digits bound it.
  const [before, after] = unspacedLanguages.has(lang)
    ? ['(?<!\\p{N})', '']
    : ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'];
  return relativeDateWords
    .filter((entry) => entry.lang === lang)
    .map((entry) => ({
      entry,
      pattern: new RegExp(`${before}(?:${entry.pattern.replace('{n}', '(\\d{1,3})')})${after}`, 'giu'),
    }));
});

function relativeWords(text: string, lang: string): Piece[] {
  const pieces: Piece[] = [];
  for (const { entry, pattern } of relativePatterns(lang)) {
    for (const match of text.matchAll(pattern)) {
      pieces.push({
        start: match.index,
        end: match.index + match[0].length,
        value: null,
        weekday: null,
        relative: { unit: entry.unit, offset: entry.offset * (entry.counted ? Number(match[1]) : 1) },
      });
    }
  }
  return pieces;
}

/** Join a relative word and a weekday that stand side by side ("χθες Τρίτη"), drop overlaps. */
function mergeAdjacent(text: string, pieces: Piece[]): Piece[] {
  const sorted = pieces.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Piece[] = [];
  for (const current of sorted) {
    const last = merged.at(-1);
    if (last && current.start < last.end) continue;
    const gap = last ? text.slice(last.end, current.start) : '';
    // The year before the month, as Hungarian and Lithuanian write a date: "2026. október 13.".
    if (last && /^\.?\s{1,2}$/.test(gap) && /^\d{4}$/.test(last.value ?? '') && current.value?.startsWith('--')) {
      const value = `${last.value}-${current.value.slice(2)}`;
      merged[merged.length - 1] = { ...current, start: last.start, value };
      continue;
    }
    if (last && /^\s{1,2}$/.test(gap) && combinable(last, current)) {
      merged[merged.length - 1] = {
        start: last.start,
        end: current.end,
        value: last.value ?? current.value,
        weekday: last.weekday ?? current.weekday,
        relative: last.relative ?? current.relative,
      };
    } else {
      merged.push(current);
    }
  }
  return merged;
}

/**
 * Pieces that name one date together: a relative day and a weekday ("χθες Τρίτη"), a weekday
 * and a date ("Wednesday, 3 September"), a month and a relative year ("iunie anul trecut").
 */
function combinable(a: Piece, b: Piece): boolean {
  const kind = (p: Piece) =>
    p.relative
      ? `relative-${p.relative.unit}`
      : p.weekday !== null
        ? 'weekday'
        : p.value?.startsWith('--')
          ? 'month'
          : 'date';
  const pair = new Set([kind(a), kind(b)]);
  const has = (...kinds: string[]) => kinds.every((k) => pair.has(k)) && pair.size === kinds.length;
  return (
    has('relative-day', 'weekday') || has('weekday', 'date') || has('weekday', 'month') || has('month', 'relative-year')
  );
}

function piece(start: number, end: number, value: string | null): Piece {
  return { start, end, value, weekday: null, relative: null };
}

/**
 * The day of the month a word gives: "19", "19.", "3rd", "19η", "1er", or with a Hebrew prefix
 * and hyphen ("ב-13", "on the 13th").
 */
function dayNumber(word: WordToken | undefined, text: string): number | null {
  if (!word) return null;
  const digits = /^(?:[\p{Script=Hebrew}]{1,2}-)?(\d{1,2})(?:\.|η|th|st|nd|rd|er|-?a)?$/u.exec(word.text)?.[1];
  if (!digits) return null;
  // The decimals or the percentage of a figure ("3,8% em fevereiro") are no day.
  if (/\d[.,]$/u.test(text.slice(0, word.start)) || /^[.,]?\d|^\s?%/u.test(text.slice(word.end))) return null;
  const day = Number.parseInt(digits, 10);
  return day >= 1 && day <= 31 ? day : null;
}

/**
 * Index of a four-digit year at `index`, or one short word later ("Φεβρουάριο του 2022",
 * "June of 2024"), with nothing but spaces (or the comma of "September 3, 2025") between.
 */
function findYear(
  text: string,
  words: readonly WordToken[],
  index: number,
  lang: string,
  afterDay = false,
): number | null {
  const previous = words[index - 1];
  for (const candidate of [index, index + 1]) {
    const word = words[candidate];
    if (!word || !previous) return null;
    const gap = text.slice(words[candidate - 1]?.end ?? word.start, word.start);
    // The month's other name after a slash, as Arabic news writes both: "3 مارس/آذار 2025".
    if (candidate === index && /^\/$/.test(gap)) continue;
    // After an abbreviated month, its dot: "13 Okt. 2026", "13 ต.ค. 2569"; a comma after a day
    // ("September 3, 2025"), or after a month with its day before it ("9 सितंबर, 2026").
    if (!/^\.?,?\s+$/.test(gap) || (gap.includes(',') && !/^\d/.test(previous.text) && !afterDay)) return null;
    if (yearOf(word.text, lang) !== null) return candidate;
    if (word.text.length > 3) return null;
  }
  return null;
}

/**
 * A four-digit year as the Gregorian calendar counts it: 1900–2099, or a year of an era the
 * language counts in (`yearOffsets`: Thai "2569" of the Buddhist Era is 2026).
 */
function yearOf(word: string, lang: string): number | null {
  if (/^(19|20)\d{2}$/.test(word)) return Number(word);
  const offset = yearOffsets[lang];
  const year = /^\d{4}$/.test(word) && offset ? Number(word) - offset : null;
  return year !== null && year >= 1900 && year <= 2099 ? year : null;
}

/** Month names of a language that are also common words, folded. */
const ambiguousMonths = memoizeByKey(
  (lang) => new Set(ambiguousMonthWords.filter((entry) => entry.lang === lang).map((entry) => foldText(entry.word))),
);
