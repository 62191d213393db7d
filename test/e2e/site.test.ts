import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleHref } from '../../src/site/build-home-page.ts';
import { schemaOrgProblems } from '../helpers/schema-org-vocabulary.ts';
import { launchChromium } from './launch-chromium.ts';

const siteUrl = inject('siteUrl');
const generated = path.join(import.meta.dirname, '../../.cache/e2e/content');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built site', () => {
  it('publishes events.json at /data/events.json, byte for byte', async () => {
    const response = await fetch(`${siteUrl}/data/events.json`);
    expect(response.ok).toBe(true);
    expect(await response.text()).toBe(readFileSync(path.join(generated, 'events.json'), 'utf8'));
  });

  it('lists every article on the home page, each link marked with its language and leading to its page', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    const links = await page
      .locator('.article-list a')
      .evaluateAll((anchors) => anchors.map((a) => `${a.getAttribute('href')} ${a.getAttribute('lang')}`));
    const { articles } = JSON.parse(readFileSync(path.join(generated, 'events.json'), 'utf8')) as {
      articles: { id: string; lang: string }[];
    };
    expect(links.sort()).toEqual(articles.map((article) => `${articleHref(article.id)} ${article.lang}`).sort());
    for (const link of links) {
      const response = await fetch(`${siteUrl}${link.split(' ')[0]}`);
      expect(response.status, link).toBe(200);
    }
    expect(links.some((link) => link.includes('zz-odd-1-name-'))).toBe(true);
  });

  it('publishes an RSS feed of the events and a sitemap of every page, at the site’s address', async () => {
    const { events, articles } = JSON.parse(readFileSync(path.join(generated, 'events.json'), 'utf8')) as {
      events: { id: string }[];
      articles: { id: string }[];
    };
    const feed = await (await fetch(`${siteUrl}/rss.xml`)).text();
    for (const event of events)
      expect(feed).toContain(`<link>https://corroborate.example/events/${encodeURIComponent(event.id)}/</link>`);
    const sitemap = await (await fetch(`${siteUrl}/sitemap-0.xml`)).text();
    const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(pages).toContain(`https://corroborate.example${articleHref(articles[0]?.id ?? '')}`);
    expect(pages).toContain(`https://corroborate.example/events/${encodeURIComponent(events[0]?.id ?? '')}/`);
    const home = await (await fetch(`${siteUrl}/`)).text();
    expect(home).toContain('<meta property="og:url" content="https://corroborate.example/">');
  });

  it('serves a 404 page that leads back to the events', async () => {
    const response = await fetch(`${siteUrl}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});

describe('article pages', () => {
  it('show embedded posts as attributed quotes and what cleaning removed, collapsed', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/articles/000_5a73edd74052446e/`);
    const captions = await page.locator('.article-body figure.embed figcaption').allTextContents();
    expect(captions.map((caption) => caption.replace(/\s+/g, ' ').trim())).toEqual([
      'Embedded post on X by Zlatti71 (@Zlatti_71) · September 3, 2025 · link in the post',
      'Embedded post on X by Clash Report (@clashreport) · September 3, 2025 · link in the post',
    ]);
    const removed = page.locator('details.removed');
    expect(await removed.getAttribute('open')).toBeNull();
    await removed.locator('summary').click();
    await expect(removed.textContent()).resolves.toContain('Διαβάστε ακόμη');
    expect(await page.locator('.article-body').textContent()).not.toContain('Διαβάστε ακόμη');
  });

  it('show each described value with where it comes from and the source line behind it', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/articles/003_8e1f729e4d00b7cb/`);
    const outlet = page.locator('.metadata dt:text-is("Outlet") + dd');
    await expect(outlet.textContent()).resolves.toMatch(/protothema\.gr\s+the site naming itself in its footer/);
    await expect(outlet.locator('.evidence').textContent()).resolves.toContain('line 30');
  });

  it('say when an article republishes another one’s text, and link to it', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/articles/d2-pl/`);
    const note = page.locator('.copy-note');
    await expect(note.textContent()).resolves.toMatch(
      /republishes the text of\s+d1-pl; claims count\s+the two as one source/,
    );
    await note.locator('a').click();
    await page.waitForURL(/\/articles\/d1-pl\/$/);
  });
});

