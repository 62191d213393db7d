import type { ClaimUnit } from './extract-claims.ts';

/**
 * How much each kind of feature says about what a clause states: concepts most, and what its
 * figures count (two tolls are one slot, whatever their figures); numbers and dates a little less; entities half (they are the event's context more than the claim's
 * content); word stems less (they match within a language and across cognates only); the
 * speaker least.
 */
const kindFactor: Record<string, number> = {
  concept: 1,
  count: 1,
  number: 0.7,
  date: 0.5,
  entity: 0.5,
  stem: 0.4,
  speaker: 0.3,
};

/**
 * The features of a clause, each as `kind:value`.
 *
 * @example
 *   unitFeatures(unit) // ['concept:treaty', 'concept:mutual-defence', 'date:2024-06', 'entity:country:RU']
 *   unitFeatures(toll) // ['concept:killed', 'count:killed', 'number:41']
 */
export function unitFeatures(unit: ClaimUnit): string[] {
  return [
    ...[...unit.concepts].map((concept) => `concept:${concept}`),
    ...[...unit.counts.keys()].map((concept) => `count:${concept}`),
    ...[...unit.numbers].filter((number) => !isYear(number)).map((number) => `number:${number}`),
    ...[...new Set([...unit.dates].map((date) => date.slice(0, 7)))].map((date) => `date:${date}`),
    ...[...unit.entities.keys()].map((key) => `entity:${key}`),
    ...[...unit.stems].map((stem) => `stem:${stem}`),
    ...(unit.speaker ? [`speaker:${unit.speaker}`] : []),
  ];
}

/**
 * Weighted feature vectors for a set of feature lists: a feature weighs more the fewer lists
 * carry it (inverse document frequency), times its kind's factor.
 */
export function weighFeatures(lists: readonly (readonly string[])[]): Map<string, number>[] {
  const frequency = new Map<string, number>();
  for (const list of lists)
    for (const feature of new Set(list)) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [feature, count] of frequency)
    weights.set(feature, Math.log(1 + lists.length / count) * (kindFactor[feature.split(':')[0] ?? ''] ?? 1));
  return lists.map((list) => new Map(list.map((feature) => [feature, weights.get(feature) ?? 0])));
}

/**
 * How alike two clauses of one set are: the cosine of their weighted features, read twice —
 * with word stems (a sentence and its copy, in one language) and without (across languages,
 * where the stems of one are noise to the other) — taking the higher.
 */
export function clauseSimilarity(units: readonly ClaimUnit[]): (a: number, b: number) => number {
  const all = weighFeatures(units.map(unitFeatures));
  const translatable = all.map((vector) => new Map([...vector].filter(([feature]) => !feature.startsWith('stem:'))));
  return (a, b) =>
    Math.max(
      cosine(all[a] as Map<string, number>, all[b] as Map<string, number>),
      cosine(translatable[a] as Map<string, number>, translatable[b] as Map<string, number>),
    );
}

/** Cosine similarity of two sparse vectors. */
export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [feature, value] of a) dot += value * (b.get(feature) ?? 0);
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** Norms of the vectors compared so far: a vector is compared with many others, and not changed after weighing. */
const norms = new WeakMap<Map<string, number>, number>();

function norm(vector: Map<string, number>): number {
  let known = norms.get(vector);
  if (known === undefined) {
    let sum = 0;
    for (const value of vector.values()) sum += value * value;
    known = Math.sqrt(sum);
    norms.set(vector, known);
  }
  return known;
}

/** Whether a number is a year (1900–2099), which dates already cover. */
export function isYear(number: string): boolean {
  return /^(19|20)\d{2}$/.test(number);
}
