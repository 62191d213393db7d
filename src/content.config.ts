import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ArticleFrontmatterSchema } from './schemas/article-frontmatter.ts';
import { EventSchema, EventsJsonSchema } from './schemas/events-json.ts';
import { generatedDir } from './site/generated-dir.ts';

const articles = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${generatedDir()}/articles`,
    // The id is the source file stem exactly, as events.json and editor notes spell it; the
    // file is named by its URL-safe slug, so the id comes from the frontmatter.
    generateId: ({ entry, data }) => (typeof data.id === 'string' ? data.id : entry.replace(/\.mdx$/, '')),
  }),
  schema: ArticleFrontmatterSchema,
});

const events = defineCollection({
  loader: file(`${generatedDir()}/events.json`, {
    parser: (text) => EventsJsonSchema.parse(JSON.parse(text)).events,
  }),
  schema: EventSchema,
});

export const collections = { articles, events };
