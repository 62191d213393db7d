import { dump as dumpYaml } from 'js-yaml';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Options as StringifyOptions, Unsafe } from 'mdast-util-to-markdown';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { ArticleFrontmatter, Embed } from '../schemas/article-frontmatter.ts';
import type { BodyPart } from './clean/clean-article.ts';

/** Where a claim's clause stands in an article, for its anchor. */
export interface ClaimAnchor {
  article: string;
  line: number;
  start: number;
  end: number;
  claim: string;
  /** The event the claim belongs to, whose page shows it across sources. */
  event: string;
}

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
 * Build the mdast of an article: YAML frontmatter, then one paragraph per text block and an
 * `<Embed>` element per embedded post, attributed, in reading order.
 *
 * @example
 *   articleToMdast(frontmatter, [{ kind: 'paragraph', block: { text: 'Hello {world}', line: 1 } }]).children.length // 2
 */
export function articleToMdast(
  frontmatter: ArticleFrontmatter,
  body: readonly BodyPart[],
  anchors: readonly ClaimAnchor[] = [],
): Root {
  // Written by the library Astro reads frontmatter with, so every value reads back as it was: a
  // string that would read as a date or a number (2025-09-03, 2024) is quoted. No line is folded.
  const yaml: RootContent = {
    type: 'yaml',
    value: dumpYaml(frontmatter, { lineWidth: -1, noRefs: true, skipInvalid: true, quotingType: '"' }).trimEnd(),
  };
  // An article that states a claim twice (its lead and its body) anchors the second time apart:
  // `claim-…-2`, linking to the same claim.
  const told = new Map<string, number>();
  const numbered = [...anchors]
    .sort((a, b) => a.line - b.line || a.start - b.start)
    .map((anchor) => {
      const times = (told.get(anchor.claim) ?? 0) + 1;
      told.set(anchor.claim, times);
      return { ...anchor, id: times === 1 ? anchor.claim : `${anchor.claim}-${times}` };
    });
  const parts: RootContent[] = body.map((part) =>
    part.kind === 'paragraph'
      ? anchoredParagraph(
          part.block.text,
          numbered.filter((anchor) => anchor.line === part.block.line),
        )
      : embedToMdast(part.embed),
  );
  return { type: 'root', children: [yaml, ...parts] };
}

/**
 * An embedded post as an `<Embed>` element: attributes for who posted it, when and where,
 * the post's paragraphs as children.
 *
 * @example
 *   embedToMdast(embed).name // 'Embed'
 */
export function embedToMdast(embed: Embed): MdxJsxFlowElement {
  const attributes = Object.entries({
    platform: embed.platform,
    author: embed.author,
    handle: embed.handle,
    date: embed.date,
    dateText: embed.dateText,
    url: embed.url,
    profileUrl: embed.profileUrl,
  }).flatMap(([name, value]) => (value === null ? [] : [{ type: 'mdxJsxAttribute' as const, name, value }]));
  return { type: 'mdxJsxFlowElement', name: 'Embed', attributes, children: embed.text.map(paragraph) };
}

/**
 * A paragraph whose claim sentences are wrapped in `<Claim id="…" event="…">` (with `claim="…"`
 * where the anchor is a claim's second in the article), so the event page can link to the exact
 * sentence and the sentence back to its row; the text stays literal.
 */
function anchoredParagraph(text: string, anchors: readonly (ClaimAnchor & { id: string })[]): Paragraph {
  if (anchors.length === 0) return paragraph(text);
  const children: PhrasingContent[] = [];
  let at = 0;
  for (const anchor of [...anchors].sort((a, b) => a.start - b.start)) {
    if (anchor.start < at) continue;
    if (anchor.start > at) children.push({ type: 'text', value: text.slice(at, anchor.start) });
    const claim: MdxJsxTextElement = {
      type: 'mdxJsxTextElement',
      name: 'Claim',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'id', value: anchor.id },
        ...(anchor.id === anchor.claim
          ? []
          : [{ type: 'mdxJsxAttribute' as const, name: 'claim', value: anchor.claim }]),
        { type: 'mdxJsxAttribute', name: 'event', value: anchor.event },
      ],
      children: [{ type: 'text', value: text.slice(anchor.start, anchor.end) }],
    };
    children.push(claim);
    at = anchor.end;
  }
  if (at < text.length) children.push({ type: 'text', value: text.slice(at) });
  // A line of nothing but elements is read back by MDX as elements between paragraphs, not as a
  // paragraph: the sentences would run into the next paragraph's. An explicit <p> keeps it one.
  const onlyClaims = children.every((child) => child.type !== 'text' || child.value.trim() === '');
  if (onlyClaims)
    return { type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'p', attributes: [], children }] };
  return { type: 'paragraph', children };
}

function paragraph(text: string): RootContent & { type: 'paragraph' } {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
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
