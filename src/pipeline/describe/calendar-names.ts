import { calendarPrefixes } from '../../data/date-words.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldedVowels, foldText, matchesStem, stemOf } from '../text/fold-text.ts';

/** Names of months or of weekdays in one language, folded, for lookup. */
export interface NameTable {
  /** Whole long forms ("σεπτεμβριου", "marti") → number. */
  forms: Map<string, number>;
  /** Stems of long forms ("σεπτεμβρ") → number, for other inflections, by their first three letters. */
  stems: Map<string, Map<string, number>>;
  /** Abbreviations ("sept", "dec") → number; they count only next to a number. */
  abbreviations: Map<string, number>;
  /** Names of several words by their first ("thứ" → "thứ tư", "יום" → "יום רביעי"): the words after it → number. */
  phrases: Map<string, { rest: string[]; value: number; capitalized: boolean }[]>;
  /**
   * Whole forms of the other table (months for weekdays, weekdays for months), never read as an
   * inflection of this one's: Romanian "martie" (March) is no "marți" (Tuesday) with an ending.
   */
  others: Set<string>;
}

/** Month and weekday names of one language, from the runtime's CLDR data. */
export interface CalendarNames {
  /** Month number 1–12. */
  months: NameTable;
  /** Day of the week, 0 = Sunday. */
  weekdays: NameTable;
  /** Whether the language writes month and weekday names with a capital letter. */
  capitalized: boolean;
  /** Letters the language may write onto the front of a name (`calendarPrefixes`), longest first. */
  prefixes: readonly string[];
}

/**
 * Month and weekday names of a language from `Intl.DateTimeFormat` (format and stand-alone,
 * long and short), so dates can be read in any language CLDR knows.
 *
 * @example
 *   lookUpName(calendarNames('el').months, 'ιουνιο') // { value: 6, abbreviation: false }
 */
export const calendarNames = memoizeByKey((lang): CalendarNames => {
  let locale = 'en';
  try {
    locale = Intl.DateTimeFormat.supportedLocalesOf([lang])[0] ?? 'en';
  } catch {
    // An unparseable tag reads dates with English names.
  }
  // The Gregorian calendar's names, whatever the locale's own calendar: Persian's default is the
  // Solar Hijri one, whose "اسفند" is no March, and Thai's the Buddhist one.
  const part = (options: Intl.DateTimeFormatOptions, date: Date, type: 'month' | 'weekday') =>
    new Intl.DateTimeFormat(locale, { ...options, calendar: 'gregory', timeZone: 'UTC' })
      .formatToParts(date)
      .find((entry) => entry.type === type)?.value ?? '';

  const months = emptyTable();
  let capitalized = false;
  for (let month = 1; month <= 12; month++) {
    const date = new Date(Date.UTC(2021, month - 1, 15));
    const long = [part({ month: 'long' }, date, 'month'), part({ day: 'numeric', month: 'long' }, date, 'month')];
    const short = [part({ month: 'short' }, date, 'month'), part({ day: 'numeric', month: 'short' }, date, 'month')];
    if (month === 1) capitalized = long[1] !== long[1]?.toLowerCase();
    addNames(months, long, short, month);
  }
  const weekdays = emptyTable();
  for (let day = 0; day < 7; day++) {
    // 2021-08-01 was a Sunday.
    const date = new Date(Date.UTC(2021, 7, 1 + day));
    addNames(
      weekdays,
      [part({ weekday: 'long' }, date, 'weekday')],
      [part({ weekday: 'short' }, date, 'weekday')],
      day,
    );
  }
  months.others = new Set(weekdays.forms.keys());
  weekdays.others = new Set(months.forms.keys());
  const prefixes = [...(calendarPrefixes[lang] ?? [])].map((prefix) => foldText(prefix));
  return { months, weekdays, capitalized, prefixes: prefixes.sort((a, b) => b.length - a.length) };
});

/**
 * Look up a name at `index` among folded words: a name of one word (`lookUpName`), or of several
 * (`phrases`: "thứ tư", "יום רביעי"), the first maybe with a prefix written onto it ("באוגוסט",
 * "ביום רביעי"). With the index of its last word.
 */
