import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineMemo } from '../../src/pipeline/pipeline-memo.ts';
import { hashCodeVersion } from './hash-code-version.ts';

const root = path.join(import.meta.dirname, '../..');

/** Where ingest keeps the results of its last run, beside other tools' caches (git-ignored). */
export const defaultIngestCacheFolder = path.join(root, 'node_modules/.cache/corroborate/ingest');

/** The file, in the cache folder, that holds the last run's entries. */
const entriesFile = 'entries';
/** An entry line: a 64-digit name, a space, a 64-digit checksum, a space, then the value as JSON. */
const hashLength = 64;
const headLength = 2 * hashLength + 2;
const newline = 0x0a;
const space = 0x20;
/** Bytes written at once when saving. */
const chunkBytes = 4 * 1024 * 1024;
/** A temporary file this old was left by a run that was killed while saving: it is removed. */
const staleTemporaryMs = 60 * 60 * 1000;

/** A pipeline memo kept on disk, and what a run did with it. */
export interface IngestCache extends PipelineMemo {
  /** Entries served from the cache, and entries computed afresh (`set`). */
  readonly counts: { hits: number; misses: number };
  /**
   * Replace the cache with the entries this run used: those it was served and those it computed,
   * and no others. Never throws: a cache that cannot be written is skipped.
   */
  save: () => Promise<void>;
}

/**
 * Open the ingest cache in `folder`. It is one file of the last run's entries, a line each,
 * named by a hash of the code version and the pipeline's key, with a checksum of the value's
 * JSON: an entry that is missing, unreadable or corrupt is a miss, never an error. Each run
 * writes the file afresh under a temporary name and renames it into place, so a run beside this
 * one never reads half a file (the last to finish wins). `version` defaults to `hashCodeVersion`
 * of this project; when it cannot be computed, there is no cache (`undefined`).
 */
export async function openIngestCache(
  folder: string = defaultIngestCacheFolder,
  version?: string,
): Promise<IngestCache | undefined> {
  const codeVersion = version ?? (await hashCodeVersion(root).catch(() => undefined));
  if (codeVersion === undefined) return undefined;
  const file = path.join(folder, entriesFile);
  const stored = indexEntries(await readFile(file).catch(() => Buffer.alloc(0)));
  // What the next run gets: lines this run was served, as read, and values it computed, as JSON.
  const used = new Map<string, Buffer | string>();
  const counts = { hits: 0, misses: 0 };
  const nameOf = (key: string) => sha256(`${codeVersion}\n${key}`);

  return {
    counts,
    get(key) {
      const name = nameOf(key);
      // A value this run computed already (two sources with one text), else one an earlier run kept.
      const fresh = used.get(name);
      const line = typeof fresh === 'string' ? Buffer.from(fresh) : stored.get(name);
      const value = line === undefined ? undefined : readLine(line);
      if (value === undefined || line === undefined) return undefined;
      if (typeof fresh !== 'string') used.set(name, line);
      counts.hits++;
      return value;
    },
    set(key, value) {
      counts.misses++;
      // Kept as text now: the run goes on to change some of what it sets.
      let body: string | undefined;
      try {
        body = JSON.stringify(value);
      } catch {
        return;
      }
      if (body === undefined) return;
      const name = nameOf(key);
      used.set(name, `${name} ${sha256(body)} ${body}\n`);
    },
    async save() {
      try {
        const unchanged = used.size === stored.size && [...used.values()].every((line) => typeof line !== 'string');
        if (!unchanged) await writeEntries(folder, file, used.values());
        await removeStaleTemporaries(folder);
      } catch {
        // The cache only saves time: a run does not fail for it.
      }
    },
  };
}

/** The lines of an entries file, by entry name. */
function indexEntries(content: Buffer): Map<string, Buffer> {
  const lines = new Map<string, Buffer>();
  for (let start = 0; start < content.length; ) {
    const end = content.indexOf(newline, start);
    const stop = end === -1 ? content.length : end + 1;
    lines.set(content.toString('latin1', start, start + hashLength), content.subarray(start, stop));
    start = stop;
  }
  return lines;
}

/** The value an entry line holds, or `undefined` when the line is cut short or corrupt. */
function readLine(line: Buffer): unknown {
  if (line.length <= headLength || line[hashLength] !== space || line[headLength - 1] !== space) return undefined;
  if (line[line.length - 1] !== newline) return undefined;
  const body = line.subarray(headLength, line.length - 1);
  const checksum = line.toString('latin1', hashLength + 1, headLength - 1);
  if (createHash('sha256').update(body).digest('hex') !== checksum) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Write the entries to a temporary file beside `file`, then rename it over `file`. */
async function writeEntries(folder: string, file: string, lines: Iterable<Buffer | string>): Promise<void> {
  await mkdir(folder, { recursive: true });
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      let chunk: Buffer[] = [];
      let size = 0;
      for (const line of lines) {
        const bytes = typeof line === 'string' ? Buffer.from(line) : line;
        chunk.push(bytes);
        size += bytes.length;
        if (size >= chunkBytes) {
          await handle.write(Buffer.concat(chunk, size));
          chunk = [];
          size = 0;
        }
      }
      if (size > 0) await handle.write(Buffer.concat(chunk, size));
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Remove temporary files that runs killed while saving left behind. */
async function removeStaleTemporaries(folder: string): Promise<void> {
  for (const name of await readdir(folder).catch(() => [])) {
    if (!name.startsWith(`${entriesFile}.`) || !name.endsWith('.tmp')) continue;
    const temporary = path.join(folder, name);
    const modified = await stat(temporary).then(
      ({ mtimeMs }) => mtimeMs,
      () => Date.now(),
    );
    if (Date.now() - modified > staleTemporaryMs) await rm(temporary, { force: true });
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
