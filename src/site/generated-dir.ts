import path from 'node:path';

/**
 * Folder that holds the ingest output (`articles/`, `events.json`) the site is built from:
 * `CORROBORATE_GENERATED` when set (the build script sets it), else `content` in the project root.
 */
export function generatedDir(): string {
  return path.resolve(process.env.CORROBORATE_GENERATED ?? 'content');
}

/**
 * Folder of editors' notes (`*.mdx`) the site shows beside what they are about:
 * `CORROBORATE_NOTES` when set (the build script sets it), else `content/notes`.
 */
export function notesDir(): string {
  return path.resolve(process.env.CORROBORATE_NOTES ?? 'content/notes');
}
