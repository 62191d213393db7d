import { createHash } from 'node:crypto';
import { claimConcepts } from '../../data/claim-concepts.ts';
import { compareCodePoints } from '../../lib/compare-code-points.ts';
import type { Claim } from '../../schemas/events-json.ts';
import type { ClaimUnit } from './extract-claims.ts';

/** Concepts that frame one operation in rival ways: sources that pick different ones differ in framing. */
const framingConcepts = new Set(['liberation', 'expel', 'attack']);
/** Least similarity for two sentences to state one claim. */
const minimumSimilarity = 0.34;
/** Concepts two sentences must share: one shared word ("cooperation") is too thin for one claim. */
const minimumSharedConcepts = 2;
const labels = new Map(claimConcepts.map((entry) => [entry.concept, entry.label]));

/**
 * Align the sentences of one event's articles into claims: two sentences from different
 * articles state one claim when they share enough rare concepts and entities (cosine over
 * weights that favour what few sentences say). Each claim holds at most one sentence per
 * article. A claim is `corroborated` when independent sources state it alike, `differing`
 * when their numbers, hedges or framing differ, `single-source` otherwise.
 *
 * `sourceOf` maps an article to its independent source (its outlet, or itself), so that copies
 * count once.
 */
/** Where a claim's sentence stands in an article, for its anchor. */
export interface ClaimAnchor {
  article: string;
  line: number;
  start: number;
  end: number;
  claim: string;
}

export function alignClaims(
  units: readonly ClaimUnit[],
  sourceOf: (article: string) => string,
): { claims: Claim[]; anchors: ClaimAnchor[] } {
  const featureWeight = weights(units);
  const vectors = units.map((unit) => vectorOf(unit, featureWeight));

  // 1. Candidate pairs across articles, best first.
  const pairs: { a: number; b: number; similarity: number }[] = [];
  for (let a = 0; a < units.length; a++) {
    for (let b = a + 1; b < units.length; b++) {
      if (units[a]?.article === units[b]?.article) continue;
      const similarity = cosine(vectors[a] as Map<string, number>, vectors[b] as Map<string, number>);
      const sharedConcepts = [...(units[a]?.concepts ?? [])].filter((concept) =>
        units[b]?.concepts.has(concept),
      ).length;
      if (similarity >= minimumSimilarity && sharedConcepts >= minimumSharedConcepts) pairs.push({ a, b, similarity });
    }
  }
  pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);

  // 2. Merge, one sentence per article per claim.
  const groupOf = units.map((_, index) => index);
  const members = units.map((_, index) => [index]);
  for (const { a, b } of pairs) {
    const [ga, gb] = [groupOf[a] as number, groupOf[b] as number];
    if (ga === gb) continue;
    const articlesA = new Set((members[ga] ?? []).map((index) => units[index]?.article));
    if ((members[gb] ?? []).some((index) => articlesA.has(units[index]?.article))) continue;
    for (const index of members[gb] ?? []) groupOf[index] = ga;
    members[ga] = [...(members[ga] ?? []), ...(members[gb] ?? [])];
    members[gb] = [];
  }

  // 3. Claims: status, differences, gloss, a content-derived id; and where each sentence stands.
  const anchors: ClaimAnchor[] = [];
  const claims = members
    .filter((group) => group.length > 0)
    .map((group) =>
      group.map((index) => units[index] as ClaimUnit).sort((x, y) => compareCodePoints(x.article, y.article)),
    )
    .filter((mentions) => mentions.some((unit) => unit.concepts.size > 0 || unit.entities.size > 0))
    .map((mentions) => {
      const claim = toClaim(mentions, sourceOf);
      for (const unit of mentions) {
        anchors.push({ article: unit.article, line: unit.line, start: unit.start, end: unit.end, claim: claim.id });
      }
      return claim;
    })
    .sort(
      (x, y) => statusRank(x) - statusRank(y) || y.mentions.length - x.mentions.length || compareCodePoints(x.id, y.id),
    );
  return { claims, anchors };
}

