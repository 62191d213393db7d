import { countryWords, officeTitles, roleNouns, roleQualifiers } from '../../data/role-nouns.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { findPhrases } from '../describe/find-phrase.ts';
import { countryIndex } from '../describe/find-places.ts';
import type { WordToken } from '../text/fold-text.ts';
import { foldText } from '../text/fold-text.ts';
import { countryAdjectiveMatcher } from './country-adjective-matcher.ts';

/** A noun of office in a text ("the Russian president"), with the country beside it, if any. */
export interface RolePhrase {
  /** The office, as `src/data/role-nouns.ts` names it (`president`, `leader`…). */
  role: string;
  /** Region code of the country beside the office, or `null`. */
  country: string | null;
  /** Where the office and its country start and end together. */
  start: number;
  end: number;
}

/** Longest inflection ending a stem of `src/data/role-nouns.ts` may take. */
const maximumEnding = 3;
/** Short words allowed between an office and its country ("president of Russia", "ηγέτης της Βόρειας Κορέας"). */
const linkersAfter = 2;
const linkersBefore = 1;
const linkerLength = 3;
/** Characters around an office within which a word is read as a country's adjective. */
const nearOffice = 30;

/**
 * Nouns of office in a text (`src/data/role-nouns.ts`), each with the country named beside it: by
 * its name ("президент России"), its adjective ("der nordkoreanische Führer", "liderul
 * nord-coreean") or its seat of power ("the Kremlin chief"). An office held before ("former
 * president") or by a deputy ("vice president") is left out.
 *
 * @example
 *   const text = 'Der nordkoreanische Führer erwiderte';
 *   findRolePhrases(text, tokenizeWords(text), 'de') // [{ role: 'leader', country: 'KP', start: 4, end: 26 }]
 */
export function findRolePhrases(text: string, words: readonly WordToken[], lang: string): RolePhrase[] {
  const offices = unspacedLanguages.has(lang) ? findUnspacedOffices(text, lang) : findOffices(words, lang);
  if (offices.length === 0) return [];
  const countries = findCountries(text, words, lang, offices);
  return offices.flatMap((office) => {
    // A seat of power may be written into the office itself ("Kreml-Chef", "Kremlchef").
    const within = seatWithin(foldText(text.slice(office.start, office.end)), lang);
    const country = within
      ? { code: within, start: office.start, end: office.end }
      : countryBeside(text, office, office.needsSeat ? countries.filter(({ seat }) => seat) : countries, lang);
    if (office.needsSeat && !country) return [];
    const start = Math.min(office.start, country?.start ?? office.start);
    if (isQualified(text, office.start, lang) || isQualified(text, start, lang)) return [];
    return [{ role: office.role, country: country?.code ?? null, start, end: Math.max(office.end, country?.end ?? 0) }];
  });
}

interface Office {
  role: string;
  needsSeat: boolean;
  start: number;
  end: number;
}

interface CountrySpan {
  code: string;
  /** Read from an adjective's likeness to the name, so only right beside the office ("con el líder" is not Congo's). */
  adjective?: boolean;
  /** A seat of power ("Kremlin"), which alone makes "chief" an office. */
  seat?: boolean;
  start: number;
  end: number;
}

/** A folded word as offices and countries are matched: one apostrophe, no possessive "'s", no Turkish case ending. */
function keyOf(folded: string, lang: string): string {
  const key = folded.replace(/’/gu, "'");
  return lang === 'tr' ? key.replace(/'.*$/u, '') : key.replace(/'s$/u, '');
}

/** One word of a phrase of `src/data/role-nouns.ts`: whole (`$`) or a stem. */
function compileWord(word: string): (key: string) => boolean {
  const folded = wordKeyOf(word);
  if (word.endsWith('$')) return (key) => key === folded;
  return (key) => key.startsWith(folded) && key.length - folded.length <= maximumEnding;
}

/**
 * A test for a folded word that is a title of office written before a name (`officeTitles`:
 * "Minister", "Bakanı"), as the words of offices are matched.
 *
 * @example
 *   officeTitleMatcher('tr')('bakani') // true
 */
export const officeTitleMatcher = memoizeByKey((lang): ((folded: string) => boolean) => {
  const titles = (officeTitles[lang] ?? []).map(compileWord);
  return (folded) => {
    const key = keyOf(folded, lang);
    return titles.some((title) => title(key));
  };
});

