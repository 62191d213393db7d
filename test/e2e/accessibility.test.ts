import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './launch-chromium.ts';

const siteUrl = inject('siteUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** axe-core's violations on a page, one line each: rule, impact, and the first offending element. */
async function violationsOn(path: string, width = 1280): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  if (path.startsWith('/')) await page.goto(`${siteUrl}${path}`);
  else {
    await page.goto(`${siteUrl}/events/2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting/`);
    await page.locator('.claim-row a.permalink').first().click();
    await page.waitForURL(/\/claims\/claim-/);
  }
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
  });
  await page.close();
  return violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes[0]?.target.join(' ')}`,
  );
}

describe('accessibility (axe-core)', () => {
  for (const [name, path] of [
    ['home', '/'],
    ['event', '/events/2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting/'],
    ['article', '/articles/000_5a73edd74052446e/'],
    ['search', '/search/?q=Kursk'],
    ['claim', 'first claim of the Beijing event'],
    ['rated claim', `/claims/${inject('notedClaim').id}/`],
    ['verdict scale', '/verdicts/'],
  ] as const) {
    it(`finds no violations on the ${name} page, wide and on a phone`, async () => {
      expect(await violationsOn(path)).toEqual([]);
      expect(await violationsOn(path, 390)).toEqual([]);
    });
  }
});
