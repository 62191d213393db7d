import { embedPlatforms } from '../../data/embed-cues.ts';
import { eventKinds } from '../../data/event-kinds.ts';
import { homeCountries } from '../../data/home-countries.ts';
import { newsSources } from '../../data/news-sources.ts';
import {
  locativePrepositions,
  locativesAfter,
  locativesBeforeKnown,
  nounCapitalizingLanguages,
} from '../../data/place-cues.ts';
import { platformDomains } from '../../data/platform-domains.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { addDays, isDay, weekdayOf } from '../../lib/iso-date.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import type { DateMention, Evidence, PlaceMention } from '../../schemas/article-frontmatter.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { calendarNames, lookUpName } from '../describe/calendar-names.ts';
import type { PhraseIndex } from '../describe/find-phrase.ts';
import { createPhraseIndex, findPhrases } from '../describe/find-phrase.ts';
import { countryIndex, englishCountryName } from '../describe/find-places.ts';
import type { WordToken } from '../text/fold-text.ts';
import { foldText, isWrittenAsName, tokenizeWords } from '../text/fold-text.ts';
import { snippet } from '../text/snippet.ts';
import type { TextBlock } from '../text-to-blocks.ts';
import { nameKey } from './name-key.ts';

/** What event grouping reads of an article. */
export interface EventInput {
  id: string;
  lang: string;
  published: string | null;
  /** Headline, subtitle and the first two paragraphs: where a news story says what happened. */
  lead: TextBlock[];
  /** The rest of the article's own text. */
  rest: TextBlock[];
  dates: DateMention[];
  places: PlaceMention[];
}

/** A person, place or name an article mentions, keyed so that spellings in other scripts meet. */
export interface EntityMention {
  /** `glossary:<name>`, `country:<code>`, or `name:<romanised tokens>` for names found by spelling. */
  key: string;
  /** English name for glossary entries and countries; the name as written otherwise. */
  label: string;
  kind: 'person' | 'place' | 'organization' | 'name';
  /** Romanised tokens, for names found by spelling. */
  tokens: readonly string[];
  /** Mentioned in the lead. */
  lead: boolean;
  /** A place named after a locative ("στο Πεκίνο", "in Peking"): where something happened, not just who or what. */
  located: boolean;
  evidence: Evidence;
}

/** What tells an article's event apart. */
export interface EventFeatures {
  id: string;
  /**
   * The day the event happened, when the article lets it be told; `exact` when the lead names the
   * day, not when it is only the publication date (which may be the day after).
   */
  date: { value: string; exact: boolean; evidence: Evidence } | null;
  /** A weekday the lead names, for articles without a date. */
  weekday: { value: number; evidence: Evidence } | null;
  /**
   * A month and day the lead names without a year (`03-03` for "3月3日电"), for articles without
   * a date: a wire's dateline often gives no year, and without a publication date none is known.
   */
  monthDay: { value: string; evidence: Evidence } | null;
  /**
   * Every day the lead names (`YYYY-MM-DD`, sorted): a report of an election names the day of the
   * vote and the day of the results, and sources date the event by either.
   */
  days: string[];
  kind: { value: string; evidence: Evidence } | null;
  entities: EntityMention[];
}

const sourceNames = new Set(newsSources.flatMap((source) => source.aliases.map((alias) => foldText(alias))));
/** Networks and messengers a report names as where something was said ("написав у Telegram"): no party to an event. */
const platformNames = new Set([
  ...platformDomains.map((entry) => entry.domain.split('.')[0] ?? ''),
  ...embedPlatforms.map((entry) => entry.platform),
]);
const kindPatterns = new Map<string, { kind: string; pattern: RegExp }[]>();

/** Index the glossary's names and aliases for `extractEventFeatures`. */
export function indexGlossary(glossary: readonly GlossaryEntry[]): PhraseIndex<GlossaryEntry> {
  return createPhraseIndex(
    glossary.flatMap((entry) =>
      [entry.name, ...entry.aliases].map((phrase) => ({ phrase, value: entry, named: true })),
    ),
  );
}

/**
 * Read what tells an article's event apart: its day (a date in the lead resolved against the
 * publication date, else the publication date), a weekday for undated articles, the kind of event
 * (meeting, phone call…), and the people and places it names — glossary entries in any spelling,
 * countries, and other names, romanised so that scripts meet.
 */
