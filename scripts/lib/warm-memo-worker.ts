import { parentPort, workerData } from 'node:worker_threads';
import { VFile } from 'vfile';
import { warmMemo } from '../../src/pipeline/run-pipeline.ts';
import type { WarmShare } from './warm-in-threads.ts';

// A thread of `warmInThreads`: warms a memo with its share of the sources and hands each
// source's entries back as soon as they are made.
const share = workerData as WarmShare;
const toFile = ({ path, value }: { path: string; value: Uint8Array }) => new VFile({ path, value });
const indexOf = new Map<VFile, number>();
const sources = share.sources.map(({ index, ...file }) => {
  const vfile = toFile(file);
  indexOf.set(vfile, index);
  return vfile;
});
let entries: [string, unknown][] = [];
warmMemo(
  { sources, overrides: share.overrides.map(toFile), glossary: share.glossary && toFile(share.glossary) },
  { get: () => undefined, set: (key, json) => entries.push([key, json]) },
  (file) => {
    parentPort?.postMessage({ index: indexOf.get(file), entries });
    entries = [];
  },
);
