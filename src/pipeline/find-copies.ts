import { compareCodePoints } from '../lib/compare-code-points.ts';
import { tokenizeWords } from './text/fold-text.ts';

/** An article's text, for finding copies. */
export interface CopyCandidate {
  id: string;
  published: string | null;
  text: string;
}

/** Words per shingle: five words in a row rarely repeat by chance across two reports. */
const shingleWords = 5;
/** Share of the shorter text's shingles the longer one must hold for the two to be one text. */
const minimumContainment = 0.6;

/**
 * Which articles republish another's text (the same wire copy under two outlets' names): for
 * each copy, the article it copies, the earliest published (then the first by id). Texts are
 * compared by their five-word shingles; a copy may be cut or have a sentence added.
 *
 * @example
 *   findCopies([{ id: 'a', published: null, text: wire }, { id: 'b', published: null, text: `${wire} Mehr dazu.` }]) // Map { 'b' => 'a' }
 */
export function findCopies(articles: readonly CopyCandidate[]): Map<string, string> {
  const ordered = [...articles].sort(
    (a, b) => compareCodePoints(a.published ?? '9999', b.published ?? '9999') || compareCodePoints(a.id, b.id),
  );
  const shingles = ordered.map((article) => shinglesOf(article.text));
  const copyOf = new Map<string, string>();
  ordered.forEach((article, index) => {
    const mine = shingles[index] as Set<string>;
    if (mine.size === 0) return;
    for (let earlier = 0; earlier < index; earlier++) {
      const theirs = shingles[earlier] as Set<string>;
      const original = ordered[earlier] as CopyCandidate;
      if (theirs.size === 0 || copyOf.has(original.id)) continue;
      let shared = 0;
      for (const shingle of mine) if (theirs.has(shingle)) shared++;
      if (shared / Math.min(mine.size, theirs.size) >= minimumContainment) {
        copyOf.set(article.id, original.id);
        return;
      }
    }
  });
  return copyOf;
}

function shinglesOf(text: string): Set<string> {
  const words = tokenizeWords(text).map((word) => word.folded);
  const shingles = new Set<string>();
  for (let index = 0; index + shingleWords <= words.length; index++)
    shingles.add(words.slice(index, index + shingleWords).join(' '));
  return shingles;
}
