import { countryAliases } from '../../data/country-aliases.ts';
import { newsSources } from '../../data/news-sources.ts';
import {
  abstractNounEndings,
  flagCues,
  locativePrepositions,
  notPlaces,
  nounCapitalizingLanguages,
  placeNouns,
  uninflectedNameLanguages,
} from '../../data/place-cues.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import type { Evidence, PlaceMention } from '../../schemas/article-frontmatter.ts';
import { reportingVerbMatcher } from '../claims/reporting-verb-matcher.ts';
import { foldText } from '../text/fold-text.ts';
import { snippet } from '../text/snippet.ts';
import type { TokenizedBlock } from '../text/words-of.ts';
import { wordsOf } from '../text/words-of.ts';
import type { TextBlock } from '../text-to-blocks.ts';
import { calendarNames, lookUpName } from './calendar-names.ts';
import type { PhraseIndex } from './find-phrase.ts';
import { createPhraseIndex, findPhrases } from './find-phrase.ts';

/** Region codes that name groupings, placeholders or countries that no longer exist (Soviet Union, East Germany…). */
const notCountries = new Set([
  'EU',
  'EZ',
  'UN',
  'QO',
  'ZZ',
  'XA',
  'XB',
  'SU',
  'DD',
  'YU',
  'CS',
  'ZR',
  'TP',
  'BU',
  'FX',
  'NT',
  'AN',
  'QU',
  // Former North Vietnam, Upper Volta, Dahomey, New Hebrides, Rhodesia, South Yemen; UK is GB.
  'VD',
  'HV',
  'DY',
  'NH',
  'RH',
  'YD',
  'UK',
]);
const nameWord = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
/** A name after a place noun in a script without capitals: the one word that follows it. */
const caselessName = "([\\p{L}\\p{M}\\u200c'’]{2,})";
/** Names of known news sources, folded: a name after a locative that is a source is not a place. */
const foldedSourceNames = newsSources.flatMap((source) => source.aliases.map((alias) => foldText(alias)));

/**
 * The places an article mentions: countries by their names in the article's language and in
 * English (from the runtime's CLDR data), and names written after a locative ("στο Πεκίνο",
 * "la Beijing", "in Peking") or a place noun ("regiunea Kursk", "Region Kursk").
 *
 * @example
 *   findPlaces([{ text: 'Putin s-a întâlnit la Beijing cu liderul Coreei de Nord.', line: 1 }], 'ro').map((place) => place.name) // ['North Korea', 'Beijing']
 */
export function findPlaces(blocks: readonly (TextBlock | TokenizedBlock)[], lang: string): PlaceMention[] {
  const found = new Map<string, PlaceMention>();
  const add = (name: string, code: string | null, evidence: Evidence) => {
    const entry = found.get(name) ?? { name, code, evidence: [] };
    if (!entry.evidence.some((item) => item.line === evidence.line)) entry.evidence.push(evidence);
    found.set(name, entry);
  };
  const countries = countryIndex(lang);
  const excluded = new Set(notPlaces.filter((entry) => entry.lang === lang).map((entry) => entry.word));
  const abstractEndings = abstractNounEndings[lang] ?? [];
  const sources = foldedSourceNames;
  const calendar = calendarNames(lang);
  const cuePatterns = placeCuePatterns(lang);
  const isSaying = reportingVerbMatcher(lang);
  const flags = flagPatterns(lang);

  for (const block of blocks) {
    const words = wordsOf(block);
    const countrySpans: [number, number][] = [];
    for (const { value: code, start, end } of findPhrases(countries, block.text, words)) {
      countrySpans.push([start, end]);
      // A ship's flag is no place of the event ("Malta bayraklı tanker").
      if (flags && flaggedAt(flags, block.text, start, end)) continue;
      add(englishCountryName(code), code, { line: block.line, text: snippet(block.text, start, end) });
    }
    for (const pattern of cuePatterns) {
      for (const match of block.text.matchAll(pattern)) {
        const name = match[1] ?? '';
        const start = match.index + match[0].length - name.length;
        const first = foldText(name.split(/\s+/)[0] ?? '');
        if (excluded.has(name.split(/\s+/)[0] ?? '') || sources.includes(foldText(name))) continue;
        if (abstractEndings.some((ending) => name.endsWith(ending))) continue;
        // "رئیس جمعیت هلال احمر استان گفت": in a script without capitals, a verb of saying is no name.
        if (isSaying(foldText(name))) continue;
        if (lookUpName(calendar.months, first) || lookUpName(calendar.weekdays, first)) continue;
        if (countrySpans.some(([from, to]) => start < to && start + name.length > from)) continue;
        add(name, null, { line: block.line, text: snippet(block.text, match.index, match.index + match[0].length) });
      }
    }
  }
  return [...found.values()];
}

