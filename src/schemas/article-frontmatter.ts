import { z } from 'zod';

/** An ISO 8601 calendar date (`YYYY-MM-DD`). */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** Frontmatter of a generated article MDX file; the Astro `articles` collection validates with it too. */
export const ArticleFrontmatterSchema = z.object({
  /** Article id: the source file stem, unique across the corpus. */
  id: z.string().min(1),
  /** Headline shown for the article. */
  title: z.string().min(1),
  /** BCP 47 language tag of the article text; `und` when it could not be told. */
  lang: z.string().min(2),
  /** Outlet that published the article; `null` when unknown. */
  outlet: z.string().nullable(),
  /** Publication date; `null` when unknown. */
  published: IsoDateSchema.nullable(),
  /** Id of the event the article reports. */
  event: z.string().min(1),
  /** Path of the source file, relative to the sources folder, with `/` separators. */
  source: z.string().min(1),
});

export type ArticleFrontmatter = z.infer<typeof ArticleFrontmatterSchema>;