export function lookUpNameAt(
  table: NameTable,
  words: readonly { text: string; folded: string }[],
  index: number,
  prefixes: readonly string[] = [],
): { value: number; abbreviation: boolean; last: number } | undefined {
  const folded = words[index]?.folded ?? '';
  const found = lookUpFormAt(table, words, index, folded);
  if (found || prefixes.length === 0) return found;
  for (const prefix of prefixes) {
    const form = folded.startsWith(prefix) ? folded.slice(prefix.length) : '';
    const name = form.length >= stemStart ? lookUpFormAt(table, words, index, form) : undefined;
    if (name) return name;
  }
  return undefined;
}

/** A name at `index` read as `form`: the first word of a name of several, or a name of one. */
function lookUpFormAt(
  table: NameTable,
  words: readonly { text: string; folded: string }[],
  index: number,
  form: string,
): { value: number; abbreviation: boolean; last: number } | undefined {
  const phrases = table.phrases.size > 0 ? table.phrases.get(form) : undefined;
  for (const { rest, value, capitalized } of phrases ?? [])
    if (
      rest.every((word, offset) => {
        const next = words[index + 1 + offset];
        return next?.folded === word && (!capitalized || /^\p{Lu}/u.test(next.text));
      })
    )
      return { value, abbreviation: false, last: index + rest.length };
  const name = lookUpName(table, form);
  return name ? { value: name.value, abbreviation: name.abbreviation, last: index } : undefined;
}

/**
 * Look a folded word up in a name table: whole forms first, then stems, then abbreviations.
 */
export function lookUpName(table: NameTable, folded: string): { value: number; abbreviation: boolean } | undefined {
  const whole = table.forms.get(folded);
  if (whole !== undefined) return { value: whole, abbreviation: false };
  if (table.others.has(folded)) return undefined;
  for (const [stem, value] of table.stems.get(folded.slice(0, stemStart)) ?? [])
    if (matchesStem(folded, stem) && inflectionEnding.test(folded.slice(stem.length)))
      return { value, abbreviation: false };
  const abbreviation = table.abbreviations.get(folded.endsWith('.') ? folded.slice(0, -1) : folded);
  return abbreviation === undefined ? undefined : { value: abbreviation, abbreviation: true };
}

/**
 * What a month or weekday name's inflection adds to its stem: nothing, or an ending that opens
 * with a vowel or is an `s` (Ιουνίου, iunie, Juni, Februars); "junta" is no June.
 */
const inflectionEnding = new RegExp(`^(?:$|s$|[${foldedVowels}])`, 'u');

/** Letters every stem has (`stemOf`), and so a word it fits starts with. */
const stemStart = 3;

function emptyTable(): NameTable {
  return { forms: new Map(), stems: new Map(), abbreviations: new Map(), phrases: new Map(), others: new Set() };
}

function addNames(table: NameTable, long: string[], short: string[], value: number): void {
  for (const name of long) {
    const form = foldText(name);
    const [first, ...rest] = form.split(/\s+/u);
    if (first && rest.length > 0) {
      const known = table.phrases.get(first) ?? [];
      // "Thứ Hai" (Monday) only as a name: "lần thứ hai" is "the second time".
      const capitalized = name
        .split(/\s+/u)
        .slice(1)
        .every((word) => /^\p{Lu}/u.test(word));
      if (!known.some((phrase) => phrase.rest.join(' ') === rest.join(' ')))
        table.phrases.set(first, [...known, { rest, value, capitalized }]);
      continue;
    }
    // "sexta-feira", "poniedziałek": a name may join words with a hyphen.
    // Letters with their marks: the vowel signs of Indic scripts are marks ("मार्च", "सोमवार").
    if (!/^\p{L}[\p{L}\p{M}]{2,}(?:-\p{L}[\p{L}\p{M}]*)*$/u.test(form)) continue;
    table.forms.set(form, value);
    if (form.length >= 5) {
      const stem = stemOf(form);
      const start = stem.slice(0, stemStart);
      table.stems.set(start, (table.stems.get(start) ?? new Map()).set(stem, value));
    }
  }
  // Short forms may be initials with dots inside, as Thai writes months ("ต.ค.", October).
  for (const form of short.map((name) => foldText(name).replace(/\.$/, ''))) {
    if (/^\p{L}[\p{L}\p{M}]*(?:\.?\p{L}[\p{L}\p{M}]*)+$/u.test(form) && !table.forms.has(form))
      table.abbreviations.set(form, value);
  }
}
