/** A block of article text (a paragraph, a headline, a list item) and the source line it starts on. */
export interface TextBlock {
  text: string;
  /** 1-based line in the decoded source. */
  line: number;
}

/**
 * Split decoded article text into blocks, one per non-blank line: pasted page text puts
 * each paragraph on a line of its own, with or without blank lines between them.
 *
 * @example
 *   textToBlocks('Title\n\n  First paragraph.\n') // [{ text: 'Title', line: 1 }, { text: 'First paragraph.', line: 3 }]
 */
export function textToBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line !== '') blocks.push({ text: line, line: index + 1 });
  });
  return blocks;
}
