import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { compareCodePoints } from '../../src/lib/compare-code-points.ts';
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
  const hiddenFolders = new Set<string>();
  // In path order, so that reports and the files passed on never depend on the file system's order.
  const found = entries
    .map((entry) => {
      const absolute = path.join(entry.parentPath, entry.name);
      return { entry, absolute, relative: path.relative(folder, absolute).split(path.sep).join('/') };
    })
    .sort((a, b) => compareCodePoints(a.relative, b.relative));
  for (const { entry, absolute, relative } of found) {
    // A control character in a name would reach the report raw (ESC can clear a terminal) and
    // the id; such a file is reported, with the characters shown as escapes, and not read.
    if (/\p{Cc}/u.test(relative) && !entry.isDirectory()) {
      listing.skipped.push(
        unread(
          relative.replace(
            /\p{Cc}/gu,
            (character) => `\\x${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
          ),
          'error',
          'file-name',
          'Cannot use a file name with control characters (shown as `\\x…`), expected printable text: rename the file',
        ),
      );
      continue;
    }
    const parts = relative.split('/');
    const hidden = parts.findIndex((part) => part.startsWith('.'));
    if (hidden !== -1) {
      // A hidden folder (`.git`, `.drafts`) is reported once, not file by file.
      const hiddenPath = parts.slice(0, hidden + 1).join('/');
      if (hiddenFolders.has(hiddenPath)) continue;
      const isFolder = hidden < parts.length - 1 || entry.isDirectory();
      if (isFolder) hiddenFolders.add(hiddenPath);
      const file = new VFile({ path: isFolder ? hiddenPath : relative });
      file.info(
        isFolder
          ? 'Skipped: a hidden folder (its name starts with `.`) and every file in it; rename it to publish them'
          : 'Skipped: a hidden file (its name or folder starts with `.`); rename it to publish it',
        { ruleId: 'hidden-file', source: 'corroborate' },
      );
      listing.skipped.push(file);
      continue;
    }
    // Folders are walked into; a folder reached through a symbolic link is not (it could loop).
    if (entry.isDirectory()) continue;
    if (!entry.isFile()) {
      listing.skipped.push(skipSpecialFile(relative, entry.isSymbolicLink()));
      continue;
    }
    const extension = path.extname(entry.name).toLowerCase();
    if (extension === '.txt') {
      listing.sources.push(await readFolderFile(absolute, relative, 'source'));
    } else if (extension === '.yaml' || extension === '.yml') {
      listing.overrides.push(await readFolderFile(absolute, relative, 'source'));
    } else {
      listing.skipped.push(
        unread(
          relative,
          'info',
          'not-a-source',
          'Skipped: not a source; sources are `<id>.txt`, overrides `<id>.yaml`',
        ),
      );
    }
  }
  return listing;
}

/**
 * Read an editor file (glossary, event corrections) when the path is given and the file exists;
 * `flag` names the option that gave the path, for the message when it is not a readable file.
 */
export async function readOptionalFile(file: string | undefined, flag: string): Promise<VFile | undefined> {
  if (!file || !existsSync(file)) return undefined;
  const value = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(
      `Cannot read \`${file}\` for \`${flag}\` (${error.code ?? error.message}), expected a YAML file: pass a file, or remove the option`,
    );
  });
  return new VFile({ path: file, value });
}

/**
 * One file as a VFile (raw bytes for a source or override, text for a note); a file that cannot
 * be read carries an error saying why.
 */
async function readFolderFile(absolute: string, relative: string, kind: 'source' | 'note'): Promise<VFile> {
  try {
    const value = kind === 'note' ? await readFile(absolute, 'utf8') : await readFile(absolute);
    return new VFile({ path: relative, value });
  } catch (error) {
    const [what, folder] = kind === 'note' ? ['the note', 'the notes'] : ['the file', 'the sources'];
    return unread(
      relative,
      'error',
      `unreadable-${kind}`,
      `Cannot read ${what} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): check that it is a file you may read, or remove it from ${folder}`,
    );
  }
}

/**
 * A symbolic link, pipe, socket or device in the sources folder, reported as skipped: links are
 * not followed, so a link cannot loop or publish a file from outside the folder.
 */
function skipSpecialFile(relative: string, symbolicLink: boolean): VFile {
  return symbolicLink
    ? unread(
        relative,
        'info',
        'symlink',
        'Skipped: a symbolic link (links are not followed); copy the file or folder here instead',
      )
    : unread(
        relative,
        'info',
        'not-a-file',
        'Skipped: not a regular file (a pipe, socket or device); sources are `<id>.txt` files',
      );
}

/**
 * Read editors' notes: every `*.mdx` directly in `folder`, as VFiles whose path includes the
 * folder as given. A missing folder means no notes; other files but `README.md` are reported as
 * skipped, so a note saved as `.md` is not lost without a word, and so are notes that cannot be
 * read (a link to nowhere), with an error.
 */
export async function readNotes(folder: string | undefined): Promise<{ notes: VFile[]; skipped: VFile[] }> {
  const found = { notes: [] as VFile[], skipped: [] as VFile[] };
  if (!folder || !existsSync(folder)) return found;
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UserError(
      `Cannot read the notes folder \`${folder}\` (${error.code ?? error.message}), expected a folder of \`<name>.mdx\` notes: pass a folder with --notes`,
    );
  });
  for (const entry of entries) {
    const relative = path.join(folder, entry.name).split(path.sep).join('/');
    if (entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'README.md') continue;
    if (path.extname(entry.name).toLowerCase() === '.mdx') {
      // A link is followed, as the site build follows it: every note it shows is checked first.
      const note = await readFolderFile(path.join(folder, entry.name), relative, 'note');
      (note.messages.length > 0 ? found.skipped : found.notes).push(note);
    } else {
      found.skipped.push(
        unread(relative, 'warning', 'not-a-note', 'Skipped: not a note; notes are `<name>.mdx` files'),
      );
    }
  }
  return found;
}

/** A file that is not read, carrying the one message that says why: a note, a warning or an error. */
function unread(relative: string, level: 'info' | 'warning' | 'error', ruleId: string, reason: string): VFile {
  const file = new VFile({ path: relative });
  const options = { ruleId, source: 'corroborate' };
  if (level === 'info') file.info(reason, options);
  else file.message(reason, options).fatal = level === 'error';
  return file;
}
