import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/pipeline/clean/clean-article.ts';
import { detectLanguage } from '../../../src/pipeline/detect-language.ts';
import { textToBlocks } from '../../../src/pipeline/text-to-blocks.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/clean');

/** What a reader and an editor see of the cleaning: kept lines, headline, embeds, removed lines and why. */
function summarize(input: string) {
  const lang = detectLanguage(input).lang;
  const cleaned = cleanArticle(textToBlocks(input), lang);
  return {
    lang,
    headline: cleaned.headline?.line ?? null,
    standfirst: cleaned.standfirst?.line ?? null,
    body: cleaned.body.map((part) =>
      part.kind === 'paragraph' ? part.block.line : `embed ${part.embed.lines.join('-')}`,
    ),
    embeds: cleaned.embeds.map(({ platform, author, handle, date, url, profileUrl, lines }) => ({
      platform,
      author,
      handle,
      date,
      url,
      profileUrl,
      lines,
    })),
    removed: cleaned.removed.map((entry) => `${entry.line} ${entry.kind} (${entry.rule})`),
    dateTag: cleaned.dateTag?.value ?? null,
    wirePrefix: cleaned.wirePrefix?.name ?? null,
    selfMentions: [...new Set(cleaned.selfMentions.map((mention) => mention.domain))],
  };
}

describe('cleanArticle', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`cleans as expected: ${name.replaceAll('-', ' ')}`, async () => {
      const input = readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8');
      await expect(`${JSON.stringify(summarize(input), null, 2)}\n`).toMatchFileSnapshot(
        path.join(fixtures, name, 'expected.json'),
      );
    });
  }

  it('keeps a body paragraph that merely mentions a link-list phrase or a network', () => {
    const input = [
      'The minister said the government would read more reports before deciding, and follow the inquiry.',
      'Officials on Telegram said the talks would continue next week, according to several reports.',
    ].join('\n');
    expect(summarize(input).removed).toEqual([]);
  });

  it('keeps a short last paragraph that has no full stop when nothing marks it as a link', () => {
    const input = 'Der Präsident traf am Mittwoch den Minister in Berlin zu Gesprächen.\nMit Material von dpa';
    expect(summarize(input).body).toEqual([1, 2]);
  });

  it('drops separator lines, so a source opening with "---" keeps its headline', () => {
    const input = [
      '---',
      'Σεισμός 6,1 Ρίχτερ στην Κρήτη',
      'Ισχυρός σεισμός σημειώθηκε το πρωί στην Κρήτη, χωρίς αναφορές για ζημιές.',
      '* * *',
      'Οι αρχές παρακολουθούν την κατάσταση και ζητούν ψυχραιμία από τους κατοίκους.',
    ].join('\n');
    const summary = summarize(input);
    expect(summary.headline).toBe(2);
    expect(summary.body).toEqual([3, 5]);
    expect(summary.removed).toEqual(['1 separator (structure:separator)', '4 separator (structure:separator)']);
  });
});
