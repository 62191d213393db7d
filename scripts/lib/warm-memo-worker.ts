import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import type { PipelineMemo } from '../../src/pipeline/pipeline-memo.ts';
import { warmMemo } from '../../src/pipeline/run-pipeline.ts';
import type { WarmShare } from './warm-in-threads.ts';

// A thread of `warmInThreads`: warms a memo with its share of the sources, one source at a time,
// and hands each source's entries back as soon as they are made.
const share = workerData as WarmShare;
const toFile = ({ path, value }: { path: string; value: Uint8Array }) => new VFile({ path, value });
const overrides = share.overrides.map(toFile);
const glossary = share.glossary && toFile(share.glossary);
for (const { index, path, value } of share.sources) {
  const entries: [string, unknown][] = [];
  const memo: PipelineMemo = { get: () => undefined, set: (key, json) => entries.push([key, json]) };
  warmMemo({ sources: [new VFile({ path, value })], overrides, glossary }, memo);
  parentPort?.postMessage({ index, entries });
}
