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

  it('calls a claim one article alone states single-source, however often it states it', () => {
    for (const claim of beijing?.claims ?? []) {
      const cited = new Set(claim.mentions.map((mention) => mention.article));
      expect(claim.status === 'single-source').toBe(cited.size === 1);
    }
    // Kim's pledge to help Russia: quoted and retold in the Romanian article, told once in the German.
    const pledge = beijing?.claims.find((claim) =>
      claim.mentions.some((mention) => mention.text.includes('erdenkliche')),
    );
    expect(pledge?.mentions.map((mention) => mention.article)).toEqual([
      '002_8f56b1ec0a0c6f7f',
      '004_ad5852a91d4c9ca1',
      '004_ad5852a91d4c9ca1',
    ]);
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

  it('sets the scare-quoted "liberation" of Kursk apart as framing, and names who said each mention', () => {
    const kursk = beijing?.claims.find((claim) =>
      claim.mentions.some((mention) => mention.text.includes('«απελευθέρωση»')),
    );
    expect(kursk?.status).toBe('differing');
    expect(kursk?.differences.find((difference) => difference.slot === 'framing')?.values).toContainEqual({
      article: '000_5a73edd74052446e',
      value: '“liberation” in scare quotes',
    });
    const duty = beijing?.claims.find((claim) => claim.mentions.some((mention) => mention.text.includes('αδελφικό')));
    expect(new Set(duty?.mentions.map((mention) => mention.speaker))).toEqual(new Set(['Kim Jong Un']));
  });

  it('links the June 2024 treaty, which other reports recall as background, across events', () => {
    const treaty = beijing?.claims.find((claim) =>
      claim.mentions.some((mention) => mention.text.includes('Juni 2024')),
    );
    const elsewhere = treaty?.related.map((link) => link.event) ?? [];
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere).not.toContain(beijing?.id);
    for (const link of treaty?.related ?? []) {
      const other = eventsJson.events.find((event) => event.id === link.event)?.claims.find((c) => c.id === link.claim);
      expect(other?.related).toContainEqual({ event: beijing?.id, claim: treaty?.id });
    }
  });
});
