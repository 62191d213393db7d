import {
  accordancePhrases,
  clauseBreaks,
  commaChainedLanguages,
  likeWords,
  spaceParted,
  temporalBreaks,
  whenWords,
} from '../../data/clause-breaks.ts';
import { attributionCues } from '../../data/news-sources.ts';
import {
  agentParticiples,
  clauseAndAfterComma,
  conjunctiveEndings,
  coordinatedAuxiliaries,
  coordinatedComplementizers,
  coordinatedPastEndings,
  coordinatedPredicates,
  coordinatedSubjects,
  joinedConjunctions,
  relativePronouns,
  statementConjunctions,
} from '../../data/reporting-verbs.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import type { WordToken } from '../text/fold-text.ts';
import { foldText, isWrittenAsName, tokenizeWords } from '../text/fold-text.ts';
import { isYear } from './claim-features.ts';
import { conceptsOf } from './concept-lexicon.ts';
import { hedgePattern } from './hedge-pattern.ts';
import { numberWordsOf, referringWordsOf } from './number-words-of.ts';
import { reportingVerbMatcher, saysAt } from './reporting-verb-matcher.ts';
import { scanQuotations } from './scan-quotations.ts';
import type { Sentence } from './segment-sentences.ts';

/** A clause: a part of a sentence that states one thing, with its paragraph offsets. */
export interface Clause {
  text: string;
  start: number;
  end: number;
}

/** A pause between the parts of a sentence: a comma (Latin or Arabic), a semicolon or a dash. */
const pause = /[,;،؛–—]/u;
/** Such a pause right before a word, with the spaces after it. */
const pauseBefore = /[,;،؛–—]\s+$/u;

/** Most letters of a pronoun written onto "that" (Arabic "أنه", that he; "أنها", that she). */
const pronounEnding = 2;

/** Most words of a quoted name (a party, a coalition, a ship) after which a comma parts as any comma does. */
const quotedNameWords = 3;

/** Shortest clause worth standing alone, in `clauseLength`; a shorter piece stays with its neighbour. */
const minimumClause = 20;
/** Shortest clause that gives a count of its own ("25 kişi yaralandı", "۲۵ نفر زخمی شدند"). */
const minimumCountClause = 12;
/**
 * Shortest clause strung on a comma that stands alone ("于2004年投产", went into operation in 2004);
 * a shorter one is a time or place leading into the next ("上一财年，", last fiscal year).
 */
const minimumChainedClause = 15;

/**
 * How long a piece of a sentence reads: its characters, a Chinese, Japanese or Korean one
 * counting as three, as one carries about half a short word ("造成至少3人死亡" is a clause).
 */
function clauseLength(text: string): number {
  return (
    text.length +
    2 * (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0)
  );
}
const closingQuotes = '»“”"’';

/**
 * Split a sentence into the statements sources report apart:
 * - the sentences of a quotation that goes on ("„A. B”, a declarat Kim" → "„A.", "B”, a declarat Kim");
 * - a quotation cut by an ellipsis ("…gekämpft haben… wir werden…");
 * - a clause of saying joined by a comma or "and" ("…, und dankte ihm…", "…, care a promis că…");
 * - a participle of saying (`src/data/clause-breaks.ts`: "…, τονίζοντας ότι…");
 * - what came before it ("…, after three days of talks…", `temporalBreaks`), unless it tells
 *   when a statement was made ("…, told reporters after the signing ceremony").
 * A comma right after a closing quotation mark introduces the quotation's speaker and never splits.
 *
 * @example
 *   splitClauses({ text: 'Kim erwiderte, dass alles gut sei, und dankte Putin für seine Worte.', start: 0, end: 67, quotedBreaks: [] }, 'de').map((c) => c.text)
 *   // ['Kim erwiderte, dass alles gut sei,', 'und dankte Putin für seine Worte.']
 */
