import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { warmInThreads } from '../../scripts/lib/warm-in-threads.ts';
import type { PipelineMemo } from '../../src/pipeline/pipeline-memo.ts';
import { createMemoryMemo } from '../../src/pipeline/pipeline-memo.ts';
import type { PipelineInput } from '../../src/pipeline/run-pipeline.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';

const root = path.join(import.meta.dirname, '../..');
const claimCases = path.join(root, 'test/fixtures/claims');

/** The seeds and the articles of the claims fixtures: Greek, German, Romanian, English, Russian, Spanish, French, Italian, Polish… */
function corpus(): PipelineInput {
  const folders = [
    path.join(root, 'content/sources'),
    ...readdirSync(claimCases).map((name) => path.join(claimCases, name, 'sources')),
  ];
  const sources = folders.flatMap((folder) => {
    const names = (() => {
      try {
        return readdirSync(folder).filter((name) => name.endsWith('.txt'));
      } catch {
        return [];
      }
    })();
    return names.map((name) => new VFile({ path: name, value: readFileSync(path.join(folder, name)) }));
  });
  const overrides = [new VFile({ path: '001_cb3a5e9a82b9db3f.yaml', value: 'published: 2025-08-13\n' })];
  const glossary = new VFile({
    path: 'content/glossary.yaml',
    value: readFileSync(path.join(root, 'content/glossary.yaml')),
  });
  return { sources, overrides, glossary };
}

/** A memo that counts the results computed into it, by stage. */
function countingMemo(memo: PipelineMemo) {
  const computed: Record<string, number> = {};
  return {
    computed,
    get: (key: string) => memo.get(key),
    set: (key: string, value: unknown) => {
      const stage = key.slice(0, key.indexOf(':'));
      computed[stage] = (computed[stage] ?? 0) + 1;
      memo.set(key, value);
    },
  };
}

describe('warmInThreads', () => {
  it('reads the sources in threads, so the run computes only what needs them all, with the same output', async () => {
    const expected = runPipeline(corpus());
    const memo = createMemoryMemo();
    const input = corpus();
    expect(input.sources.length).toBeGreaterThan(10);
    expect(await warmInThreads(input, memo, { threads: 2, perThread: 1 })).toBe(2);
    const counting = countingMemo(memo);
    const result = runPipeline({ ...corpus(), memo: counting });
    expect(JSON.stringify(result.eventsJson)).toBe(JSON.stringify(expected.eventsJson));
    expect(result.articles.map((article) => article.mdx)).toEqual(expected.articles.map((article) => article.mdx));
    expect(Object.keys(counting.computed).sort()).toEqual(['aligned-claims', 'copies', 'mdx']);
    // Every source is warm now: no thread is started again.
    expect(await warmInThreads(corpus(), memo, { threads: 2, perThread: 1 })).toBe(0);
    // Each thread loads and compiles the pipeline and its lexicons afresh: seconds, more under load.
  }, 30_000);

  it('starts no thread for too few sources, or with one core', async () => {
    expect(await warmInThreads(corpus(), createMemoryMemo(), { threads: 2 })).toBe(0);
    expect(await warmInThreads(corpus(), createMemoryMemo(), { threads: 1, perThread: 1 })).toBe(0);
  });
});
