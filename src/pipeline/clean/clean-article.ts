import { publishedTags } from '../../data/date-words.ts';
import type { Embed, Evidence } from '../../schemas/article-frontmatter.ts';
import { parseDateText } from '../describe/find-dates.ts';
import { asciiDigits } from '../text/ascii-digits.ts';
import type { TextBlock } from '../text-to-blocks.ts';
import type { RemovedBlock } from './find-boilerplate.ts';
import { findBoilerplate, sentenceEnd } from './find-boilerplate.ts';
import { findEmbeds } from './find-embeds.ts';
import { findDomains } from './find-site-names.ts';

/** A part of the cleaned article body, in reading order. */
export type BodyPart = { kind: 'paragraph'; block: TextBlock } | { kind: 'embed'; embed: Embed };

/** An article with the page furniture taken out, and what was taken out. */
export interface CleanedArticle {
  /** A headline line at the top, if the source has one. */
  headline: TextBlock | null;
  /** A subtitle line under the headline, if any. */
  standfirst: TextBlock | null;
  body: BodyPart[];
  embeds: Embed[];
  removed: RemovedBlock[];
  /** A publication date the source states in a tag ("date 2025-09-03", "Published: …"). */
  dateTag: { value: string; evidence: Evidence } | null;
  /** A distributor or wire named in parentheses before the text: "(SeaPRwire) –". */
  wirePrefix: { name: string; evidence: Evidence } | null;
  /** Domains named in what was removed: the outlet naming itself. */
  selfMentions: { domain: string; evidence: Evidence }[];
}

const tagPatterns = publishedTags.map((tag) => ({
  pattern: new RegExp(tag.pattern, 'iu'),
  wholeLine: !!tag.wholeLine,
}));
/** Lines from the top, and from the bottom, where a publication date is looked for. */
const tagLinesFromTop = 6;
const tagLinesFromBottom = 3;
/**
 * A wire's credit opening the text: "(ANSA) – ", or as Korean agencies write it, with the city,
 * the reporter and an equals sign: "(서울=연합뉴스) 김민수 기자 = ". Group 1 or 2 is the wire.
 */
const wirePrefixPattern =
  /^(?:\(([^()=]{2,40})\)\s*[–—-]\s*|\([^()=]{1,20}=([^()=]{2,20})\)\s*(?:[\p{L} ]{2,20}?(?:기자|특파원)\s*)?=\s*)/u;
/** Lines from the top in which a wire's credit may open the text: the first, or the first under a headline. */
const wirePrefixLines = 2;
/** Longest headline or subtitle line. */
const maximumHeadline = 220;
const maximumStandfirst = 320;

/**
 * Separate an article from what was pasted with it: publication tags and wire prefixes at the
 * top, embedded posts (kept, as attributed embeds), and furniture (link lists, footers, prompts,
 * disclaimers, tag lines), then pick out a headline and subtitle.
 */