export function splitClauses(
  sentence: Sentence,
  lang: string,
  words: readonly WordToken[] = tokenizeWords(sentence.text),
): Clause[] {
  const { text } = sentence;
  const quoted = scanQuotations(text).spans;
  const inQuote = (offset: number) => quoted.some(([from, to]) => offset > from && offset < to);
  const cuts = new Set<number>(sentence.quotedBreaks.map((offset) => offset - sentence.start));

  for (const match of text.matchAll(/(?:…|\.\.\.)\s+(?=\p{Ll})/gu)) cuts.add(match.index + match[0].length);
  // A semicolon joins two statements ("…ощущались и в Лиме; сейсмологи зафиксировали…").
  for (const match of text.matchAll(/[;؛]\s+/gu)) if (!inQuote(match.index)) cuts.add(match.index + match[0].length);
  for (const cut of explainingColons(text, words, lang, inQuote)) cuts.add(cut);
  const participles = participlePattern(lang);
  /** Where a participle of saying or of result starts a clause. */
  const participleCuts = new Set<number>();
  if (participles)
    for (const match of text.matchAll(participles))
      if (!inQuote(match.index) && !endsWithSaying(words, match.index, lang))
        participleCuts.add(match.index + match[0].length);
  for (const cut of participleCuts) cuts.add(cut);
  // The agreement a speaker says the deed accords with is a claim of its own, in a quotation too
  // („…au participat la eliberarea regiunii Kursk, în deplină consonanță cu acordurile noastre”).
  const accordance = accordancePattern(lang);
  if (accordance) for (const match of text.matchAll(accordance)) cuts.add(match.index + match[0].length);
  /** Where a second count starts ("y más de 300 heridos"): a clause of few words states it. */
  const countCuts = new Set<number>();
  for (const { at, count } of statementStarts(text, words, lang, quoted))
    if (!inQuote(at)) {
      cuts.add(at);
      if (count) countCuts.add(at);
    }
  const temporal = temporalPattern(lang);
  if (temporal)
    for (const match of text.matchAll(temporal)) {
      const cut = match.index + match[0].length;
      // "…, saying the economy remained fragile after a year of war": the participle's own words.
      const opened = Math.max(-1, ...[...cuts].filter((earlier) => earlier < cut));
      if (inQuote(match.index) || participleCuts.has(opened)) continue;
      // After a verb of saying it tells when the words were said, unless it gives a figure of its
      // own ("…agreed to work together… after talks that lasted about 100 minutes").
      if (!saidJustBefore(words, cut, lang) || figureWithin(words, cut)) cuts.add(cut);
    }
  /** Where a statement strung on a comma starts ("…，于2004年投产"): a clause of five characters states it. */
  const chainCuts = new Set([
    ...chainedCommaCuts(text, lang, inQuote),
    ...spacePartedCuts(text, lang, inQuote),
    ...(lang === 'ja' ? twoSubjectCuts(text, inQuote) : []),
  ]);
  for (const cut of chainCuts) cuts.add(cut);
  // "After the parade, Putin and Kim sat down for talks": the same "after", opening the sentence.
  const frontedEnd = frontedPattern(lang)?.test(text) ? endOfFronted(text, words, lang) : undefined;
  if (frontedEnd !== undefined && !inQuote(frontedEnd) && !saidJustAfter(words, frontedEnd, lang)) cuts.add(frontedEnd);

  const clauses: Clause[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const least = countCuts.has(cut) ? minimumCountClause : chainCuts.has(cut) ? minimumChainedClause : minimumClause;
    if (clauseLength(text.slice(from, cut)) < least || clauseLength(text.slice(cut)) < least) continue;
    const piece = text.slice(from, cut).trimEnd();
    clauses.push({ text: piece, start: sentence.start + from, end: sentence.start + from + piece.length });
    from = cut;
  }
  clauses.push({ text: text.slice(from), start: sentence.start + from, end: sentence.end });
  return clauses;
}

/**
 * Where a language that strings statements on commas (`commaChainedLanguages`) starts the next:
 * after each "，" outside quotations and brackets, unless the phrase before it opens with a word
 * that leads into what follows ("据搜救局介绍，", "为推进重组，"). A phrase that ends with a verb of
 * saying ("岩崎浩二表示，") introduces what was said, all of the rest of the sentence: no cut there
 * or after.
 *
 * @example
 *   chainedCommaCuts('该工厂于2004年投产，目前约有1800名员工。', 'zh', () => false) // [12]
 */
function chainedCommaCuts(text: string, lang: string, inQuote: (offset: number) => boolean): number[] {
  const openers = commaChainedLanguages[lang]?.openers;
  if (!openers) return [];
  const isVerb = reportingVerbMatcher(lang);
  const inBrackets = bracketsOf(text);
  const cuts: number[] = [];
  let phraseStart = 0;
  for (let at = 0; at < text.length; at++) {
    if (text.charAt(at) !== '，' || inBrackets(at) || inQuote(at)) continue;
    const phrase = text.slice(phraseStart, at).trim();
    phraseStart = at + 1;
    if (isVerb(foldText(phrase.slice(-sayingEnd)))) break;
    if (!openers.some((opener) => phrase.startsWith(opener))) cuts.push(at + 1);
  }
  return cuts;
}

/**
 * Where a Japanese sentence strings two clauses, each with its own subject or topic, on "、"
 * ("バスはマナリからシムラに向かう途中で、事故は現地時間午前8時15分ごろ起きた", the bus was on its way
 * from Manali to Shimla, and the accident happened at about 8:15): after a "、" outside quotations
 * and brackets, where the phrase before it and the one after it each mark a noun with は or が.
 * A phrase that only opens the sentence ("同社は8日、…を発表した") has no subject after it.
 *
 * @example
 *   twoSubjectCuts('バスは途中で、事故は朝に起きた', () => false) // [6]
 */
function twoSubjectCuts(text: string, inQuote: (offset: number) => boolean): number[] {
  const inBrackets = bracketsOf(text);
  const commas = [...text.matchAll(/、/gu)].map((match) => match.index).filter((at) => !inQuote(at) && !inBrackets(at));
  const cuts: number[] = [];
  let from = 0;
  for (const [index, at] of commas.entries()) {
    const next = commas[index + 1] ?? text.length;
    if (markedSubject.test(text.slice(from, at)) && markedSubject.test(text.slice(at + 1, next))) {
      cuts.push(at + 1);
      from = at + 1;
    }
  }
  return cuts;
}

