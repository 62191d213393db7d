import type { VFile } from 'vfile';
import { compareCodePoints as compare } from '../lib/compare-code-points.ts';
import type { ArticleFrontmatter } from '../schemas/article-frontmatter.ts';
import { ArticleFrontmatterSchema } from '../schemas/article-frontmatter.ts';
import type { EventsJson } from '../schemas/events-json.ts';
import { EventsJsonSchema } from '../schemas/events-json.ts';
import { articleToMdast, mdastToMdx } from './article-to-mdx.ts';
import { assignSingleArticleEvents } from './assign-single-article-events.ts';
import { decodeSource } from './decode-source.ts';
import { describeArticle } from './describe-article.ts';
import { textToBlocks } from './text-to-blocks.ts';

/** One generated article: its frontmatter and the MDX file text. */
export interface GeneratedArticle {
  frontmatter: ArticleFrontmatter;
  mdx: string;
}

/** Everything the pipeline produces from a set of sources. */
export interface PipelineResult {
  /** Published articles, sorted by id. */
  articles: GeneratedArticle[];
  /** The public data contract. */
  eventsJson: EventsJson;
}

/**
 * Turn source files into articles and events.json. Each file's `path` is relative to the
 * sources folder and its `value` the raw bytes; problems are left as messages on the files.
 */
export function runPipeline(files: readonly VFile[]): PipelineResult {
  const seen = new Map<string, string>();
  const described: { frontmatter: Omit<ArticleFrontmatter, 'event'>; blocks: ReturnType<typeof textToBlocks> }[] = [];

  for (const file of [...files].sort((a, b) => compare(a.path, b.path))) {
    // 1. Read: decode bytes, refuse what is not article text.
    const text = decodeSource(file);
    if (text === undefined) continue;

    // 2. Identify: the file stem is the article id, unique across the corpus.
    const id = file.stem ?? file.path;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      const message = file.message(
        `Cannot use \`${id}\` as article id, \`${earlier}\` already has it: rename one of the two files`,
        { place: { line: 1, column: 1 }, ruleId: 'duplicate-id', source: 'corroborate' },
      );
      message.fatal = true;
      continue;
    }
    seen.set(id, file.path);

    // 3. Split into blocks and describe: title, language.
    const blocks = textToBlocks(text);
    const description = describeArticle(blocks);
    if (description.language.lang === 'und') {
      file.message('Cannot tell the language of the article, using `und`: set `lang` in an override file', {
        place: { line: 1, column: 1 },
        ruleId: 'unknown-language',
        source: 'corroborate',
      });
    }
    described.push({
      frontmatter: {
        id,
        title: description.title,
        lang: description.language.lang,
        outlet: description.outlet,
        published: description.published,
        source: file.path,
      },
      blocks,
    });
  }

  // 4. Events: one per article until cross-article grouping lands.
  const events = assignSingleArticleEvents(described.map((entry) => entry.frontmatter));
  const eventOf = new Map(events.flatMap((event) => event.articles.map((id) => [id, event.id] as const)));

  // 5. Write: frontmatter validated against the shared schema, then MDX.
  const articles = described
    .map(({ frontmatter, blocks }) => {
      const full = ArticleFrontmatterSchema.parse({ ...frontmatter, event: eventOf.get(frontmatter.id) });
      return { frontmatter: full, mdx: mdastToMdx(articleToMdast(full, blocks)) };
    })
    .sort((a, b) => compare(a.frontmatter.id, b.frontmatter.id));

  const eventsJson = EventsJsonSchema.parse({
    articles: articles.map(({ frontmatter: { id, lang, title, outlet, published, event } }) => ({
      id,
      lang,
      title,
      outlet,
      published,
      event,
    })),
    events: [...events].sort((a, b) => compare(b.date ?? '', a.date ?? '') || compare(a.id, b.id)),
  });

  return { articles, eventsJson };
}
