import { abbreviations, ordinalDotLanguages } from '../../data/abbreviations.ts';
import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { foldText } from '../text/fold-text.ts';
import { reportingVerbMatcher, saysAt } from './reporting-verb-matcher.ts';
import { scanQuotations } from './scan-quotations.ts';

/** A sentence of a paragraph, exactly as it stands, with where it starts and ends. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Where, inside a quotation that goes on, one quoted sentence ends and the next starts (paragraph offsets). */
  quotedBreaks: number[];
}

/**
 * Split a paragraph into sentences with the runtime's segmenter for its language, then mend
 * what it gets wrong in news text: a break after a short abbreviation ("κ. Κιμ", "Dr. Lee"),
 * after an ordinal number ("zum 80. Jahrestag"), or inside a quotation that goes on.
 *
 * @example
 *   segmentSentences('Ο κ. Κιμ μίλησε. Ο Πούτιν απάντησε.', 'el').map((s) => s.text) // ['Ο κ. Κιμ μίλησε.', 'Ο Πούτιν απάντησε.']
 */
export function segmentSentences(text: string, lang: string): Sentence[] {
  const pieces = [...sentenceSegmenter(lang).segment(text)].map((piece) => ({
    start: piece.index,
    end: piece.index + piece.segment.length,
  }));
  const merged: { start: number; end: number; quotedBreaks: number[] }[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    const join = last && continues(text.slice(last.start, last.end), text.slice(piece.start, piece.end), lang);
    if (last && join) {
      if (join === 'quotation') last.quotedBreaks.push(piece.start + leadingSpace(text.slice(piece.start, piece.end)));
      last.end = piece.end;
    } else merged.push({ ...piece, quotedBreaks: [] });
  }
  return merged
    .map(({ start, end, quotedBreaks }) => {
      const raw = text.slice(start, end);
      const lead = leadingSpace(raw);
      const trimmed = raw.trim();
      return { text: trimmed, start: start + lead, end: start + lead + trimmed.length, quotedBreaks };
    })
    .flatMap(withinLength)
    .filter((sentence) => /\p{L}/u.test(sentence.text));
}

/**
 * Longest sentence read as one, in characters: news sentences run to a few hundred, and a
 * longer run with no sentence end (a table pasted as one line, a quotation never closed, a
 * script that marks no sentence ends) is read in pieces of this size, so that reading a
 * sentence costs no more than a sentence's worth.
 */
const maximumSentence = 1500;

/** A sentence, or pieces of it of at most `maximumSentence` characters, cut after a comma or a space. */
function withinLength(sentence: Sentence): Sentence[] {
  if (sentence.text.length <= maximumSentence) return [sentence];
  const pieces: Sentence[] = [];
  let from = 0;
  const { text } = sentence;
  while (from < text.length) {
    let to = Math.min(text.length, from + maximumSentence);
    if (to < text.length) {
      const window = text.slice(from, to);
      const pause = Math.max(window.lastIndexOf(', '), window.lastIndexOf('，'), window.lastIndexOf('; '));
      const space = window.lastIndexOf(' ');
      const cut = pause > maximumSentence / 2 ? pause + 1 : space > maximumSentence / 2 ? space : -1;
      if (cut > 0) to = from + cut;
    }
    const raw = text.slice(from, to);
    const lead = leadingSpace(raw);
    const piece = raw.trim();
    const start = sentence.start + from + lead;
    const end = start + piece.length;
    if (piece !== '')
      pieces.push({
        text: piece,
        start,
        end,
        quotedBreaks: sentence.quotedBreaks.filter((offset) => offset > start && offset < end),
      });
    from = to;
  }
  return pieces;
}

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/**
 * Whether the segmenter broke where the sentence goes on: `'sentence'` when it broke inside
 * one sentence, `'quotation'` when the break is real but a quotation goes on across it.
 */
function continues(before: string, after: string, lang: string): 'sentence' | 'quotation' | false {
  const tail = before.trimEnd();
  if (!/^\s*[\p{L}\p{N}]/u.test(after))
    return !/\p{Sentence_Terminal}["'»”’)]*$/u.test(tail) && after.trim() !== '' ? 'sentence' : false;
  // "κ. Κιμ", "dl. Putin", "Dr. Lee": an abbreviation before the full stop.
  // Only the end is read: a sentence that goes on across many breaks would be read again each time.
  const lastWord = /(?:^|[\s(])([\p{L}.°]+)\.$/u.exec(tail.slice(-abbreviationReach))?.[1];
  if (lastWord && abbreviationsOf(lang).has(lastWord)) return 'sentence';
  // "80.", "3.": an ordinal number, as German, Scandinavian and Slavic languages write them.
  if (ordinalDotLanguages.includes(lang) && /(?:^|\s)\d{1,3}\.$/u.test(tail)) return 'sentence';
  if (scanQuotations(before).unclosed) return 'quotation';
  // "“双方将加强合作。”普京透露。": a quotation that ends its own sentence, and then who said it.
  return /\p{Sentence_Terminal}["'»”’」』]+$/u.test(tail) && saysWhoSpoke(after, lang) ? 'sentence' : false;
}

/** Most words (or, without spaces, characters) of a sentence that only says who spoke ("普京透露。", "he said."). */
const attributionWords = 6;
const attributionCharacters = 16;

/** Whether a sentence only says who spoke: a few words with a verb of saying. */
function saysWhoSpoke(sentence: string, lang: string): boolean {
  const text = sentence.trim();
  const words = text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const short = unspacedLanguages.has(lang) ? text.length <= attributionCharacters : words.length <= attributionWords;
  const isVerb = reportingVerbMatcher(lang);
  const folded = words.map((word) => ({ text: word, folded: foldText(word) }));
  return short && folded.some((_, at) => saysAt(isVerb, folded, at));
}

/** Characters before a full stop in which an abbreviation is looked for: longer than any listed. */
const abbreviationReach = 48;

/** The runtime's sentence segmenter for a language (the default locale's for one it cannot read), built once. */
const sentenceSegmenter = memoizeByKey((lang) => {
  try {
    return new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
});

const abbreviationsOf = memoizeByKey(
  (lang) => new Set(abbreviations.filter((entry) => entry.lang === lang).flatMap((entry) => entry.words)),
);
