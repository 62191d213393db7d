import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { recoverInterruptedWrite } from '../../scripts/lib/recover-interrupted-write.ts';
import { writeOutput } from '../../scripts/lib/write-output.ts';
import { articleSlug } from '../../src/lib/article-slug.ts';
import type { PipelineResult } from '../../src/pipeline/run-pipeline.ts';

/** Set by a test to make one file-system call fail, as a full disk or a lost mount would. */
let failure: { call: 'rename' | 'writeFile'; when: (target: string) => boolean; code: string } | undefined;

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const failing =
    <A extends unknown[]>(call: 'rename' | 'writeFile', real: (...args: A) => Promise<void>) =>
    (...args: A) => {
      const target = String(args[call === 'rename' ? 1 : 0]);
      if (failure?.call === call && failure.when(target))
        return Promise.reject(
          Object.assign(new Error(`${failure.code}: simulated, ${call} '${target}'`), {
            code: failure.code,
            path: target,
          }),
        );
      return real(...args);
    };
  return { ...fs, rename: failing('rename', fs.rename), writeFile: failing('writeFile', fs.writeFile) };
});

function resultWith(...ids: string[]): PipelineResult {
  return {
    articles: ids.map((id) => ({ frontmatter: { id }, mdx: `---\nid: ${id}\n---\n\nNew text of ${id}.\n` })),
    eventsJson: { articles: [], events: [] },
  } as unknown as PipelineResult;
}

/** Every file under `folder` with its text, so two states compare at a glance. */
function snapshotOf(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [path.relative(folder, file), readFileSync(file, 'utf8')]),
  );
}

/** An output folder holding a previous run: two articles and their events.json. */
function previousOutput(): string {
  const out = mkdtempSync(path.join(tmpdir(), 'corroborate-write-'));
  mkdirSync(path.join(out, 'articles'));
  writeFileSync(path.join(out, 'articles/old-1.mdx'), 'old 1');
  writeFileSync(path.join(out, 'articles/old-2.mdx'), 'old 2');
  writeFileSync(path.join(out, 'events.json'), '{"old":true}\n');
  return out;
}

async function messageOf(promise: Promise<unknown>, out: string): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message.replaceAll(out, '<out>')}`;
  }
}

describe('writeOutput', () => {
  it('replaces the previous articles and events.json, and leaves no staging folder', async () => {
    const out = previousOutput();
    await writeOutput(out, resultWith('a', 'Σχόλιο #1'));
    expect(Object.keys(snapshotOf(out))).toEqual([
      'articles/a.mdx',
      `articles/${articleSlug('Σχόλιο #1')}.mdx`,
      'events.json',
    ]);
    expect(readdirSync(out)).toEqual(['articles', 'events.json']);
  });

  it('leaves the previous output as it was when an article cannot be written', async () => {
    const out = previousOutput();
    const before = snapshotOf(out);
    failure = { call: 'writeFile', when: (target) => target.endsWith('b.mdx'), code: 'ENOSPC' };
    const message = await messageOf(writeOutput(out, resultWith('a', 'b', 'c')), out).finally(() => {
      failure = undefined;
    });
    expect(message).toMatchInlineSnapshot(
      `"UserError: Cannot write \`articles/b.mdx\` in \`<out>\`: the disk is full (ENOSPC); free some space. The previous output is left as it was"`,
    );
    expect(snapshotOf(out)).toEqual(before);
    expect(readdirSync(out)).toEqual(['articles', 'events.json']);
  });

  it('puts the previous articles back when events.json cannot be moved into place', async () => {
    const out = previousOutput();
    const before = snapshotOf(out);
    failure = { call: 'rename', when: (target) => target === path.join(out, 'events.json'), code: 'EIO' };
    const message = await messageOf(writeOutput(out, resultWith('a')), out).finally(() => {
      failure = undefined;
    });
    expect(message).toMatchInlineSnapshot(
      `"UserError: Cannot write \`events.json\` in \`<out>\`: EIO (EIO); check the folder and try again. The previous output is left as it was"`,
    );
    expect(snapshotOf(out)).toEqual(before);
    expect(readdirSync(out)).toEqual(['articles', 'events.json']);
  });

  it('puts the previous articles back when a folder stands where events.json goes', async () => {
    const out = previousOutput();
    rmSync(path.join(out, 'events.json'));
    mkdirSync(path.join(out, 'events.json/kept'), { recursive: true });
    const before = snapshotOf(out);
    const message = await messageOf(writeOutput(out, resultWith('a')), out);
    expect(message).toMatchInlineSnapshot(
      `"UserError: Cannot write \`events.json\` in \`<out>\`: a folder stands where a file goes (EISDIR); move the folder away. The previous output is left as it was"`,
    );
    expect(snapshotOf(out)).toEqual(before);
  });

  it('says what to do when the output folder is a file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-write-'));
    const out = path.join(folder, 'content');
    writeFileSync(out, 'not a folder');
    expect(await messageOf(writeOutput(out, resultWith('a')), out)).toMatchInlineSnapshot(
      `"UserError: Cannot make the output folder \`<out>\`: a file stands where a folder goes (EEXIST); pass a folder with --out (or --generated), or move the file away. The previous output is left as it was"`,
    );
  });
});

describe('recoverInterruptedWrite', () => {
  /** The process id of no running process: beyond Linux's `pid_max`. */
  const deadPid = 2 ** 22 + 1;

  it('puts the previous articles back when a run was killed before the new ones came in', async () => {
    const out = previousOutput();
    const staging = path.join(out, `.ingest-${deadPid}`);
    mkdirSync(path.join(staging, 'articles'), { recursive: true });
    writeFileSync(path.join(staging, 'articles/new.mdx'), 'new');
    renameSync(path.join(out, 'articles'), path.join(staging, 'previous-articles'));
    await recoverInterruptedWrite(out);
    expect(snapshotOf(out)).toEqual({
      'articles/old-1.mdx': 'old 1',
      'articles/old-2.mdx': 'old 2',
      'events.json': '{"old":true}\n',
    });
  });

  it('finishes the swap when a run was killed between the new articles and their events.json', async () => {
    const out = previousOutput();
    const staging = path.join(out, `.ingest-${deadPid}`);
    mkdirSync(staging);
    renameSync(path.join(out, 'articles'), path.join(staging, 'previous-articles'));
    mkdirSync(path.join(out, 'articles'));
    writeFileSync(path.join(out, 'articles/new.mdx'), 'new');
    writeFileSync(path.join(staging, 'events.json'), '{"new":true}\n');
    await recoverInterruptedWrite(out);
    expect(snapshotOf(out)).toEqual({ 'articles/new.mdx': 'new', 'events.json': '{"new":true}\n' });
  });

  it('leaves the staging folder of a run that is still going', async () => {
    const out = previousOutput();
    mkdirSync(path.join(out, `.ingest-${process.ppid}/articles`), { recursive: true });
    await recoverInterruptedWrite(out);
    expect(readdirSync(out).sort()).toEqual([`.ingest-${process.ppid}`, 'articles', 'events.json']);
  });
});
