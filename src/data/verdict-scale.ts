/**
 * The published scale editors rate claims on, worst to best. `rating` is the number a
 * ClaimReview carries (`worstRating` 1, `bestRating` 5); `label` is its `alternateName` and
 * what the site shows; `meaning` is printed on the scale's page so readers know what each means.
 */
export interface Verdict {
  id: string;
  label: string;
  rating: number;
  meaning: string;
}

export const verdictScale = [
  {
    id: 'false',
    label: 'False',
    rating: 1,
    meaning: 'The claim is inaccurate: the evidence contradicts it.',
  },
  {
    id: 'misleading',
    label: 'Misleading',
    rating: 2,
    meaning: 'Accurate in part, but it leaves out or distorts what changes its meaning.',
  },
  {
    id: 'unproven',
    label: 'Unproven',
    rating: 3,
    meaning: 'No evidence available to us confirms or refutes it.',
  },
  {
    id: 'mostly-true',
    label: 'Mostly true',
    rating: 4,
    meaning: 'Accurate, with a detail that is wrong or needs context.',
  },
  {
    id: 'true',
    label: 'True',
    rating: 5,
    meaning: 'Accurate: the evidence supports it.',
  },
] as const satisfies readonly Verdict[];

export type VerdictId = (typeof verdictScale)[number]['id'];

export const worstRating = 1;
export const bestRating = verdictScale.length;

/** The verdict with this id; ids are checked when a note is read, so it is always found. */
export function verdictOf(id: VerdictId): Verdict {
  return verdictScale.find((verdict) => verdict.id === id) ?? verdictScale[2];
}
