import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { ArticleFrontmatterSchema } from './schemas/article-frontmatter.ts';
import { EventSchema, EventsJsonSchema } from './schemas/events-json.ts';
import { NoteFrontmatterSchema } from './schemas/note-frontmatter.ts';
import { articlesLoader } from './site/articles-loader.ts';
import { generatedDir, notesDir } from './site/generated-dir.ts';

// Generated articles, their bodies rendered to HTML once and kept between builds (see articles-loader.ts).
const articles = defineCollection({
  loader: articlesLoader(`${generatedDir()}/articles`),
  schema: ArticleFrontmatterSchema,
});

const events = defineCollection({
  loader: file(`${generatedDir()}/events.json`, {
    parser: (text) => EventsJsonSchema.parse(JSON.parse(text)).events,
  }),
  schema: EventSchema,
});

// Editors' notes are read where editors write them, so `npm run dev` shows an edit at once. The
// ingest has checked them against the ids it produced before any build gets here.
const notes = defineCollection({
  loader: quietWhenEmpty(glob({ pattern: '*.mdx', base: notesDir() })),
  schema: NoteFrontmatterSchema,
});

/** A glob loader that does not warn about an empty or missing folder: a site with no notes yet is normal. */
function quietWhenEmpty(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        logger: new Proxy(context.logger, {
          get: (target, property, receiver) =>
            property === 'warn'
              ? (message: string) => {
                  if (!/^No files found matching|^The base directory .* does not exist/.test(message))
                    target.warn(message);
                }
              : Reflect.get(target, property, receiver),
        }),
      }),
  };
}

export const collections = { articles, events, notes };
