import { z } from 'zod';
import { IsoDateSchema } from './article-frontmatter.ts';
import { EventIdSchema } from './event-corrections.ts';

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * An editor's corrections to one article, in `content/sources/<id>.yaml` beside `<id>.txt`.
 * Every field is optional; a field that is set wins over what the pipeline found, and the
 * article page says so.
 */
/** Text an editor sets to show on pages: one line of printable text, of a headline's length at most. */
const shownText = (longest: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(longest)
    .refine((text) => !/\p{Cc}/u.test(text), 'expected printable text on one line, without control characters');

export const ArticleOverrideSchema = z.strictObject({
  /** Headline to show. */
  title: shownText(300).optional(),
  /** BCP 47 tag of the article's language (`el`, `de`, `pt-BR`). */
  lang: z
    .string()
    .refine(isLanguageTag, 'expected a BCP 47 language tag such as `el` or `pt-BR`')
    .transform((tag) => Intl.getCanonicalLocales(tag)[0] ?? tag)
    .optional(),
  /** Outlet that published the article; `null` to clear a wrong detection. */
  outlet: shownText(120).nullable().optional(),
  /** Address of the article on the web. */
  url: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) address such as `https://example.org/story`' })
    .nullable()
    .optional(),
  /** Publication date, `YYYY-MM-DD`; `null` to clear a wrong detection. */
  published: IsoDateSchema.nullable().optional(),
  /** Id of the event to put the article in, whatever grouping finds. */
  event: EventIdSchema.optional(),
});

export type ArticleOverride = z.infer<typeof ArticleOverrideSchema>;
