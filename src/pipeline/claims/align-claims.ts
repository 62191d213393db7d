import { compareCodePoints } from '../../lib/compare-code-points.ts';
import type { Claim } from '../../schemas/events-json.ts';
import { asciiDigits } from '../text/ascii-digits.ts';
import { clauseSimilarity, isYear, sharedWeight } from './claim-features.ts';
import { describeClaim, sameFigures } from './describe-claim.ts';
import type { ClaimUnit } from './extract-claims.ts';
import { normalizeNumber } from './extract-claims.ts';
import { comparableSpeakers, sameSpeaker } from './find-speaker.ts';

/** Shared content two clauses need to be compared at all (see `shareEnough`). */
const minimumSharedPoints = 1.5;
/** Least average similarity for sentences to state one claim. */
const minimumSimilarity = 0.34;
/** Least similarity for two clauses of one article to state one claim twice (a lead and the body that retells it). */
const restatedSimilarity = 0.5;
/**
 * Least similarity for two clauses of one article, with no figure to tie them, to give one
 * speaker's words twice (quoted, and retold in the reporter's words).
 */
const retoldSimilarity = 0.6;
/**
 * Clauses that put words in two different people's mouths are more likely two statements
 * ("Putin thanked Kim", "Kim thanked Putin") than one claim with a disputed speaker.
 */
const otherSpeakerFactor = 0.7;

/** A claim and the clauses that state it. */
export interface AlignedClaim {
  claim: Claim;
  units: ClaimUnit[];
}

/**
 * Align the clauses of one event's articles into claims. Two clauses of different articles
 * can state one claim when they share enough content (`shareEnough`: concepts, figures, dates,
 * word stems, a little for names); their similarity is a cosine over features weighted by how
 * few clauses of the event carry them, lowered when the two name different speakers for other
 * words. Groups grow best pair first, and two groups merge only when their average similarity stays
 * above the threshold (so one long sentence cannot chain unrelated claims), with one clause per
 * article in a claim but for one the article tells again (`restates`).
 *
 * `sourceOf` maps an article to its independent source (its outlet, or the text it copies), so
 * that copies count once.
 */
