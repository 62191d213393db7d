import { eventKinds } from '../../data/event-kinds.ts';
import { compareCodePoints } from '../../lib/compare-code-points.ts';
import { addDays } from '../../lib/iso-date.ts';
import type { EntityMention, EventFeatures } from './extract-event-features.ts';
import { datesAgree } from './extract-event-features.ts';
import { consonantKey, sameName } from './name-key.ts';

/** Articles found to report one event, with what joined each of them. */
export interface ArticleGroup {
  /** Article ids, sorted. */
  articles: string[];
  /** Article id → the shared features that put it in the group (empty for a group of one). */
  reasons: Map<string, string[]>;
}

/** Postings longer than this are paired within date buckets only, which keeps the cost near-linear. */
const maximumPosting = 64;
/** Score a pair needs: less when both articles are dated and agree on the day. */
const thresholdDated = 1;
const thresholdUndated = 1.5;
/** What more two articles a day apart must share to be one event, where time zones do not explain it. */
const dayApartMargin = 1;
/** A person in at most half of the articles is rare enough to tie two undated articles (ln((N+1)/(N/2)) ≈ ln 2). */
const rareEnough = Math.log(2);

/**
 * Group articles by the real-world event they report. What tells events apart weighs most: the
 * day, the kind of event, and people and places named in the lead, each weighted by how rare it
 * is in the corpus, so background every article repeats counts for little. Two articles dated
 * more than a day apart, or reporting different kinds of event, are never grouped. Candidate
 * pairs come from shared rare lead entities (blocked by date when common), never all pairs.
 */
export function groupArticlesByEvent(articles: readonly EventFeatures[]): ArticleGroup[] {
  const features = canonicalizeNames(articles);
  const documentFrequency = new Map<string, number>();
  for (const article of features)
    for (const entity of article.entities)
      documentFrequency.set(entity.key, (documentFrequency.get(entity.key) ?? 0) + 1);
  // Smoothed: in a corpus of one event's articles, what they share still counts a little.
  const idf = (key: string) => Math.log((features.length + 1) / (documentFrequency.get(key) ?? 1));

  // 1. Candidate pairs: articles that share a rare entity in their leads.
  const postings = new Map<string, number[]>();
  features.forEach((article, index) => {
    for (const entity of article.entities) {
      if (!entity.lead || idf(entity.key) <= 0) continue;
      postings.set(entity.key, [...(postings.get(entity.key) ?? []), index]);
    }
  });
  const pairs = new Map<string, { a: number; b: number; score: number; reasonsA: string[]; reasonsB: string[] }>();
  for (const posting of postings.values()) {
    for (const [a, b] of pairsIn(posting, features)) {
      const id = `${a}|${b}`;
      if (pairs.has(id)) continue;
      const scored = scorePair(features[a] as EventFeatures, features[b] as EventFeatures, idf);
      if (scored) pairs.set(id, { a, b, ...scored });
    }
  }

  // 2. Merge the best pairs first, never joining groups that disagree on day or kind.
  const parent = features.map((_, index) => index);
  const members = features.map((_, index) => [index]);
  const reasons = new Map<number, string[]>();
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] as number] as number;
    return index;
  };
  const sorted = [...pairs.values()].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  for (const pair of sorted) {
    const [rootA, rootB] = [find(pair.a), find(pair.b)];
    if (rootA === rootB) continue;
    const groupA = members[rootA] ?? [];
    const groupB = members[rootB] ?? [];
    const agree = groupA.every((a) =>
      groupB.every((b) => compatible(features[a] as EventFeatures, features[b] as EventFeatures)),
    );
    if (!agree) continue;
    parent[rootB] = rootA;
    members[rootA] = [...groupA, ...groupB];
    members[rootB] = [];
    if (!reasons.has(pair.a)) reasons.set(pair.a, pair.reasonsA);
    if (!reasons.has(pair.b)) reasons.set(pair.b, pair.reasonsB);
  }

  // 3. Groups, in a stable order.
  return members
    .filter((group) => group.length > 0)
    .map((group) => {
      const ids = group.map((index) => features[index]?.id ?? '').sort(compareCodePoints);
      const why = new Map(
        group.map((index) => [features[index]?.id ?? '', group.length > 1 ? (reasons.get(index) ?? []) : []]),
      );
      return { articles: ids, reasons: why };
    })
    .sort((x, y) => compareCodePoints(x.articles[0] ?? '', y.articles[0] ?? ''));
}

/**
 * Whether two articles can report one event: their kinds agree, and their days do, or lie a day
 * apart for a kind that reports from other time zones date differently (an earthquake) or that
 * happens once, so that a day off is a misdating (a verdict, an election).
 */
function compatible(a: EventFeatures, b: EventFeatures): boolean {
  if (a.kind && b.kind && a.kind.value !== b.kind.value) return false;
  return datesAgree(a, b) || (aDayApart(a, b) && (acrossTimeZones(a, b) || happensOnce(a, b)));
}

