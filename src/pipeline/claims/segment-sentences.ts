import { memoizeByKey } from '../../lib/memoize-by-key.ts';
/** A sentence of a paragraph, exactly as it stands, with where it starts and ends. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

import { abbreviations } from '../../data/abbreviations.ts';

const openingQuotes = '«„“"‘‚';
const closingFor: Record<string, string> = { '«': '»', '„': '“', '“': '”', '"': '"', '‘': '’', '‚': '‘' };

/**
 * Split a paragraph into sentences with the runtime's segmenter for its language, then mend
 * what it gets wrong in news text: a break after a short abbreviation ("κ. Κιμ", "Dr. Lee"),
 * after an ordinal number ("zum 80. Jahrestag"), or inside a quotation that goes on.
 *
 * @example
 *   segmentSentences('Ο κ. Κιμ μίλησε. Ο Πούτιν απάντησε.', 'el').map((s) => s.text) // ['Ο κ. Κιμ μίλησε.', 'Ο Πούτιν απάντησε.']
 */
export function segmentSentences(text: string, lang: string): Sentence[] {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  const pieces = [...segmenter.segment(text)].map((piece) => ({
    start: piece.index,
    end: piece.index + piece.segment.length,
  }));
  const merged: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last && continues(text.slice(last.start, last.end), text.slice(piece.start, piece.end), lang))
      last.end = piece.end;
    else merged.push({ ...piece });
  }
  return merged
    .map(({ start, end }) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      return { text: trimmed, start: start + lead, end: start + lead + trimmed.length };
    })
    .filter((sentence) => /\p{L}/u.test(sentence.text));
}

/** Whether the segmenter broke where the sentence goes on. */
function continues(before: string, after: string, lang: string): boolean {
  const tail = before.trimEnd();
  if (!/^\s*[\p{L}\p{N}]/u.test(after)) return !/[.!?。！？]["'»”’)]*$/u.test(tail) && after.trim() !== '';
  // "κ. Κιμ", "dl. Putin", "Dr. Lee": an abbreviation before the full stop.
  const lastWord = /(?:^|[\s(])([\p{L}.°]+)\.$/u.exec(tail)?.[1];
  if (lastWord && abbreviationsOf(lang).has(lastWord)) return true;
  // "80.", "3.": an ordinal number, as German and Scandinavian write them.
  if (/(?:^|\s)\d{1,3}\.$/u.test(tail)) return true;
  return unclosedQuote(before);
}

/** Whether a quotation opened in the text is still open at its end. */
function unclosedQuote(text: string): boolean {
  const open: string[] = [];
  for (const character of text) {
    if (open.length > 0 && character === closingFor[open.at(-1) ?? '']) open.pop();
    else if (openingQuotes.includes(character) && character !== '"') open.push(character);
    else if (character === '"') open.length > 0 && open.at(-1) === '"' ? open.pop() : open.push('"');
  }
  return open.length > 0;
}

const abbreviationsOf = memoizeByKey(
  (lang) => new Set(abbreviations.filter((entry) => entry.lang === lang).flatMap((entry) => entry.words)),
);
