import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { describe, expect, it } from 'vitest';
import type { PipelineMemo } from '../../src/pipeline/pipeline-memo.ts';
import { memoKey, recall } from '../../src/pipeline/pipeline-memo.ts';
import type { PipelineInput, PipelineResult } from '../../src/pipeline/run-pipeline.ts';
import { runPipeline, warmMemo } from '../../src/pipeline/run-pipeline.ts';

const root = path.join(import.meta.dirname, '../..');
const seedsFolder = path.join(root, 'content/sources');
const encode = (text: string) => new TextEncoder().encode(text);

/** A memo that keeps JSON text, as the disk cache does, and logs what each run asked of it. */
function jsonMemo() {
  const entries = new Map<string, string>();
  let sets: string[] = [];
  const memo: PipelineMemo & { entries: Map<string, string>; takeSets: () => Record<string, number> } = {
    entries,
    get: (key) => {
      const text = entries.get(key);
      return text === undefined ? undefined : JSON.parse(text);
    },
    set: (key, value) => {
      const text = JSON.stringify(value);
      // Whatever is kept must come back exactly: no `undefined`, `Set`, `Map`, `NaN` or `-0`.
      expect(JSON.parse(text)).toStrictEqual(value);
      entries.set(key, text);
      sets.push(key);
    },
    /** How many results of each stage were computed since the last call. */
    takeSets: () => {
      const counts: Record<string, number> = {};
      for (const key of sets) {
        const stage = key.slice(0, key.indexOf(':'));
        counts[stage] = (counts[stage] ?? 0) + 1;
      }
      sets = [];
      return counts;
    },
  };
  return memo;
}

/** The seeds, an article too short to tell the language of, and a copy of a seed: files that get messages. */
function corpus(change: (id: string, text: string) => string = (_, text) => text): PipelineInput {
  const sources = readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => {
      const text = readFileSync(path.join(seedsFolder, name), 'utf8');
      return new VFile({ path: name, value: encode(change(name.slice(0, -4), text)) });
    });
  const copy = readFileSync(path.join(seedsFolder, '002_8f56b1ec0a0c6f7f.txt'), 'utf8');
  sources.push(
    new VFile({ path: 'short.txt', value: encode('OK 12:45') }),
    new VFile({ path: 'zz_copy.txt', value: encode(copy.replaceAll('\n', '\r\n')) }),
  );
  const glossary = new VFile({
    path: 'content/glossary.yaml',
    value: readFileSync(path.join(root, 'content/glossary.yaml')),
  });
  return { sources, glossary };
}

/** Everything a run gives the user: the output bytes and the report. */
function outputOf(input: PipelineInput, result: PipelineResult) {
  const files = [...input.sources, ...(input.overrides ?? []), ...(input.glossary ? [input.glossary] : [])];
  return {
    eventsJson: JSON.stringify(result.eventsJson, null, 2),
    mdx: result.articles.map((article) => article.mdx),
    report: reporter(files, { quiet: true, color: false }),
  };
}

describe('memoKey', () => {
  it('gives the same key for the same inputs, and another when an input differs', () => {
    expect(memoKey('mdx', { id: 'a' }, 'x')).toBe(memoKey('mdx', { id: 'a' }, 'x'));
    expect(memoKey('mdx', { id: 'a' }, 'x')).not.toBe(memoKey('mdx', { id: 'b' }, 'x'));
    expect(memoKey('mdx', 'x')).not.toBe(memoKey('clean', 'x'));
    expect(memoKey('mdx', null)).not.toBe(memoKey('mdx', 'null'));
  });

  it('keeps inputs apart: two inputs never hash as one', () => {
    expect(memoKey('clean', 'ab', 'c')).not.toBe(memoKey('clean', 'a', 'bc'));
    expect(memoKey('clean', 'a', undefined)).not.toBe(memoKey('clean', 'a'));
  });
});

describe('recall', () => {
  it('computes without a memo, and serves a kept result through its codec', () => {
    const memo = jsonMemo();
    const codec = {
      toJson: (value: Set<string>) => [...value],
      fromJson: (json: unknown) => new Set(json as string[]),
    };
    expect(recall(undefined, 'k', () => new Set(['a']), codec)).toEqual(new Set(['a']));
    expect(recall(memo, 'k', () => new Set(['a', 'b']), codec)).toEqual(new Set(['a', 'b']));
    expect(memo.entries.get('k')).toBe('["a","b"]');
    expect(recall(memo, 'k', () => new Set(['changed']), codec)).toEqual(new Set(['a', 'b']));
  });
});