/** The language's cues of a ship's flag (`flagCues`), before and after a country's name, compiled once. */
const flagPatterns = memoizeByKey((lang) => {
  const cues = flagCues.filter((entry) => entry.lang === lang);
  const before = cues.flatMap((entry) => (entry.before ? [entry.before] : []));
  const after = cues.flatMap((entry) => (entry.after ? [entry.after] : []));
  if (before.length === 0 && after.length === 0) return null;
  return {
    before: before.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${before.join('|')})\\s+$`, 'iu') : null,
    after: after.length > 0 ? new RegExp(`^(?:${after.join('|')})`, 'iu') : null,
  };
});

/** Whether a country named at `start`–`end` of a text is a ship's flag. */
function flaggedAt(
  flags: { before: RegExp | null; after: RegExp | null },
  text: string,
  start: number,
  end: number,
): boolean {
  return (
    !!flags.before?.test(text.slice(Math.max(0, start - flagReach), start)) ||
    !!flags.after?.test(text.slice(end, end + flagReach))
  );
}

/** Characters around a country's name in which a flag cue is looked for. */
const flagReach = 30;

/** Locative and place-noun patterns of a language, compiled once. */
const placeCuePatterns = memoizeByKey((lang) => {
  const capitalizesNouns = nounCapitalizingLanguages.includes(lang);
  // In languages that capitalise every noun, only the one word after the cue can be told a name.
  const name = capitalizesNouns ? `(${nameWord})` : `(${nameWord}(?:\\s+${nameWord}){0,3})`;
  return [
    ...locativePrepositions
      .filter((entry) => entry.lang === lang)
      .map((entry) => `(?:${capitalizedToo(entry.pattern)})\\s+NAME`),
    ...placeNouns.filter((entry) => entry.lang === lang).map((entry) => entry.pattern),
  ].map((pattern) => new RegExp(`(?<![\\p{L}])${pattern.replace('NAME', name).replace('WORD', caselessName)}`, 'gu'));
});

/**
 * Country names of a language and of English, from `Intl.DisplayNames`, indexed. English names
 * borrowed into another language match uninflected only: inflecting them finds "India" in the
 * French "indiqué"; that language's own names carry its inflections, if it has any.
 */
export const countryIndex = memoizeByKey((lang): PhraseIndex<string> => {
  const entries: { phrase: string; value: string; whole: boolean }[] = [];
  for (const locale of new Set([lang, 'en'])) {
    const whole = locale !== lang || uninflectedNameLanguages.includes(lang);
    for (const [phrase, code] of regionNames(locale)) entries.push({ phrase, value: code, whole });
    for (const alias of countryAliases)
      if (alias.lang === locale) for (const phrase of alias.names) entries.push({ phrase, value: alias.code, whole });
  }
  return createPhraseIndex(entries);
});

/**
 * A language's names of countries from CLDR, by name. A name with another in brackets is both
 * ("Myanmar (Burma)", "Mianmar (Birmânia)"), but a part that two countries' names share names
 * neither ("刚果" in 刚果（金） and 刚果（布）), and a part too short to be a name (`isNameOfItsOwn`) none.
 */
function regionNames(locale: string): Map<string, string> {
  let display: Intl.DisplayNames;
  try {
    display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    return new Map();
  }
  const codesOf = new Map<string, Set<string>>();
  const partCodesOf = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, phrase: string, code: string) =>
    map.set(phrase, (map.get(phrase) ?? new Set()).add(code));
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = notCountries.has(code) ? undefined : display.of(code);
      if (!name || name === code) continue;
      add(codesOf, name, code);
      const parts = /^(.+?)\s*[(（](.+)[)）]$/u.exec(name);
      for (const part of parts ? [parts[1], parts[2]] : [])
        if (part && isNameOfItsOwn(part)) add(partCodesOf, part, code);
    }
  }
  const names = new Map<string, string>();
  for (const [phrase, codes] of codesOf) if (codes.size === 1) names.set(phrase, [...codes][0] as string);
  // A part in brackets names its country only where no country's whole name is the same
  // ("China" in Spanish "Hong Kong (RAE de China)" names China).
  for (const [phrase, codes] of partCodesOf)
    if (codes.size === 1 && !codesOf.has(phrase)) names.set(phrase, [...codes][0] as string);
  return names;
}

/**
 * Whether a part of a name in brackets is a name by itself: two characters or more in a script
 * without spaces, three letters or more elsewhere; not "金" and "布" of 刚果（金） and 刚果（布）,
 * which stand in 金正恩 (Kim Jong Un) and 宣布 ("announce").
 */
function isNameOfItsOwn(part: string): boolean {
  const letters = part.match(/\p{L}/gu)?.length ?? 0;
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(part) ? letters >= 2 : letters >= 3;
}

const englishRegions = new Intl.DisplayNames(['en'], { type: 'region' });

/** English name of a country code. */
export const englishCountryName = memoizeByKey((code) => englishRegions.of(code) ?? code);

/** "στο|la" → "[σΣ]το|[lL]a": a locative may open a sentence. */
function capitalizedToo(pattern: string): string {
  return pattern
    .split('|')
    .map((word) => {
      const first = word.charAt(0);
      return first === first.toUpperCase() ? word : `[${first}${first.toUpperCase()}]${word.slice(1)}`;
    })
    .join('|');
}
