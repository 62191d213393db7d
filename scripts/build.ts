import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import { astroCacheFolder } from './lib/astro-cache-folder.ts';
import { checkOutDir } from './lib/check-out-dir.ts';
import { holdBuildLock } from './lib/hold-build-lock.ts';
import { formatIngestCounts, ingest } from './lib/ingest.ts';
import { parseCliArgs } from './lib/parse-cli-args.ts';
import { runCli, UserError } from './lib/user-error.ts';

const usage = `Usage: npm run build -- [--sources <dir>] [--generated <dir>] [--out-dir <dir>] [--site <url>] [--strict] [--no-cache]
  --sources    raw articles (default: $CORROBORATE_SOURCES or content/sources)
  --glossary   entities and their spellings (default: content/glossary.yaml)
  --events     editors' event corrections (default: content/events.yaml)
  --notes      editors' notes and verdicts (default: content/notes)
  --generated  where the ingest writes articles/ and events.json (default: content)
  --out-dir    the built site (default: dist)
  --site       the address the site will be served from, for rss.xml, sitemap.xml and
               link previews (default: $CORROBORATE_SITE; without one, those are left out)
  --strict     stop when any source has an error, instead of publishing the valid rest
  --no-cache   compute and render everything afresh, reusing nothing from earlier builds`;

// 1. Parse arguments.
const values = parseCliArgs(
  {
    sources: { type: 'string', default: process.env.CORROBORATE_SOURCES ?? 'content/sources' },
    glossary: { type: 'string', default: 'content/glossary.yaml' },
    events: { type: 'string', default: 'content/events.yaml' },
    notes: { type: 'string', default: 'content/notes' },
    generated: { type: 'string', default: 'content' },
    'out-dir': { type: 'string', default: 'dist' },
    site: { type: 'string', default: process.env.CORROBORATE_SITE ?? '' },
    strict: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
  usage,
);

await runCli('build', async () => {
  const started = performance.now();
  const site = values.site ? siteAddress(values.site) : undefined;
  checkOutDir(values['out-dir'], {
    'the project': process.cwd(),
    'the sources': values.sources,
    'the generated files': values.generated,
    'the notes': values.notes,
    'the glossary': values.glossary,
    'the event corrections': values.events,
  });
  const generated = path.resolve(values.generated);
  process.env.CORROBORATE_GENERATED = generated;
  process.env.CORROBORATE_NOTES = path.resolve(values.notes);
  process.env.ASTRO_TELEMETRY_DISABLED = '1';

  // 2. Ingest the sources; the build publishes the valid ones and reports the rest, unless --strict.
  const summary = await ingest({
    sources: values.sources,
    out: generated,
    keepGoing: !values.strict,
    cache: values['no-cache'] ? false : undefined,
    glossary: values.glossary,
    events: values.events,
    notes: values.notes,
    onProgress: (line) => console.error(line),
  });
  if (summary.report) console.error(summary.report);
  console.error(`ingest: ${formatIngestCounts(summary)}`);
  if (!summary.written) {
    console.error(
      summary.editorErrors > 0
        ? 'build: stopped, nothing built (fix the errors in the editors’ files above: notes, overrides, glossary, events.yaml)'
        : 'build: stopped, nothing built (fix the errors above, or build without --strict to publish the rest)',
    );
    process.exitCode = 1;
    return;
  }

  // 3. Build the site with Astro, one build at a time in this project (Astro keeps its content
  // modules in `.astro/`); the Pagefind integration indexes it when Astro is done. Each generated
  // folder gets its own content cache, so two corpora never share stale entries.
  const lock = path.resolve('node_modules/.cache/corroborate/build.lock');
  const release = await holdBuildLock(lock, (pid) =>
    console.error(`build: waiting for the build in process ${pid} to finish (if there is none, remove ${lock})`),
  );
  try {
    // Without the cache, the search index is built afresh too (see src/integrations/pagefind.ts).
    if (values['no-cache'])
      await rm(path.join(astroCacheFolder(generated), 'pagefind'), { recursive: true, force: true });
    await build({
      root: process.cwd(),
      ...(site ? { site } : {}),
      outDir: path.resolve(values['out-dir']),
      cacheDir: astroCacheFolder(generated),
      // Without the cache, every page is rendered again and the content store rebuilt.
      ...(values['no-cache'] ? { force: true } : {}),
    });
  } finally {
    await release();
  }

  // 4. Report: what was published, what went wrong, and how long it took.
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pages = countPages(path.resolve(values['out-dir']));
  console.error(
    `build: ${formatIngestCounts(summary)}; ${summary.claims} claims, ${pages} pages in ${seconds} s → ${values['out-dir']}`,
  );
});

/** The site's address as Astro takes it, or a message saying what is wrong with it. */
function siteAddress(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UserError(
      `Cannot use \`${value}\` for \`--site\`, expected an absolute address such as https://facts.example.org/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new UserError(`Cannot use \`${value}\` for \`--site\`, expected an http or https address`);
  return url.href;
}

/** HTML pages in the built site. */
function countPages(outDir: string): number {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}
