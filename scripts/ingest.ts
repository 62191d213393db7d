import { formatIngestCounts, ingest } from './lib/ingest.ts';
import { parseCliArgs } from './lib/parse-cli-args.ts';
import { runCli } from './lib/user-error.ts';

const usage =
  'Usage: npm run ingest -- --sources <dir> --out <dir> [--keep-going] [--glossary content/glossary.yaml] [--events content/events.yaml] [--notes content/notes] [--no-cache]';

// 1. Parse arguments.
const values = parseCliArgs(
  {
    sources: { type: 'string', default: process.env.CORROBORATE_SOURCES ?? 'content/sources' },
    glossary: { type: 'string', default: 'content/glossary.yaml' },
    events: { type: 'string', default: 'content/events.yaml' },
    notes: { type: 'string', default: 'content/notes' },
    out: { type: 'string', default: 'content' },
    'keep-going': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
  },
  usage,
);

// 2. Ingest and report, per file first, then a summary.
await runCli('ingest', async () => {
  const started = performance.now();
  const summary = await ingest({
    sources: values.sources,
    out: values.out,
    keepGoing: values['keep-going'],
    cache: values['no-cache'] ? false : undefined,
    glossary: values.glossary,
    events: values.events,
    notes: values.notes,
    onProgress: (line) => console.error(line),
  });
  if (summary.report) console.error(summary.report);
  const took = Math.round(performance.now() - started);
  console.error(
    `ingest: ${formatIngestCounts(summary)} in ${took} ms` +
      (summary.written
        ? ` → ${values.out}`
        : summary.editorErrors > 0
          ? '; nothing written (fix the errors in the editors’ files above)'
          : '; nothing written (fix the errors above, or pass --keep-going to publish the rest)'),
  );
  process.exitCode = summary.written ? 0 : 1;
});
