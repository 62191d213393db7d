import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { UserError } from './user-error.ts';

/** Files found under a sources folder: articles, editors' overrides, and the rest, reported as skipped. */
export interface SourceListing {
  /** `<id>.txt` files. */
  sources: VFile[];
  /** `<id>.yaml` (or `.yml`) files beside them. */
  overrides: VFile[];
  /** Everything else. */
  skipped: VFile[];
}

/**
 * Read every `*.txt` and `*.yaml` file under `folder`, nested folders included, as VFiles whose
 * path is relative to `folder` (with `/` separators) and whose value is the raw bytes. Other
 * files, hidden ones included, are listed as skipped, with a note.
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
  const listing: SourceListing = { sources: [], overrides: [], skipped: [] };
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(folder, absolute).split(path.sep).join('/');
    if (relative.split('/').some((part) => part.startsWith('.'))) {
      const file = new VFile({ path: relative });
      file.info('Skipped: a hidden file (its name or folder starts with `.`); rename it to publish it', {
        ruleId: 'hidden-file',
        source: 'corroborate',
      });
      listing.skipped.push(file);
      continue;
    }
    const extension = path.extname(entry.name).toLowerCase();
    if (extension === '.txt') {
      listing.sources.push(new VFile({ path: relative, value: await readFile(absolute) }));
    } else if (extension === '.yaml' || extension === '.yml') {
      listing.overrides.push(new VFile({ path: relative, value: await readFile(absolute) }));
    } else {
      const file = new VFile({ path: relative });
      file.info('Skipped: not a source; sources are `<id>.txt`, overrides `<id>.yaml`', {
        ruleId: 'not-a-source',
        source: 'corroborate',
      });
      listing.skipped.push(file);
    }
  }
  return listing;
}

/** Read an editor file (glossary, event corrections) when the path is given and the file exists. */
export async function readOptionalFile(file: string | undefined): Promise<VFile | undefined> {
  if (!file || !existsSync(file)) return undefined;
  return new VFile({ path: file, value: await readFile(file) });
}

/**
 * Read editors' notes: every `*.mdx` directly in `folder`, as VFiles whose path includes the
 * folder as given. A missing folder means no notes; other files but `README.md` are reported as
 * skipped, so a note saved as `.md` is not lost without a word.
 */
export async function readNotes(folder: string | undefined): Promise<{ notes: VFile[]; skipped: VFile[] }> {
  const found = { notes: [] as VFile[], skipped: [] as VFile[] };
  if (!folder || !existsSync(folder)) return found;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const relative = path.join(folder, entry.name).split(path.sep).join('/');
    if (!entry.isFile() || entry.name.startsWith('.') || entry.name === 'README.md') continue;
    if (path.extname(entry.name).toLowerCase() === '.mdx') {
      found.notes.push(new VFile({ path: relative, value: await readFile(path.join(folder, entry.name), 'utf8') }));
    } else {
      const file = new VFile({ path: relative });
      file.message('Skipped: not a note; notes are `<name>.mdx` files', {
        ruleId: 'not-a-note',
        source: 'corroborate',
      });
      found.skipped.push(file);
    }
  }
  return found;
}
