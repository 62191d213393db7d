import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { differences, filesOf } from '../helpers/compare-folders.ts';

const root = path.join(import.meta.dirname, '../..');
const seeds = path.join(root, 'content/sources');
const hostile = path.join(root, 'test/fixtures/hostile');

/**
 * The same sources in a fresh folder: the seeds and the hostile text fixtures (markup, RTL, CJK),
 * written in the given order, so that the folder's listing order differs between the two copies.
 */
function copySources(order: 'forward' | 'backward'): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-sources-'));
  const files = [
    ...readdirSync(seeds).map((name) => path.join(seeds, name)),
    ...readdirSync(hostile).map((name) => path.join(hostile, name)),
  ];
  if (order === 'backward') files.reverse();
  for (const file of files) copyFileSync(file, path.join(folder, path.basename(file)));
  return folder;
}

/** One full build into `work`, under the given time zone and locale. */
async function buildInto(work: string, sources: string, env: Record<string, string>): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      path.join(root, 'scripts/build.ts'),
      ...['--sources', sources, '--generated', path.join(work, 'content')],
      ...['--out-dir', path.join(work, 'dist'), '--site', 'https://corroborate.example/'],
    ],
    { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 64 * 1024 * 1024 },
  );
}

describe('npm run build', () => {
  let first: string;
  let second: string;

  beforeAll(async () => {
    // Two machines that differ in all that must not matter: folder names, the order files were
    // written in, the time zone, the locale, the moment of the build, and what was built there
    // before (the second first builds other sources into the same folders, caches included).
    // The two run at once, which the build also has to survive.
    first = mkdtempSync(path.join(tmpdir(), 'corroborate-reproducible-'));
    second = mkdtempSync(path.join(tmpdir(), 'corroborate-reproducible-'));
    await Promise.all([
      buildInto(first, copySources('forward'), { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }),
      (async () => {
        const env = { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' };
        await buildInto(second, hostile, env);
        await buildInto(second, copySources('backward'), env);
      })(),
    ]);
  }, 300_000);

  afterAll(() => {
    for (const folder of [first, second]) if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('writes byte-identical events.json and MDX from the same sources', () => {
    const a = filesOf(path.join(first, 'content'));
    const b = filesOf(path.join(second, 'content'));
    expect([...a.keys()]).toContain('events.json');
    expect([...a.keys()].filter((name) => name.endsWith('.mdx')).length).toBeGreaterThan(5);
    expect(differences(a, b)).toEqual([]);
  });

  it('builds a byte-identical site: every page, feed, sitemap, JSON file, asset and search index', () => {
    // Nothing is left out of the comparison: asset names are content hashes, and no page carries
    // the build's date or time.
    const a = filesOf(path.join(first, 'dist'));
    const b = filesOf(path.join(second, 'dist'));
    expect([...a.keys()].filter((name) => /\.(?:html|xml|json)$/.test(name)).length).toBeGreaterThan(50);
    expect(differences(a, b)).toEqual([]);
  });
});
