import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '../..');
const seeds = path.join(root, 'content/sources');

async function ingest(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, [path.join(root, 'scripts/ingest.ts'), ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stderr };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

function corpusWithProblems(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-sources-'));
  cpSync(seeds, folder, { recursive: true });
  mkdirSync(path.join(folder, 'nested'));
  writeFileSync(path.join(folder, 'nested/empty.txt'), '  \r\n');
  writeFileSync(path.join(folder, 'notes.md'), '# not a source');
  return folder;
}

describe('npm run ingest', () => {
  it('writes one MDX file per source and events.json', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    const { code, stderr } = await ingest('--sources', seeds, '--out', out);
    expect(code).toBe(0);
    expect(readdirSync(path.join(out, 'articles')).sort()).toEqual(
      readdirSync(seeds)
        .map((name) => name.replace(/\.txt$/, '.mdx'))
        .sort(),
    );
    const eventsJson = JSON.parse(readFileSync(path.join(out, 'events.json'), 'utf8'));
    expect(eventsJson.articles).toHaveLength(5);
    expect(stderr).toMatch(/ingest: 5 articles, 3 events, 0 errors, 0 warnings in \d+ ms/);
  });

  it('lists every problem, file by file, writes nothing and exits 1', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    const { code, stderr } = await ingest('--sources', corpusWithProblems(), '--out', out);
    expect(code).toBe(1);
    expect(existsSync(path.join(out, 'events.json'))).toBe(false);
    expect(stderr.replace(/in \d+ ms/, 'in N ms')).toMatchInlineSnapshot(`
      "nested/empty.txt
      1:1 error Unexpected empty source, expected article text: add the article text or remove the file empty-source corroborate

      notes.md
          info  Skipped: not a source; sources are \`<id>.txt\`, overrides \`<id>.yaml\`                    not-a-source corroborate

      2 messages (✖ 1 error)
      ingest: 5 articles, 3 events, 1 error, 0 warnings in N ms; nothing written (fix the errors above, or pass --keep-going to publish the rest)
      "
    `);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('publishes the valid rest with --keep-going', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    const { code } = await ingest('--sources', corpusWithProblems(), '--out', out, '--keep-going');
    expect(code).toBe(0);
    expect(readdirSync(path.join(out, 'articles'))).toHaveLength(5);
  });

  it('writes nothing, even with --keep-going, when an editor’s note points at an id that does not exist', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    const notes = mkdtempSync(path.join(tmpdir(), 'corroborate-notes-'));
    writeFileSync(
      path.join(notes, 'kursk.mdx'),
      '---\nevent: 2025-09-03-kim-jong-un-vladimir-putin-beijing\nauthor: Anna Nowak\ndate: 2025-09-05\n---\n\nKontekst.\n',
    );
    const { code, stderr } = await ingest('--sources', seeds, '--out', out, '--notes', notes, '--keep-going');
    expect(code).toBe(1);
    expect(existsSync(path.join(out, 'events.json'))).toBe(false);
    expect(stderr.replaceAll(notes, '<notes>').replace(/in \d+ ms/, 'in N ms')).toMatchInlineSnapshot(`
      "<notes>/kursk.mdx
      2:1 error Cannot find event \`2025-09-03-kim-jong-un-vladimir-putin-beijing\`: no event has this id (closest: \`2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting\`, \`undated-kim-jong-un-vladimir-putin-phone-call\`, \`undated-kim-jong-un-sergei-shoigu-meeting\`); copy the id from the address of the event’s page (\`/events/<id>/\`) note-unknown-id corroborate

      ✖ 1 error
      ingest: 5 articles, 3 events, 1 error, 0 warnings in N ms; nothing written (fix the errors in the editors’ files above)
      "
    `);
  });

  it('says what to do when the sources folder does not exist', async () => {
    const { code, stderr } = await ingest('--sources', path.join(tmpdir(), 'no-such-folder-here'), '--out', tmpdir());
    expect(code).toBe(2);
    expect(stderr.replace(tmpdir(), '<tmp>')).toMatchInlineSnapshot(`
      "ingest: cannot read the sources folder \`<tmp>/no-such-folder-here\`: pass an existing folder with --sources or CORROBORATE_SOURCES
      "
    `);
  });
});
