import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../src/schemas/article-frontmatter.ts';
import type { Event } from '../../src/schemas/events-json.ts';
import { buildHomePage } from '../../src/site/build-home-page.ts';
import { sampleFrontmatter } from '../helpers/sample-frontmatter.ts';

function article(id: string, lang: string): ArticleFrontmatter {
  return sampleFrontmatter(id, { lang, title: `Title ${id}`, event: 'e' });
}

function event(id: string, date: string | null, articles: string[]): Event {
  return { id, title: id, date, place: null, articles, evidence: [], claims: [] };
}

describe('buildHomePage', () => {
  it('lists events newest first, undated last, each with its articles and their languages', () => {
    const page = buildHomePage(
      [
        event('undated-x', null, ['x']),
        event('2024-09-14-a', '2024-09-14', ['a']),
        event('2025-09-03-b', '2025-09-03', ['b', 'c']),
      ],
      [article('a', 'el'), article('b', 'de'), article('c', 'ar'), article('x', 'und')],
    );
    expect(page.events.map((entry) => entry.id)).toEqual(['2025-09-03-b', '2024-09-14-a', 'undated-x']);
    expect(page.events[0]?.languages).toEqual([
      { tag: 'de', name: 'German', dir: 'ltr' },
      { tag: 'ar', name: 'Arabic', dir: 'rtl' },
    ]);
    expect(page.events[2]?.articles[0]).toMatchObject({ href: '/articles/x/', language: { name: 'Unknown language' } });
  });

  it('links each event to its page, counts its claims by status and its copies apart', () => {
    const claim = (status: 'corroborated' | 'differing' | 'single-source') => ({
      id: `claim-${status}`,
      status,
      summary: '',
      sources: 1,
      differences: [],
      mentions: [{ article: 'a', text: 'x', speaker: null }],
      related: [],
    });
    const [entry] = buildHomePage(
      [{ ...event('2025-09-03-b', '2025-09-03', ['a', 'b']), claims: [claim('differing'), claim('single-source')] }],
      [article('a', 'pl'), { ...article('b', 'pl'), copyOf: 'a' }],
    ).events;
    expect(entry).toMatchObject({
      href: '/events/2025-09-03-b/',
      counts: { corroborated: 0, differing: 1, 'single-source': 1 },
      copies: 1,
    });
  });

  it('links an article whose id cannot stand in a URL path to a safe, unique slug', () => {
    const page = buildHomePage(
      [event('e', null, ['Σχόλιο #1', 'Σχόλιο 1'])],
      [article('Σχόλιο #1', 'el'), article('Σχόλιο 1', 'el')],
    );
    const [first, second] = (page.events[0]?.articles ?? []).map((entry) => decodeURIComponent(entry.href));
    expect(first).toMatch(/^\/articles\/Σχόλιο-1-[0-9a-f]{8}\/$/);
    expect(second).toMatch(/^\/articles\/Σχόλιο-1-[0-9a-f]{8}\/$/);
    expect(first).not.toBe(second);
  });
});
