import type { BoilerplateKind } from '../../data/boilerplate-cues.ts';
import { boilerplateCues } from '../../data/boilerplate-cues.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';
import type { TextBlock } from '../text-to-blocks.ts';

/** A block cleaning took out of the article, and why. */
export interface RemovedBlock {
  kind: BoilerplateKind | 'link' | 'menu' | 'embed-prompt' | 'date-tag' | 'wire-prefix' | 'separator';
  /** The rule that fired: a cue's kind and language, or a structural rule. */
  rule: string;
  line: number;
  text: string;
}

interface CompiledCue {
  kind: BoilerplateKind;
  rule: string;
  at: 'start' | 'line' | 'anywhere';
  pattern: RegExp;
}

const cues: CompiledCue[] = boilerplateCues.map((cue) => ({
  kind: cue.kind,
  rule: `cue:${cue.kind}:${cue.lang}`,
  at: cue.at,
  pattern: new RegExp(
    cue.at === 'line'
      ? `^[\\p{P}\\s]*(?:${cue.pattern})[\\p{P}\\s]*$`
      : cue.at === 'start'
        ? `^[\\p{P}\\s]*(?:${cue.pattern})`
        : cue.pattern,
    'iu',
  ),
}));

/** Longest line a cue may remove: longer lines are article text that happens to hold the words. */
const maximumCueLine = 600;
/** A link-list item: a headline-length line. */
const maximumLinkLine = 180;
/** Lines with no header above them count as a link list from this many in a row, at the very end. */
const minimumBareLinkRun = 3;

const bullet = /^[-–•*·»▪►◦]\s+/u;
/**
 * A line that ends a sentence: a sentence terminal of any script (`.`, `!`, `।`, `。`, `։`, `።`,
 * `။`…) but a question mark, which headlines in link lists end with too; maybe inside closing quotes.
 */