/** A noun (in kanji or katakana) marked as topic or subject by は or が. */
const markedSubject = /[\p{Script=Han}\p{Script=Katakana}ー][はが]/u;

/**
 * Where a language that parts statements with a bare space (`spaceParted`: Thai, Lao) starts the
 * next: after a space between two letters of its script that a word opening a statement follows
 * ("…ติดต่อกันมา 3 วัน ล่าสุดมีผู้เสียชีวิตแล้ว 9 ราย"), outside quotations.
 *
 * @example
 *   spacePartedCuts('ฝนตกหนัก ล่าสุดมีผู้เสียชีวิต', 'th', () => false) // [10]
 */
function spacePartedCuts(text: string, lang: string, inQuote: (offset: number) => boolean): number[] {
  const pattern = spacePartedPattern(lang);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => match.index + match[0].length).filter((cut) => !inQuote(cut));
}

const spacePartedPattern = memoizeByKey((lang) => {
  const openers = spaceParted[lang]?.openers;
  return openers ? new RegExp(`(?<=[\\p{L}\\p{M}]) +(?=(?:${openers.map(escapeRegExp).join('|')}))`, 'gu') : null;
});

/**
 * A test for whether an offset of a text stands inside brackets, round or full-width ("（约合24亿美元）"),
 * read once over the text.
 *
 * @example
 *   bracketsOf('a (b, c) d')(4) // true
 */
function bracketsOf(text: string): (offset: number) => boolean {
  const depths = new Uint16Array(text.length + 1);
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    depths[at] = depth;
    const character = text.charAt(at);
    if (character === '(' || character === '（') depth++;
    else if ((character === ')' || character === '）') && depth > 0) depth--;
  }
  depths[text.length] = depth;
  return (offset) => (depths[offset] ?? 0) > 0;
}

/** Characters at the end of a phrase in which a verb of saying introduces what follows ("…表示"). */
const sayingEnd = 3;

/**
 * Split a clause that tells several facts with figures ("de magnitud 7,0 según el IGP, se
 * produjo a las 23.47… y tuvo su epicentro a 28 kilómetros de Caravelí, a una profundidad de 42
 * kilómetros") into one piece per fact, as sources report each apart: at the last comma or
 * semicolon between two facts (Latin, Arabic, full-width or Japanese 、), outside quotations and
 * brackets. `facts` are the offsets in the clause where each fact's figure stands. A cut that
 * would leave a piece shorter than a count's clause (`minimumCountClause`) is not made.
 *
 * @example
 *   const text = 'a 28 km de Caravelí, a una profundidad de 42 km.';
 *   splitAtFacts({ text, start: 0, end: text.length }, [2, 42]).map((c) => c.text)
 *   // ['a 28 km de Caravelí,', 'a una profundidad de 42 km.']
 */
export function splitAtFacts(clause: Clause, facts: readonly number[], lang = 'und'): Clause[] {
  if (facts.length < 2) return [clause];
  const pause = factPauses(lang);
  const { text } = clause;
  const quoted = scanQuotations(text).spans;
  const inQuote = (offset: number) => quoted.some(([from, to]) => offset > from && offset < to);
  const inBrackets = bracketsOf(text);
  const cuts: number[] = [];
  let from = 0;
  for (let index = 1; index < facts.length; index++) {
    const [previous, next] = [facts[index - 1] as number, facts[index] as number];
    // The next figure's first digit is read too, for the pauses that look ahead to it.
    const between = text.slice(previous, next + 1);
    let cut = -1;
    for (const match of between.matchAll(pause)) {
      if (match.index >= next - previous) break;
      const at = previous + match.index + match[0].length;
      if (!inQuote(at) && !inBrackets(at)) cut = at;
    }
    if (
      cut < 0 ||
      clauseLength(text.slice(from, cut)) < minimumCountClause ||
      clauseLength(text.slice(cut)) < minimumCountClause
    )
      continue;
    cuts.push(cut);
    from = cut;
  }
  if (cuts.length === 0) return [clause];
  return [0, ...cuts].map((at, index) => {
    const piece = text.slice(at, cuts[index] ?? text.length).trimEnd();
    return { text: piece, start: clause.start + at, end: clause.start + at + piece.length };
  });
}

/**
 * Where two facts of a clause part: a comma or semicolon (Latin, Arabic, full-width or Japanese
 * 、); before "and" ("zahynulo nejméně 11 lidí a 24 dalších utrpělo zranění"); and in Thai, Lao,
 * Khmer and Burmese, which end a clause with a space and no mark, a space not next to a figure.
 */