/** Whether two articles date the event a day apart, neither naming the other's day. */
function aDayApart(a: EventFeatures, b: EventFeatures): boolean {
  if (!a.date || !b.date) return false;
  const [earlier, later] = [a.date.value, b.date.value].sort() as [string, string];
  return addDays(earlier, 1) === later;
}

/**
 * Whether the day apart is how reports from other time zones date one event (an earthquake at
 * 23:47 in Lima is on the next day in Moscow), rather than one source misdating it: that only a
 * stronger match of who and where outweighs (`dayApartMargin`), and only for an event that
 * happens once.
 */
function acrossTimeZones(a: EventFeatures, b: EventFeatures): boolean {
  return kindOf(a, b)?.acrossTimeZones === true;
}

/** Whether both articles report a kind of event that happens once (`once` in `event-kinds.ts`). */
function happensOnce(a: EventFeatures, b: EventFeatures): boolean {
  return kindOf(a, b)?.once === true;
}

/** The kind both articles report, when both tell one. */
function kindOf(a: EventFeatures, b: EventFeatures) {
  return a.kind && b.kind ? eventKinds.find((entry) => entry.kind === a.kind?.value) : undefined;
}

/**
 * Score how strongly two articles report the same event, with each one's reasons (its own words
 * for what they share); `undefined` when they cannot be one event or share too little.
 */
function scorePair(
  a: EventFeatures,
  b: EventFeatures,
  idf: (key: string) => number,
): { score: number; reasonsA: string[]; reasonsB: string[] } | undefined {
  if (!compatible(a, b)) return undefined;
  const reasonsA: string[] = [];
  const reasonsB: string[] = [];
  let score = 0;
  let anchored = false;
  let placedOrNamed = false;
  const entitiesOfB = new Map(b.entities.map((entity) => [entity.key, entity]));
  for (const entity of a.entities) {
    const other = entitiesOfB.get(entity.key);
    const weight = idf(entity.key);
    if (!other || weight <= 0) continue;
    const bothLead = entity.lead && other.lead;
    anchored ||= bothLead;
    // Where it happened weighs most; a place merely mentioned ("relations with Moscow") little.
    const located = entity.located && other.located;
    placedOrNamed ||= bothLead && (located || (entity.kind === 'person' && weight >= rareEnough));
    const kindWeight = entity.kind === 'place' ? (located ? 2 : 0.5) : entity.kind === 'name' ? 0.5 : 1;
    // Background named only further down in both articles does not add up to an event.
    score += weight * (bothLead ? 1 : entity.lead || other.lead ? 0.3 : 0) * kindWeight;
    if (bothLead) {
      const what = entity.kind === 'name' ? 'name' : entity.kind;
      reasonsA.push(`${what} ${entity.label}: “${entity.evidence.text}”`);
      reasonsB.push(`${what} ${entity.label}: “${other.evidence.text}”`);
    }
  }
  // Undated articles need a shared place of the event or a shared person from the glossary; a
  // month and day without a year dates an article as well as a date does, once they agree.
  const dayOf = (article: EventFeatures) => article.date ?? article.monthDay;
  const bothDated = Boolean(dayOf(a) && dayOf(b));
  if (!anchored || (!bothDated && !placedOrNamed)) return undefined;
  // Without a day to agree on, a person the lead of an undated article names and the other
  // article never does is someone else's meeting ("Kim met Shoigu" is not "Kim met Putin").
  if ((!dayOf(a) && namesSomeoneAbsent(a, b)) || (!dayOf(b) && namesSomeoneAbsent(b, a))) return undefined;
  if (a.kind && b.kind) {
    score += 0.5;
    reasonsA.push(`${a.kind.value.replace('-', ' ')}: “${a.kind.evidence.text}”`);
    reasonsB.push(`${b.kind.value.replace('-', ' ')}: “${b.kind.evidence.text}”`);
  }
  const [dayA, dayB] = [dayOf(a), dayOf(b)];
  if (dayA && dayB) {
    score += a.date && b.date && a.date.value !== b.date.value ? 0.5 : 1;
    reasonsA.push(`day ${a.date?.value ?? `--${dayA.value}`}: “${dayA.evidence.text}”`);
    reasonsB.push(`day ${b.date?.value ?? `--${dayB.value}`}: “${dayB.evidence.text}”`);
  } else if ((a.date || a.weekday) && (b.date || b.weekday)) {
    score += 0.5;
    for (const [article, reasons] of [
      [a, reasonsA],
      [b, reasonsB],
    ] as const) {
      const told = article.date ?? article.weekday;
      if (told) reasons.push(`${article.date ? 'day' : 'weekday'}: “${told.evidence.text}”`);
    }
  }
  if (distinctPeople(a, b, idf)) score -= 1;
  // A source that dates the event a day off is still reporting it where the leads name the same
  // people and places, more of them than one day's agreement would need.
  const misdated = !datesAgree(a, b) && !acrossTimeZones(a, b);
  const threshold = (bothDated ? thresholdDated : thresholdUndated) + (misdated ? dayApartMargin : 0);
  return score >= threshold ? { score, reasonsA, reasonsB } : undefined;
}

