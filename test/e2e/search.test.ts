import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';

const siteUrl = inject('siteUrl');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
});

/** Type a query in the search box and return the result links once the status says how many there are. */
async function searchFor(query: string): Promise<{ href: string; lang: string }[]> {
  await page.goto(`${siteUrl}/search/`);
  await page.getByLabel('Search all articles, in any language').fill(query);
  await page
    .getByRole('status')
    .filter({ hasText: /results? for|No results/ })
    .waitFor();
  return page
    .locator('#search-results a')
    .evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href') ?? '', lang: link.getAttribute('lang') ?? '' })),
    );
}

describe('search', () => {
  it('finds a Greek, a German and a Romanian word from the same search box', async () => {
    expect(await searchFor('Πεκίνο')).toContainEqual({ href: '/articles/000_5a73edd74052446e/', lang: 'el' });
    expect(await searchFor('Heldentum')).toContainEqual({ href: '/articles/002_8f56b1ec0a0c6f7f/', lang: 'de' });
    expect(await searchFor('frățească')).toContainEqual({ href: '/articles/004_ad5852a91d4c9ca1/', lang: 'ro' });
  });

  it('finds names across scripts and spellings: "Kursk" finds the Greek Κουρσκ, "Beijing" the German Peking', async () => {
    // None of these articles writes the name as searched.
    expect(await searchFor('Kursk')).toContainEqual({ href: '/articles/001_cb3a5e9a82b9db3f/', lang: 'el' });
    expect(await searchFor('Lavrov')).toContainEqual({ href: '/articles/001_cb3a5e9a82b9db3f/', lang: 'el' });
    expect(await searchFor('Beijing')).toContainEqual({ href: '/articles/002_8f56b1ec0a0c6f7f/', lang: 'de' });
    expect(await searchFor('Shoigu')).toContainEqual({ href: '/articles/003_8e1f729e4d00b7cb/', lang: 'el' });
  });

  it('stems each language with its own stemmer: another inflection finds the article', async () => {
    // The article says "soldații" and "soldați"; "soldaților" is in neither, and no prefix of them.
    expect(await searchFor('soldaților')).toContainEqual({ href: '/articles/004_ad5852a91d4c9ca1/', lang: 'ro' });
    // The article says "Gesprächen"; the German stemmer reduces "Gespräche" to the same stem.
    expect(await searchFor('Gesprächs')).toContainEqual({ href: '/articles/002_8f56b1ec0a0c6f7f/', lang: 'de' });
  });

  it('narrows results by language and by the status of the claims an article states', async () => {
    const all = await searchFor('Putin');
    expect(new Set(all.map((result) => result.lang)).size).toBeGreaterThan(1);
    const languages = page.getByRole('group', { name: 'Language' });
    const shownLanguages = () =>
      page
        .locator('#search-results a')
        .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('lang') ?? ''))].sort());
    await languages.getByLabel(/Greek/).check();
    await expect.poll(shownLanguages).toEqual(['el']);
    // Any of several values of one filter: Greek or German.
    await languages.getByLabel(/German/).check();
    await expect.poll(shownLanguages).toEqual(['de', 'el']);
    // A filter alone, without words: the articles that state a claim the sources differ on.
    await page.getByLabel('Search all articles, in any language').fill('');
    await languages.getByLabel(/Greek/).uncheck();
    await languages.getByLabel(/German/).uncheck();
    await page
      .getByRole('group', { name: 'Claims it states' })
      .getByLabel(/differing/)
      .check();
    await page
      .getByRole('status')
      .filter({ hasText: /for the chosen filters/ })
      .waitFor();
    const differing = await page
      .locator('#search-results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(differing).toContain('/articles/000_5a73edd74052446e/');
    expect(differing).not.toContain('/articles/001_cb3a5e9a82b9db3f/');
  });

  it('says so when nothing matches', async () => {
    expect(await searchFor('xylophonequartet')).toEqual([]);
    await expect(page.getByRole('status').textContent()).resolves.toBe('No results for “xylophonequartet”.');
  });

  it('follows a result to the article page, in the article language', async () => {
    await searchFor('Heldentum');
    await page.locator('#search-results a').first().click();
    await page.waitForURL(`${siteUrl}/articles/002_8f56b1ec0a0c6f7f/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('h1').textContent()).toContain('Kim Jong-un');
  });

  it('reads the query from the address, so a search can be shared', async () => {
    await page.goto(`${siteUrl}/search/?q=${encodeURIComponent('Κουρσκ')}`);
    await page
      .getByRole('status')
      .filter({ hasText: /results? for/ })
      .waitFor();
    expect(await page.locator('#search-results a').count()).toBeGreaterThanOrEqual(2);
  });
});

describe('article pages', () => {
  it('show markup and code from a source as text, and never run it', async () => {
    await page.goto(`${siteUrl}/articles/zz_injection_attempt/`);
    const body = (await page.locator('.article-body').textContent()) ?? '';
    expect(body).toContain('<script>window.__corroborateInjected = true</script>');
    expect(body).toContain("import { secrets } from './server.js'");
    expect(body).toContain('{officials} said');
    expect(await page.locator('.article-body script, .article-body img').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as { __corroborateInjected?: boolean }).__corroborateInjected),
    ).toBeUndefined();
  });
});