const factPauses = memoizeByKey((lang) => {
  const conjunctions = (statementConjunctions[lang] ?? []).map(escapeRegExp);
  return new RegExp(
    [
      '[,;،؛]\\s+',
      '[，；、]\\s*',
      ...(conjunctions.length > 0 ? [`\\s(?=(?:${conjunctions.join('|')})\\s)`] : []),
      // Those scripts also set a figure apart with spaces ("เสียชีวิตแล้ว 9 ราย"): no pause.
      ...(spacePausedLanguages.has(lang) ? ['(?<!\\d)\\s+(?!\\d)'] : []),
    ].join('|'),
    'giu',
  );
});

/** Languages that end a clause with a space and no mark. */
const spacePausedLanguages: ReadonlySet<string> = new Set(['th', 'lo', 'km', 'my']);

/**
 * Offsets where a statement starts inside a sentence, outside quotations:
 * - "and" followed by a verb of saying ("…, und dankte ihm…"), or written joined to it ("…، وأضاف…");
 * - a relative pronoun followed by one ("…, care a promis că…");
 * - a comma followed by one, when the sentence already reported a statement before it
 *   ("…, sagte er, und…"); without one, the comma closes an aside before the verb's subject
 *   ("Ο Πούτιν, σε συνάντηση…, εξέφρασε…") and does not split;
 * - a comma followed by a hedge ("…, pe care unele surse le-au estimat…"), an aside credited apart;
 * - "and that" written as one word after a comma ("…، وأنه بدأ…"), a second statement of one saying.
 * A comma after a quoted name («Κυριαρχία») counts as a comma; after a quotation, it introduces the speaker.
 */