describe('runPipeline with a memo', () => {
  it('serves every stage from the memo on a second run, with byte-identical output and report', () => {
    const memo = jsonMemo();
    const plain = corpus();
    const expected = outputOf(plain, runPipeline(plain));
    const cold = corpus();
    expect(outputOf(cold, runPipeline({ ...cold, memo }))).toEqual(expected);
    // The copy's text is the seed's once decoded: it is cleaned and described once.
    expect(memo.takeSets()).toEqual({
      clean: 6,
      describe: 6,
      'event-features': 6,
      copies: 4,
      'claim-units': 6,
      'aligned-claims': 4,
      mdx: 6,
    });
    const warm = corpus();
    expect(outputOf(warm, runPipeline({ ...warm, memo }))).toEqual(expected);
    expect(memo.takeSets()).toEqual({});
    expect(expected.report).toContain('unknown-language');
    expect(expected.report).toContain('duplicate-source');
  });

  it('serves the stages of each source alone from memos warmed apart, as threads would, with the same output and report', () => {
    const override = () => new VFile({ path: '001_cb3a5e9a82b9db3f.yaml', value: 'published: 2025-08-13\n' });
    const plain = { ...corpus(), overrides: [override()] };
    const expected = outputOf(plain, runPipeline(plain));
    // Two shares of the sources, each warmed into a memo of its own, then gathered in one.
    const shares = [jsonMemo(), jsonMemo()];
    const { sources, glossary } = corpus();
    sources.forEach((file, index) => {
      warmMemo({ sources: [file], overrides: [override()], glossary }, shares[index % 2] as PipelineMemo);
    });
    const memo = jsonMemo();
    for (const share of shares) for (const [key, text] of share.entries) memo.set(key, JSON.parse(text));
    memo.takeSets();
    const input = { ...corpus(), overrides: [override()] };
    expect(outputOf(input, runPipeline({ ...input, memo }))).toEqual(expected);
    // Only what needs all sources at once is computed: copies, alignment and the pages.
    expect(memo.takeSets()).toEqual({ copies: 4, 'aligned-claims': 4, mdx: 6 });
    expect(expected.report).toContain('unknown-language');
  });

  it('recomputes a changed source, its event and the pages that show it, and serves the rest', () => {
    const memo = jsonMemo();
    runPipeline({ ...corpus(), memo });
    memo.takeSets();
    const changed = '004_ad5852a91d4c9ca1';
    const added = (id: string, text: string) => (id === changed ? `${text}\nCitiți și: alte știri\n` : text);
    const before = runPipeline(corpus());
    const input = corpus(added);
    const result = runPipeline({ ...input, memo });
    const plain = corpus(added);
    expect(outputOf(input, result)).toEqual(outputOf(plain, runPipeline(plain)));
    const rewritten = result.articles.filter((article, index) => article.mdx !== before.articles[index]?.mdx);
    expect(memo.takeSets()).toEqual({
      clean: 1,
      describe: 1,
      'event-features': 1,
      copies: 1,
      'claim-units': 1,
      'aligned-claims': 1,
      mdx: rewritten.length,
    });
    expect(rewritten.map((article) => article.frontmatter.id)).toContain(changed);
  });

  it('redescribes an article whose override sets its date, but does not clean it again', () => {
    const memo = jsonMemo();
    runPipeline({ ...corpus(), memo });
    memo.takeSets();
    const override = () => new VFile({ path: '001_cb3a5e9a82b9db3f.yaml', value: 'published: 2025-08-13\n' });
    const input = { ...corpus(), overrides: [override()] };
    const result = runPipeline({ ...input, memo });
    const plain = { ...corpus(), overrides: [override()] };
    expect(outputOf(input, result)).toEqual(outputOf(plain, runPipeline(plain)));
    const sets = memo.takeSets();
    expect(sets.clean).toBeUndefined();
    expect([sets.describe, sets['event-features'], sets['claim-units']]).toEqual([1, 1, 1]);
  });

  it('rewrites only the MDX of an article whose override sets its title', () => {
    const memo = jsonMemo();
    runPipeline({ ...corpus(), memo });
    memo.takeSets();
    const override = () =>
      new VFile({ path: '001_cb3a5e9a82b9db3f.yaml', value: 'title: Putin and Kim speak by phone\n' });
    const input = { ...corpus(), overrides: [override()] };
    const result = runPipeline({ ...input, memo });
    const plain = { ...corpus(), overrides: [override()] };
    expect(outputOf(input, result)).toEqual(outputOf(plain, runPipeline(plain)));
    expect(memo.takeSets()).toEqual({ mdx: 1 });
  });

  it('reads every article for events and claims again when the glossary changes, but does not clean it again', () => {
    const memo = jsonMemo();
    runPipeline({ ...corpus(), memo });
    memo.takeSets();
    const withEntry = (input: PipelineInput): PipelineInput => ({
      ...input,
      glossary: new VFile({
        path: 'content/glossary.yaml',
        value: `${String(input.glossary?.value)}- name: Kursk\n  kind: place\n  aliases: [Κουρσκ, Курск]\n`,
      }),
    });
    const input = withEntry(corpus());
    const result = runPipeline({ ...input, memo });
    const plain = withEntry(corpus());
    expect(outputOf(input, result)).toEqual(outputOf(plain, runPipeline(plain)));
    const sets = memo.takeSets();
    expect([sets.clean, sets.describe, sets['event-features'], sets['claim-units']]).toEqual([
      undefined,
      undefined,
      6,
      6,
    ]);
  });
});
