import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from './user-error.ts';

/**
 * Refuse a `--out-dir` the build must not write to: a file, or a folder that holds the project or
 * an input. Astro empties the output folder before it builds, so `--out-dir .` would delete the
 * project and `--out-dir content` the sources.
 *
 * @example
 *   checkOutDir('dist', { 'the project': '.', 'the sources': 'content/sources' }) // passes
 */
export function checkOutDir(outDir: string, inputs: Record<string, string>): void {
  const resolved = path.resolve(outDir);
  const stats = statSync(resolved, { throwIfNoEntry: false });
  if (stats && !stats.isDirectory())
    throw new UserError(
      `Cannot use \`${outDir}\` for \`--out-dir\`, expected a folder: it is a file; pass another folder, or move the file away`,
    );
  for (const [name, input] of Object.entries(inputs)) {
    const inside = path.relative(resolved, path.resolve(input));
    if (inside === '' || !(inside.startsWith('..') || path.isAbsolute(inside)))
      throw new UserError(
        `Cannot use \`${outDir}\` for \`--out-dir\`: the build empties it, and it holds ${name} (\`${input}\`); pass a folder of its own, such as \`dist\``,
      );
  }
}
