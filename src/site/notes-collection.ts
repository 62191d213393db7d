import type { CollectionEntry } from 'astro:content';
import { getCollection } from 'astro:content';
import { existsSync, readdirSync } from 'node:fs';
import { notesDir } from './generated-dir.ts';

/**
 * Every editor's note. A site without notes is normal, so an empty notes folder is not asked
 * for (Astro warns about an empty collection on every page that reads it).
 */
export async function allNotes(): Promise<CollectionEntry<'notes'>[]> {
  const folder = notesDir();
  if (!existsSync(folder) || !readdirSync(folder).some((name) => name.endsWith('.mdx'))) return [];
  return getCollection('notes');
}
