import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleToMdast, mdastToMdx } from '../../src/pipeline/article-to-mdx.ts';
import type { BodyPart } from '../../src/pipeline/clean/clean-article.ts';
import { textToBlocks } from '../../src/pipeline/text-to-blocks.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article-frontmatter.ts';
import { sampleFrontmatter } from '../helpers/sample-frontmatter.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/mdx');
const cases = readdirSync(fixtures).sort();

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Compile MDX with Sätteri, the engine Astro's MDX integration uses, and return the hast tree. */
function compile(mdx: string): HastNode {
  return mdxToHast(mdx) as unknown as HastNode;
}

function walk(node: HastNode, visit: (node: HastNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function frontmatterFor(id: string, overrides: Partial<ArticleFrontmatter> = {}): ArticleFrontmatter {
  return sampleFrontmatter(id, overrides);
}

function paragraphs(text: string): BodyPart[] {
  return textToBlocks(text).map((block) => ({ kind: 'paragraph', block }));
}

describe('mdastToMdx', () => {
  for (const name of cases) {
    const input = readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8');
    const blocks = textToBlocks(input);
    const mdx = mdastToMdx(articleToMdast(frontmatterFor(name), paragraphs(input)));

    it(`writes the expected MDX: ${name.replaceAll('-', ' ')}`, async () => {
      await expect(mdx).toMatchFileSnapshot(path.join(fixtures, name, 'expected.mdx'));
    });

    it(`compiles to paragraphs whose text is the source text: ${name.replaceAll('-', ' ')}`, () => {
      const tree = compile(mdx);
      const kinds = new Set<string>();
      const tags = new Set<string>();
      walk(tree, (node) => {
        kinds.add(node.type);
        if (node.tagName) tags.add(node.tagName);
      });
      // No ES module statement, expression, JSX or raw HTML survives: only elements and text.
      expect([...kinds].sort()).toEqual(['element', 'root', 'text'].filter((kind) => kinds.has(kind)));
      expect([...tags].filter((tag) => tag !== 'p' && tag !== 'a')).toEqual([]);
      const paragraphs = (tree.children ?? []).filter((node) => node.tagName === 'p');
      expect(paragraphs.map(textOf)).toEqual(blocks.map((block) => block.text));
    });
  }

  it('only links http(s) and mail addresses that stand in the text', () => {
    const input = readFileSync(path.join(fixtures, 'injected-markup-and-code-read-as-text/input.txt'), 'utf8');
    const hrefs: unknown[] = [];
    walk(compile(mdastToMdx(articleToMdast(frontmatterFor('x'), paragraphs(input)))), (node) => {
      if (node.tagName === 'a') hrefs.push(node.properties?.href);
    });
    expect(hrefs.filter((href) => !/^(https?:|mailto:)/.test(String(href)))).toEqual([]);
  });
});

describe('articleToMdast', () => {
  it('writes frontmatter that reads back as the same values, even with markup in the title', () => {
    const frontmatter = frontmatterFor('x', {
      title: '---\n<script>alert(1)</script> {title}: «Πούτιν»',
      outlet: 'protothema.gr',
      published: '2025-09-03',
      lang: 'el',
    });
    const mdx = mdastToMdx(articleToMdast(frontmatter, paragraphs('Κείμενο.')));
    const yaml = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1];
    expect(parseYaml(yaml ?? '')).toEqual(frontmatter);
  });

  it('keeps frontmatter keys in schema order and quotes date-like strings, so every YAML reader agrees', () => {
    const mdx = mdastToMdx(articleToMdast(frontmatterFor('x', { published: '2025-09-03', title: 'no' }), []));
    const keys = [...mdx.matchAll(/^(\w+):/gm)].map((match) => match[1]);
    expect(keys).toEqual(Object.keys(sampleFrontmatter('x')));
    expect(mdx).toContain('published: "2025-09-03"');
    expect(mdx).toContain('title: "no"');
  });

  it('writes an embedded post as an attributed <Embed> whose text and attributes read literally', () => {
    const embed = {
      platform: 'x',
      author: 'Name "quoted" {x}',
      handle: '@who',
      date: '2025-09-03',
      dateText: 'September 3, 2025',
      url: 'https://pic.twitter.com/abc',
      profileUrl: 'https://x.com/who',
      text: ['export const x = 1 <script>alert(1)</script>'],
      lines: [3, 4] as [number, number],
    };
    const tree = compile(mdastToMdx(articleToMdast(frontmatterFor('x'), [{ kind: 'embed', embed }])));
    const elements: HastNode[] = [];
    walk(tree, (node) => {
      if (node.type.startsWith('mdxJsx')) elements.push(node);
    });
    expect(elements).toHaveLength(1);
    const attributes = (elements[0] as unknown as { attributes: { name: string; value: unknown }[] }).attributes;
    expect(Object.fromEntries(attributes.map((attribute) => [attribute.name, attribute.value]))).toEqual({
      platform: 'x',
      author: 'Name "quoted" {x}',
      handle: '@who',
      date: '2025-09-03',
      dateText: 'September 3, 2025',
      url: 'https://pic.twitter.com/abc',
      profileUrl: 'https://x.com/who',
    });
    expect(textOf(elements[0] as HastNode)).toBe('export const x = 1 <script>alert(1)</script>');
  });

  it('wraps each claim sentence in a <Claim> anchor, leaving the paragraph text as it was', () => {
    const text = 'Prima propoziție. «A doua {propoziție}» — <b>aici</b>. A treia.';
    const anchors = [
      { article: 'x', line: 1, start: 0, end: 17, claim: 'claim-aaa', event: '2025-09-03-x' },
      { article: 'x', line: 1, start: 18, end: 54, claim: 'claim-bbb', event: '2025-09-03-x' },
    ];
    const tree = compile(mdastToMdx(articleToMdast(frontmatterFor('x'), paragraphs(text), anchors)));
    const claims: HastNode[] = [];
    walk(tree, (node) => {
      if (node.type === 'mdxJsxTextElement') claims.push(node);
    });
    expect(claims.map(textOf)).toEqual(['Prima propoziție.', '«A doua {propoziție}» — <b>aici</b>.']);
    expect(
      claims.map((node) =>
        (node as unknown as { attributes: { name: string; value: string }[] }).attributes.map(
          ({ name, value }) => `${name}=${value}`,
        ),
      ),
    ).toEqual([
      ['id=claim-aaa', 'event=2025-09-03-x'],
      ['id=claim-bbb', 'event=2025-09-03-x'],
    ]);
    const paragraph = (tree.children ?? []).find((node) => node.tagName === 'p');
    expect(textOf(paragraph as HastNode)).toBe(text);
  });

  it('keeps a paragraph that is all claims a paragraph, so its sentences do not run into the next', () => {
    const text = 'Ein Satz.\nErster Teil, zweiter Teil.\nDanach ein Absatz ohne Anspruch.';
    const anchors = [
      { article: 'x', line: 1, start: 0, end: 9, claim: 'claim-aaa', event: 'e' },
      { article: 'x', line: 2, start: 0, end: 12, claim: 'claim-bbb', event: 'e' },
      { article: 'x', line: 2, start: 13, end: 27, claim: 'claim-ccc', event: 'e' },
    ];
    const tree = compile(mdastToMdx(articleToMdast(frontmatterFor('x'), paragraphs(text), anchors)));
    const top = (tree.children ?? []).filter((node) => node.type !== 'text' || node.value?.trim());
    // A paragraph of claims is the element <p> written in the MDX; Astro renders it as one.
    const tagOf = (node: HastNode) => node.tagName ?? (node as HastNode & { name?: string }).name;
    expect(top.map((node) => [tagOf(node), textOf(node)])).toEqual([
      ['p', 'Ein Satz.'],
      ['p', 'Erster Teil, zweiter Teil.'],
      ['p', 'Danach ein Absatz ohne Anspruch.'],
    ]);
  });
});
