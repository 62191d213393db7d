import anyAscii from 'any-ascii';
import { clockWords, dayPrepositions, halfHours, nightBeforeCues } from '../../data/date-words.ts';
import { currencySymbols, dualDurations, duration, yuanSignLanguages } from '../../data/measure-units.ts';
import { attributionCues, tellerOpeners, unnamedSources } from '../../data/news-sources.ts';
import { multiplierLinks, multiplierWords, noneCounted, noneWords } from '../../data/number-words.ts';
import { genitivePlaceLanguages, locativePrepositions, ofPrepositions } from '../../data/place-cues.ts';
import {
  conjunctiveEndings,
  relativePronouns,
  statementConjunctions,
  subjectArticles,
  subjectParticles,
} from '../../data/reporting-verbs.ts';
import { bodyAdjectiveEndings, nameHonorifics, portfolioWords, vietnameseSurnames } from '../../data/role-nouns.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';
import { addDays, isDay } from '../../lib/iso-date.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { calendarNames, lookUpName } from '../describe/calendar-names.ts';
import { findCreditedSources } from '../describe/find-cited-sources.ts';
import { findDates } from '../describe/find-dates.ts';
import type { PhraseIndex } from '../describe/find-phrase.ts';
import { createPhraseIndex, findPhrases } from '../describe/find-phrase.ts';
import { countryIndex, englishCountryName, findPlaces } from '../describe/find-places.ts';
import { consonantKey } from '../events/name-key.ts';
import { asciiDigits } from '../text/ascii-digits.ts';
import { characterFigures } from '../text/cjk-numerals.ts';
import type { WordToken } from '../text/fold-text.ts';
import { foldIn, foldText, foldWordIn, isWrittenAsName, markedLanguages, tokenizeWords } from '../text/fold-text.ts';
import type { TokenizedBlock } from '../text/words-of.ts';
import { wordsWithin } from '../text/words-of.ts';
import type { TextBlock } from '../text-to-blocks.ts';
import { attachRolePhrases } from './attach-role-phrases.ts';
import { isYear } from './claim-features.ts';
import { conceptFrame, conceptMatches, conceptsOf, isRoleConcept } from './concept-lexicon.ts';
import { countryWordMatcher } from './country-adjective-matcher.ts';
import { findRolePhrases, nationalityMatcher, officeTitleMatcher } from './find-role-phrases.ts';
import type { NamedPerson } from './find-speaker.ts';
import { findSpeaker, wordsApart } from './find-speaker.ts';
import { findTitledNames } from './find-titled-names.ts';
import { hedgePattern } from './hedge-pattern.ts';
import { figureQualifierPattern, numberWordsOf, referringWordsOf, teenWordsOf } from './number-words-of.ts';
import { inComparedUnit, measureAfter } from './read-measure.ts';
import type { VerbMatcher } from './reporting-verb-matcher.ts';
import { reportingVerbMatcher, saysAt } from './reporting-verb-matcher.ts';
import type { RoleHolder } from './resolve-role-phrase.ts';
import { resolveRolePhrase } from './resolve-role-phrase.ts';
import { scanQuotations } from './scan-quotations.ts';
import { segmentSentences } from './segment-sentences.ts';
import type { Clause } from './split-clauses.ts';
import { accordanceSource, splitAtFacts, splitClauses } from './split-clauses.ts';

/** A sentence or clause that states something, with what can be compared across languages. */
export interface ClaimUnit {
  article: string;
  line: number;
  /** The clause exactly as it stands in the cleaned article. */
  text: string;
  /** Where the clause starts and ends in its paragraph (the block on `line`). */
  start: number;
  end: number;
  /** Concept ids (`brotherly`, `duty`, `treaty`…). */
  concepts: Set<string>;
  /** Concepts that stand inside a scare quote (`«απελευθέρωση»`): the writer keeps the word at a distance. */
  scareQuoted: Set<string>;
  /** People, places and countries, keyed as event grouping keys them, with their English names. */
  entities: Map<string, string>;
  /** Place names of the clause (glossary places and names after a locative), as written. */
  places: string[];
  /**
   * Word stems: the first five letters of each longer word, romanised, so that a sentence and
   * its copy, or cognates across languages (`prisoners`, `prisioneros`), share them.
   */
  stems: Set<string>;
  /** The word after each figure, as written: its unit or what it counts (`650` → `km`, `41` → `muertos`). */
  units: Map<string, string>;
  /** Numbers written with digits, normalised (`6.500` → `6500`, `3,5` → `3.5`). */
  numbers: Set<string>;
  /**
   * What the figures count: each concept written next to a figure, with the figure (`killed` →
   * `41` for "41 muertos", `magnitude` → `6.8`), so that tolls are compared with tolls.
   */
  counts: Map<string, string>;
  /**
   * Dates the clause mentions, as ISO prefixes (`2024-06`, `2025-09-03`, `--05-04`), relative
   * ones resolved; a weekday alone as `~1` (Monday), since it may lie ahead or behind. The day a
   * statement was made ("said on Saturday") is left out: it dates the report, not the claim.
   */
  dates: Set<string>;
  /** Times of day the clause tells, as `HH:MM` (`23.47 hora local`, `23 h 47` → `23:47`). */
  times: Set<string>;
  /** Quotations of four words or more, with the concepts they hold. */
  quotes: { text: string; concepts: Set<string> }[];
  /** Who the clause says made the statement (an English glossary name), or `null` for the writer's own. */
  speaker: string | null;
  /** Agencies and outlets the sentence credits ("potrivit Agerpres", "κατά το KCNA"). */
  according: string[];
  hedged: boolean;
}

/**
 * A dateline at the start of a paragraph: a place in capitals or title case (or in a script
 * without case), a comma, a short date, an optional agency in brackets, and a dash, a full stop
 * or a danda ("DOHA, May 2 (Newswire) -", "Doha, 2 may (Agencia).-", "ДОХА, 2 мая.",
 * "अंकारा, 3 मार्च 2025 (भाषा)।"). A full stop between digits is a figure's ("Faeser, die 2.000
 * Helfer"), not a dateline's end.
 */
const datelinePattern =
  /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’ -]{1,30}[,،]\s+[^.,،()–—-]{0,20}\d[^.,،()–—-]{0,20}(?:\s*\([^)]{1,40}\))?\s*(?:\.\s*[-–—]|[-–—।]|\.(?!\d))\s*/u;
/** Fewest words a clause needs to state a claim ("ДОХА, 2 мая." does not). */
const minimumWords = 4;

/**
 * Whether a clause has words enough to state a claim: a count needs fewer ("25 kişi yaralandı",
 * "Zginęło 12 osób"), as its figure and what it counts are the claim.
 */
function longEnough({ unit, wordCount }: { unit: ClaimUnit; wordCount: number }): boolean {
  return wordCount >= (unit.counts.size > 0 ? minimumWords - 1 : minimumWords);
}
/** Longest quotation still read as a scare quote around a word or a short phrase. */
const scareQuoteWords = 3;
/**
 * The same, in letters, where words are not spaced: "「解放」", "“特别军事行动”", "“ปลดปล่อย”" are
 * scare quotes, a quoted sentence ("「痛みを伴う決断だが…」") is a quotation.
 */
const scareQuoteLetters = 8;

/** Whether a quotation is short enough to be a scare quote rather than someone's words. */
function isScareQuote(quote: string, lang: string): boolean {
  return unspacedLanguages.has(lang)
    ? (quote.match(/\p{L}/gu)?.length ?? 0) <= scareQuoteLetters
    : quote.trim().split(/\s+/u).length <= scareQuoteWords;
}

/**
 * Split an article's paragraphs into sentences and clauses and read from each what survives
 * translation: concepts from the multilingual lexicon, glossary entities and countries, numbers,
 * dates, places, quotations (short ones as scare quotes), hedges, who said it and whom it credits.
 * `published` resolves relative dates ("yesterday", "anul trecut").
 */
export function extractClaimUnits(
  article: string,
  lang: string,
  published: string | null,
  paragraphs: readonly TextBlock[],
  glossary: PhraseIndex<GlossaryEntry>,
): ClaimUnit[] {
  // Each paragraph, and below each sentence, is split into words once for every reading of it.
  const tokenized = paragraphs.map((block) => ({ ...block, words: tokenizeWords(block.text) }));
  const people = new Set(
    tokenized.flatMap((block) =>
      findPhrases(glossary, block.text, block.words).flatMap(({ value }) => (value.kind === 'person' ? [value] : [])),
    ),
  );
  const surnames = surnameIndex(people);
  const reader: ClauseReader = {
    article,
    lang,
    published,
    glossary,
    surnames,
    isVerb: reportingVerbMatcher(lang),
    holders: tokenized.flatMap((block) => roleHoldersOf(block, lang, glossary, surnames)),
    lowercase: new Set(
      tokenized.flatMap((block) =>
        block.words.filter((word) => !isWrittenAsName(word.text)).map((word) => word.folded),
      ),
    ),
    spokenNames: new Map(),
  };
  const knownPeople = new Set([...people].map((person) => person.name));
  const namesMidSentence = new Set(tokenized.flatMap((block) => capitalisedMidSentence(block.text, block.words)));
  let lastSpeaker: string | null = null;
  /** The clauses the last sentence gave, which a sentence saying only who told them credits. */
  let told: ClaimUnit[] = [];
  return tokenized.flatMap((block) =>
    segmentSentences(block.text, lang).flatMap((sentence) => {
      const words = wordsWithin(block.text, block.words, sentence.start, sentence.end);
      const according = findCreditedSources(sentence.text, lang, words);
      const clauses = splitClauses(sentence, lang, words).flatMap((clause) => {
        const read = readClause(
          clause,
          block.line,
          according,
          reader,
          clause.text === sentence.text
            ? words
            : wordsWithin(sentence.text, words, clause.start - sentence.start, clause.end - sentence.start),
        );
        return (
          readFacts(clause, read.facts, lang, (piece) => readClause(piece, block.line, according, reader)) ?? [read]
        );
      });
      // Who said it: the clause's own speaker, else the sentence's, else (for "a declarat el") the one
      // before, unless the sentence credits someone the article does not name, or opens with a
      // subject of its own ("Peñaherrera, 58, …, has denied wrongdoing").
      const reports = clauses.some(({ said }) => said.reports);
      // A verb of saying that opens it ("Υπογράμμισε επίσης ότι…", He also stressed) leaves the subject
      // unsaid, as languages that drop the pronoun do: the speaker before.
      const ownSubject =
        opensWithName(sentence.text.slice(0, words[0]?.start), words[0], lang, reader.lowercase) &&
        !saysAt(reader.isVerb, words, 0);
      const unnamed = clauses.some(({ said }) => said.unnamed) || ownSubject;
      // That subject, where the article writes it with a capital inside sentences too, is a person
      // or a body by name: who did or said what the sentence's clauses tell, when none names another.
      const dateline = sentence.start === 0 && datelinePattern.test(sentence.text);
      const opener = ownSubject && !dateline ? subjectName(sentence.text, words, namesMidSentence, lang) : null;
      const subject = opener && clauses[0] && !namesPlace(clauses[0].unit, opener) ? opener : null;
      const sentenceSpeaker =
        clauses.find(({ said }) => said.speaker)?.said.speaker ?? subject ?? (reports && !unnamed ? lastSpeaker : null);
      // A speaker named after "and" ("…, y Kigali niega apoyar al grupo") is the subject of that
      // clause alone, not of the statements joined before it.
      // So is one after a verb whose ending says "and" ("두 정상은 약 100분간 회담했으며, 시 주석은 … 말했다").
      const named = clauses.findIndex(({ said }) => said.speaker);
      const ownClause =
        named > 0 &&
        (startsWithConjunction(clauses[named]?.unit.text ?? '', lang) ||
          endsWithConjunctiveEnding(clauses[named - 1]?.unit.text ?? '', lang));
      for (const [index, { said, unit, toUnnamedSources }] of clauses.entries()) {
        // A relative clause ("…, care a promis…", "…, who said…") is about the person named just before it.
        const antecedent = startsWithRelative(unit.text, lang) ? (clauses[index - 1]?.lastPerson ?? null) : null;
        const lent = ownClause && index < named ? subject : sentenceSpeaker;
        const speaker =
          said.unnamed || (!said.speaker && toUnnamedSources) ? null : (said.speaker ?? antecedent ?? lent);
        unit.speaker = (speaker && reader.spokenNames.get(foldText(speaker))) || speaker;
        // A short quotation of a speaker's words is theirs («αδελφικό καθήκον»); in the writer's own
        // voice, or around a loaded word («απελευθέρωση»), it keeps the word at a distance.
        for (const concept of unit.scareQuoted)
          if ((reports || unit.speaker) && !conceptFrame(concept)) unit.scareQuoted.delete(concept);
      }
      for (const { unit } of clauses) {
        const parts = unit.speaker && !knownPeople.has(unit.speaker) ? tokenizeWords(unit.speaker) : [];
        const last = parts.at(-1);
        if (parts.length >= 2 && last) reader.spokenNames.set(last.folded, unit.speaker as string);
      }
      if (sentenceSpeaker) lastSpeaker = clauses.findLast(({ unit }) => unit.speaker)?.unit.speaker ?? lastSpeaker;
      // "He" in the next sentence is that subject, whom the article does not name as a speaker.
      else if (ownSubject) lastSpeaker = null;
      // A sentence that only says who told the one before ("Об этом сообщает ТАСС.", "Das teilte
      // die Polizei mit.", "地元警察が明らかにした。") is no claim: who it names, and the agency it
      // credits, are that sentence's.
      const [only] = clauses;
      if (clauses.length === 1 && only && onlySaysWhoTold(only, lang)) {
        for (const unit of told) {
          if (unit.according.length === 0) unit.according = [...only.unit.according];
          unit.speaker ??= only.unit.speaker;
        }
        return [];
      }
      told = clauses.flatMap((read) => (longEnough(read) ? [read.unit] : []));
      return told;
    }),
  );
}