describe('claim anchors', () => {
  it('mark each claim sentence on the article page with the claim id from events.json', async () => {
    const { events } = JSON.parse(readFileSync(path.join(generated, 'events.json'), 'utf8')) as {
      events: { claims: { id: string; mentions: { article: string; text: string }[] }[] }[];
    };
    const claim = events.flatMap((event) => event.claims).find((entry) => entry.mentions.length > 1);
    const mention = claim?.mentions[0];
    expect(mention).toBeDefined();
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${articleHref(mention?.article ?? '')}#${claim?.id}`);
    const sentence = page.locator(`[id="${claim?.id}"]`);
    await expect(sentence.evaluate((node) => node.firstChild?.textContent)).resolves.toBe(mention?.text);
  });

  it('lead from a cell of the event page’s claim matrix to the exact sentence, and from there back to the row', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/`);
    await page.locator('.timeline h2 a', { hasText: 'Beijing' }).click();
    await page.waitForURL(/\/events\/2025-09-03-/);
    const row = page.locator('tr.claim-row.status-differing').first();
    const cell = row.locator('td.stated blockquote[lang="el"] a');
    const text = await cell.textContent();
    await cell.click();
    await page.waitForURL(/\/articles\/000_5a73edd74052446e\/#claim-/);
    const claimId = new URL(page.url()).hash.slice(1);
    const sentence = page.locator(`[id="${claimId}"]`);
    await expect(sentence.evaluate((node) => node.firstChild?.textContent)).resolves.toBe(text);
    await sentence.locator('a.claim-link').click();
    await page.waitForURL(new RegExp(`/events/2025-09-03-[^/]+/#${claimId}$`));
    await expect(page.locator(`tr[id="${claimId}"] .badge`).textContent()).resolves.toBe('Sources differ');
  });

  it('can be followed with the keyboard alone, from the skip link to a cell and into the article', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/events/2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    let onCell = false;
    for (let step = 0; step < 80 && !onCell; step++) {
      await page.keyboard.press('Tab');
      onCell = await page.evaluate(() => !!document.activeElement?.matches('td.stated blockquote a'));
    }
    expect(onCell).toBe(true);
    const text = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\/[^/]+\/#claim-/);
    const claimId = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${claimId}"]`).evaluate((node) => node.firstChild?.textContent)).resolves.toBe(
      text,
    );
  });

  it('give each claim a page of its own, with every source’s sentence and a way back to the event', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/events/2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting/`);
    const row = page.locator('tr.claim-row').first();
    const stated = await row.locator('td.stated blockquote').count();
    await row.locator('a.permalink').click();
    await page.waitForURL(/\/claims\/claim-[0-9a-f]+\/$/);
    await expect(page.locator('.mention-list blockquote').count()).resolves.toBe(stated);
    await page.locator('.claim-page a', { hasText: 'Beijing' }).first().click();
    await page.waitForURL(/\/events\/2025-09-03-[^/]+\/#claim-/);
  });

  it('offer a translate control on each quoted sentence only where the browser translates on the device', async () => {
    const url = `${siteUrl}/events/2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting/`;
    const plain = await browser.newPage();
    await plain.goto(url);
    await plain.waitForLoadState('networkidle');
    await expect(plain.locator('button.translate').count()).resolves.toBe(0);
    // A browser with the Translator API: here a stand-in that marks what it was given.
    const page = await browser.newPage({ locale: 'en-GB' });
    await page.addInitScript(() => {
      (globalThis as { Translator?: unknown }).Translator = {
        availability: async () => 'available',
        create: async ({ sourceLanguage }: { sourceLanguage: string }) => ({
          translate: async (text: string) => `[${sourceLanguage}→en] ${text}`,
        }),
      };
    });
    await page.goto(url);
    const greek = page.locator('td.stated:has(blockquote[lang="el"])').first();
    const text = await greek.locator('blockquote').textContent();
    await greek.locator('button.translate').click();
    await expect(greek.locator('p.translation[lang="en"]').textContent()).resolves.toBe(`[el→en] ${text}`);
  });
});

describe('editor notes', () => {
  const noted = inject('notedClaim');

  it('show a verdict beside its claim on the event page, with the note under the row', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/events/${noted.event}/`);
    const row = page.locator(`tr#${noted.id}`);
    await expect(row.locator('a.verdict').textContent()).resolves.toBe('Verdict: Misleading');
    const note = page.locator(`tr#${noted.id} + tr.note-row aside.note`);
    await expect(note.locator('.note-title').textContent()).resolves.toMatch(/^Verdict\s+Misleading, 2 of 5/);
    await expect(note.locator('.note-byline').textContent()).resolves.toMatch(/^By Ελένη Παππά, \d{4}-\d{2}-\d{2}$/);
    // The note quotes each source's sentence in its own language, linked to it.
    await expect(note.locator('q.note-quote[lang="ro"]').textContent()).resolves.toContain('datorie frățească');
    await expect(note.locator('a.source-link').getAttribute('href')).resolves.toBe('https://example.org/kcna');
    await page.close();
  });

  it('give the rated claim’s page the verdict and exactly one ClaimReview, valid schema.org', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}/claims/${noted.id}/`);
    await expect(page.locator('.claim-page > p a.verdict').textContent()).resolves.toBe('Verdict: Misleading');
    await expect(page.locator('aside.note').count()).resolves.toBe(1);
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(scripts).toHaveLength(1);
    const review = JSON.parse(scripts[0] ?? '{}');
    expect(schemaOrgProblems(review)).toEqual([]);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      url: `https://corroborate.example/claims/${noted.id}/`,
      reviewRating: { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' },
      author: { name: 'Ελένη Παππά' },
      itemReviewed: { '@type': 'Claim', author: { name: 'Kim Jong Un' } },
    });
    expect([...review.claimReviewed].length).toBeLessThan(75);
    expect(review.itemReviewed.appearance.length).toBeGreaterThanOrEqual(2);
    // The verdict links to the published scale.
    await page.locator('.claim-page > p a.verdict').click();
    await page.waitForURL(/\/verdicts\/#misleading$/);
    await page.close();
  });

  it('leave claims without a verdict without ClaimReview', async () => {
    const response = await fetch(`${siteUrl}/events/${noted.event}/`);
    const html = await response.text();
    const other = [...html.matchAll(/href="\/claims\/(claim-[0-9a-f]+)\/"/g)]
      .map((match) => match[1])
      .find((id) => id !== noted.id);
    const claimPage = await (await fetch(`${siteUrl}/claims/${other}/`)).text();
    expect(claimPage).not.toContain('application/ld+json');
  });
});
