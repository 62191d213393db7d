import type { EmbedPlatform } from '../../data/embed-cues.ts';
import { embedPlatforms, embedSignature, instagramCredits, instagramViewPrompt } from '../../data/embed-cues.ts';
import type { Embed } from '../../schemas/article-frontmatter.ts';
import { parseDateText } from '../describe/find-dates.ts';
import { detectLanguage } from '../detect-language.ts';
import type { TextBlock } from '../text-to-blocks.ts';

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
 * text, or Instagram's "A post shared by" credit. The line above a signature is the post; lines
 * above that belong to it too while they are in another language than the article.
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
  return scan;
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
