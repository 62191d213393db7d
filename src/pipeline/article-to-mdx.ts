import type { Root, RootContent } from 'mdast';
import type { Options as StringifyOptions, Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import type { ArticleFrontmatter } from '../schemas/article-frontmatter.ts';
import type { TextBlock } from './text-to-blocks.ts';

/**
 * Patterns remark-mdx leaves alone but MDX would run: `import`/`export` at the start of a line
 * become ES module statements. Marking their first letter unsafe makes the serializer write it
 * as a character reference (`&#x69;mport`), which MDX shows as plain text.
 */
const esmUnsafe: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
];

const stringifyOptions: StringifyOptions = { unsafe: esmUnsafe, bullet: '-', emphasis: '_', rule: '-' };

const processor = unified()
  .use(remarkStringify, stringifyOptions)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .use(remarkMdx)
  .freeze();

/**
 * Build the mdast of an article: YAML frontmatter, then one paragraph per text block.
 *
 * @example
 *   articleToMdast(frontmatter, [{ text: 'Hello {world}', line: 1 }]).children.length // 2
 */
export function articleToMdast(frontmatter: ArticleFrontmatter, blocks: readonly TextBlock[]): Root {
  const yaml: RootContent = { type: 'yaml', value: stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd() };
  const paragraphs: RootContent[] = blocks.map((block) => ({
    type: 'paragraph',
    children: [{ type: 'text', value: block.text }],
  }));
  return { type: 'root', children: [yaml, ...paragraphs] };
}

/**
 * Serialize an mdast tree to MDX in which every text node reads literally: `{`, `<`,
 * `import`/`export` at a line start, markdown and GFM syntax are escaped, never run.
 *
 * @example
 *   mdastToMdx({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a <b>' }] }] }) // 'a \\<b>\n'
 */
export function mdastToMdx(tree: Root): string {
  return processor.stringify(tree);
}
