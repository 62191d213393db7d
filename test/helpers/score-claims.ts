import { parse } from 'yaml';
import { z } from 'zod';
import type { Claim } from '../../src/schemas/events-json.ts';

/** Hand labels of a claims fixture: `expected.yaml`. */
export const ExpectedClaimsSchema = z.object({
  claims: z.array(
    z.object({
      gloss: z.string(),
      status: z.enum(['corroborated', 'differing', 'single-source']),
      differs: z.array(z.enum(['number', 'date', 'place', 'attribution', 'quote', 'framing'])).default([]),
      mentions: z.array(z.object({ article: z.string(), text: z.string() })).min(1),
    }),
  ),
});
export type ExpectedClaims = z.infer<typeof ExpectedClaimsSchema>;

/** Read and check an `expected.yaml`. */
export function readExpectedClaims(yaml: string): ExpectedClaims {
  return ExpectedClaimsSchema.parse(parse(yaml));
}

/** How the produced claims compare with hand labels. */
export interface ClaimScore {
  /** Pairs of labelled mentions (across articles) put in one claim, against the labels' pairs. */
  precision: number;
  recall: number;
  f1: number;
  /** Labelled claims whose mentions all landed in one produced claim with the labelled status. */
  statusRight: number;
  statusTotal: number;
  /** What went wrong, one line each, for reading a failure. */
  misses: string[];
}

/**
 * Score produced claims against hand labels. Each labelled mention (an exact snippet of its
 * article) is matched to the produced mention of the same article whose text overlaps it most;
 * then every pair of labelled mentions from different articles is a pair of the labels when
 * they share a labelled claim, and a produced pair when they land in one produced claim.
 */
export function scoreClaims(
  expected: ExpectedClaims,
  produced: readonly Claim[],
  sourceText: (article: string) => string,
): ClaimScore {
  const where = (article: string, text: string) => {
    const at = sourceText(article).indexOf(text);
    return at < 0 ? null : { from: at, to: at + text.length };
  };
  const producedSpans = produced.flatMap((claim) =>
    claim.mentions.flatMap((mention) => {
      const span = where(mention.article, mention.text);
      return span ? [{ claim, article: mention.article, ...span }] : [];
    }),
  );
  const labelled = expected.claims.flatMap((claim, index) =>
    claim.mentions.map((mention) => {
      const span = where(mention.article, mention.text);
      const overlap = (other: { from: number; to: number }) =>
        span ? Math.max(0, Math.min(span.to, other.to) - Math.max(span.from, other.from)) : 0;
      const best = producedSpans
        .filter((candidate) => candidate.article === mention.article && overlap(candidate) > 0)
        .sort((a, b) => overlap(b) - overlap(a))[0];
      return { label: index, article: mention.article, text: mention.text, claim: best?.claim ?? null };
    }),
  );

  let both = 0;
  let labelPairs = 0;
  let producedPairs = 0;
  const misses: string[] = [];
  for (let a = 0; a < labelled.length; a++) {
    for (let b = a + 1; b < labelled.length; b++) {
      const [x, y] = [labelled[a], labelled[b]];
      if (!x || !y || x.article === y.article) continue;
      const inLabels = x.label === y.label;
      const inProduced = x.claim !== null && x.claim === y.claim;
      if (inLabels) labelPairs++;
      if (inProduced) producedPairs++;
      if (inLabels && inProduced) both++;
      if (inLabels !== inProduced)
        misses.push(`${inLabels ? 'missed' : 'wrongly joined'}: ${x.article} “${x.text}” + ${y.article} “${y.text}”`);
    }
  }
  let statusRight = 0;
  expected.claims.forEach((claim, index) => {
    const landed = new Set(labelled.filter((mention) => mention.label === index).map((mention) => mention.claim));
    const [only] = landed;
    if (landed.size === 1 && only && only.status === claim.status) statusRight++;
    else
      misses.push(
        `status of “${claim.gloss}”: expected ${claim.status}, got ${[...landed].map((c) => c?.status ?? 'none').join(' / ')}`,
      );
  });
  const precision = producedPairs === 0 ? 1 : both / producedPairs;
  const recall = labelPairs === 0 ? 1 : both / labelPairs;
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    statusRight,
    statusTotal: expected.claims.length,
    misses,
  };
}
