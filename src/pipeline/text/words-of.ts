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