/**
 * Concepts that name who speaks rather than what is said: a sentence holding no other, a verb of
 * saying and nothing more tells only who told the sentence before it.
 */
const tellerConcepts: ReadonlySet<string> = new Set([
  'police',
  'government',
  'regime',
  'president',
  'prime-minister',
  'minister',
  'ministry',
  'civil-protection',
  'spokesperson',
  'firefighters',
  'court',
  'union',
  'organisers',
  'confirm',
]);

/** Most words (Chinese or Japanese characters counting two thirds) of a sentence that only says who told the one before. */
const tellerWords = 8;

/** Most words of a sentence that only says who told, with no word pointing back ("Police said."). */
const bareTellerWords = 3;

/**
 * A Japanese or Korean sentence of a subject and a verb of saying and nothing more ("地元警察が明らかにした。",
 * "현지 경찰이 밝혔다."): no quotation or complement with と or 고 before the verb.
 */
const subjectAndVerb: Readonly<Record<string, RegExp>> = {
  ja: /^[\p{Script=Han}\p{Script=Katakana}ー]+[がは][^、。と「」]{1,8}。?$/u,
  ko: /^[\p{Script=Hangul} ]+[이가은는] [^,.“”"]{1,6}[다]\.?$/u,
};

/**
 * Whether a sentence of one clause only says who told what came before it: a verb of saying, a
 * few words that point back at it (`tellerOpeners`) or no more than who and the verb, no figure,
 * date, time, quotation, place or name but a country's, and no concept but who speaks
 * (`tellerConcepts`).
 */
function onlySaysWhoTold(
  {
    said,
    unit,
    wordCount,
  }: {
    said: { reports: boolean };
    unit: ClaimUnit;
    wordCount: number;
  },
  lang: string,
) {
  if (!said.reports || wordCount > tellerWords) return false;
  const text = unit.text.trim();
  const folded = `${foldText(text)} `;
  const pointsBack =
    wordCount <= bareTellerWords ||
    tellerOpenersOf(lang).some((opener) => folded.startsWith(opener)) ||
    subjectAndVerb[lang]?.test(text) === true;
  return (
    pointsBack &&
    unit.numbers.size === 0 &&
    unit.dates.size === 0 &&
    unit.times.size === 0 &&
    unit.places.length === 0 &&
    [...unit.entities.keys()].every((key) => key.startsWith('country:')) &&
    scanQuotations(unit.text).spans.length === 0 &&
    [...unit.concepts].every((concept) => tellerConcepts.has(concept))
  );
}

/** The language's words that point back at the sentence before (`tellerOpeners`), folded once. */
const tellerOpenersOf = memoizeByKey((lang) => (tellerOpeners[lang] ?? []).map(foldText));

/**
 * A clause read as one piece per fact it tells with a figure (`splitAtFacts`), when at least two
 * of its pieces each count something or give a time of day, in a claim's worth of words ("de
 * magnitud 7,0…", "a una profundidad de 42 kilómetros"); a piece that does not ("up from 0.7% in
 * 2024") stays with the piece before it. `undefined` when the clause stays whole.
 */
function readFacts<T extends { unit: ClaimUnit; wordCount: number }>(
  clause: Clause,
  facts: readonly number[],
  lang: string,
  read: (piece: Clause) => T,
): T[] | undefined {
  const pieces = splitAtFacts(clause, facts, lang);
  if (pieces.length < 2) return undefined;
  const tells = (read: T) => longEnough(read) && (read.unit.counts.size > 0 || read.unit.times.size > 0);
  const readings = pieces.map(read);
  const told = readings.map(tells);
  if (told.every(Boolean)) return readings;
  // A piece that tells nothing joins the one before it; a first piece that tells nothing, the next.
  const kept: { piece: Clause; tells: boolean; reading?: T }[] = [];
  pieces.forEach((piece, index) => {
    const reading = readings[index] as T;
    const own = told[index] as boolean;
    const last = kept.at(-1);
    if (!last || (own && last.tells)) {
      kept.push({ piece, tells: own, reading });
      return;
    }
    const text = clause.text.slice(last.piece.start - clause.start, piece.end - clause.start);
    kept[kept.length - 1] = { piece: { text, start: last.piece.start, end: piece.end }, tells: own || last.tells };
  });
  return kept.length > 1 ? kept.map(({ piece, reading }) => reading ?? read(piece)) : undefined;
}

/**
 * How many words a clause holds, as a language without inflections would write it: without
 * spaces, a run of letters is many words (three characters count as two) and a figure is one
 * ("18人が死亡", "18 people died"); in Korean a word carries its particles and endings
 * ("구조했으며", "rescued, and"), so two and a half syllables count as one; a figure with a case
 * ending joined to it ("28-an megsérültek", 28 people were injured; "28'i", "28:aa") is two.
 */
function wordCountOf(text: string, words: readonly WordToken[], lang: string): number {
  if (unspacedLanguages.has(lang))
    return Math.floor(((text.match(/\p{L}/gu)?.length ?? 0) * 2) / 3) + (text.match(/\p{Nd}+/gu)?.length ?? 0);
  const syllables = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const endings = text.match(/\p{Nd}[-'’:]\p{L}/gu)?.length ?? 0;
  return Math.max(words.length + endings, Math.floor(syllables / 2.5));
}

/** Characters before a day in which a cue of the night leading into it is looked for. */
const nightCueReach = 24;

/** The language's cues of the night leading into a day (`nightBeforeCues`), right before it, folded. */
const nightBefore = memoizeByKey((lang) => {
  const cues = nightBeforeCues[lang];
  return cues
    ? new RegExp(
        `(?:^|[^\\p{L}])(?:${cues.map((cue) => escapeRegExp(foldText(cue))).join('|')})(?:\\s+\\p{L}+)?\\s+$`,
        'u',
      )
    : null;
});

/** Whether a clause starts with one of the language's relative pronouns. */
function startsWithRelative(text: string, lang: string): boolean {
  // Only the start is read: the longest pronoun ("la quale") is short.
  const folded = `${foldText(text.slice(0, 40)).replace(/^[\s,;–—]+/u, '')} `;
  return relativesOf(lang).some((pronoun) => folded.startsWith(`${pronoun} `));
}

const relativesOf = memoizeByKey((lang) => (relativePronouns[lang] ?? []).map(foldText));

/** Whether a clause opens with one of the language's "and" words (`statementConjunctions`). */
function startsWithConjunction(text: string, lang: string): boolean {
  const first = foldText(text.slice(0, 20)).match(/^[\s,;–—]*([\p{L}\p{M}]+)/u)?.[1] ?? '';
  return conjunctionsOf(lang).has(first);
}

const conjunctionsOf = memoizeByKey((lang) => new Set((statementConjunctions[lang] ?? []).map(foldText)));

/** Whether a clause ends with a verb whose ending says "and" (`conjunctiveEndings`: Korean "-며", "-했고"). */
function endsWithConjunctiveEnding(text: string, lang: string): boolean {
  const last = text.match(/([\p{L}\p{M}]+)[\s,;]*$/u)?.[1] ?? '';
  return (conjunctiveEndings[lang] ?? []).some((ending) => last.endsWith(ending));
}

/** What reading a clause needs to know of its article. */
interface ClauseReader {
  article: string;
  lang: string;
  published: string | null;
  glossary: PhraseIndex<GlossaryEntry>;
  surnames: PhraseIndex<GlossaryEntry>;
  isVerb: VerbMatcher;
  /** Every person the article names, in reading order, with the office the text gives them there. */
  holders: readonly RoleHolder[];
  /** Words the article writes in lower case somewhere: a capital at a sentence's start does not make them names. */
  lowercase: ReadonlySet<string>;
  /**
   * The full names of the people the glossary does not know whom the article has quoted so far,
   * by their last word folded: the surname it names them by again ("Ana Ruiz", then "Ruiz dijo").
   * Filled as the article is read.
   */
  spokenNames: Map<string, string>;
}

/** Read one clause (with its words, taken from its sentence's); its speaker is settled with the rest of its sentence. */
function readClause(
  written: Clause,
  line: number,
  according: string[],
  { article, lang, published, glossary, surnames, isVerb, holders, lowercase, spokenNames }: ClauseReader,
  writtenWords?: readonly WordToken[],
): {
  said: ReturnType<typeof findSpeaker>;
  unit: ClaimUnit;
  /** Where each fact told with a figure starts in the clause (see `splitAtFacts`). */
  facts: number[];
  wordCount: number;
  /** The person the clause names last, whom a relative clause after it is about ("…cu Kim, care a promis…"). */
  lastPerson: string | null;
  /** Whether the clause gives its words to sources it leaves unnamed (`givenToUnnamedSources`). */
  toUnnamedSources: boolean;
} {
  // Digits of every script are read as ASCII ("١٦", "۱۴"), at the same offsets. A dateline ("DOHA,
  // May 2 (Reuters) -") places the report, not the claim: its words are blanked.
  const plain = asciiDigits(written.text);
  const dateline = written.start === 0 ? (datelinePattern.exec(plain)?.[0].length ?? 0) : 0;
  const text = ' '.repeat(dateline) + plain.slice(dateline);
  const words = dateline === 0 && writtenWords && plain === written.text ? writtenWords : tokenizeWords(text);
  const quotations = scanQuotations(text).spans;
  const isQuoted = (offset: number) => quotations.some(([from, to]) => offset > from && offset < to);
  const named = findNamed(text, words, glossary, surnames);
  const entities = new Map<string, string>();
  const persons: NamedPerson[] = [];
  const places: string[] = [];
  for (const { value, start, end } of named) {
    entities.set(`glossary:${value.name}`, value.name);
    if (value.kind === 'person') persons.push({ name: value.name, start, end });
    if (value.kind === 'place') places.push(value.name);
  }
  // A person named by office ("ο Ρώσος πρόεδρος") speaks only where no one is named by name.
  const saidByName = findSpeaker(text, words, persons, isQuoted, isVerb);
  const byOffice = () =>
    findSpeaker(
      text,
      words,
      [
        ...persons,
        ...personsByOffice(text, words, persons, isQuoted, lang, (at) => heldBefore(holders, line, written.start + at)),
      ],
      isQuoted,
      isVerb,
    );
  const countries = findPhrases(countryIndex(lang), text, words);
  for (const { value } of countries) entities.set(`country:${value}`, englishCountryName(value));
  for (const code of countriesByAdjective(words, lang)) entities.set(`country:${code}`, englishCountryName(code));
  // Codes read alike in every language ("M23", "G7", "Su-35", "COVID-19"): names, not figures.
  for (const word of words) if (namedCode.test(word.text)) entities.set(`code:${word.text}`, word.text);
  for (const place of findPlaces([{ text, line, words }], lang)) {
    if (place.code !== null) continue;
    places.push(place.name);
    // A place the glossary does not know is compared by its consonants, across scripts and case endings.
    const key = consonantKey(place.name);
    if (
      key.length >= 2 &&
      !named.some(({ start, end }) => text.slice(start, end).includes(place.name.split(/\s/u)[0] ?? ''))
    )
      entities.set(`place:${key}`, place.name);
  }
  const quotes = quotations.map(([from, to]) => written.text.slice(from + 1, to));
  const { facts, ...figures } = figuresAndDates(text, words, lang, published, isVerb);
  // Concepts are found once: for the clause, and for what its figures count; the words that
  // multiply a figure ("tysięcy", "milhões") are part of it, no concept of their own.
  const folded = foldText(text);
  const foldedFigures = [...folded.matchAll(figurePattern)].map((match) => {
    const start = match.index ?? 0;
    const { value, end: through } = readFigure(folded, match, lang);
    const measure = measureAfter(folded, through, lang, start);
    return measure
      ? {
          value: inComparedUnit(value, measure.unit),
          start,
          end: start + match[0].length,
          through: measure.end,
          countsNothing: measure.unit.countsNothing === true,
          quantity: measure.unit.countsQuantity ? measure.unit.quantity : undefined,
        }
      : { value, start, end: start + match[0].length, through, countsNothing: false, quantity: undefined };
  });
  // A percent sign after a figure says "percent" as the word does ("31,4%", "٣١٫٤٪", "31,4 Prozent"),
  // and so does a share in tenths ("3割", "三成").
  const tail = attributionTail(text, words, isVerb);
  const concepts = [
    ...conceptMatches(markedLanguages.has(lang) ? foldIn(text, lang) : folded, lang).filter(
      ({ concept, start }) =>
        !foldedFigures.some((figure) => start >= figure.end && start < figure.through) &&
        (start < tail || isRoleConcept(concept)),
    ),
    ...[...folded.matchAll(percentSigns)].map((match) => ({
      concept: 'percent',
      start: match.index + match[0].length - 1,
      end: match.index + match[0].length,
    })),
    ...characterFigures(folded, lang)
      .filter((figure) => figure.percent)
      .map((figure) => ({ concept: 'percent', start: figure.end - 1, end: figure.end })),
  ].sort((a, b) => a.start - b.start);
  // The figures of a clause dated to an earlier year are another event's ("in July 2023, 19,000
  // were evacuated"): they count nothing of this one, and are no figure to compare with its own.
  const earlier = isOfAnotherYear(figures.dates, published);
  const counts = earlier
    ? new Map<string, string>()
    : countsOf(
        folded,
        concepts,
        figures.numbers,
        lang,
        foldedFigures.filter((figure) => !figure.countsNothing),
      );
  if (earlier) figures.numbers.clear();
  // A number written as a word is a figure where it counts something, as digits are.
  if (!earlier)
    for (const { concept, value, unit, start } of spelledCounts(folded, concepts, words, lang)) {
      if (start !== undefined) facts.push(start);
      if (counts.has(concept)) continue;
      counts.set(concept, value);
      figures.numbers.add(value);
      if (unit && !figures.units.has(value)) figures.units.set(value, unit);
    }
  // Two hours in one word ("כשעתיים", "ساعتين") is a length of time too.
  const dual = earlier || counts.has(duration.quantity) ? undefined : dualDurationIn(words, lang);
  if (dual) {
    facts.push(dual.start);
    counts.set(duration.quantity, dual.value);
    figures.numbers.add(dual.value);
    figures.units.set(dual.value, duration.into);
  }
  const isShort = (quote: string) => isScareQuote(quote, lang);
  return {
    facts: facts.sort((a, b) => a - b),
    said: saidByName.speaker
      ? saidByName
      : byNameOnly(byOffice(), text, words, {
          // Names of the glossary, of countries and offices with their country ("ο Ρώσος πρόεδρος") are no unknown names.
          named: [...named, ...countries, ...findRolePhrases(text, words, lang)],
          isQuoted,
          isVerb,
          lang,
          lowercase,
          spokenNames,
        }),
    toUnnamedSources: givenToUnnamedSources(text, words, lang),
    lastPerson:
      persons.reduce<NamedPerson | null>((last, person) => (!last || person.end > last.end ? person : last), null)
        ?.name ?? null,
    wordCount: wordCountOf(text, words, lang),
    unit: {
      article,
      line,
      text: written.text,
      start: written.start,
      end: written.end,
      // "…, σύμφωνα με τη νέα συμφωνία…": a clause that opens by the agreement a deed accords with
      // states that accordance, whatever words say it ("σύμφωνα με" is also "according to").
      concepts: new Set([
        ...concepts.map((match) => match.concept),
        ...(accordanceOpening(lang)?.test(text.trimStart()) ? ['in-accordance'] : []),
      ]),
      scareQuoted: new Set(quotes.filter(isShort).flatMap((quote) => [...conceptsOf(quote, lang)])),
      entities,
      places: [...new Set(places)],
      stems: stemsOf(words),
      ...figures,
      counts,
      quotes: quotes
        .filter((quote) => !isShort(quote))
        .map((quote) => ({ text: quote, concepts: conceptsOf(quote, lang) })),
      speaker: null,
      according,
      hedged: hedgePattern(lang)?.test(folded) ?? false,
    },
  };
}

/** Closing quotation marks: English, German opening-as-closing, French and CJK ones, and straight ones. */
const closingQuote = /[”“»«"」』]/gu;
/** Words after a closing quotation mark among which a verb of saying makes what follows the attribution ("…,” prosecutor Andrés Ortiz said"). */
const attributionReach = 6;

/**
 * Where the words that say who spoke and when start, after a quotation ("„…pentru a ajuta Rusia”,
 * a declarat Kim la începutul întâlnirii, potrivit Agerpres"): at the last closing quotation
 * mark a verb of saying follows within six words. What they name besides the speaker (the
 * meeting the words were said at) is not what the words claim. `Infinity` when there is none.
 */
function attributionTail(text: string, words: readonly WordToken[], isVerb: VerbMatcher): number {
  let tail = Number.POSITIVE_INFINITY;
  for (const match of text.matchAll(closingQuote)) {
    const after = match.index + 1;
    // A comma sets the quotation off: after its mark ("„…”, a declarat"), before it ("“…,” he
    // told"), or in Chinese and Japanese none ("「…」と述べた").
    const setOff =
      /^\s*[,،、，]/u.test(text.slice(after)) ||
      /[,،、，]$/u.test(text.slice(0, match.index)) ||
      /[」』]/u.test(match[0]);
    if (!setOff) continue;
    const next = words.filter((word) => word.start >= after).slice(0, attributionReach);
    if (next.some((_, at) => saysAt(isVerb, next, at))) tail = after;
  }
  return tail;
}

/**
 * Countries a clause names by an adjective ("nordkoreanischen Soldaten", "soldații ucraineni",
 * "Russian troops"): lower-case words, as most languages write them, or in English and Dutch,
 * which write them with a capital, capitalised words with a nationality ending (so that
 * "Francis" does not name France; "Italiaanse", "Griekse").
 */
function countriesByAdjective(words: readonly WordToken[], lang: string): Set<string> {
  const country = countryWordMatcher(lang);
  const nationality = nationalityMatcher(lang);
  const capitalised = capitalisedNationality[lang];
  const found = new Set<string>();
  for (const word of words) {
    const adjective = capitalised ? capitalised.test(word.text) : !isWrittenAsName(word.text);
    // A people listed by its word ("Swedes", "svenskar"), with a capital where the language gives it one ("Polish", not "polish").
    const listed = (capitalised ? isWrittenAsName(word.text) : true) ? nationality(word.folded) : null;
    const code = (adjective ? country(word.folded) : null) ?? listed;
    if (code) found.add(code);
  }
  return found;
}

/** A code of capitals and digits that names something: a group, a summit, a weapon, a disease. */
const namedCode = /^\p{Lu}{1,6}-?\d{1,4}$/u;

/**
 * Endings of a nationality in languages that write it with a capital: English Russian, Chinese,
 * British, Israeli; Dutch Italiaanse, Grieks, Russische.
 */
const capitalisedNationality: Readonly<Record<string, RegExp>> = {
  en: /^\p{Lu}\p{L}+(?:an|ese|ish|i)$/u,
  nl: /^\p{Lu}\p{L}+(?:se|s|sche|sch)$/u,
};

/** Glossary entities a clause names, and people of the article by a word of their name ("Putin", "Kim"). */
function findNamed(
  text: string,
  words: readonly WordToken[],
  glossary: PhraseIndex<GlossaryEntry>,
  surnames: PhraseIndex<GlossaryEntry>,
): { value: GlossaryEntry; start: number; end: number }[] {
  const named = findPhrases(glossary, text, words);
  const covered = (offset: number) => named.some(({ start, end }) => offset >= start && offset < end);
  // A surname is a name where it is written as one: capitalised, or in a script without case
  // with the title that follows it ("習氏", "시 주석").
  for (const found of findPhrases(surnames, text, words)) {
    const written = text.slice(found.start, found.end);
    if (!covered(found.start) && (isWrittenAsName(written) || caselessSurname.test(written))) named.push(found);
  }
  return named;
}

/** Capitalised words a name the glossary does not know is read from: the last two or three of a run ("Wichian Thongsuk", "Governor Wichian Thongsuk"), or a surname alone beside the verb. */
const nameRun = { least: 2, most: 3, mostWithSurname: 4 };

/** Words naming a ministry's field, by language (`portfolioWords`), folded. */
const portfolioWordsOf = memoizeByKey((lang) => new Set((portfolioWords[lang] ?? []).map(foldText)));

/** A Russian or Ukrainian patronymic, which stands between a first name and a surname ("Сергей Семёнович Собянин"). */
const patronymic = /(?:вич|вна|ична|ьич)$/u;

/** Surnames that open a name where they are few (`vietnameseSurnames`), by language. */
const surnamesFirst: Readonly<Record<string, ReadonlySet<string>>> = { vi: new Set(vietnameseSurnames) };

/**
 * Who a clause reporting speech quotes, when neither the glossary nor an office names them: a run
 * of capitalised words next to its verb of saying ("säger Wichian Thongsuk",
 * "– mondta Wichian Thongsuk"), outside quotations and the names the glossary knows, written as
 * the article writes it. A run that only opens the clause, with no verb of saying beside it, is
 * no speaker: it is as often a place ("Koh Samui je…").
 */
function byNameOnly(
  said: ReturnType<typeof findSpeaker>,
  text: string,
  words: readonly WordToken[],
  {
    named,
    isQuoted,
    isVerb,
    lang,
    lowercase,
    spokenNames,
  }: {
    named: readonly { start: number; end: number }[];
    isQuoted: (offset: number) => boolean;
    isVerb: VerbMatcher;
    lang: string;
    lowercase: ReadonlySet<string>;
    spokenNames: ReadonlyMap<string, string>;
  },
): ReturnType<typeof findSpeaker> {
  if (said.speaker) return said;
  // Without a verb of saying, a name right after "according to" ("Selon le préfet Pierre Dartout, …").
  const cue = said.reports ? undefined : creditCueEnd(text, lang, isQuoted);
  if (!said.reports && cue === undefined) return said;
  const titled = findTitledNames(text, lang).filter((name) => !isQuoted(name.start));
  if (titled.length > 0) {
    if (cue !== undefined) {
      const credited = titled.find((name) => name.start >= cue && name.start - cue <= creditReach);
      return credited ? { reports: true, speaker: credited.name, unnamed: false } : said;
    }
    // No capital tells a name in these scripts: the name its title gives, the last before the verb.
    const verbAt = words.find((word, at) => !isQuoted(word.start) && saysAt(isVerb, words, at))?.start ?? text.length;
    const speaker = titled.findLast((name) => name.end <= verbAt) ?? titled[0];
    return speaker ? { ...said, speaker: speaker.name } : said;
  }
  const country = countryWordMatcher(lang);
  // A name the glossary knows, or a country's name or adjective ("The Ukrainian president"), is no unknown name.
  const known = (word: WordToken) =>
    named.some(({ start, end }) => word.start < end && word.end > start) || country(word.folded) !== null;
  const calendar = calendarNames(lang);
  const verb = words.findIndex((word, at) => !isQuoted(word.start) && saysAt(isVerb, words, at));
  // A surname alone stands beside the verb, is not the clause's first word, and names no day or
  // month ("said Monday"); where every noun has a capital, only right after the verb, as no
  // article stands before a name ("sagte Tantschew", not "sagte der Sprecher").
  // Where every noun has a capital and takes an article, a clause that opens with one long
  // capitalised word and then its verb of saying opens with the speaker ("Drenski räumte seine
  // Niederlage ein"). Elsewhere a subject noun opens a clause so ("Захист заявив", "Officials said").
  const opensBeforeVerb = (word: WordToken) =>
    nounsCapitalised.has(lang) &&
    word === words[0] &&
    verb === 1 &&
    [...word.text].length > shortFirstWord &&
    !lowercase.has(word.folded);
  // A capitalised word after an article is a noun or an adjective ("zei de Griekse minister"),
  // where names take none (not in Greek: "δήλωσε ο Τάντσεφ").
  const articles = namesWithoutArticle.has(lang) ? (subjectArticles[lang] ?? []) : [];
  const afterArticle = (word: WordToken) => articles.includes(words[words.indexOf(word) - 1]?.folded ?? '');
  // The surname of someone the article quoted before by full name is theirs wherever it stands ("Ruiz dijo…").
  // A capitalised adjective before a word in lower case opens a body's name ("Геологическая служба").
  const bodyEndings = bodyAdjectiveEndings[lang] ?? [];
  const opensBody = (word: WordToken) => {
    const next = words[words.indexOf(word) + 1];
    return (
      bodyEndings.some((ending) => word.folded.endsWith(ending)) &&
      next !== undefined &&
      /^\p{Ll}/u.test(next.text) &&
      /^[ \u00a0]$/u.test(text.slice(word.end, next.start))
    );
  };
  const alone = (word: WordToken) =>
    !opensBody(word) &&
    (words[verb + 1] === word ||
      opensBeforeVerb(word) ||
      spokenNames.has(word.folded) ||
      (!nounsCapitalised.has(lang) && word !== words[0])) &&
    !afterArticle(word) &&
    !lookUpName(calendar.weekdays, word.folded) &&
    !lookUpName(calendar.months, word.folded);
  /** `titled`: a title of office stood before it in the run ("İçişleri Bakanı Ali Yerlikaya"). */
  const runs: (NamedPerson & { single: boolean; titled: boolean })[] = [];
  let run: WordToken[] = [];
  /** Whether a title of address stood before the run ("M. Valdivia", "Ông Nguyễn Văn Nam"). */
  let honored = false;
  const close = () => {
    const [only] = run;
    if (run.length >= nameRun.least || (run.length === 1 && only && alone(only))) {
      // A title of office before the name ("Transport Minister Abdulkadir Uraloglu") is no part of it.
      const titled = afterTitle(run);
      // Three words after "of" or a locative ("il sindaco di Napoli Gaetano Manfredi"): the first
      // is its object, a place or a body, not the name.
      const governing = words[words.indexOf(titled[0] as WordToken) - 1];
      const genitive =
        genitivePlaceLanguages.includes(lang) &&
        /^\p{Ll}/u.test(governing?.text ?? '') &&
        !patronymic.test(titled[1]?.folded ?? '');
      const governed =
        titled.length >= 3 && governing !== undefined && (ofWords.has(foldWordIn(governing, lang)) || genitive);
      // A place of two words in the genitive ("starosta Koh Samui Ratchanon Bunmak"): the name is
      // the last two words there, three with a patronymic.
      const placed =
        genitive && governed && titled.length > nameRun.most
          ? patronymic.test(titled.at(-2)?.folded ?? '')
            ? 3
            : 2
          : 0;
      // Where surnames are few and come first, the name starts at one, past a ministry's name
      // written with capitals ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên").
      const surnameAt = surnamesFirst[lang]
        ? titled.findIndex(
            (part, index) =>
              surnamesFirst[lang]?.has(part.text) &&
              index < titled.length - 1 &&
              titled.length - index <= nameRun.mostWithSurname,
          )
        : -1;
      const kept =
        surnameAt >= 0
          ? titled.slice(surnameAt)
          : placed > 0
            ? titled.slice(-placed)
            : (governed ? titled.slice(1) : titled).slice(-nameRun.most);
      if (kept.length === 0) {
        run = [];
        return;
      }
      const [first, last] = [kept[0] as WordToken, kept.at(-1) as WordToken];
      runs.push({
        name: text.slice(first.start, last.end),
        // Its distance from the verb is the run's, place and all: the title stands before both.
        start: (governed ? (titled[0] as WordToken) : first).start,
        end: last.end,
        single: run.length === 1,
        titled: titled.length < run.length || honored,
      });
    }
    run = [];
    honored = false;
  };
  // The clause's first word has its capital from the sentence: an article ("The", "Die", "Οι"),
  // a word the article writes in lower case elsewhere ("Police"), or any first word where every
  // noun has a capital, is no part of a name.
  const sentenceCase = (word: WordToken) =>
    word === words[0] &&
    !opensBeforeVerb(word) &&
    !spokenNames.has(word.folded) &&
    (nounsCapitalised.has(lang) || [...word.text].length <= shortFirstWord || lowercase.has(word.folded));
  const honorifics = new Set(nameHonorifics[lang] ?? []);
  const isTitle = officeTitleMatcher(lang);
  // Nor is the field of a ministry after it ("Menteri Luar Negeri Sugiono", `portfolioWords`).
  const portfolio = portfolioWordsOf(lang);
  const afterTitle = (parts: readonly WordToken[]) => {
    let from = parts.findLastIndex((part) => isTitle(part.folded)) + 1;
    while (from < parts.length - 1 && portfolio.has(parts[from]?.folded ?? '')) from++;
    return parts.slice(from);
  };
  const locatives = locativeWordsOf(lang);
  const ofWords = governingWordsOf(lang);
  // Capitalised words after a locative preposition ("в Лиме", "en Quito") are a place, not who spoke.
  let place = false;
  for (const [index, word] of words.entries()) {
    // A title before the name ("M. Valdivia") is no part of it, and no name of its own.
    if (honorifics.has(word.text) && run.length === 0) {
      honored = true;
      continue;
    }
    const previous = run.at(-1);
    const joined = !previous || /^[ \u00a0]$/u.test(text.slice(previous.end, word.start));
    if (!joined) close();
    const before = words[index - 1];
    if (before && locatives.has(foldWordIn(before, lang)) && /^[ \u00a0]$/u.test(text.slice(before.end, word.start)))
      place = true;
    const capitalised = isWrittenAsName(word.text) && /^\p{L}/u.test(word.text);
    // The place ends at a word in lower case or a punctuation mark ("do Rio, Eduardo Paes").
    if (!capitalised || (before && !/^[ \u00a0]$/u.test(text.slice(before.end, word.start)))) place = false;
    const next = words[index + 1];
    if (
      ((capitalised && !/\p{N}/u.test(word.text)) ||
        (run.length > 0 && isNameParticle(word, next, lang, afterTitle(run)))) &&
      !place &&
      !isQuoted(word.start) &&
      !known(word) &&
      !sentenceCase(word)
    )
      run.push(word);
    else close();
  }
  close();
  if (cue !== undefined) {
    // A person's full name after the office it holds ("selon le préfet Pierre Dartout"), not a
    // body's ("según el Instituto Geofísico del Perú", "По данным Минздрава") nor the subject after
    // a comma ("Según los jueces, Peñaherrera recibió…").
    const credited = runs.find((run) => {
      const between = words.filter((word) => word.start >= cue && word.end <= run.start);
      const office = (word: WordToken) => isTitle(word.folded) || /^\p{Ll}{4,}$/u.test(word.text);
      return (
        !run.single &&
        run.start >= cue &&
        run.start - cue <= creditReach &&
        !/[^\s\p{L}'’-]/u.test(text.slice(cue, run.start)) &&
        between.every((word) => office(word) || /^\p{Ll}/u.test(word.text)) &&
        between.some(office)
      );
    });
    return credited ? { reports: true, speaker: credited.name, unnamed: false } : said;
  }
  const wordAt = (offset: number) => words.findIndex((word) => word.end > offset);
  // A full name after its title that opens the clause is its subject, however far the verb
  // ("İçişleri Bakanı Ali Yerlikaya, köprülerin … söyledi") and though a single word stands nearer
  // it ("Ông Nguyễn Văn Nam, Chủ tịch UBND tỉnh, cho biết…").
  const opensClause = (run: (typeof runs)[number]) =>
    run.titled && !run.single && wordAt(run.start) < verb && wordAt(run.start) <= titledOpening;
  const opener = runs.find(opensClause);
  const chosen = findSpeaker(text, words, runs, isQuoted, isVerb);
  const nearest = runs.find((each) => each.name === chosen.speaker);
  const found = opener && (!nearest || nearest.single) ? { ...chosen, speaker: opener.name } : chosen;
  const person = runs.find((each) => each.name === found.speaker);
  const apart = (a: number, b: number) => wordsApart(words, Math.min(a, b), Math.max(a, b), isQuoted);
  const distance = person
    ? Math.min(apart(wordAt(person.start), verb), apart(wordAt(person.end - 1), verb))
    : Number.POSITIVE_INFINITY;
  // A full name in apposition after the verb, between commas or closing the clause, after the
  // office it holds, however far from the verb ("…», declaró a una emisora local el gobernador
  // regional de Arequipa, Rohel Sánchez."; "a assuré le maire de Lyon, Grégory Doucet, lors de…").
  const verbEnd = words[verb]?.end ?? text.length;
  const closing = runs.find(
    (run) =>
      !run.single &&
      run.start > verbEnd &&
      /,\s*$/u.test(text.slice(0, run.start)) &&
      /^(?:[\s.!?…"”»“«]*$|\s*,)/u.test(text.slice(run.end)),
  );
  const beside =
    (person !== undefined && opensClause(person)) ||
    distance <= (person?.single ? besideVerb.surname : besideVerb.name);
  // A single word nearer the verb than such a name is the office's place ("a declarat primarul Capitalei, Nicușor Dan").
  if (beside && !(person?.single && closing && closing.start > person.end)) return found;
  if (closing) return { reports: true, speaker: closing.name, unnamed: false };
  // So is a body's name opened by an article right after a verb that closes the clause, after a
  // comma or a quotation ("…, informou a Casa Branca.", "…, said the White House."): not the speaker
  // before. An object after the verb is not written so ("Peñaherrera, de 58 anos, nega as acusações").
  const [after, body] = [words[verb + 1], words[verb + 2]];
  const closingSubject =
    after !== undefined &&
    (subjectArticles[lang] ?? []).includes(after.folded) &&
    body !== undefined &&
    isWrittenAsName(body.text) &&
    words.length - verb - 1 <= subjectReach &&
    /[,»”"“]\s*$/u.test(text.slice(0, words[verb]?.start)) &&
    /^[\s.!?…"”»“«]*$/u.test(text.slice(words.at(-1)?.end));
  if (closingSubject) return { ...said, unnamed: true };
  // A subject opened by an article before the verb ("Il governo ha dichiarato", "The ministry
  // said") is who said it, unnamed: not the speaker of the sentence before.
  const first = words.find((word) => !isQuoted(word.start));
  const subject =
    first !== undefined && words.indexOf(first) < verb && (subjectArticles[lang] ?? []).includes(first.folded);
  // However many words it has, where no punctuation parts it from the verb ("A Külgazdasági és
  // Külügyminisztérium konzuli szolgálata az MTI érdeklődésére közölte").
  const unbroken = first !== undefined && !/[,;:()«»“”"—–]/u.test(text.slice(first.end, words[verb]?.start));
  if (subject && (verb - words.indexOf(first) <= subjectReach || unbroken)) return { ...said, unnamed: true };
  // Where a particle marks the subject ("회사 측은 밝혔다", the company said; "प्रवक्ता ने बताया"), a
  // marked noun before the verb that is no pronoun ("그는", he) names who said it, if not by name.
  const marking = subjectParticles[lang];
  if (marking?.opening) {
    const noun = /^[\p{Script=Han}\p{Script=Katakana}ー・]{2,}?(?=[はが])/u.exec(text.trimStart())?.[0];
    return noun !== undefined && !marking.pronouns.includes(noun) ? { ...said, unnamed: true } : said;
  }
  const before = words.slice(0, Math.max(0, verb));
  const marked =
    marking !== undefined &&
    before.some((word, at) => {
      if (isQuoted(word.start)) return false;
      if (marking.separate) {
        const noun = before[at - 1];
        return marking.particles.includes(word.text) && noun !== undefined && !marking.pronouns.includes(noun.text);
      }
      return (
        [...word.text].length >= 2 &&
        marking.particles.some((particle) => word.text.endsWith(particle)) &&
        !marking.pronouns.includes(word.text)
      );
    });
  return marked ? { ...said, unnamed: true } : said;
}

/**
 * Whether a sentence opens with a name of its own (`before` it, nothing but spaces: no quotation
 * mark): a word written with a capital, longer than an article or a pronoun ("He", "Il", "Ele"),
 * that the article never writes in lower case ("Peñaherrera, 58, …", not "Police"). Not where
 * every noun has a capital.
 */
function opensWithName(
  before: string,
  first: WordToken | undefined,
  lang: string,
  lowercase: ReadonlySet<string>,
): boolean {
  return (
    before.trim() === '' &&
    !nounsCapitalised.has(lang) &&
    first !== undefined &&
    /^\p{L}/u.test(first.text) &&
    isWrittenAsName(first.text) &&
    [...first.text].length > shortFirstWord &&
    !lowercase.has(first.folded)
  );
}

/**
 * Words written with a capital inside a sentence (not first in it): names, in a script with case
 * and where nouns take none (`opensWithName` reads no subject where every noun has a capital).
 */
function capitalisedMidSentence(text: string, words: readonly WordToken[]): string[] {
  return words.flatMap((word, index) => {
    const previous = words[index - 1];
    if (!previous || !isWrittenAsName(word.text) || !/^\p{L}/u.test(word.text)) return [];
    return /^[\s,;\u00a0]+$/u.test(text.slice(previous.end, word.start)) ? [word.folded] : [];
  });
}

/**
 * Whether a name a clause opens with is one of the places, countries or glossary entities it
 * names ("İstanbul Boğazı, dünyanın en yoğun…", the Bosporus is…): a place is no doer. Compared by
 * the consonants of its first word, across spellings.
 */
function namesPlace(unit: ClaimUnit, name: string): boolean {
  const key = consonantKey(name.split(/\s/u)[0] ?? '');
  return [...unit.places, ...unit.entities.values()].some((place) => consonantKey(place) === key);
}

/**
 * The name a sentence opens with, as written ("Peñaherrera", "Fausto Peñaherrera"), set apart by
 * a comma as news sets a person's age or office after it ("Peñaherrera, 58, …"): its first words
 * up to `nameRun.most`, each one the article writes with a capital inside a sentence, joined by
 * spaces alone, after a title of office (`officeTitles`: "Bakan Uraloğlu, …"). `null` where no such
 * word opens it, or the first is written in capitals (a dateline).
 */
function subjectName(
  text: string,
  words: readonly WordToken[],
  names: ReadonlySet<string>,
  lang: string,
): string | null {
  const spaced = (at: number) => /^[ \u00a0]$/u.test(text.slice(words[at - 1]?.end, words[at]?.start));
  // A title of office before the name ("Bakan Uraloğlu, …", "Governor Gül, …") is not part of it.
  const from =
    officeTitleMatcher(lang)(words[0]?.folded ?? '') && names.has(words[1]?.folded ?? '') && spaced(1) ? 1 : 0;
  let last = from - 1;
  while (
    last + 1 < Math.min(words.length, from + nameRun.most) &&
    names.has(words[last + 1]?.folded ?? '') &&
    (last < from || spaced(last + 1))
  )
    last++;
  const [first, end] = [words[from], words[last]];
  if (!first || !end || last < from || words[0]?.text === words[0]?.text.toUpperCase()) return null;
  return /^\s*,/u.test(text.slice(end.end)) ? text.slice(first.start, end.end) : null;
}

/** Whether a clause gives its words to sources it leaves unnamed (`unnamedSources`: "unele surse le-au estimat"). */
function givenToUnnamedSources(text: string, words: readonly WordToken[], lang: string): boolean {
  const stems = unnamedSourcesOf(lang);
  if (stems.length === 0) return false;
  if (unspacedLanguages.has(lang)) return stems.some((stem) => text.includes(stem));
  return words.some((word) => stems.some((stem) => word.folded.startsWith(stem)));
}

const unnamedSourcesOf = memoizeByKey((lang) =>
  (unnamedSources[lang] ?? []).map((stem) => (unspacedLanguages.has(lang) ? stem : foldText(stem))),
);

/** Words before a name that opens a clause after its title at most ("İçişleri Bakanı Ali Yerlikaya"). */
const titledOpening = 4;

/** Characters from "according to" to the name it credits at most: room for an office ("le préfet", "fire chief"). */
const creditReach = 30;

/** The language's phrases that credit who a statement comes from ("according to", "selon", "по словам"), compiled once. */
const creditCuesOf = memoizeByKey((lang) => {
  const patterns = attributionCues.filter((entry) => entry.lang === lang).map((entry) => entry.pattern);
  return patterns.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${patterns.join('|')})(?![\\p{L}])`, 'iu') : null;
});

/** Where the first phrase that credits a statement to someone ends in a clause, outside quotations. */
function creditCueEnd(text: string, lang: string, isQuoted: (offset: number) => boolean): number | undefined {
  const match = creditCuesOf(lang)?.exec(text);
  return match && !isQuoted(match.index) ? match.index + match[0].length : undefined;
}

/** Locative prepositions of one word in a language, keyed (`locativePrepositions`: "в", "en", "la"). */
const locativeWordsOf = memoizeByKey(
  (lang) =>
    new Set(
      locativePrepositions
        .filter((entry) => entry.lang === lang)
        .flatMap((entry) => entry.pattern.split('|'))
        .filter((word) => !word.includes(' '))
        .map((word) => foldIn(word, lang)),
    ),
);

/** Words before a place that an office belongs to: "of" and the locatives ("di Napoli", "do Rio"), built once. */
const governingWordsOf = memoizeByKey(
  (lang) => new Set([...locativeWordsOf(lang), ...(ofPrepositions[lang] ?? []).map((word) => foldIn(word, lang))]),
);

/**
 * A word in lower case that belongs inside a person's name (`named`: its words so far, after any
 * title), between its capitalised words: an Arabic article joined by a hyphen ("Khalid
 * al-Mansouri", "Abdel Fattah el-Sisi"), or a particle of descent or origin before a capitalised
 * word ("Mohammed bin Salman", "Ursula von der Leyen"), where nouns take no capital (German "der"
 * is the article there).
 */
function isNameParticle(
  word: WordToken,
  next: WordToken | undefined,
  lang: string,
  named: readonly WordToken[],
): boolean {
  if (/^(?:al|el|ad|ash|as|at|an|ar|az|ed|es|et)[-‐]\p{Lu}/u.test(word.text)) return true;
  // After a first name, or another particle ("Ursula von der Leyen"); after a full name it is "of"
  // ("burgemeester Femke Halsema van Amsterdam").
  return (
    named.filter((part) => !nameParticles.has(part.text)).length === 1 &&
    !nounsCapitalised.has(lang) &&
    nameParticles.has(word.text) &&
    next !== undefined &&
    (isWrittenAsName(next.text) || nameParticles.has(next.text))
  );
}

/** Particles inside names of many languages, written in lower case. */
const nameParticles: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'van', 'von', 'der', 'ter', 'ten']);

/** Languages that set no article before a person's name ("said Tanchev", not "δήλωσε ο Τάντσεφ"). */
const namesWithoutArticle: ReadonlySet<string> = new Set(['en', 'nl', 'fr', 'es', 'de', 'hu']);

/** Words from the article that opens a subject to its verb of saying at most ("The regional health ministry said"). */
const subjectReach = 8;

/**
 * Words a speaker named by a run of capitalised words stands from its verb of saying at most: a
 * name of two words or more a title's length away, a surname alone an article's ("δήλωσε ο Τάντσεφ").
 */
const besideVerb = { name: 4, surname: 2 };

/** Letters a clause's first word has at most to be taken for an article rather than part of a name. */
const shortFirstWord = 3;

/** Languages that write every noun with a capital, where one capitalised word is no sign of a name. */
const nounsCapitalised: ReadonlySet<string> = new Set(['de', 'lb']);

/** The people a paragraph names, each with the office written beside the name ("Ο Ρώσος πρόεδρος Βλαντίμιρ Πούτιν"). */
function roleHoldersOf(
  block: TokenizedBlock,
  lang: string,
  glossary: PhraseIndex<GlossaryEntry>,
  surnames: PhraseIndex<GlossaryEntry>,
): RoleHolder[] {
  const { words } = block;
  const persons = findNamed(block.text, words, glossary, surnames).flatMap(({ value, start, end }) =>
    value.kind === 'person' ? [{ name: value.name, start, end }] : [],
  );
  if (persons.length === 0) return [];
  const attached = [...attachRolePhrases(block.text, findRolePhrases(block.text, words, lang), persons, lang).values()];
  return persons
    .sort((a, b) => a.start - b.start)
    .map((person) => {
      const office = attached.find((role) => role.person === person);
      return {
        name: person.name,
        line: block.line,
        at: person.start,
        role: office?.role ?? null,
        country: office?.country ?? null,
      };
    });
}

/** The people named before an offset of a paragraph. */
function heldBefore(holders: readonly RoleHolder[], line: number, at: number): RoleHolder[] {
  return holders.filter((holder) => holder.line < line || (holder.line === line && holder.at < at));
}

/**
 * The people a clause names by their office alone ("ο Ρώσος πρόεδρος", "liderul nord-coreean"):
 * an office not written beside a name, resolved among the people named before it.
 */
function personsByOffice(
  text: string,
  words: readonly WordToken[],
  persons: readonly NamedPerson[],
  isQuoted: (offset: number) => boolean,
  lang: string,
  namedBefore: (at: number) => readonly RoleHolder[],
): NamedPerson[] {
  const phrases = findRolePhrases(text, words, lang).filter((phrase) => !isQuoted(phrase.start));
  const attached = attachRolePhrases(text, phrases, persons, lang);
  return phrases.flatMap((phrase) => {
    if (attached.has(phrase)) return [];
    const resolved = resolveRolePhrase(phrase, namedBefore(phrase.start));
    if (resolved.kind === 'unknown') return [];
    return [{ name: resolved.kind === 'named' ? resolved.name : null, start: phrase.start, end: phrase.end }];
  });
}

/**
 * A figure: "1.500", "1,500", "1 500" (French and Polish group thousands with a space), "6,8",
 * "18h40"; not digits that are part of a name or a code ("M23", "G7", "COVID-19", "Su-35"), told
 * by a letter of a cased script before them: in Chinese or Japanese a figure follows a letter
 * ("至少14人").
 */
const figurePattern = /(?<![\p{Lu}\p{Ll}\p{Lt}]-?|\d)\d+(?:[.,:h]\d+|[ \u00a0\u202f]\d{3}(?!\d))*/gu;

/** Words after a verb of saying that date the saying ("a declarat miercuri", "said on Saturday"). */
const sayingDateReach = 3;

/**
 * The figures and dates of a clause. Digits that belong to a date ("12 de marzo") or a clock
 * time ("a las 23.47 hora local", "18h40") are not figures.
 */
function figuresAndDates(
  text: string,
  words: readonly WordToken[],
  lang: string,
  published: string | null,
  isVerb: VerbMatcher,
): { numbers: Set<string>; units: Map<string, string>; dates: Set<string>; times: Set<string>; facts: number[] } {
  const said = words.flatMap((_, index) => (saysAt(isVerb, words, index) ? [index] : []));
  const wordAt = (at: number) => words.findIndex((word) => word.end > at);
  const sayingDay = (at: number) => said.some((verb) => wordAt(at) > verb && wordAt(at) - verb <= sayingDateReach);
  // Where a day that dates an action takes a preposition, a bare day after the verb is what was said.
  const preposed = dayPrepositions[lang];
  const sayingDate = (at: number) =>
    sayingDay(at) && (!preposed || preposed.includes(words[wordAt(at) - 1]?.folded ?? ''));
  const dates = new Set<string>();
  /** Where digits belong to a date, a time or a figure written with characters, not to a figure of their own. */
  const dateSpans: [number, number][] = [];
  let from = 0;
  for (const date of findDates([{ text, line: 1, words }], lang, published)) {
    const at = text.indexOf(date.text, from);
    from = at + date.text.length;
    dateSpans.push([at, from]);
    if (sayingDate(at)) continue;
    const value = date.value === null && date.weekday !== null ? `~${date.weekday}` : (date.resolved ?? date.value);
    if (!value) continue;
    dates.add(value);
    // "In der Nacht zum Montag" is Sunday night too.
    const night = nightBefore(lang);
    if (night?.test(foldText(text.slice(Math.max(0, at - nightCueReach), at)))) {
      if (date.value === null && date.weekday !== null) dates.add(`~${(date.weekday + 6) % 7}`);
      else if (isDay(value)) dates.add(addDays(value, -1));
    }
  }
  const clock = clockWordsOf(lang);
  const isClockTime = (match: RegExpMatchArray) => {
    const raw = match[0];
    if (/^\d{1,2}[:h]\d{2}$/.test(raw)) return true;
    if (!/^\d{1,2}\.\d{2}$/.test(raw) || Number(raw.split('.')[0]) > 23) return false;
    const index = wordAt(match.index ?? 0);
    return [words[index - 1], words[index - 2], words[index + 1], words[index + 2]].some(
      (word) => word && clock.has(word.folded.replace(/\.$/, '')),
    );
  };
  const times = new Set<string>();
  const timeStarts: number[] = [];
  /** A time of day, as `HH:MM`; one said at ("declared at 10:00") dates the report, not the claim. */
  const addTime = (at: number, written: string) => {
    const [hour = '', minute = ''] = written.split(/[^\d]+/u);
    if (Number(hour) > 23 || Number(minute) > 59) return;
    timeStarts.push(at);
    if (!sayingDay(at)) times.add(`${hour.padStart(2, '0')}:${minute}`);
  };
  // "23 h 47", as French writes a time with spaces: its two figures are one time.
  for (const match of text.matchAll(/(?<!\d)(?:[01]?\d|2[0-3])[ \u00a0\u202f]h[ \u00a0\u202f]?[0-5]\d(?!\d)/gu)) {
    dateSpans.push([match.index, match.index + match[0].length]);
    addTime(match.index, match[0]);
  }
  // A half hour told in words ("halb vier", "fél négy", "половина четвёртого", "half past three").
  for (const { pattern, timeOf } of halfHourReaders(lang))
    for (const match of text.matchAll(pattern)) addTime(match.index, timeOf(match[1] ?? ''));
  // Digits before a character of the calendar or the clock ("3日", "4時17分", "3일") are a date or a
  // time; a time of day so written ("13时30分", "午後1時30分", "오후 1시 30분") is read, the
  // afternoon adding twelve hours.
  if (calendarCharacters[lang]) {
    for (const match of text.matchAll(calendarCharacters[lang]))
      dateSpans.push([match.index, match.index + match[0].length]);
    for (const match of text.matchAll(characterClock)) {
      const [, half = '', hour = '', minutes, halfPast] = match;
      const minute = halfPast ? '30' : (minutes ?? '00');
      const afternoon = /[下後후]/u.test(half) && Number(hour) < 12;
      addTime(match.index, `${afternoon ? Number(hour) + 12 : hour}:${minute.padStart(2, '0')}`);
    }
  }
  // Figures written with characters ("十六人", "2千人", "2천450명"): their digits are no figures of their own.
  const written = characterFigures(text, lang);
  for (const { start, end } of written) dateSpans.push([start, end]);
  const calendar = calendarNames(lang);
  /**
   * "Karadeniz 7, …", "Apollo 11.": a small whole number right after a name inside the sentence,
   * before a pause, is part of the name, no figure.
   */
  const partOfName = (match: RegExpMatchArray) => {
    if (nounsCapitalised.has(lang) || !/^\d{1,3}$/u.test(match[0])) return false;
    const at = words.findIndex((word) => word.start >= (match.index ?? 0));
    const before = words[at - 1];
    return (
      at > 1 &&
      !!before &&
      /^[ \u00a0]$/u.test(text.slice(before.end, match.index)) &&
      /^\p{Lu}\p{Ll}/u.test(before.text) &&
      !lookUpName(calendar.months, before.folded) &&
      !lookUpName(calendar.weekdays, before.folded) &&
      // Followed by a pause, not by what it would count ("in Lagos 3 people died").
      /^(?:[,;:.)»”"’]|$)/u.test(text.slice((match.index ?? 0) + match[0].length).trimStart())
    );
  };
  const undated = [...text.matchAll(figurePattern)].filter(
    (match) =>
      !dateSpans.some(([start, end]) => (match.index ?? 0) >= start && (match.index ?? 0) < end) && !partOfName(match),
  );
  const figures = undated.filter((match) => {
    if (!isClockTime(match)) return true;
    addTime(match.index ?? 0, match[0]);
    return false;
  });
  const units = new Map<string, string>();
  // A figure in a unit of measure is read in the unit its quantity is compared in ("8.000 hectare"
  // is 80 km²), and shown in it.
  const read = figures.map((match) => {
    const figure = readFigure(text, match, lang);
    const start = match.index ?? 0;
    const measure = measureAfter(text, figure.end, lang, start);
    if (!measure) return { ...figure, start, measured: false };
    const value = inComparedUnit(figure.value, measure.unit);
    units.set(value, measure.unit.into);
    return { value, start, end: measure.end, measured: true };
  });
  // What any other figure counts is the word after it and its multipliers ("400 tys. odbiorców").
  // A percent sign is the unit of the figure before it; in Chinese and Japanese, the character
  // after it is (人, 円), not the run of characters a word segmenter gives.
  const counterAfter = lang === 'zh' || lang === 'ja';
  const characterAfter = (end: number) => (/^\p{L}/u.test(text.charAt(end)) ? text.charAt(end) : undefined);
  for (const { value, start, end, measured } of read) {
    if (measured) continue;
    const index = words.findIndex((word) => word.start >= end);
    // A word of one or two letters after the figure is no noun it counts ("48 milhões de dólares",
    // "$48 million in restitution"): the word after that is, where it follows at once.
    const [first, second] = [words[index], words[index + 1]];
    const short = !unspacedLanguages.has(lang) && first !== undefined && [...first.text].length <= 2;
    const next = short && second && /^\s$/u.test(text.slice(first.end, second.start)) ? second : first;
    const counter = counterAfter ? characterAfter(end) : undefined;
    const currency = currencyBefore(text, start, lang);
    if (percentAfter.test(text.slice(end))) units.set(value, '%');
    else if (currency) units.set(value, currency);
    else if (counter) units.set(value, counter);
    else if (next && first && first.start - end <= 1 && /^\p{L}/u.test(next.text))
      units.set(value, unspacedLanguages.has(lang) ? firstWord(next.text, lang) : next.text);
  }
  // In a script without spaces, what a figure counts is the character after it (人, 名), or the
  // currency its amount is in (円, 日元, 엔).
  for (const { value, end } of written) {
    const money = measureAfter(text, end, lang);
    const counter = money?.unit.quantity === 'money' ? money.unit.into : characterAfter(end);
    if (counter) units.set(value, counter);
  }
  const numbers = new Set([...read.map(({ value }) => value), ...written.map(({ value }) => value)]);
  // Where each fact told with a figure starts: a figure (no year) or a time of day.
  const facts = [
    ...figures.filter((match) => !isYear(normalizeNumber(match[0]))).map((match) => match.index ?? 0),
    ...written.map(({ start }) => start),
    ...timeStarts,
  ].sort((a, b) => a - b);
  return { numbers, units, dates, times, facts };
}

/** The first word of a clause that gives a length of time and its count in one (`dualDurations`), in minutes. */
function dualDurationIn(words: readonly WordToken[], lang: string): { value: string; start: number } | undefined {
  const minutes = dualDurationsOf(lang);
  if (minutes.size === 0) return undefined;
  for (const word of words) {
    const value = minutes.get(word.folded);
    if (value !== undefined) return { value: String(value), start: word.start };
  }
  return undefined;
}

const dualDurationsOf = memoizeByKey(
  (lang) => new Map(Object.entries(dualDurations[lang] ?? {}).map(([form, minutes]) => [foldText(form), minutes])),
);

/**
 * The first word of a run of letters written without spaces, as the runtime's word segmenter for
 * the language finds it ("ขวบออกมาจากซากบ้าน" → "ขวบ").
 */
function firstWord(run: string, lang: string): string {
  const [first] = wordSegmenter(lang).segment(run);
  return first?.segment ?? run;
}

const wordSegmenter = memoizeByKey((lang) => new Intl.Segmenter(lang, { granularity: 'word' }));

/**
 * A time of day in Chinese, Japanese or Korean: the hour before 时, 時 or 시, with minutes before
 * 分 or 분 or 半 ("half past"), maybe after a word for morning or afternoon; not a length of time
 * ("3時間", "3시간").
 */
const characterClock =
  /(?:(上午|下午|午前|午後|오전|오후)\s*)?(?<!\d)(\d{1,2})\s*[时時시](?![间間간])(?:\s*(\d{1,2})\s*[分분]|([半반]))?/gu;

/**
 * Digits that a character of the calendar or the clock follows, in Chinese, Japanese and Korean;
 * not a length of time ("100分钟", "100分間", "100분간", "3時間": a figure to compare).
 */
const calendarCharacters: Readonly<Record<string, RegExp>> = {
  zh: /\d+(?=[年月日号號]|[时時点點分秒](?![间間钟鐘]))/gu,
  ja: /\d+(?=[年月日]|[時分秒](?![間]))/gu,
  ko: /\d+(?=[년월일]|[시분초](?!간))/gu,
};

/**
 * Readers of the half hours a language tells in words (`halfHours`): a pattern whose first group
 * is the hour's word, and the time it tells ("halv fyra" → 03:30, "half past three" → 03:30); an
 * hour of the clock from one to twelve, as the words give no morning or afternoon.
 */
const halfHourReaders = memoizeByKey((lang) =>
  halfHours
    .filter((entry) => entry.lang === lang)
    .map(({ half, hours, past }) => {
      const words = hours.map((forms) => new RegExp(`^(?:${forms})$`, 'iu'));
      return {
        pattern: new RegExp(`(?<!\\p{L})${half}\\s+(${hours.join('|')})(?![\\p{L}])`, 'giu'),
        timeOf: (word: string) => {
          const hour = words.findIndex((form) => form.test(word)) + 1;
          const told = past ? hour : hour === 1 ? 12 : hour - 1;
          return `${String(told).padStart(2, '0')}:30`;
        },
      };
    }),
);

const clockWordsOf = memoizeByKey(
  (lang) =>
    new Set(
      clockWords
        .filter((entry) => entry.lang === lang || entry.lang === '*')
        .flatMap((entry) => entry.words.map(foldText)),
    ),
);

/** A percent sign right after a figure's end, in any script's form of the sign. */
const percentAfter = /^\s?[%٪％]/u;

/** A percent sign after a figure, in any script's form of the sign. */
const percentSigns = /\d\s?[%٪％]/gu;

/** Words shorter than this are mostly function words in every language. */
const stemmedWordLength = 5;
const stemLength = 5;

/** An article or preposition written onto the next word with an apostrophe ("d’Arequipa", "dell'Istituto", "l’accord"). */
const elided = /^(?:\p{L}{1,2}|dell|dall|nell|sull|all|coll|quell)['’]/u;

function stemsOf(words: readonly WordToken[]): Set<string> {
  return new Set(
    words.flatMap((word) => {
      const folded = word.folded.replace(elided, '');
      if (folded.length < stemmedWordLength || /\d/u.test(folded)) return [];
      const romanised = anyAscii(folded)
        .toLowerCase()
        .replace(/[^a-z]/g, '');
      return romanised.length >= stemmedWordLength ? [romanised.slice(0, stemLength)] : [];
    }),
  );
}

/**
 * Whether a clause dates what it tells to an earlier year than the article's ("la collision de
 * Szczekociny en 2012, qui avait fait 16 morts"): its figures count another event than this one.
 */
function isOfAnotherYear(dates: ReadonlySet<string>, published: string | null): boolean {
  const year = published?.slice(0, 4);
  return !!year && [...dates].some((date) => /^\d{4}/.test(date) && date.slice(0, 4) < year);
}

/** Words that may stand between a figure and the concept it counts ("14 personnes ont été tuées"). */
const countReach = 3;

/**
 * The concepts a clause's figures count: for each figure (of `numbers`: not a date or a time of
 * day; digits, or characters as Chinese writes them), the nearest concept at most `countReach`
 * words away on either side with no punctuation between, leaving out concepts that name who
 * acts. Reads the folded clause and where its concepts stand in it (`conceptMatches`).
 *
 * @example
 *   const folded = foldText('dejó al menos 41 muertos y más de 300 heridos');
 *   countsOf(folded, conceptMatches(folded, 'es'), new Set(['41', '300']), 'es') // Map { 'killed' => '41', 'injured' => '300' }
 */
function countsOf(
  folded: string,
  matches: readonly { concept: string; start: number; end: number }[],
  numbers: ReadonlySet<string>,
  lang: string,
  figures: readonly { value: string; start: number; end: number; quantity?: string | undefined }[] = [
    ...folded.matchAll(figurePattern),
  ].map((match) => ({
    value: readFigure(folded, match, lang).value,
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  })),
): Map<string, string> {
  const counts = new Map<string, string>();
  const concepts = matches.filter((match) => !isRoleConcept(match.concept));
  if (numbers.size === 0) return counts;
  const spans: { value: string; start: number; end: number; quantity?: string | undefined }[] = [
    ...figures,
    ...characterFigures(folded, lang),
  ].sort((a, b) => a.start - b.start);
  for (const { value, start, end, quantity } of spans) {
    if (!numbers.has(value)) continue;
    // An area or a mass counts its quantity (`countsQuantity`); any other figure, the concept beside it.
    const counted = quantity ?? nearestConcept(folded, concepts, start, end, lang);
    if (counted && !counts.has(counted)) counts.set(counted, value);
  }
  return counts;
}

/**
 * Small numbers written as words (`number-words.ts`: "nine", "siete", "девяти") that count a
 * concept, as `countsOf` reads figures, each with the word after it as written (its unit). A
 * number word written as a name, other than the clause's first word, is a name ("Lima"); one
 * that counts nothing is not read at all ("sei", "you are"; "neuf", "new").
 */
function spelledCounts(
  folded: string,
  matches: readonly { concept: string; start: number; end: number }[],
  words: readonly WordToken[],
  lang: string,
): { concept: string; value: string; unit: string | undefined; start: number | undefined }[] {
  const valueOfWord = numberWordsOf(lang);
  const referring = referringWordsOf(lang);
  const concepts = matches.filter((match) => !isRoleConcept(match.concept));
  // A clause with no concept may still give a length of time in words ("продлился полтора часа").
  if (valueOfWord.size === 0) return [];
  const spelled = tokenizeWords(folded);
  const none = noneWordsOf(lang);
  const teens = teenWordsOf(lang);
  // Most clauses hold no number word at all: nothing more to read.
  if (!spelled.some(({ text }) => valueOfWord.has(text) || none.has(text) || teens.ones.has(text))) return [];
  const asNames = new Set(words.slice(1).flatMap((word) => (isWrittenAsName(word.text) ? [word.folded] : [])));
  const asWords = new Set(
    words.flatMap((word, index) => (index === 0 || !isWrittenAsName(word.text) ? [word.folded] : [])),
  );
  const aligned = spelled.length === words.length;
  // "أربعة عشر": a unit and the word for ten after it are one teen.
  const teenAt = (index: number) => {
    const [unit, ten] = [spelled[index], spelled[index + 1]];
    if (!unit || !ten || !teens.ten.has(ten.text)) return undefined;
    const ones = Number(valueOfWord.get(unit.text) ?? teens.ones.get(unit.text));
    return ones >= 1 && ones <= 9 ? String(ones + 10) : undefined;
  };
  return spelled.flatMap((word, index) => {
    if (none.has(word.text)) return noneCount(spelled, index, concepts);
    if (teenAt(index - 1) !== undefined) return [];
    const teen = teenAt(index);
    const written = teen ?? valueOfWord.get(word.text);
    if (!written || (asNames.has(word.text) && !asWords.has(word.text))) return [];
    const last = teen ? (spelled[index + 1] ?? word) : word;
    // "siete millones de personas": the word's value times the words that multiply it.
    const multiplier = multiplierAfter(folded, last.end, lang);
    // "the two attended", "οι δύο ηγέτες": people already named, not a count.
    if (referring.has(spelled[index - 1]?.text ?? '')) return [];
    // A number word in a unit of measure is read as a figure in it is ("po deseti hodinách", 600 min).
    const measure = measureAfter(folded, multiplier.end, lang, word.start);
    if (measure?.unit.countsNothing) return [];
    const value = measure
      ? inComparedUnit(scaled(written, multiplier.factor), measure.unit)
      : scaled(written, multiplier.factor);
    if (measure?.unit.countsQuantity)
      return [
        {
          concept: measure.unit.quantity,
          value,
          unit: measure.unit.into,
          start: aligned ? words[index]?.start : undefined,
        },
      ];
    // The words that multiply it are part of the figure, not what it counts ("ثلاثة آلاف من أنصاره"),
    // unless nothing else near is ("siete millones de personas han sido desplazadas" keeps its figure).
    const outside = concepts.filter((match) => match.end <= word.start || match.start >= multiplier.end);
    const concept =
      nearestConcept(folded, outside, word.start, multiplier.end, lang) ??
      nearestConcept(folded, concepts, word.start, last.end, lang);
    if (!concept) return [];
    // The unit as written: the folded clause splits into the same words as the clause, but for a stray ligature.
    const after = teen ? index + 2 : index + 1;
    const next = spelled[after];
    const adjacent = next && next.start - last.end <= 1;
    return [
      {
        concept,
        value,
        unit: measure ? measure.unit.into : adjacent ? (aligned ? words[after]?.text : next.text) : undefined,
        start: aligned ? words[index]?.start : undefined,
      },
    ];
  });
}

/**
 * A toll of 0: a word saying there were none (`noneWords`) right before the toll or a word or two
 * before it ("no deaths", "nobody was killed"), or right after it ("загиблих немає").
 */
function noneCount(
  spelled: readonly WordToken[],
  index: number,
  concepts: readonly { concept: string; start: number; end: number }[],
): { concept: string; value: string; unit: undefined; start: undefined }[] {
  const near = [spelled[index - 1], spelled[index + 1], spelled[index + 2]].filter((next) => next !== undefined);
  const toll = concepts.find(
    ({ concept, start }) =>
      noneCounted.includes(concept) && near.some((next) => start >= next.start && start < next.end),
  );
  return toll ? [{ concept: toll.concept, value: '0', unit: undefined, start: undefined }] : [];
}

/** A clause that opens with "in accordance with" an agreement (`accordancePhrases`), or `null` when the language has none. */
const accordanceOpening = memoizeByKey((lang) => {
  const source = accordanceSource(lang);
  return source ? new RegExp(`^${source}`, 'iu') : null;
});

/** Folded words of a language that say there were none (`noneWords`). */
const noneWordsOf = memoizeByKey((lang) => new Set((noneWords[lang] ?? []).map(foldText)));

/**
 * The concept nearest a figure (from `start` to `end`) within `countReach` words, with no
 * punctuation between. Without spaces, two letters count as a word ("14人が死亡": 人が is one).
 */
function nearestConcept(
  folded: string,
  concepts: readonly { concept: string; start: number; end: number }[],
  start: number,
  end: number,
  lang: string,
): string | undefined {
  const unspaced = unspacedLanguages.has(lang);
  const qualifiers = figureQualifierPattern(lang);
  /**
   * Words between the figure and a concept, or `Infinity` across punctuation; "at least" and its
   * kin count none, nor the figure's conversion in brackets after it ("3500亿日元（约合24亿美元）的重组费用").
   */
  const distance = (match: { start: number; end: number }) => {
    const between = (match.start >= end ? folded.slice(end, match.start) : folded.slice(match.end, start)).replace(
      match.start >= end ? conversionAfter : /$^/u,
      ' ',
    );
    if (/[,;:()–—、，；：（）。]/u.test(between)) return Number.POSITIVE_INFINITY;
    if (unspaced) return Math.ceil((between.match(/\p{L}/gu)?.length ?? 0) / 2);
    return (qualifiers ? between.replace(qualifiers, ' ') : between).split(/\s+/u).filter(Boolean).length;
  };
  // A percentage's word after its figure is what it counts, whatever stands as near before it
  // ("शेयर 6.3 फीसदी", "die Aktie 6,3 Prozent").
  const percentWordAfter = (match: { concept: string; start: number }) =>
    match.concept === 'percent' && match.start >= end ? 1 : 0;
  return concepts
    .map((match) => ({ match, words: distance(match) }))
    .filter(({ words }) => words <= countReach)
    .sort(
      (a, b) =>
        a.words - b.words || percentWordAfter(b.match) - percentWordAfter(a.match) || a.match.start - b.match.start,
    )[0]?.match.concept;
}

/** A figure's conversion in brackets right after it, the rest of it first ("億円（約24億ドル）", "millones (unos 2.400 millones de euros)"). */
const conversionAfter = /^(?:\s*[^\s,;:()（）、，]+){0,4}\s*[(（][^()（）]*\d[^()（）]*[)）]/u;

/** `6.500`, `6,500` and `6 500` → `6500`; `3,5` → `3.5`; years stay as they are. */
export function normalizeNumber(raw: string): string {
  if (/^\d{1,3}([., \u00a0\u202f]\d{3})+$/u.test(raw)) return raw.replace(/[., \u00a0\u202f]/gu, '');
  return raw.replace(',', '.');
}

/** ISO 4217 currency codes the runtime knows (`USD`, `EUR`, `JPY`…). */
const currencyCodes: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Whether a figure's unit is a currency (an ISO 4217 code, as amounts are read). */
export function isCurrency(unit: string | undefined): boolean {
  return unit !== undefined && currencyCodes.has(unit);
}

/**
 * The currency written right before a figure, as its ISO 4217 code: a symbol ("$48 million",
 * "€12", "R$ 62 milhões", "Rp 5 miliar", `currencySymbols`) or a code ("USD 48 millones");
 * `undefined` when none is.
 */
export function currencyBefore(text: string, start: number, lang: string): string | undefined {
  const match = /(?<![\p{L}\p{N}])((?:US|R|A|C|HK|NZ|S)?\$|[€£¥₹₽₩₺₪₫฿₴₦]|Rp|[A-Z]{3})\s?$/u.exec(
    text.slice(Math.max(0, start - 6), start),
  );
  const symbol = match?.[1];
  if (!symbol) return undefined;
  if (symbol === '¥' && yuanSignLanguages.has(lang)) return 'CNY';
  return currencySymbols[symbol] ?? (currencyCodes.has(symbol) ? symbol : undefined);
}

/**
 * A figure's value, times the words after it that multiply it (`multiplierWords`: "400 tys.",
 * "2,3 milhões", "3 mil millones"), so that figures written either way meet; and where those
 * words end.
 *
 * @example
 *   readFigure('400 tys. odbiorców', /\d+/u.exec('400 tys. odbiorców') as RegExpMatchArray, 'pl') // { value: '400000', end: 8 }
 */
function readFigure(text: string, match: RegExpMatchArray, lang: string): { value: string; end: number } {
  const { factor, end } = multiplierAfter(text, (match.index ?? 0) + match[0].length, lang);
  return { value: scaled(normalizeNumber(match[0]), factor), end };
}

/** A value times a factor, written as the figures of a clause are. */
function scaled(value: string, factor: number): string {
  return factor === 1 ? value : String(Math.round(Number(value) * factor * 1000) / 1000);
}

/** The product of the multiplier words right after an offset ("tys.", "mil millones"), and where they end. */
function multiplierAfter(text: string, from: number, lang: string): { factor: number; end: number } {
  const multipliers = multipliersOf(lang);
  let factor = 1;
  let at = from;
  // Without spaces, a multiplier opens the run of letters it is written in ("400 ล้านบาท").
  const unspaced = unspacedLanguages.has(lang);
  const links = multiplierLinks[lang] ?? [];
  for (let count = 0; count < maximumMultipliers && multipliers.length > 0; count++) {
    // A linking word before the multiplier ("840 de mii") is passed over, where a multiplier follows.
    const link = /^[ \u00a0\u202f]([\p{L}]+)(?=[ \u00a0\u202f])/u.exec(text.slice(at, at + 8));
    const linked = link && links.includes(foldText(link[1] ?? '')) ? link[0].length : 0;
    const next = /^[ \u00a0\u202f]?([\p{L}\p{M}]+\.?)/u.exec(text.slice(at + linked, at + linked + 32));
    const word = next ? foldText(next[1] ?? '') : '';
    const found = multipliers
      .map(({ whole, start, factor: times }) => {
        const match = unspaced ? start.exec(word) : (whole.exec(word) ?? whole.exec(word.replace(/\.$/u, '')));
        return match ? { times, length: unspaced ? match[0].length : (next?.[1] ?? '').length } : undefined;
      })
      .filter((each) => each !== undefined)
      .sort((a, b) => b.length - a.length)[0];
    if (!next || !found) break;
    factor *= found.times;
    at += linked + next[0].length - (next[1] ?? '').length + found.length;
  }
  return { factor, end: at };
}

/** Multiplier words in a row that multiply one figure ("mil millones"). */
const maximumMultipliers = 2;

const multipliersOf = memoizeByKey((lang) =>
  multiplierWords
    .filter((entry) => entry.lang === lang)
    .map((entry) => ({
      whole: new RegExp(`^(?:${entry.pattern})$`, 'u'),
      start: new RegExp(`^(?:${entry.pattern})`, 'u'),
      factor: entry.factor,
    })),
);

/** A surname with its title in Chinese, Japanese or Korean, which write no capitals. */
const caselessSurname = /^[\p{Script=Han}\p{Script=Hangul}]/u;

/** Titles Chinese, Japanese and Korean news write after a surname alone ("習氏", "시 주석", "李大統領"). */
const hanTitles = [
  '氏',
  '主席',
  '国家主席',
  '總書記',
  '総書記',
  '总书记',
  '大統領',
  '总统',
  '總統',
  '首相',
  '总理',
  '總理',
  '委員長',
  '委员长',
];
const hangulTitles = [' 주석', ' 대통령', ' 총리', ' 위원장', ' 국무위원장', ' 총비서', ' 장관', '씨'];

/**
 * A Chinese, Korean or Japanese name's surname with the titles news writes after it: the first
 * character of a name of two or three (習近平 → 習氏, 习主席; 이재명 → 이 대통령), the first two
 * of a Japanese name of four (岸田文雄 → 岸田首相).
 *
 * @example
 *   surnameWithTitle('習近平') // ['習氏', '習主席', …]
 */
function surnameWithTitle(name: string): string[] {
  if (/^\p{Script=Hangul}{2,4}$/u.test(name)) return hangulTitles.map((title) => `${name.charAt(0)}${title}`);
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return [];
  const surname = name.length === 4 ? name.slice(0, 2) : name.charAt(0);
  return hanTitles.map((title) => `${surname}${title}`);
}

/**
 * People of the glossary the article names, by each word of their names ("Kim" for Kim Jong Un,
 * "Putin"), as news refers to them after the first mention; a word two of them share is left out.
 */
function surnameIndex(people: ReadonlySet<GlossaryEntry>): PhraseIndex<GlossaryEntry> {
  const owners = new Map<string, Set<GlossaryEntry>>();
  const own = (phrase: string, person: GlossaryEntry) =>
    owners.set(phrase, (owners.get(phrase) ?? new Set()).add(person));
  for (const person of people)
    for (const name of [person.name, ...person.aliases]) {
      for (const word of tokenizeWords(name))
        if (word.text.length >= 3 && isWrittenAsName(word.text)) own(word.text, person);
      for (const phrase of surnameWithTitle(name)) own(phrase, person);
    }
  return createPhraseIndex(
    [...owners].flatMap(([word, owned]) =>
      owned.size === 1 ? [{ phrase: word, value: [...owned][0] as GlossaryEntry }] : [],
    ),
  );
}