function statementStarts(
  text: string,
  words: readonly WordToken[],
  lang: string,
  /** The sentence's quotations (`scanQuotations`). */
  quotations: readonly (readonly [number, number])[],
): { at: number; count: boolean }[] {
  const isVerb = reportingVerbMatcher(lang);
  const hedge = hedgePattern(lang);
  const { conjunctions, relatives, auxiliaries, complementizers, joined, endings } = joiningWords(lang);
  const attribution = attributionPattern(lang);
  const verbWithin = (from: number, reach: number) =>
    words.slice(from, from + reach + 1).some((_, at) => saysAt(isVerb, words, from + at));
  /** Words from `from` to the next comma, semicolon or dash, or the end. */
  const wordsToPause = (from: number) => {
    let count = 0;
    for (let at = from; at < words.length; at++) {
      count++;
      const gap = text.slice(words[at]?.end ?? 0, words[at + 1]?.start ?? text.length);
      if (pause.test(gap)) break;
    }
    return count;
  };
  /** Whether the quotation closing at an offset is a name, of a few words ("«Ένωση Μεταρρυθμιστών»"). */
  const quotesName = (offset: number) =>
    quotations.some(
      ([from, to]) =>
        to === offset &&
        text
          .slice(from + 1, to)
          .trim()
          .split(/\s+/u).length <= quotedNameWords,
    );
  const spelled = numberWordsOf(lang);
  const referring = referringWordsOf(lang);
  /** A figure, in digits (no year) or as a number word that counts ("dan tiga orang hilang", not "the two"). */
  const isFigure = (at: number) => {
    const word = words[at];
    if (!word) return false;
    if (/^\p{Nd}/u.test(word.text)) return !isYear(word.text);
    return spelled.has(word.folded) && !referring.has(words[at - 1]?.folded ?? '');
  };
  /** The last figure from `from` up to `to` (not included), or -1. */
  const lastFigure = (from: number, to: number) => {
    for (let at = to - 1; at >= from; at--) if (isFigure(at)) return at;
    return -1;
  };
  /** Whether a count follows within a few words from `from`, before the next pause. */
  const countAhead = (from: number) => lastFigure(from, from + Math.min(secondCountReach, wordsToPause(from))) >= 0;
  /**
   * "and" between two counts of different things ("41 muertos y más de 300 heridos", "zginęło 12
   * osób, a ponad 50 zostało rannych", "nine people were killed and three are missing"): a figure
   * since the last statement began, another within a few words after. Not a range or a list: no
   * figure right before "and" ("between 10 and 20"), and one right after it only when the count
   * before has words of its own between ("3 children and 2 adults" is a list).
   */
  const countsAround = (index: number, since: number) => {
    // A number right before "and" makes a range, of years too ("between 2020 and 2021").
    if (/^\p{Nd}/u.test(words[index - 1]?.text ?? '') || isFigure(index - 1)) return false;
    const last = lastFigure(since, index);
    if (last < 0) return false;
    if (isFigure(index + 1)) return index - last > listWords;
    if (/^\p{Nd}/u.test(words[index + 1]?.text ?? '')) return false;
    return countAhead(index + 1);
  };
  /**
   * "and" that opens a count after a clause with none ("یک اتوبوس … به دره سقوط کرد و ۱۶ نفر کشته
   * شدند", "the bus plunged into a gorge and 18 people died"): the toll is a statement of its own.
   * Not a range ("between 2020 and 2021"), nor the last item of a list ("Russia, China, India and
   * 27 EU states"): no pause within `coordinatedWords` words before "and"; and at least
   * `tollWords` words to the next pause.
   */
  const countOpens = (index: number, since: number) =>
    index >= coordinatedWords &&
    isFigure(index + 1) &&
    !/^\p{Nd}/u.test(words[index - 1]?.text ?? '') &&
    !isFigure(index - 1) &&
    lastFigure(since, index) < 0 &&
    !/[,;–—、，]/u.test(text.slice(words[index - coordinatedWords]?.end ?? 0, words[index]?.start ?? 0)) &&
    wordsToPause(index + 1) >= tollWords;
  /** The "and" written onto a word ("وأضاف", "וחסמו"), where at least `rest` letters follow it. */
  const joinedConjunction = (index: number, rest: number) => {
    const folded = words[index]?.folded ?? '';
    return joined.find((prefix) => folded.startsWith(prefix) && folded.length >= prefix.length + rest);
  };
  /**
   * "And that" written as one word after a comma, "that" with a pronoun ending or none ("…، وأنه
   * بدأ بالفعل محادثات", and that he has begun talks): a second statement of the same saying.
   */
  const joinedThat = (index: number) => {
    const conjunction = joinedConjunction(index, 2);
    if (!conjunction) return false;
    const rest = (words[index]?.folded ?? '').slice(conjunction.length);
    return [...complementizers].some((that) => rest.startsWith(that) && rest.length - that.length <= pronounEnding);
  };
  const andAfterComma = clauseAndAfterComma.has(lang);
  const agent = agentParticiples[lang];
  /** A past participle followed by "by" (`agentParticiples`: "respaldado por", "backed by"). */
  const creditsSubject = (index: number) => {
    const participle = words[index]?.text.toLowerCase() ?? '';
    return (
      !!agent &&
      agent.by.includes(words[index + 1]?.folded ?? '') &&
      agent.endings.some((ending) => participle.endsWith(ending) && participle.length > ending.length + 2)
    );
  };
  const past = coordinatedPastEndings[lang];
  /** A verb in the simple past, by its ending as written (`coordinatedPastEndings`). */
  const isPastVerb = (written: string) => {
    const lower = written.toLowerCase();
    return (
      !!past &&
      written === lower &&
      !past.except.includes(lower) &&
      past.endings.some((ending) => lower.endsWith(ending) && lower.length > ending.length + 1)
    );
  };
  /**
   * "and" written joined to the next word, as Arabic writes و: a start when the rest of the word
   * is a verb of saying ("…، وأضاف…"), or a second count ("١٦ قتيلا و١٢٠ جريحا", "قتل 16 وأصيب 120")
   * when it is no range ("بين 10 و20").
   */
  const joinedStart = (index: number, since: number) => {
    const conjunction = joinedConjunction(index, 2);
    if (!conjunction) return false;
    const rest = (words[index]?.folded ?? '').slice(conjunction.length);
    if (isVerb(rest)) return true;
    if (lastFigure(since, index) < 0) return false;
    if (/^\p{Nd}/u.test(rest)) return !isFigure(index - 1);
    return countAhead(index + 1);
  };
  /**
   * A verb ending in "and" ("구조했으며") between two counts, or before a comma ("두 정상은 약 100분간
   * 회담했으며, 시 주석은…", "the two talked for 100 minutes, and Xi…"): the next statement starts after it.
   */
  const endsJoined = (index: number, since: number, afterComma: boolean) => {
    const folded = words[index - 1]?.folded ?? '';
    if (!endings.some((ending) => folded.endsWith(ending) && folded.length > ending.length)) return false;
    return afterComma || (lastFigure(since, index - 1) >= 0 && countAhead(index));
  };
  /**
   * "and" then a subject of its own in a few words, written in lower case, then a verb of saying
   * ("…victime d’une « persécution politique » et ses avocats ont annoncé…", "…and his lawyer
   * said…"), after a predicate: not a subject of two people ("Russia's President Vladimir Putin
   * and the North Korean leader said"), whose words before "and" are all names.
   */
  const subjectThenSaying = (index: number) => {
    const next = words[index + 1];
    if (index < coordinatedWords || !next || isWrittenAsName(next.text) || saysAt(isVerb, words, index + 1))
      return false;
    const verb = words
      .slice(index + 2, index + 2 + subjectReach)
      .findIndex((_, at) => saysAt(isVerb, words, index + 2 + at));
    if (verb < 0) return false;
    if (pause.test(text.slice(next.start, words[index + 2 + verb]?.start))) return false;
    return words
      .slice(Math.max(0, index - coordinatedWords), index)
      .some((each) => !isWrittenAsName(each.text) && /^\p{L}/u.test(each.text));
  };
  /**
   * A verb of saying after the comma with only who said it, by name, to the end ("…, сообщает
   * Геологическая служба США (USGS)."): the sentence's attribution, not a statement.
   */
  const closesWithTeller = (index: number) =>
    saysAt(isVerb, words, index) &&
    words.length - index - 1 <= tellerWords &&
    isWrittenAsName(words[index + 1]?.text ?? '') &&
    !/[,;:]/u.test(text.slice(words[index]?.end));
  const starts: { at: number; count: boolean }[] = [];
  let since = 0;
  let saidBefore = false;
  /** Where the first pause of the sentence falls, as the index of the word after it. */
  let firstPause = -1;
  /** Where a relative clause opened right after the subject ("The M23, which…"), until the comma that closes it. */
  let relativeAside = -1;
  /** Where the phrase before the current pause began: the sentence's start or the word after the previous pause. */
  let phraseStart = 0;
  /** Whether an attribution inside that clause ("которую, по данным экспертов ООН, поддерживает…") is open. */
  let nestedAttribution = false;
  words.forEach((word, index) => {
    if (index > 0) saidBefore ||= saysAt(isVerb, words, index - 1);
    if (index === 0 || words.length - index < 4) return;
    const before = text.slice(words[index - 1]?.end ?? 0, word.start);
    // A comma right after a quotation introduces its speaker; after a quoted name («Κυριαρχία»,
    // „Uniunea Reformatorilor”) it is a comma like any other.
    const afterComma =
      pauseBefore.test(before) &&
      (!closingQuotes.includes(before.trim().charAt(0)) ||
        (quotesName(words[index - 1]?.end ?? 0) && !saysAt(isVerb, words, index)));
    const longAside = afterComma && firstPause > 0 && firstPause <= subjectWords && index - firstPause >= asideWords;
    if (afterComma && firstPause < 0) firstPause = index;
    // A relative pronoun starts a statement only after a comma: only there is it looked for.
    const ahead = afterComma
      ? `${words
          .slice(index, index + 3)
          .map((next) => next.folded)
          .join(' ')} `
      : '';
    const relative = afterComma ? relatives.find((pronoun) => ahead.startsWith(`${pronoun} `)) : undefined;
    // "The M23, which UN experts say is backed by Rwanda, seized Goma": the comma that closes a
    // relative clause after the subject starts the subject's own statement.
    let closesAside = false;
    if (afterComma && relativeAside >= 0 && !relative) {
      if (nestedAttribution) nestedAttribution = false;
      else if (attribution?.test(text.slice(word.start))) nestedAttribution = true;
      else if (index - relativeAside >= asideClosingWords) {
        closesAside = true;
        relativeAside = -1;
      }
    }
    // The subject may follow an opening phrase of its own ("Âgé de 58 ans, M. Peñaherrera, qui…"):
    // a short phrase before the relative pronoun, with no statement started yet.
    if (afterComma && relative && since === 0 && relativeAside < 0 && index - phraseStart <= subjectWords) {
      relativeAside = index;
      nestedAttribution = false;
    }
    // A participle that credits the subject ("…M23, respaldado por Ruanda, firmaron…") opens such an aside too.
    if (afterComma && since === 0 && relativeAside < 0 && creditsSubject(index)) relativeAside = index;
    if (afterComma) phraseStart = index;
    const count =
      (conjunctions.has(word.folded) && (countsAround(index, since) || countOpens(index, since))) ||
      joinedStart(index, since) ||
      endsJoined(index, since, false);
    if (
      count ||
      (afterComma && endsJoined(index, since, true)) ||
      (conjunctions.has(word.folded) && verbWithin(index + 1, 1)) ||
      (conjunctions.has(word.folded) && subjectThenSaying(index)) ||
      (afterComma && joinedThat(index)) ||
      (afterComma &&
        andAfterComma &&
        index >= coordinatedWords &&
        joinedConjunction(index, 3) !== undefined &&
        wordsToPause(index) >= coordinatedWords) ||
      (conjunctions.has(word.folded) &&
        index >= coordinatedWords &&
        isPastVerb(words[index + 1]?.text ?? '') &&
        wordsToPause(index + 1) >= pastPredicateWords) ||
      (conjunctions.has(word.folded) &&
        ((afterComma && index >= coordinatedWords && wordsToPause(index + 1) >= coordinatedWords) ||
          (index >= coordinatedWords && auxiliaries.has(words[index + 1]?.folded ?? '')) ||
          (index >= coordinatedWords && complementizers.has(words[index + 1]?.folded ?? '')))) ||
      closesAside ||
      (afterComma && relative && verbWithin(index + relative.split(' ').length, 2)) ||
      (afterComma && (saidBefore || longAside) && verbWithin(index, 1) && !closesWithTeller(index)) ||
      (afterComma &&
        hedgedWithin(
          hedge,
          words.slice(index, index + 5).map((next) => next.folded),
          3,
        ))
    ) {
      starts.push({ at: word.start, count });
      since = index;
    }
  });
  return starts;
}

