import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { runPipeline } from '../src/pipeline/run-pipeline.ts';
import { parseCliArgs } from './lib/parse-cli-args.ts';

const usage = `Usage: npm run bench -- [--sizes 100,1000] [--sources <dir>]
  Generates articles by recombining the source articles' lines with varied dates,
  runs the ingest pipeline on them in memory, and prints articles/s and peak memory.`;

const values = parseCliArgs(
  {
    sizes: { type: 'string', default: '100,1000' },
    sources: { type: 'string', default: 'content/sources' },
  },
  usage,
);

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

// 2. Generate and run each size.
for (const size of values.sizes.split(',').map(Number)) {
  const sources = generate(size);
  const stages = new Map<string, number>();
  const started = performance.now();
  const result = runPipeline({ sources, glossary }, { onStage: (stage) => stages.set(stage, performance.now()) });
  const ended = performance.now();
  const seconds = (ended - started) / 1000;
  const grouping = ((stages.get('claims') ?? ended) - (stages.get('events') ?? ended)) / 1000;
  const claims = ((stages.get('write') ?? ended) - (stages.get('claims') ?? ended)) / 1000;
  const perSecond = Math.round(size / seconds);
  const peak = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    `n=${size}: ${result.articles.length} articles, ${result.eventsJson.events.length} events in ${seconds.toFixed(2)} s ` +
      `(${perSecond} articles/s; event grouping ${grouping.toFixed(2)} s, claims ${claims.toFixed(2)} s), peak RSS ${peak} MB`,
  );
  console.log(
    `BENCH n=${size} pipeline_articles_per_s=${perSecond} grouping_s=${grouping.toFixed(2)} claims_s=${claims.toFixed(2)} peak_rss_mb=${peak}`,
  );
}

/** `size` articles: each a seed with its lines in a shuffled order and a date tag of its own. */
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
    const day = new Date(Date.UTC(2024, 0, 1 + (index % 700))).toISOString().slice(0, 10);
    const text = ` date ${day} ${lines.join('\n')}\nArticle ${index}.`;
    return new VFile({ path: `bench_${String(index).padStart(6, '0')}.txt`, value: new TextEncoder().encode(text) });
  });
}
