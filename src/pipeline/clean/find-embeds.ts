import type { EmbedPlatform } from '../../data/embed-cues.ts';
import { embedPlatforms, embedSignature, instagramCredits, instagramViewPrompt } from '../../data/embed-cues.ts';
import type { Embed } from '../../schemas/article-frontmatter.ts';
import { parseDateText } from '../describe/find-dates.ts';
import { detectLanguage } from '../detect-language.ts';
import type { TextBlock } from '../text-to-blocks.ts';
import { sentenceEnd } from './find-boilerplate.ts';

/** Embeds found in an article, and the lines they cover. */
export interface EmbedScan {
  embeds: Embed[];
  /** Index into the blocks → the embed that covers it. */
  covered: Map<number, Embed>;
  /** Blocks that only the embed script wrote ("View this post on Instagram"), to drop. */
  prompts: number[];
}

const signature = new RegExp(embedSignature, 'u');
const credits = instagramCredits.map((entry) => new RegExp(entry.pattern, 'iu'));
const viewPrompt = new RegExp(instagramViewPrompt, 'iu');
const platformLinks = embedPlatforms.map((entry) => ({ entry, pattern: new RegExp(entry.link, 'giu') }));

/**
 * Find embedded social posts: an X-style signature line (`— Name (@handle) date`) under the post
 * text, Instagram's "A post shared by" credit, or a post's card (name, handle, text, date). The
 * line above a signature is the post; lines above that belong to it too while they are in another
 * language than the article.
 */
export function findEmbeds(blocks: readonly TextBlock[], lang: string): EmbedScan {
  const scan: EmbedScan = { embeds: [], covered: new Map(), prompts: [] };
  blocks.forEach((block, index) => {
    const signed = signature.exec(block.text);
    const credit = signed ? null : credits.map((pattern) => pattern.exec(block.text)).find(Boolean);
    if (!signed && !credit) return;
    const textIndexes = signed ? postLinesAbove(blocks, index, lang, scan) : captionAbove(blocks, index, scan);
    if (signed && textIndexes.length === 0) return;
    const text = textIndexes.map((i) => blocks[i]?.text ?? '');
    const link = findPlatformLink(text.join('\n'));
    const platform: EmbedPlatform | undefined =
      link?.entry ?? embedPlatforms.find((entry) => entry.platform === (signed ? 'x' : 'instagram'));
    const handle = (signed ? signed[2] : credit?.[2]) ?? null;
    const dateText = signed?.[3]?.trim() ?? null;
    const embed: Embed = {
      platform: platform?.platform ?? 'social',
      author: (signed ? signed[1] : credit?.[1])?.trim() || null,
      handle,
      date: dateText ? parseDateText(dateText, [lang, 'en']) : null,
      dateText,
      url: link ? withScheme(link.url) : null,
      profileUrl: platform && handle ? platform.profile.replace('{handle}', handle.slice(1)) : null,
      text,
      lines: [blocks[textIndexes[0] ?? index]?.line ?? block.line, block.line],
    };
    scan.embeds.push(embed);
    for (const i of [...textIndexes, index]) scan.covered.set(i, embed);
  });
  for (const card of findCards(blocks, lang, scan)) {
    scan.embeds.push(card.embed);
    for (let i = card.first; i <= card.last; i++) scan.covered.set(i, card.embed);
  }
  scan.embeds.sort((a, b) => a.lines[0] - b.lines[0]);
  return scan;
}

/** A line that is only a handle, as a post's card shows it under the author's name. */
const handleLine = /^@[\p{L}\p{N}_.]{1,30}$/u;
/** Longest author name above a handle, and most lines of text between the handle and the date. */
const maximumCardName = 60;
const maximumCardLines = 6;
const maximumCardDate = 60;

/**
 * Posts pasted as their card reads on the page: the author's name, the handle alone on a line,
 * the post's lines, then the date ("Олег Кіпер / @kiper_oleh / Станом на 07:30… / 12.11.2026,
 * 07:34", "7:34 AM · Nov 12, 2026").
 */