/** Whether the lead of `a` names a person of the glossary whom `b` does not name at all. */
function namesSomeoneAbsent(a: EventFeatures, b: EventFeatures): boolean {
  const named = new Set(b.entities.map((entity) => entity.key));
  return a.entities.some((entity) => entity.lead && entity.kind === 'person' && !named.has(entity.key));
}

/** Both leads name rare people from the glossary and share none of them: likely two events. */
function distinctPeople(a: EventFeatures, b: EventFeatures, idf: (key: string) => number): boolean {
  const people = (article: EventFeatures) =>
    article.entities
      .filter((entity) => entity.lead && entity.kind === 'person' && idf(entity.key) > 0)
      .map((entity) => entity.key);
  const ofA = people(a);
  const ofB = new Set(people(b));
  return ofA.length > 0 && ofB.size > 0 && !ofA.some((key) => ofB.has(key));
}

/** Pairs within a posting; long postings are paired only within the same or next day. */
function pairsIn(posting: readonly number[], features: readonly EventFeatures[]): [number, number][] {
  const pairs: [number, number][] = [];
  if (posting.length <= maximumPosting) {
    for (let i = 0; i < posting.length; i++)
      for (let j = i + 1; j < posting.length; j++) pairs.push([posting[i] as number, posting[j] as number]);
    return pairs;
  }
  const byDay = new Map<string, number[]>();
  for (const index of posting) {
    const day = features[index]?.date?.value ?? `weekday-${features[index]?.weekday?.value ?? 'none'}`;
    byDay.set(day, [...(byDay.get(day) ?? []), index]);
  }
  for (const [day, group] of byDay) {
    const next = /^\d{4}-/.test(day) ? (byDay.get(addDays(day, 1)) ?? []) : [];
    const pool = group.slice(0, maximumPosting);
    for (let i = 0; i < pool.length; i++) {
      for (let j = i + 1; j < pool.length; j++) pairs.push([pool[i] as number, pool[j] as number]);
      for (const other of next.slice(0, maximumPosting))
        pairs.push([Math.min(pool[i] as number, other), Math.max(pool[i] as number, other)]);
    }
  }
  return pairs;
}

/** Scripts that write few vowels. */
const abjad = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;

/**
 * Give names found by spelling one key across the corpus when they name one entity
 * ("Sergkei Soigku" and "Sergei Shoigu", "Mark Rutte" and "Secretary General Mark Rutte"),
 * looking only among names that share a last-token prefix.
 */
function canonicalizeNames(articles: readonly EventFeatures[]): EventFeatures[] {
  const buckets = new Map<string, EntityMention[]>();
  const canonical = new Map<string, string>();
  const names = articles.flatMap((article) => article.entities.filter((entity) => entity.kind === 'name'));
  for (const name of names.sort((x, y) => y.tokens.length - x.tokens.length || compareCodePoints(x.key, y.key))) {
    if (canonical.has(name.key)) continue;
    const bucket = (name.tokens.at(-1) ?? '').slice(0, 3);
    const known = buckets.get(bucket) ?? [];
    // "Mark Rutte" is "Secretary General Mark Rutte"; a lone "Kim" is not "Kim Yo Jong".
    const match = known.find(
      (other) =>
        (other.tokens.length === name.tokens.length || name.tokens.length >= 2) && sameName(other.tokens, name.tokens),
    );
    if (match) {
      canonical.set(name.key, match.key);
    } else {
      canonical.set(name.key, name.key);
      buckets.set(bucket, [...known, name]);
    }
  }
  // Hebrew, Arabic and Persian write few vowels: a name in their script is the one a name in
  // another script spells with the same consonants (לארמה, Laerma; كرمان, Kerman).
  const bySkeleton = new Map<string, string>();
  for (const name of names)
    if (!abjad.test(name.label)) {
      const skeleton = consonantKey(name.label);
      const key = canonical.get(name.key) ?? name.key;
      if (skeleton.length >= 3 && compareCodePoints(key, bySkeleton.get(skeleton) ?? '\u{10FFFF}') < 0)
        bySkeleton.set(skeleton, key);
    }
  for (const name of names)
    if (abjad.test(name.label)) {
      const match = bySkeleton.get(consonantKey(name.label));
      if (match) canonical.set(name.key, match);
    }
  return articles.map((article) => {
    const entities = new Map<string, EntityMention>();
    for (const entity of article.entities) {
      const key = canonical.get(entity.key) ?? entity.key;
      const earlier = entities.get(key);
      if (!earlier || (entity.lead && !earlier.lead)) entities.set(key, { ...entity, key });
    }
    return { ...article, entities: [...entities.values()] };
  });
}
