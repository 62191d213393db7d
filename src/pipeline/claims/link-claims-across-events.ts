import { compareCodePoints } from '../../lib/compare-code-points.ts';
import { isDay } from '../../lib/iso-date.ts';
import type { Claim } from '../../schemas/events-json.ts';
import type { AlignedClaim } from './align-claims.ts';
import type { FeatureVector } from './claim-features.ts';
import { cosine, unitFeatures, weighFeatures } from './claim-features.ts';

/** Least similarity for claims of two events to be one background claim. */
const minimumSimilarity = 0.5;
/** Links kept per claim, best first. */
const maximumLinks = 3;
/** A concept this common across claims says nothing about which claims are one; it finds no candidates. */
const maximumPosting = 400;

/** A claim as linking reads it: the claim, and what its clauses share across events (`linkFeatures`). */
export interface LinkableClaim {
  claim: Claim;
  features: string[];
}

/**
 * What an aligned claim's clauses state that another event's claim could state too: their
 * features but for word stems, speakers and the weekday of a full date (within an event it meets
 * a weekday named alone; across events it would tie dates weeks apart). Taken as soon as an
 * event is aligned, so that its clauses need not be kept until every event is.
 */
export function linkFeatures({ units }: AlignedClaim): string[] {
  const features = units.flatMap((unit) => {
    const dated = [...unit.dates].some(isDay);
    return unitFeatures(unit).filter((feature) => !(dated && feature.startsWith('date:~')));
  });
  return [...new Set(features)].filter((feature) => !feature.startsWith('speaker:') && !feature.startsWith('stem:'));
}

/**
 * Link claims that several events repeat (background such as an earlier treaty, or an
 * accusation every report recalls): claims of different events that share two concepts, whose
 * dates agree and whose features (IDF over all claims) are close. Fills each claim's `related`.
 */
export function linkClaimsAcrossEvents(events: readonly { id: string; claims: readonly LinkableClaim[] }[]): void {
  const claims = events.flatMap((event) => event.claims.map((linkable) => ({ event: event.id, ...linkable })));
  const featureLists = claims.map(({ features }) => features);
  const vectors = weighFeatures(featureLists);
  const postings = new Map<string, number[]>();
  featureLists.forEach((features, index) => {
    for (const feature of features)
      if (feature.startsWith('concept:')) {
        const posting = postings.get(feature);
        if (posting) posting.push(index);
        else postings.set(feature, [index]);
      }
  });
  const links = claims.map(() => [] as { index: number; similarity: number }[]);
  // Concepts shared with each later claim, counted in one array and reset after each claim.
  const sharedCounts = new Uint32Array(claims.length);
  // A posting lists its claims in order: a claim's place in it is the number of claims already read from it.
  const readFrom = new Map<string, number>();
  claims.forEach((claim, index) => {
    const sharing: number[] = [];
    for (const feature of featureLists[index] ?? []) {
      const posting = postings.get(feature);
      if (!posting) continue;
      const place = readFrom.get(feature) ?? 0;
      readFrom.set(feature, place + 1);
      if (posting.length > maximumPosting) continue;
      for (let next = place + 1; next < posting.length; next++) {
        const other = posting[next] as number;
        const count = sharedCounts[other] ?? 0;
        if (count === 0) sharing.push(other);
        sharedCounts[other] = count + 1;
      }
    }
    for (const other of sharing) {
      const count = sharedCounts[other] ?? 0;
      sharedCounts[other] = 0;
      const candidate = claims[other];
      if (count < 2 || !candidate || candidate.event === claim.event) continue;
      if (!datesAgree(featureLists[index] ?? [], featureLists[other] ?? [])) continue;
      const similarity = cosine(vectors[index] as FeatureVector, vectors[other] as FeatureVector);
      if (similarity < minimumSimilarity) continue;
      links[index]?.push({ index: other, similarity });
      links[other]?.push({ index, similarity });
    }
  });
  claims.forEach((claim, index) => {
    claim.claim.related = (links[index] ?? [])
      .sort((a, b) => b.similarity - a.similarity || a.index - b.index)
      .slice(0, maximumLinks)
      .map(({ index: other }) => ({ event: claims[other]?.event ?? '', claim: claims[other]?.claim.id ?? '' }))
      .sort((a, b) => compareCodePoints(a.event, b.event) || compareCodePoints(a.claim, b.claim));
  });
}

/** Dates agree when either claim has none, or some date of one is a prefix of one of the other (`2024` and `2024-06`). */
function datesAgree(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [a, b].map((list) => list.filter((feature) => feature.startsWith('date:')).map((f) => f.slice(5)));
  if (!x?.length || !y?.length) return true;
  return x.some((one) => y.some((other) => one.startsWith(other) || other.startsWith(one)));
}
