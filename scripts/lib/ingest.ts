import { reporter } from 'vfile-reporter';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { readOptionalFile, readSources } from './read-sources.ts';
import { writeOutput } from './write-output.ts';

/** Options of one ingest run. */
export interface IngestOptions {
  /** Folder of raw `*.txt` articles. */
  sources: string;
  /** Folder that receives `articles/` and `events.json`. */
  out: string;
  /** Publish the valid sources even when others have errors. */
  keepGoing: boolean;
  /** `glossary.yaml`, if there is one. */
  glossary?: string | undefined;
  /** `events.yaml` with editors' event corrections, if there is one. */
  events?: string | undefined;
}

/** Outcome of an ingest run: what was written and what went wrong. */
export interface IngestSummary {
  articles: number;
  events: number;
  errors: number;
  warnings: number;
  written: boolean;
  /** The per-file report, ready to print. */
  report: string;
}

/** Read the sources, run the pipeline, and write the output unless errors stop it. */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  // 1. Read every source file, and note the files that are not sources.
  const { sources, overrides, skipped } = await readSources(options.sources);
  const glossary = await readOptionalFile(options.glossary);
  const eventCorrections = await readOptionalFile(options.events);

  // 2. Run the pure pipeline.
  const result = runPipeline({ sources, overrides, glossary, eventCorrections });

  // 3. Count what the files say; errors stop the write unless told to keep going.
  const files = [
    ...sources,
    ...overrides,
    ...skipped,
    ...[glossary, eventCorrections].filter((file) => file !== undefined),
  ];
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  const warnings = messages.filter((message) => message.fatal === false).length;
  const written = errors === 0 || options.keepGoing;

  // 4. Write atomically.
  if (written) await writeOutput(options.out, result);

  return {
    articles: result.articles.length,
    events: result.eventsJson.events.length,
    errors,
    warnings,
    written,
    report: reporter(files, { quiet: true, color: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR }),
  };
}

/**
 * One line that counts what an ingest did.
 *
 * @example
 *   formatIngestCounts({ articles: 5, events: 3, errors: 1, warnings: 0 }) // '5 articles, 3 events, 1 error, 0 warnings'
 */
export function formatIngestCounts(
  summary: Pick<IngestSummary, 'articles' | 'events' | 'errors' | 'warnings'>,
): string {
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return [
    count(summary.articles, 'article'),
    count(summary.events, 'event'),
    count(summary.errors, 'error'),
    count(summary.warnings, 'warning'),
  ].join(', ');
}
