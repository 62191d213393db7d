import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { differences, filesOf } from '../helpers/compare-folders.ts';

const root = path.join(import.meta.dirname, '../..');

/** A full build of `sources` into `work`, as `npm run build` does it; what it printed. */
async function buildInto(work: string, sources: string): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)(
    process.execPath,
    [
      path.join(root, 'scripts/build.ts'),
      ...['--sources', sources, '--generated', path.join(work, 'content')],
      ...['--out-dir', path.join(work, 'dist'), '--site', 'https://corroborate.example/'],
    ],
    { cwd: root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  return `${stdout}${stderr}`;
}

describe('a rebuild after a change', () => {
  const folders: string[] = [];
  const fresh = (prefix: string) => {
    const folder = mkdtempSync(path.join(tmpdir(), prefix));
    folders.push(folder);
    return folder;
  };
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('gives the same site as a cold build of the changed sources, though it reuses unchanged pages', async () => {
    const sources = fresh('corroborate-sources-');
    cpSync(path.join(root, 'content/sources'), sources, { recursive: true });
    const warm = fresh('corroborate-warm-');
    await buildInto(warm, sources);

    // An editor retitles one article, and a new source joins the corpus.
    writeFileSync(
      path.join(sources, '002_8f56b1ec0a0c6f7f.yaml'),
      'title: Putin dankt Kim in Peking\noutlet: SeaPRwire\n',
    );
    cpSync(
      path.join(
        root,
        'test/fixtures/claims/polish-train-derailment-with-a-republished-wire-copy-counts-the-copy-as-one-source/sources/d1-pl.txt',
      ),
      path.join(sources, 'd1-pl.txt'),
    );
    const log = await buildInto(warm, sources);
    // Pages of the events the change does not touch are copied from the first build.
    expect(log).toMatch(/\/events\/undated-kim-jong-un-sergei-shoigu-meeting\/index\.html \(restored\)/);
    expect(log).not.toMatch(/\/articles\/002_8f56b1ec0a0c6f7f\/index\.html \(restored\)/);
    // The search bundles of the languages whose pages are unchanged (Greek, Romanian) are reused;
    // German (a new title) and Polish (a new language) are indexed.
    expect(log).toMatch(/\[pagefind\] Indexed 6 pages in 4 languages \(2 reused from the last build\)/);
    const cold = fresh('corroborate-cold-');
    await buildInto(cold, sources);

    const rebuilt = filesOf(path.join(warm, 'dist'));
    expect(String(rebuilt.get('articles/002_8f56b1ec0a0c6f7f/index.html'))).toContain('Putin dankt Kim in Peking');
    expect(differences(rebuilt, filesOf(path.join(cold, 'dist')))).toEqual([]);
    expect(differences(filesOf(path.join(warm, 'content')), filesOf(path.join(cold, 'content')))).toEqual([]);
  }, 120_000);
});
