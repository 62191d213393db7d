import { claimConcepts } from '../../data/claim-concepts.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldIn } from '../text/fold-text.ts';

const byId = new Map(claimConcepts.map((entry, index) => [entry.concept, { ...entry, index }]));

/**
 * The concepts of the lexicon (`src/data/claim-concepts.ts`) a text states, in its language
 * (English stems count in every language, as news borrows them).
 *
 * @example
 *   conceptsOf('Pjöngjang betrachte es als seine „brüderliche Pflicht“', 'de') // Set { 'brotherly', 'duty' }
 */
export function conceptsOf(text: string, lang: string): Set<string> {
  return new Set(conceptMatches(foldIn(text, lang), lang).map((match) => match.concept));
}

/**
 * Where each concept of the lexicon stands in a text folded for its language (`foldIn`: marks
 * kept where they tell words apart, "có tội" against "có tới"), in reading order.
 */
export function conceptMatches(folded: string, lang: string): { concept: string; start: number; end: number }[] {
  const { stemsByStart, starts, conceptsOfStem } = stemTable(lang);
  const found: { concept: string; start: number; end: number }[] = [];
  const pattern = new RegExp(starts);
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    const at = match.index;
    const stem = stemsByStart
      .get(folded.slice(at, at + 2))
      ?.find(
        ({ text, whole }) =>
          folded.startsWith(text, at) && (!whole || !wordGoesOn.test(folded.charAt(at + text.length))),
      );
    if (!stem) continue;
    for (const concept of conceptsOfStem.get(stem.key) ?? [])
      found.push({ concept, start: at, end: at + stem.text.length });
    pattern.lastIndex = at + stem.text.length;
  }
  if (compoundingLanguages.has(lang))
    return [...found, ...compoundParts(folded, lang, found)].sort((a, b) => a.start - b.start);
  return found;
}

/** Languages that write a compound as one word ("Waldbrand", "blusvliegtuigen", "skogsbrand"). */
const compoundingLanguages: ReadonlySet<string> = new Set(['de', 'nl', 'sv', 'da', 'nb', 'nn', 'lb']);
/** Letters a compound's head has at least, and a stem found inside it. */
const compoundHead = 3;
const compoundPart = 5;

/**
 * Concepts that stand as the last part of a compound, where a language writes compounds as one
 * word: "Löschflugzeuge" holds "flugzeug", "blusvliegtuigen" "vliegtuig", "Waldbrand" "brand". Only
 * the language's own stems of five letters or more are looked for, after a head of three letters,
 * in a word no match covers yet.
 */
function compoundParts(
  folded: string,
  lang: string,
  found: readonly { start: number; end: number }[],
): { concept: string; start: number; end: number }[] {
  const { stemsByStart, conceptsOfStem, ownStems } = stemTable(lang);
  const parts: { concept: string; start: number; end: number }[] = [];
  for (const word of folded.matchAll(/\p{L}{8,}/gu)) {
    const [from, to] = [word.index, word.index + word[0].length];
    if (found.some((match) => match.start < to && match.end > from)) continue;
    for (let at = from + compoundHead; at <= to - compoundPart; at++) {
      const stem = stemsByStart
        .get(folded.slice(at, at + 2))
        ?.find(
          ({ key, text, whole }) =>
            text.length >= compoundPart &&
            ownStems.has(key) &&
            folded.startsWith(text, at) &&
            (!whole || at + text.length === to),
        );
      if (!stem) continue;
      for (const concept of conceptsOfStem.get(stem.key) ?? [])
        parts.push({ concept, start: at, end: at + stem.text.length });
      break;
    }
  }
  return parts;
}

/** A character that goes on with a word: after a whole-word stem (`…$`), it is no match. */
const wordGoesOn = /[\p{L}\p{M}\p{N}]/u;

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
 * Every stem of the language (and English), by its first two characters, longest first, so a
 * text is read once and each word tried against the few stems that can start it; each stem maps
 * back to its concepts. A stem ending in `$` matches a whole word only (Hebrew "הרגו$", "they
 * killed", not "הרגולציה", "the regulation"). Every stem starts with a letter or digit and has two
 * characters or more (a test holds the lexicon to it). A concept's stems map to the concept it
 * implies too.
 */
const stemTable = memoizeByKey((lang) => {
  const conceptsOfStem = new Map<string, string[]>();
  const ownStems = new Set(
    claimConcepts.flatMap((entry) => (entry.stems[lang] ?? []).map((stem) => foldIn(stem, lang))),
  );
  for (const entry of claimConcepts)
    for (const stem of [...(entry.stems[lang] ?? []), ...(lang === 'en' ? [] : (entry.stems.en ?? []))]) {
      const folded = foldIn(stem, lang);
      const concepts = conceptsOfStem.get(folded) ?? [];
      for (const concept of [entry.concept, ...(entry.implies ? [entry.implies] : [])])
        if (!concepts.includes(concept)) concepts.push(concept);
      conceptsOfStem.set(folded, concepts);
    }
  const stemsByStart = new Map<string, { key: string; text: string; whole: boolean }[]>();
  const stems = [...conceptsOfStem.keys()].map((key) => {
    const whole = key.endsWith('$');
    return { key, text: whole ? key.slice(0, -1) : key, whole };
  });
  // Longest first; of one text, the whole-word stem first.
  stems.sort((a, b) => b.text.length - a.text.length || Number(b.whole) - Number(a.whole) || (a.key < b.key ? -1 : 1));
  for (const stem of stems) {
    const start = stem.text.slice(0, 2);
    stemsByStart.set(start, [...(stemsByStart.get(start) ?? []), stem]);
  }
  // Without spaces a stem may start anywhere; elsewhere only where a word does (after no letter,
  // and no mark: a Devanagari vowel sign or virama is one).
  const starts = unspacedLanguages.has(lang) ? /[\p{L}\p{N}]/gu : /(?<![\p{L}\p{M}])[\p{L}\p{N}]/gu;
  return { stemsByStart, starts, conceptsOfStem, ownStems };
});
