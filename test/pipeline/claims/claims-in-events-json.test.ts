import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';

const root = path.join(import.meta.dirname, '../../..');

describe('claims in events.json', () => {
  const sources = readdirSync(path.join(root, 'content/sources'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => new VFile({ path: name, value: readFileSync(path.join(root, 'content/sources', name)) }));
  const { articles, eventsJson } = runPipeline({
    sources,
    glossary: new VFile({ path: 'glossary.yaml', value: readFileSync(path.join(root, 'content/glossary.yaml')) }),
  });
  const beijing = eventsJson.events[0];

  it('quotes each mention exactly as it stands in the cleaned article', () => {
    for (const event of eventsJson.events) {
      for (const claim of event.claims) {
        for (const mention of claim.mentions) {
          expect(event.articles).toContain(mention.article);
          const mdx = articles.find((article) => article.frontmatter.id === mention.article)?.mdx ?? '';
          const body = mdx
            .replace(/^---\n[\s\S]*?\n---\n/, '')
            .replace(/\\(.)/g, '$1')
            .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
          expect(body).toContain(mention.text);
        }
      }
    }
  });

  it('holds at most one mention per article in a claim, and calls a claim of one source single-source', () => {
    for (const claim of beijing?.claims ?? []) {
      const cited = claim.mentions.map((mention) => mention.article);
      expect(new Set(cited).size).toBe(cited.length);
      if (cited.length === 1) expect(claim.status).toBe('single-source');
    }
  });

  it('finds the brotherly-duty, bravery and treaty claims corroborated across Greek, German and Romanian', () => {
    const corroborated = (beijing?.claims ?? []).filter((claim) => claim.status !== 'single-source');
    const withWords = (pattern: RegExp) =>
      corroborated.find((claim) => claim.mentions.some((mention) => pattern.test(mention.text)));
    expect(withWords(/αδελφικό καθήκον/)?.mentions.length).toBeGreaterThanOrEqual(2);
    // "fought bravely and heroically": a clause of a Greek sentence, a German and a Romanian quote.
    expect(
      withWords(/γενναιότητα και ηρωισμό/)
        ?.mentions.map((mention) => mention.article)
        .sort(),
    ).toEqual(['000_5a73edd74052446e', '002_8f56b1ec0a0c6f7f', '004_ad5852a91d4c9ca1']);
    expect(
      withWords(/Juni 2024/)
        ?.mentions.map((mention) => mention.article)
        .sort(),
    ).toEqual(['000_5a73edd74052446e', '002_8f56b1ec0a0c6f7f', '004_ad5852a91d4c9ca1']);
  });
});
