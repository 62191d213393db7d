import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { articleToMdast, embedToMdast, mdastToMdx } from '../../src/pipeline/article-to-mdx.ts';
import type { BodyPart } from '../../src/pipeline/clean/clean-article.ts';
import { textToBlocks } from '../../src/pipeline/text-to-blocks.ts';
import { renderArticleBody } from '../../src/site/render-article-body.ts';
import { sampleFrontmatter } from '../helpers/sample-frontmatter.ts';

type Node = DefaultTreeAdapterMap['childNode'];
type ElementNode = DefaultTreeAdapterMap['element'];

const fixtures = path.join(import.meta.dirname, '../fixtures/mdx');

/** An article's body as the site shows it: written to MDX by the ingest, its frontmatter left off. */
function rendered(parts: BodyPart[], anchors: Parameters<typeof articleToMdast>[2] = []): ElementNode[] {
  const mdx = mdastToMdx(articleToMdast(sampleFrontmatter('x'), parts, anchors));
  const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
  return elementsOf(parseFragment(renderArticleBody(body)).childNodes);
}

function elementsOf(nodes: readonly Node[]): ElementNode[] {
  return nodes.filter((node): node is ElementNode => 'tagName' in node);
}

function walk(nodes: readonly Node[], visit: (node: ElementNode) => void): void {
  for (const node of elementsOf(nodes)) {
    visit(node);
    walk(node.childNodes, visit);
  }
}

/** The text a reader sees: without the hidden label and arrow of each claim's link. */
function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (
    'tagName' in node &&
    node.attrs.some((attribute) => attribute.name === 'class' && attribute.value === 'claim-link')
  )
    return '';
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const attribute = (node: ElementNode, name: string) => node.attrs.find((each) => each.name === name)?.value;

function paragraphs(text: string): BodyPart[] {
  return textToBlocks(text).map((block) => ({ kind: 'paragraph', block }));
}

describe('renderArticleBody', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`shows each paragraph's text as the source has it, and nothing that runs: ${name.replaceAll('-', ' ')}`, () => {
      const input = readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8');
      const top = rendered(paragraphs(input));
      expect(top.map(textOf)).toEqual(textToBlocks(input).map((block) => block.text));
      walk(top, (node) => {
        expect(['p', 'a']).toContain(node.tagName);
        expect(node.attrs.filter(({ name }) => name.startsWith('on'))).toEqual([]);
        if (node.tagName === 'a') expect(attribute(node, 'href')).toMatch(/^(https?:|mailto:)/);
      });
    });
  }

  it('marks each claim sentence with its id and links it to its row on the event page', () => {
    const text = 'Prima propoziție. «A doua {propoziție}» — <b>aici</b>. A treia.';
    const top = rendered(paragraphs(text), [
      { article: 'x', line: 1, start: 0, end: 17, claim: 'claim-aaa', event: '2025-09-03-x' },
      { article: 'x', line: 1, start: 18, end: 54, claim: 'claim-bbb', event: '2025-09-03-x' },
    ]);
    expect(top.map((node) => [node.tagName, textOf(node)])).toEqual([['p', text]]);
    const claims: ElementNode[] = [];
    walk(top, (node) => {
      if (attribute(node, 'class') === 'claim') claims.push(node);
    });
    expect(claims.map((node) => [attribute(node, 'id'), textOf(node)])).toEqual([
      ['claim-aaa', 'Prima propoziție.'],
      ['claim-bbb', '«A doua {propoziție}» — <b>aici</b>.'],
    ]);
    const links = claims.map((node) => elementsOf(node.childNodes).find((child) => child.tagName === 'a'));
    expect(links.map((link) => link && attribute(link, 'href'))).toEqual([
      '/events/2025-09-03-x/#claim-aaa',
      '/events/2025-09-03-x/#claim-bbb',
    ]);
    expect(links.every((link) => link && attribute(link, 'data-pagefind-ignore') === '')).toBe(true);
  });

  it('anchors a claim an article states twice (its lead and its body) apart, both linking to its row', () => {
    const top = rendered(paragraphs('Bosbrand: 16.000 mensen geëvacueerd.\nZo’n 16.000 mensen zijn geëvacueerd.'), [
      { article: 'x', line: 2, start: 0, end: 36, claim: 'claim-aaa', event: 'e' },
      { article: 'x', line: 1, start: 0, end: 36, claim: 'claim-aaa', event: 'e' },
    ]);
    const claims: ElementNode[] = [];
    walk(top, (node) => {
      if (attribute(node, 'class') === 'claim') claims.push(node);
    });
    expect(claims.map((node) => attribute(node, 'id'))).toEqual(['claim-aaa', 'claim-aaa-2']);
    const links = claims.map((node) => elementsOf(node.childNodes).find((child) => child.tagName === 'a'));
    expect(links.map((link) => link && attribute(link, 'href'))).toEqual([
      '/events/e/#claim-aaa',
      '/events/e/#claim-aaa',
    ]);
  });

  it('keeps a paragraph that is all claims one paragraph', () => {
    const top = rendered(paragraphs('Ein Satz.\nErster Teil, zweiter Teil.'), [
      { article: 'x', line: 1, start: 0, end: 9, claim: 'claim-aaa', event: 'e' },
      { article: 'x', line: 2, start: 0, end: 12, claim: 'claim-bbb', event: 'e' },
      { article: 'x', line: 2, start: 13, end: 27, claim: 'claim-ccc', event: 'e' },
    ]);
    expect(top.map((node) => [node.tagName, textOf(node)])).toEqual([
      ['p', 'Ein Satz.'],
      ['p', 'Erster Teil, zweiter Teil.'],
    ]);
  });

  it('shows an embedded post as a quotation with its attribution, linking web addresses only', () => {
    const post = {
      platform: 'telegram',
      author: 'Name "quoted" {x}',
      handle: '@who',
      date: '2025-09-03',
      dateText: '3 вересня',
      url: 'javascript:alert(1)',
      profileUrl: 'https://t.me/who',
      text: ['export const x = 1 <script>alert(1)</script>', 'Другий абзац.'],
      lines: [3, 4] as [number, number],
    };
    const [figure] = rendered([{ kind: 'embed', embed: post }]);
    expect(figure?.tagName).toBe('figure');
    const [quote, caption] = elementsOf(figure?.childNodes ?? []);
    expect(elementsOf(quote?.childNodes ?? []).map(textOf)).toEqual(post.text);
    expect(quote && attribute(quote, 'cite')).toBeUndefined();
    expect(caption && textOf(caption)).toBe('Embedded post on Telegram by Name "quoted" {x} (@who) · 3 вересня');
    const links: string[] = [];
    walk(caption ? [caption] : [], (node) => {
      if (node.tagName === 'a') links.push(attribute(node, 'href') ?? '');
    });
    expect(links).toEqual(['https://t.me/who']);
    expect(embedToMdast(post).name).toBe('Embed');
  });

  it('runs nothing a hand-edited file adds: no script, handler, expression or module statement', () => {
    const html = renderArticleBody(
      [
        "import x from 'y'",
        '',
        'export const a = 1',
        '',
        'Hello {alert(1)} <script>alert(2)</script> <img src="x" onerror="alert(3)" />',
        '',
        '<Claim id="c1" event="e" onclick="alert(4)">Said {1 + 1}.</Claim>',
        '',
        '{alert(5)}',
      ].join('\n'),
    );
    expect(html).not.toMatch(/<script|<img|onerror|onclick|import x|export const|alert\((?:1|5)\)/);
    expect(html).toContain('<span class="claim" id="c1">Said .');
  });
});
