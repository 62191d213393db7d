import { isDay, weekdayOf } from '../../lib/iso-date.ts';
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
  time: 0.5,
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
    ...[...new Set([...unit.dates].flatMap(dateFeatures))].map((date) => `date:${date}`),
    ...[...unit.times].map((time) => `time:${time}`),
    ...[...unit.entities.keys()].map((key) => `entity:${key}`),
    ...[...unit.stems].map((stem) => `stem:${stem}`),
    ...(unit.speaker ? [`speaker:${unit.speaker}`] : []),
  ];
}

/**
 * What a date shares with others: its month (`2026-03`), and for a day, also its weekday
 * (`~4`), which a source naming the day only by its weekday ("jeudi soir") also holds.
 *
 * @example
 *   dateFeatures('2026-03-12') // ['2026-03', '~4']
 */
function dateFeatures(date: string): string[] {
  return isDay(date) ? [date.slice(0, 7), `~${weekdayOf(date)}`] : [date.slice(0, 7)];
}

/**
 * A weighted feature vector: feature ids in ascending order, each with its weight, and the
 * vector's norm. Ids are numbers given to features by `weighFeatures`, so vectors of one call
 * compare by merging two sorted arrays.
 */
export interface FeatureVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * Weighted feature vectors for a set of feature lists: a feature weighs more the fewer lists
 * carry it (inverse document frequency), times its kind's factor. `keep` leaves features out of
 * the vectors (not out of the frequencies).
 */
export function weighFeatures(
  lists: readonly (readonly string[])[],
  keep: (feature: string) => boolean = () => true,
): FeatureVector[] {
  const frequency = new Map<string, number>();
  for (const list of lists)
    for (const feature of new Set(list)) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  const idOf = new Map<string, number>();
  const weights: number[] = [];
  for (const [feature, count] of frequency) {
    idOf.set(feature, weights.length);
    weights.push(Math.log(1 + lists.length / count) * (kindFactor[feature.split(':')[0] ?? ''] ?? 1));
  }
  return lists.map((list) => {
    const ids = Int32Array.from(new Set(list.filter(keep).map((feature) => idOf.get(feature) as number))).sort();
    const vector = { ids, weights: Float64Array.from(ids, (id) => weights[id] ?? 0), norm: 0 };
    vector.norm = Math.sqrt(vector.weights.reduce((sum, weight) => sum + weight * weight, 0));
    return vector;
  });
}

/**
 * How alike two clauses of one set are: the cosine of their weighted features, read twice —
 * with word stems (a sentence and its copy, in one language) and without (across languages,
 * where the stems of one are noise to the other) — taking the higher.
 */
export function clauseSimilarity(units: readonly ClaimUnit[]): (a: number, b: number) => number {
  const lists = units.map(unitFeatures);
  const all = weighFeatures(lists);
  const translatable = weighFeatures(lists, (feature) => !feature.startsWith('stem:'));
  return (a, b) =>
    Math.max(
      cosine(all[a] as FeatureVector, all[b] as FeatureVector),
      cosine(translatable[a] as FeatureVector, translatable[b] as FeatureVector),
    );
}

/**
 * Cosine similarity of two vectors of one `weighFeatures` call, to twelve decimals: pairs that
 * share the same features tie exactly, whatever order their weights were summed in.
 */
export function cosine(a: FeatureVector, b: FeatureVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const dot = sharedWeight(a.ids, b.ids, a.weights, b.weights);
  return Math.round((dot / (a.norm * b.norm)) * 1e12) / 1e12;
}

/**
 * The sum, over the ids two ascending lists both hold, of the ids' weights in each list
 * multiplied (a list given no weights weighs each id 1): a dot product, a sum of one side's
 * weights, or a count of shared ids. The lists are merged, once.
 */
export function sharedWeight(
  a: Int32Array,
  b: Int32Array,
  weightsOfA?: Float64Array,
  weightsOfB?: Float64Array,
): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      sum += (weightsOfA ? (weightsOfA[i] as number) : 1) * (weightsOfB ? (weightsOfB[j] as number) : 1);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** Whether a number is a year (1900–2099), which dates already cover. */
export function isYear(number: string): boolean {
  return /^(19|20)\d{2}$/.test(number);
}
