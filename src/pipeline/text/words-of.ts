import type { TextBlock } from '../text-to-blocks.ts';
import type { WordToken } from './fold-text.ts';
import { tokenizeWords } from './fold-text.ts';

/** A block with its words, for a reader that would otherwise split it into words again. */
export interface TokenizedBlock extends TextBlock {
  words: readonly WordToken[];
}

/**
 * The words of a block (`tokenizeWords`), split only when the block does not come with them.
 *
 * @example
 *   wordsOf({ text: 'la Beijing', line: 1 }).map((word) => word.text) // ['la', 'Beijing']
 */
export function wordsOf(block: TextBlock | TokenizedBlock): readonly WordToken[] {
  return 'words' in block ? block.words : tokenizeWords(block.text);
}

/**
 * The words of a stretch of a block (from `start` to `end`), at offsets within the stretch, taken
 * from the block's words: the same as splitting the stretch anew, which is done only when a word
 * runs across either end.
 *
 * @example
 *   const text = 'Er kam. Sie ging.';
 *   wordsWithin(text, tokenizeWords(text), 8, 17).map((word) => [word.text, word.start]) // [['Sie', 0], ['ging', 4]]
 */
export function wordsWithin(text: string, words: readonly WordToken[], start: number, end: number): WordToken[] {
  const within: WordToken[] = [];
  // The first word that ends after `start`, found by halving: a long paragraph is read sentence by sentence.
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((words[middle] as WordToken).end <= start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < words.length; index++) {
    const word = words[index] as WordToken;
    if (word.start >= end) break;
    if (word.start < start || word.end > end) return tokenizeWords(text.slice(start, end));
    within.push({ ...word, start: word.start - start, end: word.end - start });
  }
  return within;
}
