import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { astroCacheFolder } from './lib/astro-cache-folder.ts';
import { defaultIngestCacheFolder } from './lib/ingest-cache.ts';
import { parseCliArgs } from './lib/parse-cli-args.ts';

const usage = `Usage: npm run bench -- [--sizes 100,1000,10000] [--sources <dir>] [--pipeline-only]
  Generates N articles by recombining the source articles' lines with varied dates, places and
  names, and for each N measures:
    - the ingest pipeline in memory: articles/s, time per stage, peak memory;
    - the full build (npm run build: ingest, Astro, Pagefind) from the generated sources: ms per
      page, Pagefind time, peak memory; then the same build again with one article added;
    - a bare Astro build of the same MDX pages (one page each, no site), the baseline.
  Ends with one line per N: BENCH n=… pipeline_articles_per_s=… build_ratio=… peak_rss_mb=…`;

const values = parseCliArgs(
  {
    sizes: { type: 'string', default: '100,1000' },
    sources: { type: 'string', default: 'content/sources' },
    'pipeline-only': { type: 'boolean', default: false },
  },
  usage,
);

const root = process.cwd();
const work = path.join(root, '.cache/bench');

/** How the seeds write the cities and the minister that generated articles swap for others. */
const placeNames = /Πεκίνο|Peking|Beijing|Phenian|Πιονγκγιάνγκ|Pjöngjang|Pyongyang/g;
const personNames = /Σοϊγκού|Schoigu|Șoigu|Shoigu|Λαβρόφ|Lawrow|Lavrov/g;
const cities = [
  'Doha',
  'Lima',
  'Nairobi',
  'Hanoi',
  'Oslo',
  'Quito',
  'Dakar',
  'Riga',
  'Baku',
  'Accra',
  'Minsk',
  'Rabat',
];
const people = ['Petrov', 'Okafor', 'Nguyen', 'Haddad', 'Kowalski', 'Moreau', 'Sato', 'Silva', 'Novak', 'Rahman'];

// 1. Read the seeds once.
const seeds = readdirSync(values.sources)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(path.join(values.sources, name), 'utf8').split('\n'));
if (seeds.length === 0) {
  console.error(`bench: no .txt sources in ${values.sources}`);
  process.exit(2);
}
const glossaryPath = 'content/glossary.yaml';
const glossary = existsSync(glossaryPath)
  ? new VFile({ path: glossaryPath, value: readFileSync(glossaryPath) })
  : undefined;

// 2. Measure each size.
const summaries: string[] = [];
for (const size of values.sizes.split(',').map(Number)) {
  const sources = generate(size);
  const pipeline = measurePipeline(sources);
  console.log(
    `n=${size} pipeline: ${pipeline.articles} articles, ${pipeline.events} events, ${pipeline.claims} claims in ` +
      `${pipeline.seconds.toFixed(2)} s (${pipeline.perSecond} articles/s; read ${pipeline.stages.read.toFixed(2)} s, ` +
      `events ${pipeline.stages.events.toFixed(2)} s, claims ${pipeline.stages.claims.toFixed(2)} s, ` +
      `write ${pipeline.stages.write.toFixed(2)} s), peak RSS ${pipeline.peakMb} MB`,
  );
  if (values['pipeline-only']) {
    summaries.push(`BENCH n=${size} pipeline_articles_per_s=${pipeline.perSecond} peak_rss_mb=${pipeline.peakMb}`);
    continue;
  }

  const folder = path.join(work, `n${size}`);
  await rm(folder, { recursive: true, force: true });
  await mkdir(path.join(folder, 'sources'), { recursive: true });
  for (const source of sources) await writeFile(path.join(folder, 'sources', source.path), source.value);

  // Cold: nothing cached from an earlier run, neither the ingest's results nor Astro's pages.
  await rm(defaultIngestCacheFolder, { recursive: true, force: true });
  await rm(astroCacheFolder(path.join(folder, 'generated')), { recursive: true, force: true });
  const cold = await fullBuild(folder);
  const pages = cold.pages;
  // One more article, the same corpus otherwise: what an editor's daily addition costs.
  const [extra] = generate(size + 1).slice(size);
  if (extra) await writeFile(path.join(folder, 'sources', extra.path), extra.value);
  const warm = await fullBuild(folder);
  const bare = await bareAstroBuild(folder);
  const ratio = cold.seconds / bare.seconds;
  console.log(
    `n=${size} full build: ${pages} pages in ${cold.seconds.toFixed(1)} s (${((cold.seconds * 1000) / pages).toFixed(1)} ms/page; ` +
      `Pagefind ${cold.pagefindSeconds.toFixed(2)} s), peak RSS ${cold.peakMb} MB; with one article added ${warm.seconds.toFixed(1)} s`,
  );
  console.log(
    `n=${size} bare Astro build of the ${size} MDX pages: ${bare.seconds.toFixed(1)} s, peak RSS ${bare.peakMb} MB; ` +
      `full build / bare = ${ratio.toFixed(2)}`,
  );
  summaries.push(
    `BENCH n=${size} pipeline_articles_per_s=${pipeline.perSecond} build_ratio=${ratio.toFixed(2)} ` +
      `build_ms_per_page=${((cold.seconds * 1000) / pages).toFixed(1)} pagefind_s=${cold.pagefindSeconds.toFixed(2)} ` +
      `rebuild_one_added_s=${warm.seconds.toFixed(1)} cold_build_s=${cold.seconds.toFixed(1)} ` +
      `peak_rss_mb=${Math.max(pipeline.peakMb, cold.peakMb)}`,
  );
}
for (const line of summaries) console.log(line);