/**
 * Words on each side of ", and" for it to join two statements ("…pour 60 jours, et l'armée a
 * déployé 1 500 soldats…") rather than end a list ("Caravelí, Condesuyos, and La Unión").
 */
const coordinatedWords = 5;
/** Least words of a second predicate a past-tense verb opens after "and" ("y empleó cañones de agua"). */
const pastPredicateWords = 3;

/** Words after a closing verb of saying, at most, that only say who said it ("сообщает Геологическая служба США (USGS)"). */
const tellerWords = 5;

/** Words of the subject between "and" and its verb of saying, at most ("ses avocats", "his lawyer"). */
const subjectReach = 3;

/** Words of a relative clause after the subject, at least, before the comma that closes it. */
const asideClosingWords = 3;

/** Words from a count after "and" to the next pause for it to open a statement: a count, what it counts, a verb. */
const tollWords = 3;

/**
 * A subject of at most `subjectWords` words, then an aside of at least `asideWords` between
 * commas, then a verb of saying: the aside tells a fact of its own ("Ο Πούτιν, σε συνάντηση που
 * είχε με τον Κιμ μετά την παρέλαση στο Πεκίνο, εξέφρασε…"), and the two are parted there.
 */
const subjectWords = 4;
const asideWords = 8;

/** Words from a count to "and" within which a count right after "and" makes a list ("3 children and 2 adults"). */
const listWords = 2;

