import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import { ArticleFrontmatterSchema } from '../schemas/article-frontmatter.ts';
import { renderArticleBody, rendererSource } from './render-article-body.ts';

/**
 * The generated articles (`<generated>/articles/*.mdx`) as a content collection, each entry's
 * body rendered to HTML once, when it is loaded, and kept with the entry in Astro's content
 * store (as Astro keeps Markdown), rather than compiled into a module of the site's bundle. An
 * article whose file is unchanged since the last build keeps its entry and HTML: adding one
 * article renders one. The id is the source file's stem, from the frontmatter, as events.json
 * and editors' notes spell it; the file is named by its URL-safe slug.
 */
export function articlesLoader(folder: string): Loader {
  return {
    name: 'corroborate:articles',
    load: async (context) => {
      await loadArticles(folder, context);
      // `npm run dev`: a new ingest rewrites the folder, a thousand files at once; the collection
      // follows it, read again once for a burst of changes, not once per file.
      let reading: Promise<void> | undefined;
      let again = false;
      const reload = () => {
        if (reading) {
          again = true;
          return;
        }
        reading = loadArticles(folder, context)
          .catch((error: unknown) => context.logger.error(String(error)))
          .finally(() => {
            reading = undefined;
            if (again) {
              again = false;
              reload();
            }
          });
      };
      context.watcher?.add(folder);
      context.watcher?.on('all', (_event, changed) => {
        if (path.dirname(changed) === folder && changed.endsWith('.mdx')) reload();
      });
    },
  };
}

async function loadArticles(folder: string, { store, meta, parseData, generateDigest, config }: LoaderContext) {
  // An entry's digest covers the renderer and the schema too: one kept from a build whose
  // renderer or schema differ is rendered and read afresh, and so is the page that shows it.
  const version = generateDigest(
    `${rendererSource}\n${JSON.stringify(z.toJSONSchema(ArticleFrontmatterSchema, { io: 'input' }))}`,
  );
  const files = await readdir(folder).catch(() => [] as string[]);
  const root = fileURLToPath(config.root);
  const seen = new Set<string>();
  for (const name of files.filter((file) => file.endsWith('.mdx')).sort()) {
    const file = path.join(folder, name);
    const contents = await readFile(file, 'utf8');
    const digest = generateDigest(`${version}\n${contents}`);
    // A file read by an earlier build as it is now: its entry stands, its frontmatter unread.
    const known = meta.get(`file:${name}`)?.split('\n');
    if (known?.[0] === digest && known[1] && store.get(known[1])?.digest === digest) {
      seen.add(known[1]);
      continue;
    }
    const { frontmatter, body } = splitFrontmatter(contents);
    const raw = readOrExplain(file, 2, () => (loadYaml(frontmatter) ?? {}) as Record<string, unknown>);
    const id = typeof raw.id === 'string' ? raw.id : name.replace(/\.mdx$/, '');
    seen.add(id);
    meta.set(`file:${name}`, `${digest}\n${id}`);
    if (store.get(id)?.digest === digest) continue;
    const filePath = path.relative(root, file).split(path.sep).join('/');
    const data = await parseData({ id, data: raw, filePath });
    const bodyLine = contents.slice(0, contents.length - body.length).split('\n').length;
    const html = readOrExplain(file, bodyLine, () => renderArticleBody(body));
    store.set({ id, data, digest, filePath, rendered: { html } });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}

/** A generated article's YAML frontmatter and its MDX body. */
function splitFrontmatter(contents: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(contents);
  return match
    ? { frontmatter: match[1] ?? '', body: contents.slice(match[0].length) }
    : { frontmatter: '', body: contents };
}

/**
 * Read part of a generated file, or say which file it is, on which line it is broken, and how to
 * get a good one. `firstLine` is the file's line the part starts on.
 */
function readOrExplain<T>(file: string, firstLine: number, read: () => T): T {
  try {
    return read();
  } catch (error) {
    // remark counts lines from 1, YAML marks from 0.
    const place = error as { line?: number; column?: number; reason?: string; mark?: { line: number } };
    const within = place.line !== undefined ? place.line - 1 : place.mark?.line;
    const where = within === undefined ? '' : `:${firstLine + within}${place.column ? `:${place.column}` : ''}`;
    throw new Error(
      `${file}${where}: cannot read this generated article (${place.reason ?? (error as Error).message.split('\n')[0]}); ` +
        'it is written by the ingest and not edited by hand: run the build again to write it afresh, and put ' +
        'corrections in the source or its .yaml override',
    );
  }
}
