import { z } from 'zod';
import { IsoDateSchema } from './article-frontmatter.ts';

/** One place where an article makes a claim: the exact sentence or clause, as in the cleaned article. */
export const ClaimMentionSchema = z.object({
  article: z.string(),
  text: z.string(),
  /** Who the article says made the statement (an English name from the glossary); `null` when it is the writer's own or unnamed. */
  speaker: z.string().nullable(),
});

/** How one slot of a claim differs between sources. */
export const ClaimDifferenceSchema = z.object({
  /** Which part of the claim differs. */
  slot: z.enum(['number', 'date', 'place', 'attribution', 'quote', 'framing']),
  /** The differing values, one per article that states it. */
  values: z.array(z.object({ article: z.string(), value: z.string() })),
});

/** A claim aligned across the articles of one event. */
export const ClaimSchema = z.object({
  id: z.string(),
  status: z.enum(['corroborated', 'differing', 'single-source']),
  /** Short English gloss of the claim. */
  summary: z.string(),
  /** Independent sources that state it: articles of one outlet, and copies of one text, count once. */
  sources: z.number().int().min(1),
  differences: z.array(ClaimDifferenceSchema),
  mentions: z.array(ClaimMentionSchema).min(1),
  /** The same claim made in other events (background repeated across reports, such as an earlier treaty). */
  related: z.array(z.object({ event: z.string(), claim: z.string() })).default([]),
});

/** An article as listed in events.json. */
export const EventsJsonArticleSchema = z.object({
  id: z.string(),
  lang: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  published: IsoDateSchema.nullable(),
  event: z.string(),
  /** The article whose text this one republishes (the same wire copy), or `null`; a copy counts as one source with it. */
  copyOf: z.string().nullable(),
});

/** A real-world event and the articles that report it. */
export const EventSchema = z.object({
  /** Stable id: date (or `undated`) and a slug of key entities. */
  id: z.string(),
  /** Generated English title. */
  title: z.string(),
  /** When the event happened; `null` when unknown. */
  date: IsoDateSchema.nullable(),
  /** Where it happened: the place most of its reports name as where ("in Peking"); `null` when none does. */
  place: z.string().nullable(),
  /** Ids of the articles that report the event, sorted. */
  articles: z.array(z.string()).min(1),
  /** Per article, what joined it to the event: shared people, places, kind and day, or an editor's pin. */
  evidence: z.array(z.object({ article: z.string(), reasons: z.array(z.string()) })),
  claims: z.array(ClaimSchema),
});

/** The public data contract: `events.json`, written by the ingest and published at `/data/events.json`. */
export const EventsJsonSchema = z.object({
  articles: z.array(EventsJsonArticleSchema),
  events: z.array(EventSchema),
});

export type ClaimMention = z.infer<typeof ClaimMentionSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type EventsJsonArticle = z.infer<typeof EventsJsonArticleSchema>;
export type Event = z.infer<typeof EventSchema>;
export type EventsJson = z.infer<typeof EventsJsonSchema>;
export type ClaimDifference = z.infer<typeof ClaimDifferenceSchema>;
