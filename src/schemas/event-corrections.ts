import { z } from 'zod';
import { IsoDateSchema } from './article-frontmatter.ts';

/**
 * An event id as an editor writes one: the page's address is made of it, so letters (with their
 * marks, as Hindi writes vowels), digits and hyphens only.
 */
export const EventIdSchema = z
  .string()
  .trim()
  .min(1)
  .regex(/^[\p{L}\p{M}\p{N}-]+$/u, 'expected an event id of letters, digits and hyphens, as events.json writes it');

/** An editor's correction to one event, in `content/events.yaml`. */
export const EventCorrectionSchema = z.strictObject({
  /** The event id: an existing one to retitle or redate, or a new one to gather `articles` under. */
  id: EventIdSchema,
  /** English title to show instead of the generated one. */
  title: z.string().trim().min(1).optional(),
  /** When the event happened, `YYYY-MM-DD`. */
  date: IsoDateSchema.nullable().optional(),
  /** Where it happened, in English (`Arequipa`); `null` when no one place fits. */
  place: z.string().trim().min(1).nullable().optional(),
  /** Article ids that belong to this event, whatever grouping finds: merges and splits. */
  articles: z.array(z.string().trim().min(1)).optional(),
});

/** All event corrections: a list. */
export const EventCorrectionsSchema = z.array(EventCorrectionSchema);

export type EventCorrection = z.infer<typeof EventCorrectionSchema>;
