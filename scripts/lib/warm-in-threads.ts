import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { VFile } from 'vfile';
import type { PipelineMemo } from '../../src/pipeline/pipeline-memo.ts';
import { memoKey } from '../../src/pipeline/pipeline-memo.ts';
import type { PipelineInput } from '../../src/pipeline/run-pipeline.ts';

/** What one thread is given: its sources (with their place in the run's list), and every override and the glossary. */
export interface WarmShare {
  sources: { index: number; path: string; value: Uint8Array }[];
  overrides: { path: string; value: Uint8Array }[];
  glossary: { path: string; value: Uint8Array } | undefined;
}

/**
 * Fewer sources than this per thread, and starting one costs more than it saves: a new thread
 * loads the pipeline and compiles it afresh (a second or two) before it reads as fast as a warm
 * one, about 10 ms a source.
 */
const sourcesPerThread = 200;

/**
 * Warm `memo` with the stages of each source that `runPipeline` runs one source at a time
 * (cleaning, description, event features, claim units: most of its work), spread over threads,
 * so that the run that follows serves them from the memo. Sources the memo already holds are left
 * alone; with one core, or too few sources to share, nothing is done and the run computes as
 * usual. Output never depends on it: a thread that fails leaves its sources to the run.
 * Resolves to the number of threads used.
 */
export async function warmInThreads(
  { sources, overrides = [], glossary }: PipelineInput,
  memo: PipelineMemo,
  {
    threads = availableParallelism(),
    perThread = sourcesPerThread,
    onStart,
  }: { threads?: number; perThread?: number; onStart?: (threads: number) => void } = {},
): Promise<number> {
  // A source is warm when the memo holds its mark: its bytes, its override's and the glossary's, unchanged.
  const hashOf = (file: VFile | undefined) => (file ? createHash('sha256').update(bytesOf(file)).digest('hex') : null);
  const overrideOf = new Map(overrides.map((file) => [file.stem ?? file.path, file]));
  const glossaryHash = hashOf(glossary);
  const marks = sources.map((file) =>
    memoKey('warm', hashOf(file), hashOf(overrideOf.get(file.stem ?? file.path)), glossaryHash),
  );
  const cold = marks.flatMap((mark, index) => (memo.get(mark) === undefined ? [index] : []));
  const count = Math.min(threads, Math.floor(cold.length / perThread));
  if (count < 2) return 0;
  onStart?.(count);

  const plain = (file: VFile) => ({ path: file.path, value: bytesOf(file) });
  const shares: WarmShare[] = Array.from({ length: count }, () => ({
    sources: [],
    overrides: overrides.map(plain),
    glossary: glossary && plain(glossary),
  }));
  // Dealt in turn, so that each thread gets as many long sources as short ones.
  cold.forEach((index, place) => {
    shares[place % count]?.sources.push({ index, ...plain(sources[index] as VFile) });
  });
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve) => {
          const worker = new Worker(new URL('./warm-memo-worker.ts', import.meta.url), { workerData: share });
          worker.on('message', ({ index, entries }: { index: number; entries: [string, unknown][] }) => {
            for (const [key, value] of entries) memo.set(key, value);
            memo.set(marks[index] as string, true);
          });
          // A thread that fails leaves the rest of its share to the run.
          worker.on('error', () => resolve());
          worker.on('exit', () => resolve());
        }),
    ),
  );
  return count;
}

function bytesOf(file: VFile): Uint8Array {
  return typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value;
}
