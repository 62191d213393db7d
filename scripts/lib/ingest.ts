import { reporter } from 'vfile-reporter';
import { checkNotes } from '../../src/pipeline/notes/check-notes.ts';
import { createMemoryMemo } from '../../src/pipeline/pipeline-memo.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { openIngestCache } from './ingest-cache.ts';
import { readNotes, readOptionalFile, readSources } from './read-sources.ts';
import { warmInThreads } from './warm-in-threads.ts';
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
  /** Folder of editors' notes (`*.mdx`), checked against the ids the run produces. */
  notes?: string | undefined;
  /** Told what the run is doing, with counts, as each stage starts: for progress on long runs. */
  onProgress?: ((line: string) => void) | undefined;
  /**
   * Folder where each run's results are kept for the next to reuse when their inputs and the code
   * are unchanged, or `false` to compute everything afresh and keep nothing. Default
   * `node_modules/.cache/corroborate/ingest`.
   */
  cache?: string | false | undefined;
}

/** Outcome of an ingest run: what was written and what went wrong. */
export interface IngestSummary {
  articles: number;
  events: number;
  claims: number;
  errors: number;
  /** Errors in editors' files (overrides, glossary, event corrections, notes): these always stop the write. */
  editorErrors: number;
  warnings: number;
  written: boolean;
  /** The per-file report, ready to print. */
  report: string;
}

/**
 * Read the sources, run the pipeline, check editors' notes against its ids, and write the output
 * unless errors stop it. A bad source stops the write unless told to keep going (the rest is still
 * worth publishing); a mistake in an editor's file always does, since editors' files are reviewed
 * changes that must not be published half-applied.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  // 1. Read every source file, and note the files that are not sources; open the cache meanwhile.
  const opening = options.cache === false ? undefined : openIngestCache(options.cache);
  const { sources, overrides, skipped } = await readSources(options.sources);
  const glossary = await readOptionalFile(options.glossary, '--glossary');
  const eventCorrections = await readOptionalFile(options.events, '--events');
  const notes = await readNotes(options.notes);

  // 2. Run the pure pipeline, reusing what earlier runs made of unchanged inputs, then check the
  // notes against the claims, events and articles it made.
  // Each source's own stages are spread over the machine's cores first, when there are enough
  // sources to share; the run then serves them from the memo (one held in memory without a cache).
  const memo = await opening;
  const warming = memo ?? createMemoryMemo();
  const threads = await warmInThreads({ sources, overrides, glossary }, warming, {
    onStart: (count) => {
      if (sources.length >= progressFromSources)
        options.onProgress?.(`ingest: reading ${sources.length} sources on ${count} threads`);
    },
  });
  const result = runPipeline(
    { sources, overrides, glossary, eventCorrections, memo: memo ?? (threads > 0 ? warming : undefined) },
    { onStage: progress(sources.length, options.onProgress) },
  );
  checkNotes(notes.notes, result.eventsJson);

  // 3. Count what the files say; errors stop the write unless told to keep going, and errors in
  // editors' files stop it regardless.
  const editorFiles = [
    ...overrides,
    ...[glossary, eventCorrections].filter((file) => file !== undefined),
    ...notes.notes,
    ...notes.skipped,
  ];
  const files = [...sources, ...skipped, ...editorFiles];
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  const editorErrors = editorFiles.flatMap((file) => file.messages).filter((message) => message.fatal === true).length;
  const warnings = messages.filter((message) => message.fatal === false).length;
  const written = errors === 0 || (options.keepGoing && editorErrors === 0);

  // 4. Write atomically, and keep this run's results for the next.
  const saved = memo?.save();
  if (written) await writeOutput(options.out, result);
  await saved;

  return {
    articles: result.articles.length,
    events: result.eventsJson.events.length,
    claims: result.eventsJson.events.reduce((sum, event) => sum + event.claims.length, 0),
    errors,
    editorErrors,
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

/** Fewer sources than this and a run is over before progress would help. */
const progressFromSources = 200;

/** Lines saying which stage a long run of `sources` files has reached, with counts and the time so far. */
function progress(
  sources: number,
  onProgress: ((line: string) => void) | undefined,
): (stage: 'read' | 'events' | 'claims' | 'write', done: number) => void {
  if (!onProgress || sources < progressFromSources) return () => {};
  const started = performance.now();
  const doing = {
    read: () => `reading ${sources} sources`,
    events: (done: number) => `grouping ${done} articles into events`,
    claims: (done: number) => `finding and aligning the claims of ${done} articles`,
    write: (done: number) => `writing ${done} articles`,
  };
  return (stage, done) =>
    onProgress(`ingest: ${doing[stage](done)} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