interface PipelineFigures {
  articles: number;
  events: number;
  claims: number;
  seconds: number;
  perSecond: number;
  stages: Record<'read' | 'events' | 'claims' | 'write', number>;
  peakMb: number;
}

/** Run the pure pipeline in this process, timing each stage. */
function measurePipeline(sources: VFile[]): PipelineFigures {
  const marks: [string, number][] = [];
  const started = performance.now();
  const result = runPipeline({ sources, glossary }, { onStage: (stage) => marks.push([stage, performance.now()]) });
  const ended = performance.now();
  const stages = { read: 0, events: 0, claims: 0, write: 0 };
  marks.forEach(([stage, at], index) => {
    stages[stage as keyof typeof stages] = ((marks[index + 1]?.[1] ?? ended) - at) / 1000;
  });
  const seconds = (ended - started) / 1000;
  return {
    articles: result.articles.length,
    events: result.eventsJson.events.length,
    claims: result.eventsJson.events.reduce((sum, event) => sum + event.claims.length, 0),
    seconds,
    perSecond: Math.round(sources.length / seconds),
    stages,
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** `npm run build` on the folder's sources, as a user runs it: its time, Pagefind's, and its peak memory. */
async function fullBuild(folder: string) {
  const run = await timed(process.execPath, [
    'scripts/build.ts',
    '--sources',
    path.join(folder, 'sources'),
    '--generated',
    path.join(folder, 'generated'),
    '--out-dir',
    path.join(folder, 'dist'),
    '--notes',
    path.join(folder, 'notes'),
  ]);
  const pagefind = /\[pagefind\] Indexed .* in (\d+) ms/.exec(run.output);
  // The build's closing report counts the pages it wrote.
  const pages = /claims, (\d+) pages in/.exec(run.output);
  return {
    ...run,
    pages: pages ? Number(pages[1]) : Number.NaN,
    pagefindSeconds: pagefind ? Number(pagefind[1]) / 1000 : Number.NaN,
  };
}

/**
 * The baseline: a bare Astro project that renders the same generated MDX files, one page each,
 * with `@astrojs/mdx` and nothing else (no events, claims, search, feeds or sitemap).
 */
async function bareAstroBuild(folder: string) {
  const project = path.join(folder, 'bare');
  await rm(project, { recursive: true, force: true });
  await mkdir(path.join(project, 'src/pages'), { recursive: true });
  await mkdir(path.join(project, 'src/components'), { recursive: true });
  await writeFile(
    path.join(project, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n\nexport default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });\n",
  );
  await writeFile(
    path.join(project, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: ${JSON.stringify(path.join(folder, 'generated/articles'))} }) }) };\n`,
  );
  await writeFile(path.join(project, 'src/components/span.astro'), '<span><slot /></span>\n');
  await writeFile(
    path.join(project, 'src/pages/[id].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      "import Span from '../components/span.astro';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { Content } = await render(Astro.props.entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.id}</title></head>',
      '<body><Content components={{ Claim: Span, Embed: Span }} /></body></html>',
      '',
    ].join('\n'),
  );
  return timed(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', project]);
}

/** Run a command to its end; its wall time, its output, and its peak memory (read from /proc while it runs). */
function timed(command: string, args: string[]): Promise<{ seconds: number; peakMb: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    let peakKb = 0;
    const poll = setInterval(() => {
      const status = readProcStatus(child.pid);
      const match = status && /VmHWM:\s+(\d+) kB/.exec(status);
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    }, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`${path.basename(args[0] ?? command)} exited with ${code}:\n${output}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: Math.round(peakKb / 1024), output });
    });
  });
}

function readProcStatus(pid: number | undefined): string | undefined {
  try {
    return pid === undefined ? undefined : readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `size` articles: each a seed with its lines in a shuffled order, a date tag of its own, and its
 * places and people swapped for others, so the corpus holds many events, not five.
 */
function generate(size: number): VFile[] {
  let state = 42;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: size }, (_, index) => {
    const lines = [...(seeds[index % seeds.length] ?? [])];
    for (let i = lines.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    }
    // Articles come in stories of about eight, each story on its own day, city and minister.
    const story = Math.floor(index / 8);
    const day = new Date(Date.UTC(2024, 0, 1 + (story % 700))).toISOString().slice(0, 10);
    const city = cities[story % cities.length] ?? '';
    const person = people[Math.floor(story / cities.length) % people.length] ?? '';
    const text = ` date ${day} ${lines.join('\n')}\nArticle ${index}.`
      .replace(placeNames, city)
      .replace(personNames, person);
    return new VFile({ path: `bench_${String(index).padStart(6, '0')}.txt`, value: new TextEncoder().encode(text) });
  });
}
