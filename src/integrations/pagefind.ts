import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { compareCodePoints } from '../lib/compare-code-points.ts';

/** The list of per-language Pagefind bundles, written to `/pagefind/languages.json` for the search page. */
export interface PagefindLanguages {
  languages: { lang: string; pages: number; bundle: string }[];
}

/**
 * Index the built site with Pagefind once Astro has written it: one bundle per `<html lang>`
 * at `/pagefind/<lang>/`, so each language is stemmed by its own stemmer at index and query time,
 * and the search page queries every bundle at once. Only pages marked `data-pagefind-body` are indexed.
 */
export function pagefindIntegration(): AstroIntegration {
  let cacheFolder = '';
  return {
    name: 'corroborate:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFolder = path.join(fileURLToPath(config.cacheDir), 'pagefind');
      },
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(fileURLToPath(dir), cacheFolder, logger.fork('pagefind'));
      },
    },
  };
}

/**
 * Index each language's pages into its bundle. A language whose pages are byte for byte those of
 * the last build gets that build's bundle back from `cacheFolder` (one bundle per language kept),
 * so adding an article re-indexes its language only.
 */
async function indexSite(dir: string, cacheFolder: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const pagesByLanguage = await readIndexablePages(dir);
  const manifest: PagefindLanguages = { languages: [] };
  let reused = 0;
  try {
    for (const [lang, pages] of [...pagesByLanguage].sort(([a], [b]) => compareCodePoints(a, b))) {
      const bundle = `pagefind/${lang}/`;
      const cached = path.join(cacheFolder, lang, bundleKey(lang, pages));
      if (existsSync(cached)) {
        await cp(cached, path.join(dir, bundle), { recursive: true });
        reused++;
      } else {
        const { index } = assertResponse(await pagefind.createIndex(), logger);
        for (const page of pages) assertResponse(await index.addHTMLFile(page), logger);
        assertResponse(await index.writeFiles({ outputPath: path.join(dir, bundle) }), logger);
        await index.deleteIndex();
        await keepBundle(path.join(dir, bundle), cached);
      }
      manifest.languages.push({ lang, pages: pages.length, bundle });
    }
  } finally {
    await pagefind.close();
  }
  await writeFile(path.join(dir, 'pagefind', 'languages.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const pageCount = manifest.languages.reduce((sum, language) => sum + language.pages, 0);
  logger.info(
    `Indexed ${pageCount} pages in ${manifest.languages.length} languages (${reused} reused from the last build) in ${Math.round(performance.now() - started)} ms.`,
  );
}

/** Pagefind's version: a new one may index the same pages differently. */
const pagefindVersion = (() => {
  const manifest = path.join(fileURLToPath(import.meta.resolve('pagefind')), '../../package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
})();

/** What a language's bundle is made from: Pagefind's version, and each page's address and HTML. */
function bundleKey(lang: string, pages: readonly pagefind.HTMLFile[]): string {
  const hash = createHash('sha256').update(`${pagefindVersion}\0${lang}\0`);
  for (const page of pages) hash.update(`${page.url}\0${page.content}\0`);
  return hash.digest('hex').slice(0, 32);
}

/** Keep a language's new bundle as its only cached one; written beside it first, then renamed into place. */
async function keepBundle(bundle: string, cached: string): Promise<void> {
  const languageFolder = path.dirname(cached);
  await rm(languageFolder, { recursive: true, force: true });
  const partial = `${languageFolder}.partial`;
  await rm(partial, { recursive: true, force: true });
  await cp(bundle, path.join(partial, path.basename(cached)), { recursive: true });
  await rename(partial, languageFolder);
}

/** Built pages that carry `data-pagefind-body`, grouped by their `<html lang>`. */
async function readIndexablePages(dir: string): Promise<Map<string, pagefind.HTMLFile[]>> {
  const byLanguage = new Map<string, pagefind.HTMLFile[]>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort(compareCodePoints);
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    if (!content.includes('data-pagefind-body')) continue;
    const tag = /<html[^>]*\slang="([^"]+)"/.exec(content)?.[1]?.toLowerCase() ?? 'und';
    // The tag names a folder: anything but a plain BCP 47 tag goes to the `und` bundle.
    const lang = /^[a-z0-9-]{2,35}$/.test(tag) ? tag : 'und';
    const relative = path.relative(dir, file).split(path.sep).join('/');
    const url = `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
    const pages = byLanguage.get(lang) ?? [];
    pages.push({ url, content });
    byLanguage.set(lang, pages);
  }
  return byLanguage;
}

function assertResponse<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): Required<T> {
  if (response.errors.length > 0) {
    for (const error of response.errors) logger.error(error);
    throw new Error('Pagefind could not index the site; see the errors above.');
  }
  return response as Required<T>;
}
