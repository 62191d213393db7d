import { z } from 'zod';
import type { VerdictId } from '../data/verdict-scale.ts';
import { verdictScale } from '../data/verdict-scale.ts';
import { IsoDateSchema } from './article-frontmatter.ts';

/** Longest `claimReviewed` a ClaimReview should carry: under 75 characters. */
export const claimReviewedMaxLength = 74;

const verdictIds = verdictScale.map((verdict) => verdict.id) as [VerdictId, ...VerdictId[]];

/** What a note can be about; a note names exactly one. */
export const noteTargets = ['claim', 'event', 'article'] as const;

const id = z.string().trim().min(1);

/**
 * The frontmatter of an editor's note, `content/notes/<name>.mdx`: what it is about (one claim,
 * event or article id), an optional verdict on a claim, who wrote it and when, and the sources
 * it relies on. YAML dates may arrive as `Date` (Astro reads frontmatter with js-yaml) or as text.
 */
export const NoteFrontmatterSchema = z
  .strictObject({
    /** Id of the claim the note is about (`claim-…`, as on the claim's page). */
    claim: id.optional(),
    /** Id of the event the note is about. */
    event: id.optional(),
    /** Id of the article the note is about (its source file stem). */
    article: id.optional(),
    /** Heading of the note; without one the site heads it "Editor's note". */
    title: z.string().trim().min(1).optional(),
    /** Rating of the claim on the published scale. */
    // YAML reads a bare `false` or `true` as a boolean.
    verdict: z
      .preprocess(
        (value) => (typeof value === 'boolean' ? String(value) : value),
        z.enum(verdictIds, { error: `expected one of ${verdictIds.join(', ')}` }),
      )
      .optional(),
    /** The claim as the verdict rates it, in a short English sentence; defaults to the claim's gloss. */
    claimReviewed: z
      .string()
      .trim()
      .min(1)
      .max(claimReviewedMaxLength, `expected at most ${claimReviewedMaxLength} characters`)
      .optional(),
    /** Who wrote the note. */
    author: z.string({ error: 'expected the name of who wrote the note' }).trim().min(1),
    /** When the note was written or last changed materially, `YYYY-MM-DD`. */
    date: z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), IsoDateSchema),
    /** Addresses of the evidence the note relies on. */
    sources: z
      .array(z.url({ protocol: /^https?$/, error: 'expected an http(s) address such as `https://example.org/report`' }))
      .default([]),
  })
  .superRefine((note, context) => {
    const targets = noteTargets.filter((target) => note[target] !== undefined);
    if (targets.length !== 1)
      context.addIssue({
        code: 'custom',
        path: targets.length > 1 ? [targets[1] ?? 'claim'] : [],
        message:
          targets.length === 0
            ? 'expected what the note is about: one of `claim`, `event` or `article` with an id'
            : `expected one of \`claim\`, \`event\` or \`article\`, not ${targets.map((target) => `\`${target}\``).join(' and ')}`,
      });
    if (note.verdict !== undefined && note.claim === undefined)
      context.addIssue({
        code: 'custom',
        path: ['verdict'],
        message: 'a verdict rates a claim: set `claim` to the id of the claim it rates, or remove `verdict`',
      });
    if (note.claimReviewed !== undefined && note.verdict === undefined)
      context.addIssue({
        code: 'custom',
        path: ['claimReviewed'],
        message: '`claimReviewed` goes with a verdict: add `verdict`, or remove `claimReviewed`',
      });
  });

export type NoteFrontmatter = z.infer<typeof NoteFrontmatterSchema>;