/** How many words after "and" a second count may come ("y más de 300 heridos", "mentre i feriti sono oltre 300"). */
const secondCountReach = 6;

/** The language's "and" words and relative pronouns, folded. */
const joiningWords = memoizeByKey((lang) => ({
  conjunctions: new Set((statementConjunctions[lang] ?? []).map(foldText)),
  joined: (joinedConjunctions[lang] ?? []).map(foldText),
  endings: (conjunctiveEndings[lang] ?? []).map(foldText),
  // A second predicate opens with an auxiliary ("and will…") or, without one, a verb of agreeing
  // ("and agreed…"); a second clause, with a subject pronoun ("and it was going…").
  auxiliaries: new Set(
    [
      ...(coordinatedAuxiliaries[lang] ?? []),
      ...(coordinatedPredicates[lang] ?? []),
      ...(coordinatedSubjects[lang] ?? []),
    ].map(foldText),
  ),
  complementizers: new Set((coordinatedComplementizers[lang] ?? []).map(foldText)),
  relatives: (relativePronouns[lang] ?? []).map(foldText),
}));

/** Whether a hedge starts among the first `reach` of the words. */
function hedgedWithin(hedge: RegExp | null, words: readonly string[], reach: number): boolean {
  const match = hedge?.exec(words.join(' '));
  return !!match && match.index <= words.slice(0, reach).join(' ').length;
}

/** Words after an offset, to the end of the sentence, in which a figure (not a year) stands. */
function figureWithin(words: readonly WordToken[], offset: number): boolean {
  return words.some((word) => word.start >= offset && /^\p{Nd}/u.test(word.text) && !isYear(word.text));
}

/**
 * Whether the words before an offset end with a verb of saying, or with one and its particle
 * ("Agrarministerin Ana Ruiz versprach, den Bauern zu helfen", "Der Minister kündigte an, die
 * Steuern zu senken"): what follows is what was said, not a statement apart from the saying.
 */
function endsWithSaying(words: readonly WordToken[], offset: number, lang: string): boolean {
  const isVerb = reportingVerbMatcher(lang);
  let at = words.findIndex((word) => word.start >= offset);
  if (at < 0) at = words.length;
  return saysAt(isVerb, words, at - 1) || saysAt(isVerb, words, at - 2);
}

/** Words before an "after" in which a verb of saying makes it the time of the saying. */
const sayingReach = 10;

/** Whether a verb of saying stands among the few words before an offset. */
function saidJustBefore(words: readonly WordToken[], offset: number, lang: string): boolean {
  const isVerb = reportingVerbMatcher(lang);
  let at = words.findIndex((word) => word.start >= offset);
  if (at < 0) at = words.length;
  const from = Math.max(0, at - sayingReach);
  return words.slice(from, at).some((_, index) => saysAt(isVerb, words, from + index));
}

/** Words after the phrase that opens a sentence in which a verb of saying makes it the time of the saying. */
const saidAfterReach = 4;

/** Whether a verb of saying stands among the few words from an offset ("After the talks, Putin told reporters…"). */
function saidJustAfter(words: readonly WordToken[], offset: number, lang: string): boolean {
  const isVerb = reportingVerbMatcher(lang);
  const at = words.findIndex((word) => word.start >= offset);
  return at >= 0 && words.slice(at, at + saidAfterReach).some((_, index) => saysAt(isVerb, words, at + index));
}

/**
 * Where a colon parts two statements, the second explaining the first ("…una delle vie d'acqua
 * più trafficate al mondo: ogni anno lo attraversano circa 40 mila navi", French "… jeudi soir :
 * au moins…"): outside quotations, not opening someone's words (after a verb of saying,
 * "közölte: nincs tudomásuk…", or before a quotation mark), and only where each side states a
 * concept of the lexicon, so neither stands alone with nothing to be compared by ("…задіяв
 * механізм rescEU: на Родос прибули два літаки").
 */