export function cleanArticle(source: readonly TextBlock[], lang: string): CleanedArticle {
  const removed: RemovedBlock[] = [];
  const blocks = source.map((block) => ({ ...block }));

  // 1. Embedded posts, whose own date lines are no publication tags.
  const scan = findEmbeds(blocks, lang);

  // 2. Tags at the top: a publication date, a wire prefix.
  const dateTag = takeDateTag(blocks, removed, lang, scan.covered);
  const wirePrefix = takeWirePrefix(blocks, removed);
  for (const index of scan.prompts) {
    const block = blocks[index];
    if (block)
      removed.push({ kind: 'embed-prompt', rule: 'structure:embed-prompt', line: block.line, text: block.text });
  }

  // 3. Separators ("---", "* * *"): lines with no letter or digit, neither headline nor text.
  const separators = new Set<number>();
  blocks.forEach((block, index) => {
    if (
      scan.covered.has(index) ||
      scan.prompts.includes(index) ||
      block.text === '' ||
      /[\p{L}\p{N}]/u.test(block.text)
    )
      return;
    separators.add(index);
    removed.push({ kind: 'separator', rule: 'structure:separator', line: block.line, text: block.text });
  });

  // 4. Furniture, told by cues and by site names in the tail.
  const candidates = blocks
    .map((_, index) => index)
    .filter(
      (index) =>
        !scan.covered.has(index) &&
        !scan.prompts.includes(index) &&
        !separators.has(index) &&
        blocks[index]?.text !== '',
    );
  const outside = candidates.map((index) => blocks[index] as TextBlock);
  const siteNames = [
    ...new Set([...findDomains(outside).map((mention) => mention.domain), ...(wirePrefix ? [wirePrefix.name] : [])]),
  ];
  const furniture = findBoilerplate(blocks, candidates, siteNames);
  removed.push(...furniture.values());
  const removedText = [...furniture.values()].map((entry) => ({ text: entry.text, line: entry.line }));
  const selfMentions = findDomains(removedText).map((mention) => ({
    domain: mention.domain,
    evidence: { line: mention.line, text: mention.text },
  }));

  // 5. Headline and subtitle: short lines without a full stop at the very top, after a byline
  // that is only the author's name next to the publication date.
  const byline = dateTag ? bylineNextTo(blocks, candidates, furniture, dateTag.evidence.line) : undefined;
  if (byline !== undefined) {
    const block = blocks[byline] as TextBlock;
    furniture.set(byline, { kind: 'credit', rule: 'structure:name-next-to-date', line: block.line, text: block.text });
    removed.push(furniture.get(byline) as RemovedBlock);
  }
  const label = sectionLabel(
    blocks,
    candidates.filter((index) => !furniture.has(index)),
  );
  if (label !== undefined) {
    const block = blocks[label] as TextBlock;
    furniture.set(label, { kind: 'menu', rule: 'structure:section-label', line: block.line, text: block.text });
    removed.push(furniture.get(label) as RemovedBlock);
  }
  const kept = candidates.filter((index) => !furniture.has(index));
  const first = kept[0];
  let headline: TextBlock | null = null;
  let standfirst: TextBlock | null = null;
  if (
    first !== undefined &&
    kept.length > 1 &&
    isHeadingLine(blocks[first], maximumHeadline) &&
    first < firstEmbedIndex(scan)
  ) {
    headline = blocks[first] ?? null;
    const second = kept[1];
    if (
      second !== undefined &&
      kept.length > 2 &&
      isHeadingLine(blocks[second], maximumStandfirst) &&
      second < firstEmbedIndex(scan)
    ) {
      standfirst = blocks[second] ?? null;
    }
  }

  // 6. The body, in reading order, with each embed where it stood.
  const body: BodyPart[] = [];
  const placed = new Set<Embed>();
  blocks.forEach((block, index) => {
    const embed = scan.covered.get(index);
    if (embed) {
      if (!placed.has(embed)) body.push({ kind: 'embed', embed });
      placed.add(embed);
    } else if (kept.includes(index) && block !== headline && block !== standfirst) {
      body.push({ kind: 'paragraph', block });
    }
  });
  if (standfirst) body.unshift({ kind: 'paragraph', block: standfirst });

  removed.sort((a, b) => a.line - b.line);
  return { headline, standfirst, body, embeds: scan.embeds, removed, dateTag, wirePrefix, selfMentions };
}

function isHeadingLine(block: TextBlock | undefined, limit: number): boolean {
  return !!block && block.text.length <= limit && !sentenceEnd.test(block.text) && /\p{L}{2}/u.test(block.text);
}

function firstEmbedIndex(scan: { covered: Map<number, Embed> }): number {
  return Math.min(Number.POSITIVE_INFINITY, ...scan.covered.keys());
}

/**
 * Publication tags in the first or last three lines ("Published: …", "Updated: …"), stripped
 * from the lines they prefix; the first gives the date.
 */