export function alignClaims(units: readonly ClaimUnit[], sourceOf: (article: string) => string): AlignedClaim[] {
  const alike = clauseSimilarity(units);
  const profiles = shareProfiles(units);
  const places = new Map<string, string[]>();
  for (const unit of units) places.set(unit.article, [...(places.get(unit.article) ?? []), ...unit.places]);
  const context = { sourceOf, placesOf: (article: string) => places.get(article) ?? [] };
  // Who said it, where both name one person, is shared too; each pair of names is compared once.
  const samePeople = new Map<string, boolean>();
  const samePerson = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    const known = samePeople.get(key);
    if (known !== undefined) return known;
    const same = sameSpeaker(a, b);
    samePeople.set(key, same);
    return same;
  };
  const saidBySame = (x: ClaimUnit, y: ClaimUnit) => !!x.speaker && !!y.speaker && samePerson(x.speaker, y.speaker);
  // Two clauses that name different people for what they say, but for one quotation put in two mouths.
  const disputed = (x: ClaimUnit, y: ClaimUnit) =>
    !!x.speaker &&
    !!y.speaker &&
    comparableSpeakers(x.speaker, y.speaker) &&
    !samePerson(x.speaker, y.speaker) &&
    !sameQuote(x, y);
  const similarity = (a: number, b: number) => {
    const value = alike(a, b);
    return disputed(units[a] as ClaimUnit, units[b] as ClaimUnit) ? value * otherSpeakerFactor : value;
  };
  // Merging weighs the same pairs of clauses again for every pair of groups it tries: each is reckoned once.
  const reckoned = new Map<number, number>();
  const groupSimilarity = (a: number, b: number) => {
    const key = a * units.length + b;
    const known = reckoned.get(key);
    if (known !== undefined) return known;
    const value = similarity(a, b);
    reckoned.set(key, value);
    return value;
  };

  // 1. Candidate pairs across articles, best first.
  const pairs: { a: number; b: number; similarity: number }[] = [];
  for (let a = 0; a < units.length; a++) {
    for (let b = a + 1; b < units.length; b++) {
      const [x, y] = [units[a] as ClaimUnit, units[b] as ClaimUnit];
      if (x.article === y.article) continue;
      const [p, q] = [profiles[a] as ShareProfile, profiles[b] as ShareProfile];
      // A telling concept is enough alone, unless the two put words in different mouths.
      const shared = sharedWeight(p.telling, q.telling);
      const telling = shared > 0 && !disputed(x, y) ? shared * tellingPoints : 0;
      if (!shareEnough(p, q, telling) && !(saidBySame(x, y) && shareEnough(p, q, telling + speakerPoints))) continue;
      const value = similarity(a, b);
      if (value >= minimumSimilarity) pairs.push({ a, b, similarity: value });
    }
  }
  pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);

  // An article states a claim once, or twice where it restates it (a lead's figure told again in
  // the body, a speaker's words quoted and retold): two groups that hold clauses of one article
  // merge only where each such clause restates the other's, with the same figure or, with none,
  // in the same speaker's name, and the groups are alike beyond the bar.
  const sharesAnArticle = (left: readonly number[], right: readonly number[]) =>
    right.some((b) => left.some((a) => units[a]?.article === units[b]?.article));
  const restates = (a: number, b: number) => {
    const [x, y] = [units[a] as ClaimUnit, units[b] as ClaimUnit];
    if (sameFigures(x, y)) return groupSimilarity(a, b) >= restatedSimilarity;
    return !hasFigures(x) && !hasFigures(y) && saidBySame(x, y) && groupSimilarity(a, b) >= retoldSimilarity;
  };
  const restatesOnly = (left: readonly number[], right: readonly number[]) =>
    right.every((b) => left.every((a) => units[a]?.article !== units[b]?.article || restates(a, b)));

  // 2. Merge groups while their average similarity holds, one clause per article per claim but for a restatement.
  const groupOf = units.map((_, index) => index);
  const members = units.map((_, index) => [index]);
  for (const { a, b } of pairs) {
    const [ga, gb] = [groupOf[a] as number, groupOf[b] as number];
    if (ga === gb) continue;
    const [left, right] = [members[ga] ?? [], members[gb] ?? []];
    const restating = sharesAnArticle(left, right);
    if (restating && !restatesOnly(left, right)) continue;
    let total = 0;
    for (const x of left) for (const y of right) total += groupSimilarity(x, y);
    if (total / (left.length * right.length) < (restating ? restatedSimilarity : minimumSimilarity)) continue;
    for (const index of right) groupOf[index] = ga;
    members[ga] = [...left, ...right];
    members[gb] = [];
  }

  // 3. Claims, most sources first.
  return members
    .filter((group) => group.length > 0)
    .map((group) =>
      group
        .map((index) => units[index] as ClaimUnit)
        .sort((x, y) => compareCodePoints(x.article, y.article) || x.line - y.line || x.start - y.start),
    )
    .filter((mentions) => mentions.some(statesSomething))
    .map((mentions) => ({ claim: describeClaim(mentions, context), units: mentions }))
    .sort(
      ({ claim: x }, { claim: y }) =>
        statusRank(x) - statusRank(y) ||
        y.mentions.length - x.mentions.length ||
        compareCodePoints(x.mentions[0]?.article ?? '', y.mentions[0]?.article ?? '') ||
        compareCodePoints(x.id, y.id),
    );
}

/** Whether a clause gives a figure but for a year. */
function hasFigures(unit: ClaimUnit): boolean {
  for (const number of unit.numbers) if (!isYear(number)) return true;
  return false;
}

/**
 * Whether two clauses quote words that say the same things (a concept or a figure in common in
 * what they quote: "the next 48 hours will be critical"): one quotation that two sources put in
 * different mouths is one claim with a disputed speaker, not two statements.
 */
function sameQuote(a: ClaimUnit, b: ClaimUnit): boolean {
  const quoted = new Set(a.quotes.flatMap((quote) => [...quote.concepts]));
  if (b.quotes.some((quote) => [...quote.concepts].some((concept) => quoted.has(concept)))) return true;
  const figures = quotedFigures(a);
  return quotedFigures(b).some((figure) => figures.includes(figure));
}

/**
 * The figures written inside a clause's quotations, as written (in any script's digits), but for
 * years: "48" in "the next 48 hours", which the clause reads as 2880 minutes.
 */
function quotedFigures(unit: ClaimUnit): string[] {
  return unit.quotes
    .flatMap((quote) => asciiDigits(quote.text).match(writtenFigure) ?? [])
    .map(normalizeNumber)
    .filter((figure) => !isYear(figure));
}

/** A figure as written: digits, with separators of thousands or a decimal mark. */
const writtenFigure = /\d+(?:[.,]\d+|[\u00a0\u202f ]\d{3}(?!\d))*/gu;

