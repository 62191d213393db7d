import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareCodePoints } from '../../src/lib/compare-code-points.ts';

/** Folders and files whose contents decide what the pipeline makes of a source. */
const codePaths = ['src/pipeline', 'src/data', 'src/schemas', 'src/lib', 'package-lock.json'];

/**
 * A hash of everything the pipeline's output depends on besides its input: its code, curated
 * data and schemas, the locked versions of its packages (franc, any-ascii, yaml, remark…), and
 * the Node.js version with its ICU and Unicode data (sentence segmentation and case folding
 * depend on them). Any change to these gives a new version, so earlier results are not reused.
 *
 * @example
 *   await hashCodeVersion('/work/main') // '3f9a…' (64 hex digits)
 */
export async function hashCodeVersion(root: string): Promise<string> {
  const hash = createHash('sha256');
  const { node, icu, unicode } = process.versions;
  hash.update(JSON.stringify({ node, icu, unicode }));
  for (const relative of (await Promise.all(codePaths.map((entry) => listFiles(root, entry))))
    .flat()
    .sort(compareCodePoints)) {
    const content = await readFile(path.join(root, relative));
    hash.update(`\n${relative}\n${content.length}\n`).update(content);
  }
  return hash.digest('hex');
}

/** Files at `relative` under `root` (the path itself when it is a file), relative to `root`; none if missing. */
async function listFiles(root: string, relative: string): Promise<string[]> {
  const entries = await readdir(path.join(root, relative), { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOTDIR') return undefined;
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  if (entries === undefined) return [relative];
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
