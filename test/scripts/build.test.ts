import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '../..');

async function build(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts/build.ts'), ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    return { code: 0, stderr };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

describe('npm run build', () => {
  it('stops before building when an editor’s override is wrong, though bad sources alone would not stop it', async () => {
    const sources = mkdtempSync(path.join(tmpdir(), 'corroborate-sources-'));
    cpSync(path.join(root, 'content/sources'), sources, { recursive: true });
    writeFileSync(path.join(sources, '002_8f56b1ec0a0c6f7f.yaml'), 'titel: Putin und Kim in Peking\n');
    const work = mkdtempSync(path.join(tmpdir(), 'corroborate-build-'));
    const { code, stderr } = await build(
      { CORROBORATE_SOURCES: sources },
      '--generated',
      path.join(work, 'content'),
      '--out-dir',
      path.join(work, 'dist'),
    );
    expect(code).toBe(1);
    expect(existsSync(path.join(work, 'dist'))).toBe(false);
    expect(stderr).toContain(
      '1:1 error Unexpected field `titel`, expected one of `title`, `lang`, `outlet`, `url`, `published`, `event` (did you mean `title`?)',
    );
    expect(stderr).toContain(
      'build: stopped, nothing built (fix the errors in the editors’ files above: notes, overrides, glossary, events.yaml)',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an output folder that holds the project or its sources, since the build empties it', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'corroborate-build-'));
    const generated = ['--generated', path.join(work, 'content')];
    const runs = [
      await build({}, ...generated, '--out-dir', '.'),
      await build({}, ...generated, '--out-dir', 'content'),
      await build({}, ...generated, '--out-dir', 'package.json'),
    ];
    expect(runs.map(({ code }) => code)).toEqual([2, 2, 2]);
    expect(existsSync(path.join(work, 'content'))).toBe(false);
    expect(runs.map(({ stderr }) => stderr.replaceAll(root, '<root>'))).toMatchInlineSnapshot(`
      [
        "build: Cannot use \`.\` for \`--out-dir\`: the build empties it, and it holds the project (\`<root>\`); pass a folder of its own, such as \`dist\`
      ",
        "build: Cannot use \`content\` for \`--out-dir\`: the build empties it, and it holds the sources (\`content/sources\`); pass a folder of its own, such as \`dist\`
      ",
        "build: Cannot use \`package.json\` for \`--out-dir\`, expected a folder: it is a file; pass another folder, or move the file away
      ",
      ]
    `);
  }, 60_000);
});
