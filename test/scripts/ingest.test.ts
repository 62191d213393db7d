import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { recoverInterruptedWrite } from '../../scripts/lib/recover-interrupted-write.ts';

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

  it('keeps the previous output when the new one cannot be moved into place, and exits 2', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    expect((await ingest('--sources', seeds, '--out', out)).code).toBe(0);
    const before = readdirSync(path.join(out, 'articles')).map((name) =>
      readFileSync(path.join(out, 'articles', name), 'utf8'),
    );
    const sources = corpusWithProblems();
    const events = readFileSync(path.join(out, 'events.json'));
    // A folder where events.json goes: the last rename fails after the articles were swapped in.
    writeFileSync(path.join(out, 'events.json.kept'), events);
    rmSync(path.join(out, 'events.json'));
    mkdirSync(path.join(out, 'events.json/in-the-way'), { recursive: true });
    const { code, stderr } = await ingest('--sources', sources, '--out', out, '--keep-going');
    expect(code).toBe(2);
    expect(stderr.replaceAll(out, '<out>')).toMatchInlineSnapshot(`
      "ingest: Cannot write \`events.json\` in \`<out>\`: a folder stands where a file goes (EISDIR); move the folder away. The previous output is left as it was
      "
    `);
    expect(
      readdirSync(path.join(out, 'articles')).map((name) => readFileSync(path.join(out, 'articles', name), 'utf8')),
    ).toEqual(before);
    expect(readdirSync(out).sort()).toEqual(['articles', 'events.json', 'events.json.kept']);
  }, 60_000);

  it('says what to do when an option names a folder for a file, or a file for a folder', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    const messages = [
      await ingest('--sources', seeds, '--out', out, '--glossary', tmpdir()),
      await ingest('--sources', seeds, '--out', out, '--notes', path.join(seeds, '000_5a73edd74052446e.txt')),
      await ingest('--sources', seeds, '--out', path.join(seeds, '000_5a73edd74052446e.txt')),
    ];
    expect(messages.map(({ code }) => code)).toEqual([2, 2, 2]);
    expect(
      messages.map(({ stderr }) => stderr.replaceAll(root, '<root>').replace(tmpdir(), '<tmp>')),
    ).toMatchInlineSnapshot(`
      [
        "ingest: Cannot read \`<tmp>\` for \`--glossary\` (EISDIR), expected a YAML file: pass a file, or remove the option
      ",
        "ingest: Cannot read the notes folder \`<root>/content/sources/000_5a73edd74052446e.txt\` (ENOTDIR), expected a folder of \`<name>.mdx\` notes: pass a folder with --notes
      ",
        "ingest: Cannot make the output folder \`<root>/content/sources/000_5a73edd74052446e.txt\`: a file stands where a folder goes (EEXIST); pass a folder with --out (or --generated), or move the file away. The previous output is left as it was
      ",
      ]
    `);
  }, 60_000);

  it('stops on two overrides for one article, in two folders', async () => {
    const sources = mkdtempSync(path.join(tmpdir(), 'corroborate-sources-'));
    cpSync(seeds, sources, { recursive: true });
    mkdirSync(path.join(sources, 'corrections'));
    writeFileSync(path.join(sources, '002_8f56b1ec0a0c6f7f.yaml'), 'title: Putin und Kim in Peking\n');
    writeFileSync(path.join(sources, 'corrections/002_8f56b1ec0a0c6f7f.yaml'), 'title: Putin and Kim in Beijing\n');
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    const { code, stderr } = await ingest('--sources', sources, '--out', out, '--keep-going');
    expect(code).toBe(1);
    expect(stderr.replace(/in \d+ ms/, 'in N ms')).toMatchInlineSnapshot(`
      "corrections/002_8f56b1ec0a0c6f7f.yaml
      1:1 error Cannot use \`corrections/002_8f56b1ec0a0c6f7f.yaml\` for article \`002_8f56b1ec0a0c6f7f\`, \`002_8f56b1ec0a0c6f7f.yaml\` already overrides it: merge the two files into one duplicate-override corroborate

      ✖ 1 error
      ingest: 5 articles, 3 events, 1 error, 0 warnings in N ms; nothing written (fix the errors in the editors’ files above)
      "
    `);
  }, 60_000);

  it('checks a note reached through a symbolic link, as the site shows it too', async () => {
    const notes = mkdtempSync(path.join(tmpdir(), 'corroborate-notes-'));
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'corroborate-elsewhere-'));
    writeFileSync(
      path.join(elsewhere, 'linked.mdx'),
      '---\narticle: 000_5a73edd74052446e\nauthor: Anna Nowak\ndate: 2025-09-05\n---\n\n<script>alert(1)</script>\n',
    );
    symlinkSync(path.join(elsewhere, 'linked.mdx'), path.join(notes, 'linked.mdx'));
    symlinkSync(path.join(elsewhere, 'missing.mdx'), path.join(notes, 'dangling.mdx'));
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    const { code, stderr } = await ingest('--sources', seeds, '--out', out, '--notes', notes);
    expect(code).toBe(1);
    expect(stderr.replaceAll(notes, '<notes>').replace(/in \d+ ms/, 'in N ms')).toMatchInlineSnapshot(`
      "<notes>/dangling.mdx
          error Cannot read the note (ENOENT): check that it is a file you may read, or remove it from the notes unreadable-note corroborate

      <notes>/linked.mdx
      7:1 error Cannot use \`<script>\` in a note: it would run code or change the page around it                  note-html       corroborate

      ✖ 2 errors
      ingest: 5 articles, 3 events, 2 errors, 0 warnings in N ms; nothing written (fix the errors in the editors’ files above)
      "
    `);
  }, 60_000);

  it('leaves the previous output or the new one whole, never a mix, when killed at any moment', async () => {
    const fewer = mkdtempSync(path.join(tmpdir(), 'corroborate-sources-'));
    cpSync(seeds, fewer, { recursive: true });
    rmSync(path.join(fewer, '004_ad5852a91d4c9ca1.txt'));
    const pristine = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    const fresh = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    await ingest('--sources', fewer, '--out', pristine);
    await ingest('--sources', seeds, '--out', fresh);
    const outputs = [outputOf(pristine), outputOf(fresh)];
    const out = mkdtempSync(path.join(tmpdir(), 'corroborate-out-'));
    // Killed as the staging folder appears (mid-write), as the previous articles move aside
    // (mid-swap), and at moments before and during the run; by `kill -9` and by Ctrl-C.
    const moments: [string, (name: string) => boolean][] = [
      ['staging', (name) => name.startsWith('.ingest-')],
      ['articles', (name) => name === 'articles'],
      ['events.json', (name) => name === 'events.json'],
    ];
    for (const signal of ['SIGKILL', 'SIGINT'] as const)
      for (const [moment, when] of [...moments, ...[100, 400].map((ms) => [`${ms} ms`, () => false] as const)]) {
        rmSync(out, { recursive: true, force: true });
        cpSync(pristine, out, { recursive: true });
        const child = spawn(
          process.execPath,
          [path.join(root, 'scripts/ingest.ts'), '--sources', seeds, '--out', out],
          { cwd: root, stdio: 'ignore' },
        );
        const exited = once(child, 'exit');
        const watcher = watch(out, (_, name) => {
          if (name && when(name)) child.kill(signal);
        });
        const delay = Number.parseInt(moment, 10);
        if (delay) setTimeout(() => child.kill(signal), delay);
        await exited;
        watcher.close();
        // What the next run does first.
        await recoverInterruptedWrite(out);
        expect(outputs, `${signal} at ${moment}`).toContainEqual(outputOf(out));
        expect(readdirSync(out).sort(), `${signal} at ${moment}`).toEqual(['articles', 'events.json']);
      }
  }, 60_000);
});

/** The text of every file an ingest wrote to `out`. */
function outputOf(out: string): Record<string, string> {
  const files = ['events.json', ...readdirSync(path.join(out, 'articles')).map((name) => `articles/${name}`)];
  return Object.fromEntries(files.sort().map((file) => [file, readFileSync(path.join(out, file), 'utf8')]));
}