function explainingColons(
  text: string,
  words: readonly WordToken[],
  lang: string,
  inQuote: (offset: number) => boolean,
): number[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(/(?<=[\p{L}\p{M}\p{N})»”"'’])[ \u00a0\u202f]?[:：]\s+(?![«“„"'‘‹「『])/gu)) {
    if (inQuote(match.index) || saidJustBefore(words, match.index, lang)) continue;
    const cut = match.index + match[0].length;
    if (conceptsOf(text.slice(0, match.index), lang).size > 0 && conceptsOf(text.slice(cut), lang).size > 0)
      cuts.push(cut);
  }
  return cuts;
}

/** Words an "after" phrase that opens a sentence may run to before its comma (or German verb). */
const frontedReach = 20;

/**
 * Where the statement starts after the "after" phrase that opens a sentence: after its comma
 * ("After three days of talks, the two sides…"), or in German, which sets no comma there but puts
 * the verb second and writes nouns capitalised, at the first lower-case word after a noun that
 * neither continues the phrase (an article, a preposition, "und") nor is an adjective before
 * another noun ("Nach dem feierlichen Empfang zum 80. Jahrestag … setzten sich Putin und Kim…").
 */
function endOfFronted(text: string, words: readonly WordToken[], lang: string): number | undefined {
  for (let at = 0; at < Math.min(words.length - 1, frontedReach); at++) {
    const word = words[at];
    const next = words[at + 1];
    if (!word || !next) break;
    const gap = text.slice(word.end, next.start);
    // The comma of a decimal ("99,6%") is part of its figure.
    const decimal = /^[,.]$/u.test(gap) && /\d$/u.test(word.text) && /^\d/u.test(next.text);
    if (/[,;:–—]/u.test(gap) && !decimal) return next.start;
    if (lang === 'de' && at > 0 && /^[\p{Lu}\p{Nd}]/u.test(word.text) && isGermanVerbAfterNoun(next.text))
      return next.start;
  }
  return undefined;
}

/** Lower-case German words that go on with a noun phrase rather than start the verb. */
const germanPhraseWords = new Set(
  (
    'der die das dem den des ein eine einem einen einer eines sein seine seinem seinen seiner seines ihr ihre ' +
    'ihrem ihren ihrer ihres zu zum zur im am vom beim ins von mit in an auf für bei aus nach vor über unter ' +
    'zwischen gegen durch um ohne seit während wegen und oder sowie'
  ).split(' '),
);

/** Whether a German word after a noun is the verb of the sentence: lower-case, and no word of a noun phrase. */
function isGermanVerbAfterNoun(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !germanPhraseWords.has(word);
}

/** The language's "after" words opening a sentence ("After the parade, …", "Nach dem Empfang …"). */
const frontedPattern = memoizeByKey((lang) => {
  const patterns = temporalBreaks
    .filter((entry) => entry.lang === lang)
    .map((entry) => entry.pattern.replace(/^\\s\+/u, ''));
  return patterns.length > 0 ? new RegExp(`^(?:${patterns.join('|')})`, 'iu') : null;
});

/** The language's attribution phrases ("according to", "по данным") opening a text, or `null` when none are listed. */
const attributionPattern = memoizeByKey((lang) => {
  const patterns = attributionCues.filter((entry) => entry.lang === lang).map((entry) => entry.pattern);
  return patterns.length > 0 ? new RegExp(`^(?:${patterns.join('|')})(?![\\p{L}])`, 'iu') : null;
});

/** The language's "after" words as one pattern (`temporalBreaks`), or `null` when none are listed. */
const temporalPattern = memoizeByKey((lang) => {
  const patterns = temporalBreaks.filter((entry) => entry.lang === lang).map((entry) => entry.pattern);
  return patterns.length > 0 ? new RegExp(patterns.join('|'), 'gu') : null;
});

/**
 * Where the language's clauses of their own start, as one pattern, or `null` when none are
 * listed: participles of saying and of result, and the like (`clauseBreaks`); "when" and "as it
 * did when" after a comma (`whenWords`, `likeWords`).
 */
const participlePattern = memoizeByKey((lang) => {
  const opening = [whenWords[lang], likeWords[lang]].filter(Boolean).join('|');
  const patterns = [
    ...clauseBreaks.filter((entry) => entry.lang === lang).map((entry) => entry.pattern),
    ...(opening ? [`[,،]\\s+(?=(?:${opening})(?:\\s+\\S+){3})`] : []),
  ];
  return patterns.length > 0 ? new RegExp(patterns.join('|'), 'gu') : null;
});

/**
 * "In accordance with" and an agreement within four words (`accordancePhrases`), as a pattern's
 * source, or `null` when the language has none listed.
 */
export function accordanceSource(lang: string): string | null {
  const accordance = accordancePhrases[lang];
  return accordance ? `(?:${accordance.lead})\\s+(?:\\S+\\s+){0,3}(?:${accordance.agreement})` : null;
}

/** Where "in accordance with" an agreement follows a comma. */
const accordancePattern = memoizeByKey((lang) => {
  const source = accordanceSource(lang);
  return source ? new RegExp(`,\\s+(?=${source})`, 'gu') : null;
});
