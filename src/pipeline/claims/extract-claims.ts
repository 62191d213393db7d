import { claimConcepts } from '../../data/claim-concepts.ts';
import { clauseBreaks } from '../../data/clause-breaks.ts';
import { hedges } from '../../data/hedges.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import type { PhraseIndex } from '../describe/find-phrase.ts';
import { findPhrases } from '../describe/find-phrase.ts';
import { countryIndex, englishCountryName } from '../describe/find-places.ts';
import { foldText, tokenizeWords } from '../text/fold-text.ts';
import type { TextBlock } from '../text-to-blocks.ts';
import type { Sentence } from './segment-sentences.ts';
import { segmentSentences } from './segment-sentences.ts';

/** A sentence that states something, with what can be compared across languages. */
export interface ClaimUnit {
  article: string;
  line: number;
  /** The sentence exactly as it stands in the cleaned article. */
  text: string;
  /** Where the sentence starts and ends in its paragraph (the block on `line`). */
  start: number;
  end: number;
  /** Concept ids (`brotherly`, `duty`, `treaty`…). */
  concepts: Set<string>;
  /** People, places and countries, keyed as event grouping keys them. */
  entities: Map<string, string>;
  /** Numbers written with digits, normalised (`6.500` → `6500`, `3,5` → `3.5`). */
  numbers: Set<string>;
  /** Quoted words, and whether a quote is short enough to be a scare quote (one to three words). */
  quotes: { text: string; scare: boolean }[];
  hedged: boolean;
}

const quotePattern = /[«„“"‘‚]([^«»„“”"‘’‚]{1,400})[»“”"’‘]/gu;

/**
 * Split an article's paragraphs into sentences and read from each what survives translation:
 * concepts from the multilingual lexicon, glossary entities and countries, numbers, quotations
 * (short ones as possible scare quotes) and hedges.
 */
export function extractClaimUnits(
  article: string,
  lang: string,
  paragraphs: readonly TextBlock[],
  glossary: PhraseIndex<GlossaryEntry>,
): ClaimUnit[] {
  const countries = countryIndex(lang);
  const concepts = conceptPatterns(lang);
  const hedge = hedgePattern(lang);
  const breaks = clauseBreakPattern(lang);
  return paragraphs.flatMap((block) =>
    segmentSentences(block.text, lang)
      .flatMap((sentence) => splitClauses(sentence, breaks))
      .map((sentence) => {
        const words = tokenizeWords(sentence.text);
        const folded = foldText(sentence.text);
        const entities = new Map<string, string>();
        for (const { value } of findPhrases(glossary, sentence.text, words))
          entities.set(`glossary:${value.name}`, value.name);
        for (const { value } of findPhrases(countries, sentence.text, words))
          entities.set(`country:${value}`, englishCountryName(value));
        return {
          article,
          line: block.line,
          text: sentence.text,
          start: sentence.start,
          end: sentence.end,
          concepts: new Set(concepts.filter(({ pattern }) => pattern.test(folded)).map(({ concept }) => concept)),
          entities,
          numbers: new Set([...sentence.text.matchAll(/\d[\d.,]*\d|\d/g)].map((match) => normalizeNumber(match[0]))),
          quotes: [...sentence.text.matchAll(quotePattern)].map((match) => ({
            text: match[1] ?? '',
            scare: (match[1] ?? '').trim().split(/\s+/).length <= 3,
          })),
          hedged: hedge?.test(folded) ?? false,
        };
      }),
  );
}

/** The sentence, or its clauses where a clause break (`src/data/clause-breaks.ts`) parts two statements. */
function splitClauses(sentence: Sentence, breaks: RegExp | null): Sentence[] {
  if (!breaks) return [sentence];
  const clauses: Sentence[] = [];
  let from = 0;
  for (const match of sentence.text.matchAll(breaks)) {
    const cut = match.index;
    if (cut - from < 20) continue;
    clauses.push({ text: sentence.text.slice(from, cut), start: sentence.start + from, end: sentence.start + cut });
    from = cut + match[0].length;
  }
  clauses.push({ text: sentence.text.slice(from), start: sentence.start + from, end: sentence.end });
  return clauses;
}

/** The language's clause breaks as one pattern, or `null` when none are listed. */
const clauseBreakPattern = memoizeByKey((lang) => {
  const patterns = clauseBreaks.filter((entry) => entry.lang === lang).map((entry) => entry.pattern);
  return patterns.length > 0 ? new RegExp(patterns.join('|'), 'gu') : null;
});

/** `6.500` and `6,500` → `6500`; `3,5` → `3.5`; years stay as they are. */
function normalizeNumber(raw: string): string {
  if (/^\d{1,3}([.,]\d{3})+$/.test(raw)) return raw.replace(/[.,]/g, '');
  return raw.replace(',', '.');
}

/** Each concept's stems in the language (and English) as one pattern. */
const conceptPatterns = memoizeByKey((lang) =>
  claimConcepts.map((entry) => {
    const stems = [...(entry.stems[lang] ?? []), ...(lang === 'en' ? [] : (entry.stems.en ?? []))];
    const escaped = stems.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return { concept: entry.concept, pattern: new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})`, 'u') };
  }),
);

/** The language's hedges as one pattern, or `null` when none are listed. */
const hedgePattern = memoizeByKey((lang) => {
  const cues = hedges.filter((entry) => entry.lang === lang).map((entry) => entry.pattern);
  return cues.length > 0 ? new RegExp(`(?<![\\p{L}])(?:${cues.join('|')})(?![\\p{L}])`, 'u') : null;
});