function toClaim(mentions: readonly ClaimUnit[], sourceOf: (article: string) => string): Claim {
  const sources = new Set(mentions.map((unit) => sourceOf(unit.article)));
  const differences: Claim['differences'] = [];
  const numbered = mentions.filter((unit) => [...unit.numbers].some((number) => !isYear(number)));
  const numberSets = new Set(
    numbered.map((unit) =>
      [...unit.numbers]
        .filter((number) => !isYear(number))
        .sort()
        .join(' '),
    ),
  );
  if (numbered.length >= 2 && numberSets.size > 1) {
    differences.push({
      slot: 'number',
      values: numbered.map((unit) => ({ article: unit.article, value: [...unit.numbers].join(', ') })),
    });
  }
  const framings = mentions.map((unit) =>
    [...unit.concepts]
      .filter((concept) => framingConcepts.has(concept))
      .sort()
      .join('+'),
  );
  if (new Set(framings.filter(Boolean)).size > 1) {
    differences.push({
      slot: 'framing',
      values: mentions.map((unit, index) => ({
        article: unit.article,
        value: (framings[index] || 'neutral').replaceAll('+', ', '),
      })),
    });
  }
  const hedged = mentions.filter((unit) => unit.hedged);
  if (hedged.length > 0 && hedged.length < mentions.length) {
    differences.push({
      slot: 'framing',
      values: mentions.map((unit) => ({ article: unit.article, value: unit.hedged ? 'hedged' : 'stated' })),
    });
  }
  const status: Claim['status'] =
    sources.size < 2 ? 'single-source' : differences.length > 0 ? 'differing' : 'corroborated';
  const concepts = [...new Set(mentions.flatMap((unit) => [...unit.concepts]))].sort();
  const entities = [...new Set(mentions.flatMap((unit) => [...unit.entities.values()]))].sort(compareCodePoints);
  const summary =
    [entities.slice(0, 3).join(', '), concepts.map((concept) => labels.get(concept) ?? concept).join(', ')]
      .filter(Boolean)
      .join(': ') ||
    mentions[0]?.text.slice(0, 80) ||
    '';
  const key = `${concepts.join(',')}|${[...new Set(mentions.flatMap((unit) => [...unit.entities.keys()]))].sort().join(',')}|${mentions.map((unit) => `${unit.article}:${unit.line}`).join(',')}`;
  return {
    id: `claim-${createHash('sha256').update(key).digest('hex').slice(0, 10)}`,
    status,
    summary,
    differences,
    mentions: mentions.map((unit) => ({ article: unit.article, text: unit.text })),
  };
}

function statusRank(claim: Claim): number {
  return claim.status === 'corroborated' ? 0 : claim.status === 'differing' ? 1 : 2;
}

function isYear(number: string): boolean {
  return /^(19|20)\d{2}$/.test(number);
}

/** Weight of each feature by how few sentences of the event carry it. */
function weights(units: readonly ClaimUnit[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const unit of units)
    for (const feature of features(unit)) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  return new Map([...frequency].map(([feature, count]) => [feature, Math.log(1 + units.length / count)]));
}

function features(unit: ClaimUnit): string[] {
  return [
    ...[...unit.concepts].map((concept) => `concept:${concept}`),
    ...[...unit.entities.keys()],
    ...[...unit.numbers].filter((number) => !isYear(number)).map((number) => `number:${number}`),
  ];
}

function vectorOf(unit: ClaimUnit, weight: Map<string, number>): Map<string, number> {
  // Entities are context more than content: they count half.
  return new Map(
    features(unit).map((feature) => [feature, (weight.get(feature) ?? 0) * (feature.startsWith('concept:') ? 1 : 0.5)]),
  );
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [feature, value] of a) dot += value * (b.get(feature) ?? 0);
  const norm = (vector: Map<string, number>) =>
    Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}
