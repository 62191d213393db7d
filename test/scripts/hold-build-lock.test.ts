import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdBuildLock } from '../../scripts/lib/hold-build-lock.ts';

const lockIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'corroborate-lock-')), 'build.lock');

describe('holdBuildLock', () => {
  it('holds the lock with its process id until released', async () => {
    const lock = lockIn();
    const release = await holdBuildLock(lock, () => {});
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
    await release();
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a build that died', async () => {
    const lock = lockIn();
    writeFileSync(lock, String(2 ** 22 + 1));
    const waited: number[] = [];
    const release = await holdBuildLock(lock, (pid) => waited.push(pid));
    expect(waited).toEqual([]);
    await release();
  });

  it('waits for a build that is running, and says which', async () => {
    const lock = lockIn();
    const release = await holdBuildLock(lock, () => {});
    const waited: number[] = [];
    const second = holdBuildLock(lock, (pid) => waited.push(pid));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(waited).toEqual([process.pid]);
    await release();
    await (await second)();
  });
});
