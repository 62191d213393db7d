import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IngestOptions } from '../../scripts/lib/ingest.ts';
import { ingest } from '../../scripts/lib/ingest.ts';
import { openIngestCache } from '../../scripts/lib/ingest-cache.ts';

const root = path.join(import.meta.dirname, '../..');
const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `corroborate-${name}-`));

/** The seeds and an article too short to tell the language of (a warning in the report). */
function corpus(): string {
  const folder = temporary('sources');
  cpSync(path.join(root, 'content/sources'), folder, { recursive: true });
  writeFileSync(path.join(folder, 'short.txt'), 'OK 12:45\n');
  return folder;
}

/** Ingest `sources` into a fresh folder: the summary, and every file written, by name. */
async function run(sources: string, cache: IngestOptions['cache']) {
  const out = temporary('out');
  const summary = await ingest({
    sources,
    out,
    keepGoing: false,
    glossary: path.join(root, 'content/glossary.yaml'),
    cache,
  });
  const articles = readdirSync(path.join(out, 'articles')).sort();
  return {
    summary,
    files: {
      'events.json': readFileSync(path.join(out, 'events.json'), 'utf8'),
      ...Object.fromEntries(articles.map((name) => [name, readFileSync(path.join(out, 'articles', name), 'utf8')])),
    },
  };
}

describe('openIngestCache', () => {
  it('gives byte-identical events.json, MDX and report cold, warm, and without a cache', async () => {
    const sources = corpus();
    const cache = temporary('cache');
    const plain = await run(sources, false);
    const cold = await run(sources, cache);
    const kept = statSync(path.join(cache, 'entries')).mtimeMs;
    const warm = await run(sources, cache);
    expect(cold).toEqual(plain);
    expect(warm).toEqual(plain);
    // Everything was served: the warm run had nothing new to keep.
    expect(statSync(path.join(cache, 'entries')).mtimeMs).toBe(kept);
    expect(plain.summary.report).toContain('unknown-language');
    expect(readdirSync(cache)).toEqual(['entries']);
  });

  it('serves what a run kept, and keeps only what the latest run used', async () => {
    const folder = temporary('cache');
    const first = await openIngestCache(folder, 'v1');
    first?.set('clean:a', { text: 'Πούτιν' });
    first?.set('clean:b', [1, 2]);
    await first?.save();
    const second = await openIngestCache(folder, 'v1');
    expect(second?.get('clean:a')).toEqual({ text: 'Πούτιν' });
    expect(second?.get('clean:c')).toBeUndefined();
    second?.set('clean:c', 'new');
    await second?.save();
    expect(second?.counts).toEqual({ hits: 1, misses: 1 });
    const third = await openIngestCache(folder, 'v1');
    expect([third?.get('clean:a'), third?.get('clean:b'), third?.get('clean:c')]).toEqual([
      { text: 'Πούτιν' },
      undefined,
      'new',
    ]);
  });

  it('misses every entry under another code version, and drops the old ones', async () => {
    const folder = temporary('cache');
    const first = await openIngestCache(folder, 'v1');
    first?.set('clean:a', 'kept');
    await first?.save();
    const other = await openIngestCache(folder, 'v2');
    expect(other?.get('clean:a')).toBeUndefined();
    await other?.save();
    expect((await openIngestCache(folder, 'v1'))?.get('clean:a')).toBeUndefined();
  });

  it('takes a corrupt or cut entry for a miss, and serves the others', async () => {
    const folder = temporary('cache');
    const first = await openIngestCache(folder, 'v1');
    for (const key of ['a', 'b', 'c']) first?.set(key, { key, text: 'Ο Πούτιν ευχαρίστησε τον Κιμ' });
    await first?.save();
    const file = path.join(folder, 'entries');
    const lines = readFileSync(file, 'utf8').split('\n');
    // One value altered but still JSON, one line cut short.
    lines[0] = (lines[0] ?? '').replace('Κιμ', 'Kim');
    lines[2] = (lines[2] ?? '').slice(0, 150);
    writeFileSync(file, lines.join('\n'));
    const second = await openIngestCache(folder, 'v1');
    expect(['a', 'b', 'c'].map((key) => second?.get(key) !== undefined)).toEqual([false, true, false]);
  });

  it('gives the same output when every entry is corrupt', async () => {
    const sources = corpus();
    const cache = temporary('cache');
    const cold = await run(sources, cache);
    const file = path.join(cache, 'entries');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('"line":', '"line":1'));
    expect(await run(sources, cache)).toEqual(cold);
    writeFileSync(file, '\u0000not a cache\n{}\n');
    expect(await run(sources, cache)).toEqual(cold);
  });

  it('leaves one run’s complete entries when two save at once, and removes what killed runs left', async () => {
    const folder = temporary('cache');
    const [one, two] = await Promise.all([openIngestCache(folder, 'v1'), openIngestCache(folder, 'v1')]);
    for (let index = 0; index < 2000; index++) {
      one?.set(`one:${index}`, { index, text: 'Ο Πούτιν ευχαρίστησε τον Κιμ'.repeat(20) });
      two?.set(`two:${index}`, { index, text: 'Putin dankte Kim'.repeat(20) });
    }
    const left = path.join(folder, 'entries.999999-dead.tmp');
    writeFileSync(left, 'half an entr');
    utimesSync(left, new Date(2020, 0, 1), new Date(2020, 0, 1));
    await Promise.all([one?.save(), two?.save()]);
    const after = await openIngestCache(folder, 'v1');
    const served = (name: string) =>
      Array.from({ length: 2000 }, (_, index) => after?.get(`${name}:${index}`)).filter(Boolean).length;
    expect([served('one'), served('two')].sort()).toEqual([0, 2000]);
    expect(readdirSync(folder)).toEqual(['entries']);
  });

  it('does not fail a run when the cache cannot be written', async () => {
    const sources = corpus();
    const blocked = path.join(temporary('cache'), 'file');
    writeFileSync(blocked, 'not a folder');
    const plain = await run(sources, false);
    expect(await run(sources, path.join(blocked, 'ingest'))).toEqual(plain);
  });
});