/** A word of `src/data/role-nouns.ts` as keys are compared with it: folded, without its `$`. */
function wordKeyOf(word: string): string {
  return keyOf(foldText(word.replace(/\$$/u, '')), '');
}

const compiledOffices = memoizeByKey((lang) =>
  roleNouns
    .filter((entry) => entry.lang === lang)
    .flatMap((entry) =>
      entry.phrases.map((phrase) => ({
        role: entry.role,
        needsSeat: entry.needsSeat ?? false,
        phrase: foldText(phrase.replace(/\$/gu, '')),
        first: wordKeyOf(phrase.split(/\s+/u)[0] ?? '').charAt(0),
        parts: phrase.split(/\s+/u).map(compileWord),
      })),
    ),
);

/** The offices of a language by the first letter of their first word: a word is tried only against those it can start. */
const officesByFirst = memoizeByKey((lang) => Map.groupBy(compiledOffices(lang), (office) => office.first));

const compiledCountryWords = memoizeByKey((lang) =>
  countryWords
    .filter((entry) => entry.lang === lang || entry.lang === '*')
    .flatMap((entry) =>
      entry.stems.map((stem) => ({
        code: entry.country,
        seat: entry.seat ?? false,
        stem: foldText(stem.replace(/\$$/u, '')),
        first: wordKeyOf(stem).charAt(0),
        test: compileWord(stem),
      })),
    ),
);

/** The country words of a language by their first letter. */
const countryWordsByFirst = memoizeByKey((lang) => Map.groupBy(compiledCountryWords(lang), (word) => word.first));

/** The country word (`countryWords`) a word's key is, if any, tried only against those that start as it does. */
function countryWordOf(key: string, lang: string): { code: string; seat: boolean } | undefined {
  return countryWordsByFirst(lang)
    .get(key.charAt(0))
    ?.find(({ test }) => test(key));
}

/**
 * A test for a folded word that is a people's adjective or name of `countryWords` ("german",
 * "swedes", "svenskar"), not a seat of power: the country's code, or `null`.
 *
 * @example
 *   nationalityMatcher('en')('swedish') // 'SE'
 */
export const nationalityMatcher = memoizeByKey((lang): ((folded: string) => string | null) => (folded) => {
  const named = countryWordOf(keyOf(folded, lang), lang);
  return named && !named.seat ? named.code : null;
});

const qualifiersOf = memoizeByKey(
  (lang) =>
    new Set(roleQualifiers.filter((entry) => entry.lang === lang).flatMap((entry) => entry.words.map(foldText))),
);

function findOffices(words: readonly WordToken[], lang: string): Office[] {
  const offices: Office[] = [];
  const keys = words.map((word) => keyOf(word.folded, lang));
  for (let index = 0; index < words.length; index++) {
    let longest: { role: string; needsSeat: boolean; length: number } | null = null;
    for (const { role, needsSeat, parts } of officesByFirst(lang).get(keys[index]?.charAt(0) ?? '') ?? []) {
      if (longest && parts.length <= longest.length) continue;
      if (parts.every((test, offset) => test(keys[index + offset] ?? '')))
        longest = { role, needsSeat, length: parts.length };
    }
    const first = words[index];
    const last = words[index + (longest?.length ?? 1) - 1];
    if (!longest || !first || !last) continue;
    offices.push({ role: longest.role, needsSeat: longest.needsSeat, start: first.start, end: last.end });
    index += longest.length - 1;
  }
  return offices;
}

function findUnspacedOffices(text: string, lang: string): Office[] {
  const found: Office[] = [];
  for (const { role, needsSeat, phrase } of compiledOffices(lang)) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length))
      found.push({ role, needsSeat, start: at, end: at + phrase.length });
  }
  // "最高领导人" holds "领导人": keep the longer.
  return found.filter(
    (office) =>
      !found.some(
        (other) =>
          other !== office &&
          other.start <= office.start &&
          other.end >= office.end &&
          other.end - other.start > office.end - office.start,
      ),
  );
}