export function extractEventFeatures(input: EventInput, glossary: PhraseIndex<GlossaryEntry>): EventFeatures {
  const leadLines = new Set(input.lead.map((block) => block.line));
  return {
    id: input.id,
    ...eventTime(input, leadLines),
    kind: eventKind(input.lead, input.lang),
    entities: withHomeCountry([...findEntities(input, glossary, leadLines).values()], input),
  };
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/**
 * The entities, with the country a language's press reports from (`src/data/home-countries.ts`)
 * when the lead names no country and no one or nowhere of the glossary: a national outlet does
 * not name its own country.
 */
function withHomeCountry(entities: EntityMention[], input: EventInput): EntityMention[] {
  const home = homeCountries.find((entry) => entry.lang === input.lang)?.country;
  const first = input.lead[0];
  // A lead that names a country, or a person or place of the glossary (world leaders, capitals),
  // may well report from abroad.
  const abroad = entities.some(
    (entity) => entity.lead && (entity.key.startsWith('country:') || entity.key.startsWith('glossary:')),
  );
  if (!home || !first || abroad) return entities;
  const label = englishCountryName(home);
  const named = entities.find((entity) => entity.key === `country:${home}`);
  const mention: EntityMention = {
    key: `country:${home}`,
    label,
    kind: 'place',
    tokens: [],
    lead: true,
    located: false,
    evidence: {
      line: first.line,
      text: `a report in ${languageNames.of(input.lang) ?? input.lang} that names no country`,
    },
  };
  return named ? entities.map((entity) => (entity === named ? mention : entity)) : [...entities, mention];
}

/**
 * The day of the event: in the lead, a weekday ("χθες Τρίτη", "miercuri") first, then a full
 * date, then a relative day ("today"), each resolved against the publication date; else the
 * publication date. Without one, the weekday the lead names.
 */
function eventTime(
  input: EventInput,
  leadLines: Set<number>,
): Pick<EventFeatures, 'date' | 'weekday' | 'monthDay' | 'days'> {
  const inLead = input.dates.filter((date) => leadLines.has(date.line));
  const fullDay = (date: DateMention) => !!date.resolved && isDay(date.resolved);
  const days = [...new Set(inLead.flatMap((date) => (date.resolved && fullDay(date) ? [date.resolved] : [])))].sort();
  return { ...dayOfEvent(input, inLead, fullDay), days };
}

/** The day of the event (see `eventTime`), from the dates of the lead. */
function dayOfEvent(
  input: EventInput,
  inLead: readonly DateMention[],
  fullDay: (date: DateMention) => boolean,
): Pick<EventFeatures, 'date' | 'weekday' | 'monthDay'> {
  const day =
    inLead.find((date) => fullDay(date) && date.weekday !== null) ??
    inLead.find((date) => fullDay(date) && date.value === date.resolved) ??
    inLead.find((date) => fullDay(date) && date.relative?.unit === 'day');
  if (day?.resolved)
    return {
      date: { value: day.resolved, exact: true, evidence: { line: day.line, text: day.text } },
      weekday: null,
      monthDay: null,
    };
  if (input.published) {
    return {
      date: { value: input.published, exact: false, evidence: { line: 1, text: `published ${input.published}` } },
      weekday: null,
      monthDay: null,
    };
  }
  const named = inLead.find((date) => date.weekday !== null);
  const dayOfMonth = inLead.find((date) => date.value !== null && /^--\d{2}-\d{2}$/.test(date.value));
  return {
    date: null,
    weekday:
      named && named.weekday !== null
        ? { value: named.weekday, evidence: { line: named.line, text: named.text } }
        : null,
    monthDay:
      dayOfMonth?.value != null
        ? { value: dayOfMonth.value.slice(2), evidence: { line: dayOfMonth.line, text: dayOfMonth.text } }
        : null,
  };
}

/** The kind of event the lead reports: the earliest kind cue in it. */
function eventKind(lead: readonly TextBlock[], lang: string): EventFeatures['kind'] {
  const patterns = kindPatternsFor(lang);
  for (const block of lead) {
    const folded = foldText(block.text);
    let best: { kind: string; index: number; length: number } | undefined;
    for (const { kind, pattern } of patterns) {
      pattern.lastIndex = 0;
      const match = pattern.exec(folded);
      if (match && (!best || match.index < best.index)) best = { kind, index: match.index, length: match[0].length };
    }
    if (best)
      return {
        value: best.kind,
        evidence: { line: block.line, text: snippet(block.text, best.index, best.index + best.length) },
      };
  }
  return null;
}

function kindPatternsFor(lang: string): { kind: string; pattern: RegExp }[] {
  let patterns = kindPatterns.get(lang);
  if (!patterns) {
    // A cue starts a word, but in a language written without spaces (Chinese, Japanese) a word
    // stands anywhere in a run of letters.
    const ownStart = unspacedLanguages.has(lang) ? '' : '(?<![\\p{L}])';
    patterns = eventKinds.flatMap((entry) => {
      const own = entry.cues[lang];
      const english = lang === 'en' ? undefined : entry.cues.en;
      return [
        ...(own === undefined ? [] : [new RegExp(`${ownStart}(?:${own})`, 'u')]),
        ...(english === undefined ? [] : [new RegExp(`(?<![\\p{L}])(?:${english})`, 'u')]),
      ].map((pattern) => ({ kind: entry.kind, pattern }));
    });
    kindPatterns.set(lang, patterns);
  }
  return patterns;
}

/** Glossary entries, countries and other names, one mention per entity (the first, lead first). */
function findEntities(
  input: EventInput,
  glossary: PhraseIndex<GlossaryEntry>,
  leadLines: Set<number>,
): Map<string, EntityMention> {
  const found = new Map<string, EntityMention>();
  const add = (mention: EntityMention) => {
    const earlier = found.get(mention.key);
    if (!earlier) found.set(mention.key, mention);
    else if (mention.lead && !earlier.lead)
      found.set(mention.key, { ...mention, located: mention.located || earlier.located });
    else if (mention.located && mention.lead === earlier.lead) found.set(mention.key, { ...earlier, located: true });
  };
  for (const place of input.places) {
    const evidence = place.evidence[0];
    if (!evidence) continue;
    const lead = place.evidence.some((item) => leadLines.has(item.line));
    // A place a script without capitals names after a place noun ("استان کرمان"): a name no run
    // of capitalised words finds, where the event happened.
    if (!place.code) {
      const tokens = /\p{Lu}/u.test(place.name) ? [] : nameKey(place.name);
      if (tokens.join('').length >= 3)
        add({
          key: `name:${tokens.join(' ')}`,
          label: place.name,
          kind: 'place',
          tokens,
          lead,
          located: true,
          evidence,
        });
      continue;
    }
    add({
      key: `country:${place.code}`,
      label: place.name,
      kind: 'place',
      tokens: [],
      lead,
      located: false,
      evidence,
    });
  }
  const blocks = [...input.lead, ...input.rest].map((block) => ({ ...block, words: tokenizeWords(block.text) }));
  const lowercaseWords = new Set(
    blocks.flatMap((block) => block.words.filter((word) => !isWrittenAsName(word.text)).map((word) => word.folded)),
  );
  const calendar = calendarNames(input.lang);
  const countries = countryIndex(input.lang);
  const locative = locativeBefore(input.lang);
  const locativeAfter = locativeAfterOf(input.lang);
  const knownLocative = knownLocativeOf(input.lang);
  const capitalizesNouns = nounCapitalizingLanguages.includes(input.lang);

  for (const block of blocks) {
    const lead = leadLines.has(block.line);
    const { words } = block;
    const covered = new Set<number>();
    const cover = (start: number, end: number) =>
      words.forEach((word, index) => {
        if (word.start >= start && word.end <= end) covered.add(index);
      });
    for (const { value: entry, start, end } of findPhrases(glossary, block.text, words)) {
      const before = block.text.slice(Math.max(0, start - 24), start);
      const located =
        entry.kind === 'place' &&
        (locative.test(before) ||
          !!knownLocative?.test(before) ||
          !!locativeAfter?.test(block.text.slice(end, end + 24)));
      add({
        key: `glossary:${entry.name}`,
        label: entry.name,
        kind: entry.kind,
        tokens: [],
        lead,
        located,
        evidence: { line: block.line, text: snippet(block.text, start, end) },
      });
      cover(start, end);
    }
    // Countries are entities of their own (from the article's places), not names to spell out.
    for (const { start, end } of findPhrases(countries, block.text, words)) cover(start, end);
    for (const run of nameRuns(block.text, words, covered)) {
      const kept = run.filter(
        (word) =>
          !lowercaseWords.has(word.folded) &&
          !lookUpName(calendar.months, word.folded) &&
          !lookUpName(calendar.weekdays, word.folded),
      );
      if (kept.length === 0 || (kept.length === 1 && (capitalizesNouns || run.atSentenceStart))) continue;
      const label = kept.map((word) => word.text).join(' ');
      if (sourceNames.has(foldText(label)) || platformNames.has(foldText(label))) continue;
      const tokens = nameKey(label);
      if (tokens.length === 0 || tokens.join('').length < 3) continue;
      const first = kept[0];
      const last = kept.at(-1);
      const located = locative.test(block.text.slice(Math.max(0, (first?.start ?? 0) - 24), first?.start ?? 0));
      add({
        key: `name:${tokens.join(' ')}`,
        label,
        kind: 'name',
        tokens,
        lead,
        located,
        evidence: { line: block.line, text: block.text.slice(first?.start ?? 0, last?.end ?? 0) },
      });
    }
  }
  return found;
}

type NameRun = WordToken[] & { atSentenceStart: boolean; acronym: boolean };

/**
 * Runs of up to five consecutive words written as names, not crossing punctuation or glossary
 * and country matches; an acronym (NATO, ΝΑΤΟ) stands as a run of its own.
 */
function nameRuns(text: string, words: readonly WordToken[], covered: Set<number>): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameRun | undefined;
  words.forEach((word, index) => {
    const gap = index === 0 ? text.slice(0, word.start) : text.slice(words[index - 1]?.end ?? 0, word.start);
    const acronym = /^\p{Lu}{2,}$/u.test(word.text);
    // Spaces or a bare hyphen join words of one name; a dash with spaces around it parts them ("Jakarta - Sebuah").
    const joined = current && !current.acronym && !acronym && /^(?:\s+|-)$/u.test(gap) && current.length < 5;
    if (!covered.has(index) && isWrittenAsName(word.text) && !/^\p{N}/u.test(word.text)) {
      if (!joined) {
        // After a dateline's dash ("(Укрінформ) – Щонайменше", "JERUSALÉN.- Decenas") a word is
        // capitalised as a sentence's first.
        const atSentenceStart = index === 0 || /(?:[.!?:;«"“„]|[\s.][-–—])\s*$/u.test(gap);
        current = Object.assign([], { atSentenceStart, acronym });
        runs.push(current);
      }
      current?.push(word);
    } else {
      current = undefined;
    }
  });
  return runs;
}

/**
 * Whether two articles can date one event: the same day when both leads name it; a day apart
 * when one date is only a publication date (a report can come out the day after); a date that
 * falls on the weekday the other names.
 */
export function datesAgree(a: EventFeatures, b: EventFeatures): boolean {
  if (a.date && b.date) {
    // One source dates an election by the vote, another by the results: both leads name both days.
    const daysOfB = new Set([b.date.value, ...b.days]);
    if ([a.date.value, ...a.days].some((day) => daysOfB.has(day))) return true;
    if (a.date.exact && b.date.exact) return false;
    const [earlier, later] = [a.date.value, b.date.value].sort() as [string, string];
    return addDays(earlier, 1) === later;
  }
  // A month and day without a year: one of the other's, or the day before a publication date.
  const monthDaysOf = (article: EventFeatures) =>
    article.monthDay
      ? [article.monthDay.value]
      : [...(article.date ? [article.date.value] : []), ...article.days].map((day) => day.slice(5));
  const [ofA, ofB] = [monthDaysOf(a), monthDaysOf(b)];
  const monthDayAgrees =
    (a.monthDay || b.monthDay) && ofA.length > 0 && ofB.length > 0
      ? ofA.some((day) => ofB.includes(day)) ||
        [a.date, b.date].some(
          (date) =>
            date !== null && !date.exact && (date === a.date ? ofB : ofA).includes(addDays(date.value, -1).slice(5)),
        )
      : undefined;
  // A dateline's day may be the day of writing while the lead names the weekday of the event.
  const dated = a.date ?? b.date;
  const weekday = (a.date ? b.weekday : a.weekday) ?? null;
  const weekdayAgrees =
    dated && weekday
      ? weekdayOf(dated.value) === weekday.value || weekdayOf(addDays(dated.value, -1)) === weekday.value
      : a.weekday && b.weekday
        ? a.weekday.value === b.weekday.value
        : undefined;
  if (monthDayAgrees === undefined && weekdayAgrees === undefined) return true;
  return !!monthDayAgrees || !!weekdayAgrees;
}

/**
 * One pattern per language of a cue list's entries in that language, or `null` where it has
 * none; `anchor` places it in the text it is tested on.
 */
function languagePatterns(
  entries: readonly { lang: string; pattern: string }[],
  anchor: (alternatives: string) => string,
): (lang: string) => RegExp | null {
  return memoizeByKey((lang) => {
    const patterns = entries.filter((entry) => entry.lang === lang).map((entry) => entry.pattern);
    return patterns.length > 0 ? new RegExp(anchor(patterns.join('|')), 'u') : null;
  });
}

/** Matches text that starts with a locative the language writes after a name (`locativesAfter`). */
const locativeAfterOf = languagePatterns(locativesAfter, (alternatives) => `^(?:${alternatives})`);

/** Matches text that ends with a locative of a script without capitals (`locativesBeforeKnown`). */
const knownLocativeOf = languagePatterns(locativesBeforeKnown, (alternatives) => `(?:${alternatives})`);

/** Matches text that ends with a locative preposition of the language (or English). */
const locativeBefore = memoizeByKey((lang) => {
  const words = locativePrepositions
    .filter((entry) => entry.lang === lang || entry.lang === 'en')
    .map((entry) => entry.pattern);
  return new RegExp(`(?<![\\p{L}])(?:${words.join('|')})\\s+$`, 'iu');
});