export const sentenceEnd = /(?![?？؟⁇⁈⁉])\p{Sentence_Terminal}["'»”’)\]]*$/u;
const bareUrl = /^(?:https?:\/\/|www\.)\S+$/iu;
const listHeader = /^[^.!?]{2,60}:$/u;

/** Lines from the top in which a consent banner is looked for; at the bottom, the tail scan finds it. */
const consentTopLines = 2;
/** Quotation marks of any script: a line that holds one quotes someone. */
const quotes = /["“”„«»「」『』]/u;

/** Cues that count anywhere in an article: whole-line labels, link-list headings and consent banners. */
const anywhereCues = cues.filter((cue) => cue.at === 'line' || cue.kind === 'related-links' || cue.kind === 'consent');

/** The cue a line matches, if any, among `among` (all cues by default). */
export function matchCue(text: string, among: readonly CompiledCue[] = cues): CompiledCue | undefined {
  if (text.length > maximumCueLine) return undefined;
  return among.find((cue) => cue.pattern.test(text));
}

/**
 * Find page furniture among the article's blocks (`candidates`: indexes of blocks that are not
 * embeds, in order). Anywhere: share-bar and ad labels, consent banners, bare links, inline "Read more: …" lines,
 * menus and rows of buttons ("News | Politics | Economy | Sport").
 * In the tail, scanning up from the end until real text: cue lines, lines that name the site
 * (`siteNames`, from the wire prefix and the domains the page mentions), and link lists —
 * headline-length lines under a list heading, bullet lines, or a run of three or more at the end.
 */
export function findBoilerplate(
  blocks: readonly TextBlock[],
  candidates: readonly number[],
  siteNames: readonly string[],
): Map<number, RemovedBlock> {
  const removed = new Map<number, RemovedBlock>();
  const remove = (index: number, kind: RemovedBlock['kind'], rule: string) => {
    const block = blocks[index];
    if (block) removed.set(index, { kind, rule, line: block.line, text: block.text });
  };
  const namesSite = siteNamePattern(siteNames);

  // Anywhere: labels, bare links, and "Read more" headings with the links under them.
  candidates.forEach((index, position) => {
    if (removed.has(index)) return;
    const text = blocks[index]?.text ?? '';
    const found = matchCue(text, anywhereCues);
    // A consent banner stands at the top or the bottom (the tail, below) and quotes no one: a
    // story on privacy may quote a company's "we use cookies".
    const cue = found?.kind === 'consent' && (position >= consentTopLines || quotes.test(text)) ? undefined : found;
    if (cue?.kind === 'related-links' && isHeadingOnly(text, cue)) {
      remove(index, cue.kind, cue.rule);
      for (const item of candidates.slice(position + 1)) {
        const line = blocks[item]?.text ?? '';
        if (matchCue(line) || !(bullet.test(line) || isLinkLike(line))) break;
        remove(item, 'related-links', `${cue.rule}+list`);
      }
    } else if (
      cue &&
      (cue.at === 'line' ||
        cue.kind === 'consent' ||
        (cue.kind === 'related-links' && isLinkAfterLabel(text.replace(cue.pattern, ''))))
    ) {
      remove(index, cue.kind, cue.rule);
    } else if (bareUrl.test(text)) {
      remove(index, 'link', 'structure:bare-link');
    } else if (isMenu(text)) {
      remove(index, 'menu', 'structure:menu-line');
    }
  });

  // The tail, from the end up.
  let pending: number[] = [];
  let reachedText = false;
  for (let position = candidates.length - 1; position >= 0; position--) {
    const index = candidates[position] as number;
    const text = blocks[index]?.text ?? '';
    if (removed.has(index)) continue;
    const found = matchCue(text);
    const cue = found?.kind === 'consent' && quotes.test(text) ? undefined : found;
    if (cue) {
      for (const item of pending) remove(item, 'related-links', `${cue.rule}+list`);
      pending = [];
      remove(index, cue.kind, cue.rule);
    } else if (namesSite?.test(text) && text.length <= maximumCueLine) {
      remove(index, 'site-footer', 'structure:site-name-in-tail');
    } else if (bullet.test(text) && text.length <= maximumLinkLine * 2) {
      pending.push(index);
    } else if (listHeader.test(text) && pending.length >= 2) {
      for (const item of pending) remove(item, 'related-links', 'structure:list-under-heading');
      pending = [];
      remove(index, 'related-links', 'structure:list-heading');
    } else if (isLinkLike(text)) {
      pending.push(index);
    } else {
      reachedText = true;
      break;
    }
  }
  // A run of short lines with nothing above it is the article itself, in a script that ends
  // sentences without a mark (Thai, Lao) or in short lines: only a run under article text is a tail.
  const bullets = pending.filter((index) => bullet.test(blocks[index]?.text ?? ''));
  const bareRun = pending.length >= minimumBareLinkRun ? pending : bullets.length >= 2 ? bullets : [];
  const tailRun = reachedText ? bareRun : [];
  for (const item of tailRun) remove(item, 'related-links', 'structure:link-run-at-end');
  return removed;
}

/** Items a line of a menu, breadcrumbs or share buttons holds at least, and how long each may be. */
const minimumMenuItems = 3;
const maximumMenuItem = { characters: 40, words: 4 };
const menuSeparator = /\s+[|•·›»>/＞〉｜]\s+|\s*[|•｜]\s*/u;
const breadcrumbSeparator = /\s+[›»>＞〉]\s+/u;

/**
 * A site's menu, breadcrumbs or row of share buttons pasted as one line: three or more short
 * items between bars, bullets, dots or chevrons, or two between chevrons, with no sentence end
 * ("Latest | Politics | Economy | Sport", "Home › World › Asia", "Nyheter › Utrikes",
 * "แชร์ข่าวนี้: Facebook | Twitter | Line").
 */
function isMenu(text: string): boolean {
  const trimmed = text.trim();
  if (sentenceEnd.test(trimmed)) return false;
  const items = trimmed.split(menuSeparator);
  // A chevron parts breadcrumbs only, so two items joined by one are a trail ("Home › Buitenland").
  const trail =
    breadcrumbSeparator.test(trimmed) && !trimmed.split(breadcrumbSeparator).some((item) => /[|•·]/u.test(item));
  return (
    items.length >= (trail ? 2 : minimumMenuItems) &&
    items.every(
      (item) =>
        /\p{L}/u.test(item) &&
        item.length <= maximumMenuItem.characters &&
        item.split(/\s+/u).length <= maximumMenuItem.words,
    )
  );
}

/** A line that is nothing but a cue heading ("Διαβάστε ακόμη:", "Read more"). */
function isHeadingOnly(text: string, cue: CompiledCue): boolean {
  return /^[\p{P}\s]*$/u.test(text.replace(cue.pattern, ''));
}

/**
 * A headline-length line without a full stop: a link to another story. Not in a script that
 * ends sentences with a space rather than a mark (Thai, Lao, Khmer): there every paragraph lacks one.
 */
function isLinkLike(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= maximumLinkLine && !sentenceEnd.test(trimmed) && !isUnmarked(trimmed);
}

/**
 * What follows a link-list label on its line is a link: link-like, or, after a colon, a
 * headline-length line without a full stop in any script ("อ่านเพิ่มเติม: นายกฯ เดินทางถึงปักกิ่ง").
 */
function isLinkAfterLabel(rest: string): boolean {
  const labelled = /^\s*[:：]\s*(.+)$/u.exec(rest)?.[1]?.trim();
  return isLinkLike(rest) || (!!labelled && labelled.length <= maximumLinkLine && !sentenceEnd.test(labelled));
}

const unmarkedLetter = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/gu;

/** Whether most of a line's letters are of a script that marks no sentence end. */
function isUnmarked(text: string): boolean {
  const unmarked = text.match(unmarkedLetter)?.length ?? 0;
  return unmarked > 0 && unmarked * 2 >= (text.match(/\p{L}/gu)?.length ?? 0);
}

function siteNamePattern(names: readonly string[]): RegExp | undefined {
  if (names.length === 0) return undefined;
  const escaped = names.map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}