/** What a clause can share with another: its values as ascending ids, each with its worth (see `shareEnough`). */
interface ShareProfile {
  ids: Int32Array;
  worth: Float64Array;
  /** People, places and countries, whose shared points are capped. */
  entities: Int32Array;
  /** Concepts no article of the event holds in two clauses: telling of a claim, worth more. */
  telling: Int32Array;
}

/**
 * The share profiles of an event's clauses, with ids given to values (`concept:killed`,
 * `number:650`…) across all of them, so two profiles compare by merging sorted arrays.
 */
function shareProfiles(units: readonly ClaimUnit[]): ShareProfile[] {
  const idOf = new Map<string, number>();
  const intern = (key: string) => {
    let id = idOf.get(key);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(key, id);
    }
    return id;
  };
  // A concept that no article holds in two clauses is telling enough on its own ("reopen" in
  // "yeniden trafiğe açılması bekleniyor" and "akan dibuka kembali"; "spill"); one an article
  // holds again and again is the event's, not the claim's.
  const holders = new Map<string, { clauses: number; articles: Set<string> }>();
  for (const unit of units)
    for (const concept of unit.concepts) {
      const held = holders.get(concept) ?? { clauses: 0, articles: new Set<string>() };
      held.clauses++;
      held.articles.add(unit.article);
      holders.set(concept, held);
    }
  const telling = new Set(
    [...holders].filter(([, held]) => held.articles.size === held.clauses).map(([concept]) => concept),
  );
  return units.map((unit) => {
    const worthOf = new Map<number, number>();
    const add = (kind: string, values: Iterable<string>, worth: (value: string) => number) => {
      for (const value of values) if (worth(value) > 0) worthOf.set(intern(`${kind}:${value}`), worth(value));
    };
    add('concept', unit.concepts, () => 1);
    add('count', unit.counts.keys(), () => 1);
    add('number', unit.numbers, (figure) => (isYear(figure) ? 0 : figure.replace('.', '').length >= 3 ? 1.5 : 1));
    add('date', unit.dates, (date) => (date.length > 4 ? 1 : 0));
    // Years alone are common; two together ("from 2017 to 2019", "entre 2017 y 2019") are a span.
    const years = [...unit.dates].filter((date) => date.length === 4).sort();
    add('years', years.length >= 2 ? [years.join('/')] : [], () => 1);
    // A time to the minute, like a figure of three digits, is rarely shared by chance.
    add('time', unit.times, () => 1.5);
    add('stem', unit.stems, () => 0.5);
    // Two quotations that share a concept are likely one quotation in two languages.
    add('quoted', unit.quotes.length > 0 ? ['quotation'] : [], () => 0.5);
    const ids = Int32Array.from(worthOf.keys()).sort();
    return {
      ids,
      worth: Float64Array.from(ids, (id) => worthOf.get(id) ?? 0),
      entities: Int32Array.from(unit.entities.keys(), (key) => intern(`entity:${key}`)).sort(),
      telling: Int32Array.from(
        [...unit.concepts].filter((concept) => telling.has(concept)),
        (concept) => intern(`concept:${concept}`),
      ).sort(),
    };
  });
}

/**
 * Whether two clauses share enough content to be one claim: a point and a half. A point for each
 * shared concept, and another when both give a figure for it (two tolls); a point for each shared
 * figure (not a year; one and a half for a telling one such as `650` or `6.8`), date finer than
 * a year or span of years; half a point for each shared word stem and for a quotation in both;
 * at most one point for shared people and places, which are the event more than the claim; and
 * what the caller adds (`extra`): half a point for one speaker named by both, and for each shared
 * concept no article holds in two clauses, where the two do not name different speakers.
 */
function shareEnough(x: ShareProfile, y: ShareProfile, extra = 0): boolean {
  const points = sharedWeight(x.ids, y.ids, x.worth);
  const entities = sharedWeight(x.entities, y.entities);
  return points + Math.min(1, entities / 2) + extra >= minimumSharedPoints;
}

/** Points a concept no article holds in two clauses adds to its own: with them, enough alone. */
const tellingPoints = 0.5;

/** Points for two clauses that one person is said to have said (or done). */
const speakerPoints = 0.5;

/** Whether a clause says anything comparable: a concept, an entity, a number, a date or a time. */
function statesSomething(unit: ClaimUnit): boolean {
  return (
    unit.concepts.size > 0 ||
    unit.entities.size > 0 ||
    unit.numbers.size > 0 ||
    unit.dates.size > 0 ||
    unit.times.size > 0
  );
}

function statusRank(claim: Claim): number {
  return claim.status === 'corroborated' ? 0 : claim.status === 'differing' ? 1 : 2;
}