function findCards(
  blocks: readonly TextBlock[],
  lang: string,
  scan: EmbedScan,
): { embed: Embed; first: number; last: number }[] {
  const cards: { embed: Embed; first: number; last: number }[] = [];
  const filled = blocks.flatMap((block, index) => (block.text.trim() === '' ? [] : [index]));
  filled.forEach((index, position) => {
    const handle = blocks[index]?.text.trim() ?? '';
    const nameIndex = filled[position - 1];
    const name = nameIndex === undefined ? '' : (blocks[nameIndex]?.text.trim() ?? '');
    if (!handleLine.test(handle) || nameIndex === undefined || scan.covered.has(index) || scan.covered.has(nameIndex))
      return;
    if (name.length > maximumCardName || sentenceEnd.test(name)) return;
    const after = filled.slice(position + 1, position + 2 + maximumCardLines);
    const dateAt = after.findIndex((i, offset) => offset > 0 && cardDate(blocks[i]?.text ?? '', lang) !== null);
    if (dateAt < 1) return;
    const textIndexes = after.slice(0, dateAt);
    const dateIndex = after[dateAt] as number;
    const dateText = blocks[dateIndex]?.text.trim() ?? '';
    const text = textIndexes.map((i) => blocks[i]?.text ?? '');
    const link = findPlatformLink(text.join('\n'));
    cards.push({
      embed: {
        platform: link?.entry.platform ?? 'social',
        author: name,
        handle,
        date: cardDate(dateText, lang),
        dateText,
        url: link ? withScheme(link.url) : null,
        profileUrl: link ? link.entry.profile.replace('{handle}', handle.slice(1)) : null,
        text,
        lines: [blocks[nameIndex]?.line ?? 0, blocks[dateIndex]?.line ?? 0],
      },
      first: nameIndex,
      last: dateIndex,
    });
  });
  return cards;
}

/** The day of a short line that is only a date, maybe with a time ("12.11.2026, 07:34"). */
function cardDate(text: string, lang: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length > maximumCardDate || sentenceEnd.test(trimmed.replace(/\d\.$/u, ''))) return null;
  return parseDateText(trimmed, [lang, 'en']);
}

/** The post lines above a signature: the line right above, and further lines in another language. */
function postLinesAbove(blocks: readonly TextBlock[], index: number, lang: string, scan: EmbedScan): number[] {
  const lines: number[] = [];
  for (let above = index - 1; above >= 0; above--) {
    const block = blocks[above];
    if (!block || scan.covered.has(above) || signature.test(block.text)) break;
    if (lines.length > 0 && !inAnotherLanguage(block.text, lang)) break;
    lines.unshift(above);
  }
  return lines;
}

/** An Instagram caption: the lines between "View this post on Instagram" and the credit. */
function captionAbove(blocks: readonly TextBlock[], index: number, scan: EmbedScan): number[] {
  const lines: number[] = [];
  for (let above = index - 1; above >= 0 && lines.length < 3; above--) {
    const block = blocks[above];
    if (!block || scan.covered.has(above)) break;
    if (viewPrompt.test(block.text.trim())) {
      scan.prompts.push(above);
      break;
    }
    lines.unshift(above);
  }
  return lines;
}

function inAnotherLanguage(text: string, lang: string): boolean {
  const guess = detectLanguage(text);
  return guess.lang !== 'und' && guess.lang !== lang && guess.margin >= 0.02;
}

function findPlatformLink(text: string): { entry: EmbedPlatform; url: string } | undefined {
  for (const { entry, pattern } of platformLinks) {
    const found = [...text.matchAll(pattern)].at(-1);
    if (found) return { entry, url: found[0] };
  }
  return undefined;
}

function withScheme(url: string): string {
  return /^https?:\/\//.test(url) ? url : `https://${url}`;
}
