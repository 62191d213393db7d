import { createHash } from 'node:crypto';

/**
 * Results of earlier runs, by key: a run serves an article's costly stages from it when their
 * inputs are unchanged. `set` is given JSON-ready data and must keep a copy (the run goes on to
 * change some of it); `get` gives a fresh copy each time, or `undefined` for a key it does not
 * hold or cannot read.
 */
export interface PipelineMemo {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** How a stage's result is kept in a memo: as JSON, and back. */
export interface MemoCodec<T> {
  toJson: (value: T) => unknown;
  fromJson: (json: unknown) => T;
}

/**
 * The key of a stage's result: the stage's name and a hash of everything the stage reads, each
 * input JSON-ready (a `Set` or `Map` would hash as `{}`) or the key of an earlier stage.
 *
 * @example
 *   memoKey('mdx', frontmatterJson, bodyKey) // 'mdx:9f2c…' (64 hex digits)
 */
export function memoKey(stage: string, ...inputs: readonly unknown[]): string {
  const hash = createHash('sha256');
  // Each input with its length, so that ('ab', 'c') and ('a', 'bc') differ.
  for (const input of inputs) {
    const text = JSON.stringify(input) ?? 'undefined';
    hash.update(`${text.length}:${text}`);
  }
  return `${stage}:${hash.digest('hex')}`;
}

/**
 * A stage's result under `key`: served from the memo when it holds one, else computed and kept.
 * Without a memo, just computed.
 */
export function recall<T>(
  memo: PipelineMemo | undefined,
  key: string,
  compute: () => T,
  /** Without one, the result must be JSON as it stands (no `Set`, `Map`, `undefined` or class instances). */
  codec: MemoCodec<T> = { toJson: (value) => value, fromJson: (json) => json as T },
): T {
  if (!memo) return compute();
  const known = memo.get(key);
  if (known !== undefined) return codec.fromJson(known);
  const value = compute();
  memo.set(key, codec.toJson(value));
  return value;
}

/**
 * A memo held in memory for one run, as JSON text, so that each `get` gives a fresh copy: for a
 * run whose costly stages are computed ahead of it, elsewhere (see `warmMemo`), without a cache.
 */
export function createMemoryMemo(): PipelineMemo {
  const entries = new Map<string, string>();
  return {
    get: (key) => {
      const text = entries.get(key);
      return text === undefined ? undefined : JSON.parse(text);
    },
    set: (key, value) => {
      const text = JSON.stringify(value);
      if (text !== undefined) entries.set(key, text);
    },
  };
}