/** Countries named in a text by name or seat of power, and, next to an office, by adjective. */
function findCountries(
  text: string,
  words: readonly WordToken[],
  lang: string,
  offices: readonly Office[],
): CountrySpan[] {
  const countries: CountrySpan[] = findPhrases(countryIndex(lang), text, words).map(({ value, start, end }) => ({
    code: value,
    start,
    end,
  }));
  const known = compiledCountryWords(lang);
  if (unspacedLanguages.has(lang)) {
    for (const { code, seat, stem } of known)
      for (let at = text.indexOf(stem); at !== -1; at = text.indexOf(stem, at + stem.length))
        countries.push({ code, seat, start: at, end: at + stem.length });
    return countries;
  }
  const covered = (word: WordToken) =>
    countries.some(({ start, end }) => word.start < end && word.end > start) ||
    offices.some(({ start, end }) => word.start < end && word.end > start);
  const adjective = countryAdjectiveMatcher(lang);
  words.forEach((word, index) => {
    if (covered(word)) return;
    const key = keyOf(word.folded, lang);
    const named = countryWordOf(key, lang);
    if (named) {
      countries.push({ code: named.code, seat: named.seat, start: word.start, end: word.end });
      return;
    }
    // Adjectives are read only beside an office: "the Senate" is no country, but reading every word would find some.
    const near = offices.some(
      ({ start, end }) =>
        (word.end <= start && start - word.end <= nearOffice) || (word.start >= end && word.start - end <= nearOffice),
    );
    if (!near || /^\p{N}/u.test(key)) return;
    const next = words[index + 1];
    const nextKey =
      next && !covered(next) && /^\s+$/u.test(text.slice(word.end, next.start)) ? keyOf(next.folded, lang) : '';
    // Two words name a country together only when each has letters enough to tell ("North Korean", not "con el").
    const pair = key.length >= 3 && nextKey.length >= 3 ? adjective([key, nextKey]) : null;
    if (pair && next) countries.push({ code: pair, start: word.start, end: next.end, adjective: true });
    const single = adjective([key]);
    if (single) countries.push({ code: single, start: word.start, end: word.end, adjective: true });
  });
  return countries;
}

/** The country next to an office: right before it, or after it past a few short words ("of", "της", "de la"). */
function countryBeside(
  text: string,
  office: Office,
  countries: readonly CountrySpan[],
  lang: string,
): CountrySpan | null {
  const unspaced = unspacedLanguages.has(lang);
  const linkers = (between: string) => {
    if (unspaced) return between.length <= 1 && !/[\p{P}\s]/u.test(between) ? between.length : -1;
    const tokens = between.trim().split(/\s+/u).filter(Boolean);
    const short = tokens.every(
      (token) => token.length <= linkerLength && token === token.toLowerCase() && !/\p{P}/u.test(token),
    );
    return short && !/[,;:()«»"“”]/u.test(between) ? tokens.length : -1;
  };
  let best: { country: CountrySpan; rank: number } | null = null;
  for (const country of countries) {
    let rank = -1;
    if (country.end <= office.start) {
      const gap = linkers(text.slice(country.end, office.start));
      if (gap >= 0 && gap <= linkersBefore) rank = gap * 2;
    } else if (country.start >= office.end && !unspaced) {
      const gap = linkers(text.slice(office.end, country.start));
      if (gap >= 0 && gap <= linkersAfter) rank = gap * 2 + 1;
    }
    if (country.adjective && rank > 1) continue;
    if (
      rank >= 0 &&
      (!best ||
        rank < best.rank ||
        (rank === best.rank && country.end - country.start > best.country.end - best.country.start))
    )
      best = { country, rank };
  }
  return best?.country ?? null;
}

/** The country of a seat of power an office starts with ("kreml-chef"), or `null`. */
function seatWithin(office: string, lang: string): string | null {
  return compiledCountryWords(lang).find(({ seat, stem }) => seat && office.startsWith(stem))?.code ?? null;
}

/** Whether an office is qualified as someone else's ("former", "vice", "前"). */
function isQualified(text: string, start: number, lang: string): boolean {
  const qualifiers = qualifiersOf(lang);
  if (unspacedLanguages.has(lang)) return qualifiers.has(foldText(text.charAt(start - 1)));
  const before = /([\p{L}\p{M}]+)[\s-]*$/u.exec(text.slice(Math.max(0, start - 30), start));
  return before ? qualifiers.has(foldText(before[1] ?? '')) : false;
}
