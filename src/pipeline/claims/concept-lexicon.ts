import { claimConcepts } from '../../data/claim-concepts.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldText } from '../text/fold-text.ts';

const byId = new Map(claimConcepts.map((entry, index) => [entry.concept, { ...entry, index }]));

/**
 * The concepts of the lexicon (`src/data/claim-concepts.ts`) a text states, in its language
 * (English stems count in every language, as news borrows them).
 *
 * @example
 *   conceptsOf('Pjöngjang betrachte es als seine „brüderliche Pflicht“', 'de') // Set { 'brotherly', 'duty' }
 */
export function conceptsOf(text: string, lang: string): Set<string> {
  return new Set(conceptMatches(foldText(text), lang).map((match) => match.concept));
}

/** Where each concept of the lexicon stands in a folded text (`foldText`), in reading order. */
export function conceptMatches(folded: string, lang: string): { concept: string; start: number; end: number }[] {
  const { pattern, conceptsOfStem } = stemPattern(lang);
  const found: { concept: string; start: number; end: number }[] = [];
  for (const match of folded.matchAll(pattern))
    for (const concept of conceptsOfStem.get(match[0]) ?? [])
      found.push({ concept, start: match.index, end: match.index + match[0].length });
  return found;
}

/** A concept's English label, for glosses. */
export function conceptLabel(concept: string): string {
  return byId.get(concept)?.label ?? concept;
}

/** The family of rival characterisations a concept belongs to ("liberation" and "expel"), if any. */
export function conceptFrame(concept: string): string | undefined {
  return byId.get(concept)?.frame;
}

/** Whether a concept names who acts rather than what is claimed. */
export function isRoleConcept(concept: string): boolean {
  return byId.get(concept)?.role === true;
}

/** Where a concept stands in the lexicon, to list a claim's concepts in a stable, readable order. */
export function conceptRank(concept: string): number {
  return byId.get(concept)?.index ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Every stem of the language (and English) in one pattern, longest first, so a text is scanned
 * once; each stem maps back to its concepts.
 */
const stemPattern = memoizeByKey((lang) => {
  const conceptsOfStem = new Map<string, string[]>();
  for (const entry of claimConcepts)
    for (const stem of [...(entry.stems[lang] ?? []), ...(lang === 'en' ? [] : (entry.stems.en ?? []))]) {
      const folded = foldText(stem);
      const concepts = conceptsOfStem.get(folded) ?? [];
      if (!concepts.includes(entry.concept)) conceptsOfStem.set(folded, [...concepts, entry.concept]);
    }
  const stems = [...conceptsOfStem.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const escaped = stems.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Not inside a word: after no letter, and no mark (a Devanagari vowel sign or virama is one).
  const start = unspacedLanguages.has(lang) ? '' : '(?<![\\p{L}\\p{M}])';
  return { pattern: new RegExp(`${start}(?:${escaped.join('|')})`, 'gu'), conceptsOfStem };
});
