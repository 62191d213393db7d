import { z } from 'zod';
import { isoDate } from '../lib/iso-date.ts';

/** An ISO 8601 calendar date (`YYYY-MM-DD`) that exists. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number);
    return isoDate(year ?? 0, month ?? 0, day ?? 0) === value;
  }, 'expected a date that exists in the calendar');

/** The text in the source that supports a value: its line (1-based) and the words themselves. */
export const EvidenceSchema = z.object({
  line: z.number().int().positive(),
  text: z.string(),
});

/** Where a described value comes from. */
export const ProvenanceSchema = z.object({
  /** `editor`: set in the article's override file; `detected`: found in the text; `generated`: made up by the pipeline. */
  by: z.enum(['editor', 'detected', 'generated']),
  /** The rule that found or made the value (`headline`, `first-sentence`, `franc`, `self-mention`, `date-tag`…). */
  rule: z.string(),
  /** The source text behind the value; empty for editor and generated values. */
  evidence: z.array(EvidenceSchema),
});

/** A source the article cites: a news agency, an outlet, an institution. */
export const CitedSourceSchema = z.object({
  name: z.string(),
  kind: z.enum(['agency', 'outlet', 'institution', 'source']),
  evidence: z.array(EvidenceSchema).min(1),
});

/** A date, or part of one, that the article mentions. */
export const DateMentionSchema = z.object({
  text: z.string(),
  line: z.number().int().positive(),
  /** ISO 8601 as far as the words go: `2025-09-03`, `2024-06`, `2024`, `--06-15`, `--07`; `null` for a weekday or relative word alone. */
  value: z.string().nullable(),
  /** Day of the week named (0 = Sunday), or `null`. */
  weekday: z.number().int().min(0).max(6).nullable(),
  /** Offset from the day of writing, for "yesterday", "last year"… */
  relative: z.object({ unit: z.enum(['day', 'year']), offset: z.number().int() }).nullable(),
  /** The date or year it points to once the publication date is known; else `null`. */
  resolved: z.string().nullable(),
});

/** A place the article mentions. */
export const PlaceMentionSchema = z.object({
  /** English name for countries; the name as written otherwise. */
  name: z.string(),
  /** ISO 3166 region code for countries; `null` otherwise. */
  code: z.string().nullable(),
  evidence: z.array(EvidenceSchema).min(1),
});

/** A social post embedded in the article, shown as a quote, never as the outlet's own text. */
export const EmbedSchema = z.object({
  platform: z.string(),
  author: z.string().nullable(),
  handle: z.string().nullable(),
  date: IsoDateSchema.nullable(),
  dateText: z.string().nullable(),
  url: z.string().nullable(),
  profileUrl: z.string().nullable(),
  text: z.array(z.string()),
  lines: z.tuple([z.number().int(), z.number().int()]),
});

/** A block that cleaning took out of the source, and the rule that did. */
export const RemovedBlockSchema = z.object({
  kind: z.string(),
  rule: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
});

/** Frontmatter of a generated article MDX file; the Astro `articles` collection validates with it too. */
export const ArticleFrontmatterSchema = z.object({
  /** Article id: the source file stem, unique across the corpus. */
  id: z.string().min(1),
  /** Headline shown for the article: the source's headline line, an editor's, or generated from the first sentence. */
  title: z.string().min(1),
  /** Subtitle line under the headline, when the source has one. */
  standfirst: z.string().nullable(),
  /** BCP 47 language tag of the article text; `und` when it could not be told. */
  lang: z.string().min(2),
  /** Outlet that published the article; `null` when unknown. */
  outlet: z.string().nullable(),
  /** Address of the article on the web, when an editor gives it; `null` otherwise. */
  url: z.string().nullable(),
  /** Publication date; `null` when unknown. */
  published: IsoDateSchema.nullable(),
  /** Id of the event the article reports. */
  event: z.string().min(1),
  /** Path of the source file, relative to the sources folder, with `/` separators. */
  source: z.string().min(1),
  /** Where each described value comes from. */
  provenance: z.object({
    title: ProvenanceSchema,
    lang: ProvenanceSchema,
    outlet: ProvenanceSchema,
    url: ProvenanceSchema,
    published: ProvenanceSchema,
    event: ProvenanceSchema,
  }),
  /** Agencies, outlets and institutions the article cites. */
  cites: z.array(CitedSourceSchema),
  /** Dates the article mentions. */
  dates: z.array(DateMentionSchema),
  /** Places the article mentions. */
  places: z.array(PlaceMentionSchema),
  /** Social posts embedded in the article. */
  embeds: z.array(EmbedSchema),
  /** What cleaning removed from the source. */
  removed: z.array(RemovedBlockSchema),
  /** Ids of other sources with the same article text, not published again. */
  duplicates: z.array(z.string()),
  /** The article whose text this one republishes (the same wire copy under another outlet), or `null`; the two count as one source. */
  copyOf: z.string().nullable(),
  /** What put the article in its event: shared people, places, kind and day, or an editor's pin. */
  eventReasons: z.array(z.string()),
  /**
   * The people, places and countries it names, as search should also find them: English names
   * from the glossary and CLDR, and names in other scripts romanised (`Κουρσκ` → `kursk`). Sorted.
   */
  searchNames: z.array(z.string()),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type CitedSource = z.infer<typeof CitedSourceSchema>;
export type PlaceMention = z.infer<typeof PlaceMentionSchema>;
export type DateMention = z.infer<typeof DateMentionSchema>;
export type Embed = z.infer<typeof EmbedSchema>;
export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