function takeDateTag(
  blocks: TextBlock[],
  removed: RemovedBlock[],
  lang: string,
  embedded: ReadonlyMap<number, unknown>,
): CleanedArticle['dateTag'] {
  const filled = blocks.flatMap((block, index) => (block.text.trim() === '' || embedded.has(index) ? [] : [index]));
  const places = [...new Set([...filled.slice(0, tagLinesFromTop), ...filled.slice(-tagLinesFromBottom)])];
  let tag: CleanedArticle['dateTag'] = null;
  for (const index of places) {
    const block = blocks[index];
    if (!block) continue;
    // Digits of every script read as ASCII ("প্রকাশ: ০৭ এপ্রিল ২০২৫"), at the same offsets.
    const text = asciiDigits(block.text);
    for (const { pattern, wholeLine } of tagPatterns) {
      const match = pattern.exec(text);
      // A two-digit year ("11.03.25") is this century's.
      const written = match?.[1]?.replace(/^(\d{1,2}[./-]\d{1,2}[./-])(\d{2})$/u, '$120$2');
      const value = written ? parseDateText(written, [lang, 'en']) : null;
      if (!match || !value) continue;
      const taken = wholeLine ? block.text : block.text.slice(0, match[0].length);
      removed.push({ kind: 'date-tag', rule: 'structure:date-tag', line: block.line, text: taken.trim() });
      tag ??= { value, evidence: { line: block.line, text: taken.trim() } };
      block.text = block.text.slice(taken.length).trim();
      break;
    }
  }
  return tag;
}

/** Words and characters a section's name over the headline has at most ("Külföld", "Ausland", "ข่าวต่างประเทศ"). */
const maximumSectionLabel = { words: 2, characters: 24 };

/**
 * The first line, where it only names the site's section above the headline ("Külföld",
 * "Economía"): one or two words with no digit or punctuation, over a heading line at least
 * twice as long.
 */
function sectionLabel(blocks: readonly TextBlock[], kept: readonly number[]): number | undefined {
  const [first, second] = kept.map((index) => blocks[index]?.text.trim() ?? '');
  if (first === undefined || second === undefined) return undefined;
  const isLabel =
    first.length <= maximumSectionLabel.characters &&
    first.split(/\s+/u).length <= maximumSectionLabel.words &&
    /^[\p{L}\p{M}\s]+$/u.test(first);
  return isLabel && second.length >= 2 * first.length && isHeadingLine(blocks[kept[1] ?? -1], maximumHeadline)
    ? kept[0]
    : undefined;
}

/** Longest author's name alone on a line. */
const maximumBylineName = 50;
const bylineName = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3}$/u;

/**
 * The line next to the publication date that is only a name of two to four capitalised words
 * ("Олена Коваль" above "12 листопада 2026, 08:15"): the author, not a subtitle. Not the first
 * line, which is the headline, and not in a script without capitals, where a name cannot be told.
 */
function bylineNextTo(
  blocks: readonly TextBlock[],
  candidates: readonly number[],
  furniture: ReadonlyMap<number, RemovedBlock>,
  dateLine: number,
): number | undefined {
  const kept = candidates.filter((index) => !furniture.has(index));
  const dateIndex = blocks.findIndex((block) => block.line === dateLine);
  const before = kept.filter((index) => index < dateIndex).at(-1);
  const after = kept.find((index) => index > dateIndex);
  return [before, after].find(
    (index) =>
      index !== undefined &&
      index !== kept[0] &&
      (blocks[index]?.text.length ?? 0) <= maximumBylineName &&
      bylineName.test(blocks[index]?.text.trim() ?? ''),
  );
}

function takeWirePrefix(blocks: TextBlock[], removed: RemovedBlock[]): CleanedArticle['wirePrefix'] {
  for (const block of blocks.filter((each) => each.text !== '').slice(0, wirePrefixLines)) {
    const match = wirePrefixPattern.exec(block.text);
    const name = match?.[1] ?? match?.[2];
    if (!match || !name) continue;
    removed.push({ kind: 'wire-prefix', rule: 'structure:wire-prefix', line: block.line, text: match[0].trim() });
    block.text = block.text.slice(match[0].length).trim();
    return { name: name.trim(), evidence: { line: block.line, text: match[0].trim() } };
  }
  return null;
}
