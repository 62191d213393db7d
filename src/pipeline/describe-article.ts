import type { LanguageGuess } from './detect-language.ts';
import { detectLanguage } from './detect-language.ts';
import type { TextBlock } from './text-to-blocks.ts';

/** What the pipeline knows about an article before grouping. */
export interface ArticleDescription {
  title: string;
  language: LanguageGuess;
  outlet: string | null;
  published: string | null;
}

/** Longest title kept whole; longer first lines are cut at a word boundary. */
const maximumTitleLength = 140;

/**
 * Describe an article from its text blocks: title from the first block, language from the whole text.
 *
 * @example
 *   describeArticle([{ text: 'Kim meets Shoigu', line: 1 }, { text: 'Body…', line: 3 }]).title // 'Kim meets Shoigu'
 */
export function describeArticle(blocks: readonly TextBlock[]): ArticleDescription {
  const text = blocks.map((block) => block.text).join('\n');
  return {
    title: truncateAtWord(blocks[0]?.text ?? '', maximumTitleLength),
    language: detectLanguage(text),
    outlet: null,
    published: null,
  };
}

/**
 * Cut a text to at most `limit` characters at a word boundary, adding an ellipsis when cut.
 *
 * @example
 *   truncateAtWord('one two three', 9) // 'one two…'
 */
export function truncateAtWord(text: string, limit: number): string {
  const characters = Array.from(text);
  if (characters.length <= limit) return text;
  const head = characters.slice(0, limit - 1).join('');
  const space = head.search(/\s\S*$/u);
  return `${(space > limit / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}
