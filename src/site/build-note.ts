import type { Verdict } from '../data/verdict-scale.ts';
import { verdictOf } from '../data/verdict-scale.ts';
import { compareCodePoints } from '../lib/compare-code-points.ts';
import type { NoteFrontmatter, noteTargets } from '../schemas/note-frontmatter.ts';

/** What the site shows of an editor's note, besides its body. */
export interface NoteView {
  title: string;
  verdict: Verdict | null;
  author: string;
  date: string;
  /** The evidence it cites, labelled by host (`www.reuters.com`). */
  sources: { href: string; label: string }[];
}

/** A note as the site reads it: its collection id and its frontmatter. */
export interface NoteEntry {
  id: string;
  data: NoteFrontmatter;
}

/**
 * The notes about one claim, event or article, oldest first (then by file name), so a page
 * reads them in the order they were written.
 */
export function notesAbout<T extends NoteEntry>(
  notes: readonly T[],
  target: (typeof noteTargets)[number],
  id: string,
): T[] {
  return notes
    .filter((note) => note.data[target] === id)
    .sort((a, b) => compareCodePoints(a.data.date, b.data.date) || compareCodePoints(a.id, b.id));
}

/** The verdict notes give a claim; checks allow one per claim. */
export function verdictAbout(notes: readonly NoteEntry[], claim: string): Verdict | null {
  const rated = notes.find((note) => note.data.claim === claim && note.data.verdict);
  return rated?.data.verdict ? verdictOf(rated.data.verdict) : null;
}

/** What the site shows of a note around its body. */
export function describeNote(note: NoteFrontmatter): NoteView {
  return {
    title: note.title ?? (note.verdict ? 'Verdict' : 'Editor’s note'),
    verdict: note.verdict ? verdictOf(note.verdict) : null,
    author: note.author,
    date: note.date,
    sources: note.sources.map((href) => ({ href, label: new URL(href).host })),
  };
}
