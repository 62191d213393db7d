import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { UserError } from './user-error.ts';

/** Source files found under a folder: `.txt` files to ingest, and every other file, reported as skipped. */
export interface SourceListing {
  sources: VFile[];
  skipped: VFile[];
}

/**
 * Read every `*.txt` file under `folder`, nested folders included, as a VFile whose
 * path is relative to `folder` (with `/` separators) and whose value is the raw bytes.
 */
export async function readSources(folder: string): Promise<SourceListing> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') throw error;
      throw new UserError(
        `cannot read the sources folder \`${folder}\`: pass an existing folder with --sources or CORROBORATE_SOURCES`,
      );
    },
  );
  const sources: VFile[] = [];
  const skipped: VFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(folder, absolute).split(path.sep).join('/');
    if (entry.name.toLowerCase().endsWith('.txt')) {
      sources.push(new VFile({ path: relative, value: await readFile(absolute) }));
    } else {
      const file = new VFile({ path: relative });
      file.info('Skipped file that is not `.txt`: sources are plain text files named `<id>.txt`', {
        ruleId: 'not-a-source',
        source: 'corroborate',
      });
      skipped.push(file);
    }
  }
  return { sources, skipped };
}
