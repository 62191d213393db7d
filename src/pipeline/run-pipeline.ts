import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import { compareCodePoints as compare } from '../lib/compare-code-points.ts';
import type { ArticleFrontmatter, Provenance } from '../schemas/article-frontmatter.ts';
import { ArticleFrontmatterSchema } from '../schemas/article-frontmatter.ts';
import type { ArticleOverride } from '../schemas/article-override.ts';
import { EventCorrectionsSchema } from '../schemas/event-corrections.ts';
import type { EventsJson } from '../schemas/events-json.ts';
import { EventsJsonSchema } from '../schemas/events-json.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { GlossarySchema } from '../schemas/glossary.ts';
import type { ClaimAnchor } from './article-to-mdx.ts';
import { articleToMdast, mdastToMdx } from './article-to-mdx.ts';
import { alignClaims } from './claims/align-claims.ts';
import type { AlignedClaimJson } from './claims/aligned-claims-to-json.ts';
import { alignedClaimsToJson, jsonToAlignedClaims } from './claims/aligned-claims-to-json.ts';
import type { ClaimUnitJson } from './claims/claim-units-to-json.ts';
import { claimUnitsToJson, jsonToClaimUnits } from './claims/claim-units-to-json.ts';
import type { ClaimUnit } from './claims/extract-claims.ts';
import { extractClaimUnits } from './claims/extract-claims.ts';
import { linkClaimsAcrossEvents, linkFeatures } from './claims/link-claims-across-events.ts';
import type { BodyPart, CleanedArticle } from './clean/clean-article.ts';
import { cleanArticle } from './clean/clean-article.ts';
import type { RemovedBlock } from './clean/find-boilerplate.ts';
import { closestHint } from './closest-ids.ts';
import { decodeSource } from './decode-source.ts';
import type { PhraseIndex } from './describe/find-phrase.ts';
import type { ArticleDescription, Described } from './describe-article.ts';
import { describeArticle } from './describe-article.ts';
import type { LanguageGuess } from './detect-language.ts';
import { detectLanguage } from './detect-language.ts';
import type { EventMember } from './events/build-events.ts';
import { buildEvents } from './events/build-events.ts';
import type { EntityMention } from './events/extract-event-features.ts';
import { extractEventFeatures, indexGlossary } from './events/extract-event-features.ts';
import { findCopies } from './find-copies.ts';
import { parseOverride } from './parse-override.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import type { PipelineMemo } from './pipeline-memo.ts';
import { memoKey, recall } from './pipeline-memo.ts';
import { foldText } from './text/fold-text.ts';
import { textToBlocks } from './text-to-blocks.ts';

/** One generated article: its frontmatter and the MDX file text. */
export interface GeneratedArticle {
  frontmatter: ArticleFrontmatter;
  mdx: string;
}

/** What goes into the pipeline: raw source files and editors' override files. */
export interface PipelineInput {
  /** `<id>.txt` files: `path` relative to the sources folder, `value` the raw bytes. */
  sources: readonly VFile[];
  /** `<id>.yaml` files beside them. */
  overrides?: readonly VFile[];
  /** `content/glossary.yaml`: entities with their spellings in other languages and scripts. */
  glossary?: VFile | undefined;
  /** `content/events.yaml`: editors' corrections to events. */
  eventCorrections?: VFile | undefined;
  /**
   * Results of earlier runs: each article's cleaning, description, event features, claim units
   * and MDX, and each event's copies and aligned claims, are served from it when what they read is
   * unchanged. None of these leaves messages on a file; the steps that do (decoding, overrides,
   * the glossary, duplicates) run every time, so the report is the same either way.
   */
  memo?: PipelineMemo | undefined;
}

/** Everything the pipeline produces from a set of sources. */
export interface PipelineResult {
  /** Published articles, sorted by id. */
  articles: GeneratedArticle[];
  /** The public data contract. */
  eventsJson: EventsJson;
}

interface Prepared {
  file: VFile;
  id: string;
  cleaned: CleanedArticle;
  description: ArticleDescription;
  override: ArticleOverride;
  fingerprint: string;
  /** Memo key of its description, which covers its text: what later stages' keys build on. */
  key: string;
}

/** Most clauses of one article read for claims: five times a long news article's. */
const maximumClaimUnits = 500;
/** Fewer letters than this in the cleaned text and the language is told from the whole source. */
const minimumLettersForCleanLanguage = 60;

/**
 * Turn source files into articles and events.json. Problems are left as messages on the
 * files (errors: the file is not published; warnings: published, but look).
 */
/** Optional observers of a run: `onStage` is called as each stage starts (for benchmarks and progress). */
export interface PipelineHooks {
  onStage?: (stage: 'read' | 'events' | 'claims' | 'write', done: number) => void;
}

export function runPipeline(
  { sources, overrides = [], glossary, eventCorrections, memo }: PipelineInput,
  hooks: PipelineHooks = {},
): PipelineResult {
  hooks.onStage?.('read', 0);
  // 0. Editor data: the glossary and event corrections.
  const entities = readGlossary(glossary);
  const corrections = (eventCorrections && parseYamlFile(eventCorrections, EventCorrectionsSchema, 'events')) || [];

  // 1. Overrides, by article id.
  const overrideFiles = overridesById(overrides, (file, id, earlier) =>
    fatal(
      file,
      'duplicate-override',
      `Cannot use \`${file.path}\` for article \`${id}\`, \`${earlier.path}\` already overrides it: merge the two files into one`,
    ),
  );

  const prepared: Prepared[] = [];
  const seen = new Map<string, string>();
  for (const file of [...sources].sort((a, b) => compare(a.path, b.path))) {
    // 2. Read: decode bytes, refuse what is not article text.
    const text = decodeSource(file);
    if (text === undefined) continue;

    // 3. Identify: the file stem is the article id, unique across the corpus.
    const id = file.stem ?? file.path;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      fatal(
        file,
        'duplicate-id',
        `Cannot use \`${id}\` as article id, \`${earlier}\` already has it: rename one of the two files`,
      );
      continue;
    }
    seen.set(id, file.path);

    // 4–5. Clean, tell the language, describe, and apply the editor's override.
    const overrideFile = overrideFiles.get(id);
    overrideFiles.delete(id);
    const entry = prepareSource(file, id, text, overrideFile, memo);
    if (entry) prepared.push(entry);
  }

  // 6. Overrides with no source to apply to.
  const ids = prepared.map((entry) => entry.id);
  for (const [id, file] of overrideFiles) {
    fatal(
      file,
      'override-orphan',
      `Cannot apply \`${file.path}\`: there is no source \`${id}.txt\`; rename it after a source${closestHint(id, ids)}`,
    );
  }

  // 7. Duplicates: the same article text under another name is published once, and linked.
  const published: Prepared[] = [];
  const duplicatesOf = new Map<string, string[]>();
  const byFingerprint = new Map<string, Prepared>();
  for (const entry of prepared) {
    const original = byFingerprint.get(entry.fingerprint);
    if (original) {
      entry.file.message(
        `Skipped \`${entry.file.path}\`: its article text is the same as \`${original.file.path}\`, published as \`${original.id}\`; remove one of the two`,
        { place: { line: 1, column: 1 }, ruleId: 'duplicate-source', source: 'corroborate' },
      );
      duplicatesOf.set(original.id, [...(duplicatesOf.get(original.id) ?? []), entry.id]);
    } else {
      byFingerprint.set(entry.fingerprint, entry);
      published.push(entry);
    }
  }

  // 8. Frontmatter, with what the editor set winning.
  const frontmatters = published.map((entry) => toFrontmatter(entry, duplicatesOf.get(entry.id) ?? []));

  // 9. Events: grouped by what distinguishes them, or as an editor pinned them.
  hooks.onStage?.('events', published.length);
  const members: EventMember[] = published.map((entry, index) => {
    const publishedOn = frontmatters[index]?.published ?? null;
    return {
      features: eventFeaturesOf(entry, publishedOn, entities, memo),
      title: frontmatters[index]?.title ?? entry.id,
      published: publishedOn,
      pinnedEvent: frontmatters[index]?.pinnedEvent ?? null,
    };
  });
  const { events, eventOf } = buildEvents(members, corrections, eventCorrections);

  hooks.onStage?.('claims', published.length);
  // 9b. Copies: an article that republishes another's text counts as one source with it.
  const preparedById = new Map(published.map((entry) => [entry.id, entry]));
  const frontmatterById = new Map(frontmatters.map((frontmatter) => [frontmatter.id, frontmatter]));
  const copyOf = new Map<string, string>();
  for (const event of events) {
    const readsOf = (article: string) => [
      article,
      preparedById.get(article)?.key,
      frontmatterById.get(article)?.published,
    ];
    const copies = recall(
      memo,
      memoKey('copies', event.articles.map(readsOf)),
      () =>
        findCopies(
          event.articles.flatMap((article) => {
            const entry = preparedById.get(article);
            if (!entry) return [];
            const text = paragraphsOf(entry)
              .map((block) => block.text)
              .join('\n');
            return [{ id: article, published: frontmatterById.get(article)?.published ?? null, text }];
          }),
        ),
      { toJson: (found) => [...found], fromJson: (json) => new Map(json as [string, string][]) },
    );
    for (const [copy, original] of copies) copyOf.set(copy, original);
  }
  const sourceOf = (article: string) => {
    const original = copyOf.get(article) ?? article;
    const outlet = frontmatterById.get(original)?.outlet;
    return outlet ? `outlet:${outlet}` : `article:${original}`;
  };

  // 9c. Claims: the clauses of each event's articles, aligned across languages, then linked across events.
  const alignedByEvent = events.map((event) => {
    const unitKeys: string[] = [];
    const units = event.articles.flatMap((article) => {
      const entry = preparedById.get(article);
      if (!entry) return [];
      const { key, units: all } = claimUnitsOf(entry, frontmatterById.get(article)?.published ?? null, entities, memo);
      unitKeys.push(key, sourceOf(article));
      // Aligning compares every clause with every other of the event: a book-length source is
      // read for claims up to a news article's length, so it cannot stall the run.
      const first = all[maximumClaimUnits];
      if (first) {
        entry.file.message(
          `Unexpected length: ${all.length.toLocaleString('en')} sentences and clauses, expected a news article's; claims are read from the first ${maximumClaimUnits} only, up to this line: split the file if it holds several articles`,
          { place: { line: first.line, column: 1 }, ruleId: 'long-article', source: 'corroborate' },
        );
      }
      return all.slice(0, maximumClaimUnits);
    });
    const aligned = recall(memo, memoKey('aligned-claims', unitKeys), () => alignClaims(units, sourceOf), {
      toJson: (value) => alignedClaimsToJson(value, units),
      fromJson: (json) => jsonToAlignedClaims(json as AlignedClaimJson[], units),
    });
    // What the rest of the run needs of the clauses, taken now: the clauses of every event held
    // until the last is aligned would be most of the run's memory.
    const anchors: ClaimAnchor[] = aligned.flatMap(({ claim, units: stating }) =>
      stating.map(({ article, line, start, end }) => ({ article, line, start, end, claim: claim.id, event: event.id })),
    );
    return {
      id: event.id,
      claims: aligned.map((claim) => ({ claim: claim.claim, features: linkFeatures(claim) })),
      anchors,
    };
  });
  linkClaimsAcrossEvents(alignedByEvent);
  const anchorsOf = new Map<string, ClaimAnchor[]>();
  events.forEach((event, index) => {
    const { claims = [], anchors = [] } = alignedByEvent[index] ?? {};
    event.claims = claims.map(({ claim }) => claim);
    for (const anchor of anchors) {
      const list = anchorsOf.get(anchor.article) ?? [];
      list.push(anchor);
      anchorsOf.set(anchor.article, list);
    }
  });

  hooks.onStage?.('write', published.length);
  // 10. Write: frontmatter validated against the shared schema, then MDX.
  const articles = published
    .map((entry, index) => {
      const { pinnedEvent: _, ...described } = frontmatters[index] as (typeof frontmatters)[number];
      const event = eventOf.get(entry.id);
      const frontmatter = ArticleFrontmatterSchema.parse({
        ...described,
        event: event?.id,
        eventReasons: event?.reasons ?? [],
        copyOf: copyOf.get(entry.id) ?? null,
        searchNames: searchNamesOf(members[index]?.features.entities ?? []),
        provenance: {
          ...described.provenance,
          event: event?.byEditor
            ? { by: 'editor', rule: 'pinned', evidence: [] }
            : { by: 'detected', rule: 'grouped-by-event', evidence: [] },
        },
      });
      const anchors = anchorsOf.get(entry.id) ?? [];
      const mdx = recall(memo, memoKey('mdx', frontmatter, entry.key, anchors), () =>
        mdastToMdx(articleToMdast(frontmatter, entry.cleaned.body, anchors)),
      );
      return { frontmatter, mdx };
    })
    .sort((a, b) => compare(a.frontmatter.id, b.frontmatter.id));

  const eventsJson = EventsJsonSchema.parse({
    articles: articles.map(({ frontmatter: { id, lang, title, outlet, published, event, copyOf } }) => ({
      id,
      lang,
      title,
      outlet,
      published,
      event,
      copyOf,
    })),
    events: [...events].sort((a, b) => compare(b.date ?? '', a.date ?? '') || compare(a.id, b.id)),
  });
  return { articles, eventsJson };
}

/**
 * Fill a memo with what each source's own stages make of it (cleaning, description, event
 * features, claim units) under the keys `runPipeline` reads them by, so that a run given the
 * memo serves them from it: a caller can spread these stages, most of a run's work, over
 * threads, each warming a memo with a share of the sources. Messages the stages leave on files
 * are the run's to give; the files given here are not reported.
 */
export function warmMemo(
  { sources, overrides = [], glossary }: PipelineInput,
  memo: PipelineMemo,
  /** Told as each source is done, with what it made now in the memo. */
  onWarm?: (file: VFile) => void,
): void {
  const entities = readGlossary(glossary);
  const overrideFiles = overridesById(overrides);
  for (const file of sources) {
    const text = decodeSource(file);
    const id = file.stem ?? file.path;
    const entry = text === undefined ? undefined : prepareSource(file, id, text, overrideFiles.get(id), memo);
    if (entry) {
      const { published } = toFrontmatter(entry, []);
      eventFeaturesOf(entry, published, entities, memo);
      claimUnitsOf(entry, published, entities, memo);
    }
    onWarm?.(file);
  }
}

/** Override files by the article id they override: of two for one article, the first by path (`onDuplicate` is told of the other). */
function overridesById(
  overrides: readonly VFile[],
  onDuplicate?: (file: VFile, id: string, earlier: VFile) => void,
): Map<string, VFile> {
  const byId = new Map<string, VFile>();
  for (const file of [...overrides].sort((a, b) => compare(a.path, b.path))) {
    const id = file.stem ?? file.path;
    const earlier = byId.get(id);
    if (earlier === undefined) byId.set(id, file);
    else onDuplicate?.(file, id, earlier);
  }
  return byId;
}

/** The glossary, indexed for matching, with the key of its entries for the memo. */
interface ReadGlossary {
  glossaryIndex: PhraseIndex<GlossaryEntry>;
  glossaryKey: string;
}

/** Read the glossary (`ReadGlossary`); its errors are left on the file. */
function readGlossary(glossary: VFile | undefined): ReadGlossary {
  const entries = (glossary && parseYamlFile(glossary, GlossarySchema, 'glossary')) || [];
  return { glossaryIndex: indexGlossary(entries), glossaryKey: memoKey('glossary', entries) };
}

/**
 * Clean a source's text, tell its language, and describe it with the editor's override applied,
 * or report why it cannot be published (`undefined`).
 */
function prepareSource(
  file: VFile,
  id: string,
  text: string,
  overrideFile: VFile | undefined,
  memo: PipelineMemo | undefined,
): Prepared | undefined {
  const textKey = memoKey('clean', text);
  const { cleaned, language, fingerprint } = recall(memo, textKey, () => cleanText(text));
  if (!hasArticleText(cleaned)) {
    fatal(
      file,
      'no-article-text',
      `Cannot find article text, every line is page furniture (${describeRemoved(cleaned.removed)}): keep the article's own text in the file, or remove the file`,
    );
    return undefined;
  }
  const override = overrideFile ? parseOverride(overrideFile) : {};
  if (override === undefined) {
    fatal(
      file,
      'override-invalid',
      `Cannot use the override \`${overrideFile?.path}\`: fix the errors reported for it`,
    );
    return undefined;
  }
  // The language an editor set is the one the article is read in: its dates, places, claims and event.
  const readAs = override.lang ? { ...language, lang: override.lang } : language;
  const key = memoKey('describe', textKey, override.published ?? null, override.lang ?? null);
  const description = recall(memo, key, () => describeArticle(cleaned, readAs, override.published ?? null));
  if (description.lang.value === 'und' && !override.lang) {
    file.message('Cannot tell the language of the article, using `und`: set `lang` in an override file', {
      place: { line: 1, column: 1 },
      ruleId: 'unknown-language',
      source: 'corroborate',
    });
  }
  return { file, id, cleaned, description, override, fingerprint, key };
}

/** What event grouping reads of an article. */
function eventFeaturesOf(
  entry: Prepared,
  published: string | null,
  { glossaryIndex, glossaryKey }: ReadGlossary,
  memo: PipelineMemo | undefined,
) {
  return recall(memo, memoKey('event-features', entry.key, entry.id, published, glossaryKey), () =>
    extractEventFeatures(eventInputOf(entry, published), glossaryIndex),
  );
}

/** An article's sentences and clauses, read for claims, with their memo key. */
function claimUnitsOf(
  entry: Prepared,
  published: string | null,
  { glossaryIndex, glossaryKey }: ReadGlossary,
  memo: PipelineMemo | undefined,
): { key: string; units: ClaimUnit[] } {
  const key = memoKey('claim-units', entry.key, entry.id, published, glossaryKey);
  const units = recall(
    memo,
    key,
    () => extractClaimUnits(entry.id, entry.description.lang.value, published, paragraphsOf(entry), glossaryIndex),
    { toJson: claimUnitsToJson, fromJson: (json) => jsonToClaimUnits(json as ClaimUnitJson[]) },
  );
  return { key, units };
}

function paragraphsOf(entry: Prepared) {
  return entry.cleaned.body.flatMap((part) => (part.kind === 'paragraph' ? [part.block] : []));
}

function toFrontmatter(
  entry: Prepared,
  duplicates: string[],
): Omit<ArticleFrontmatter, 'event' | 'eventReasons'> & { pinnedEvent: string | null } {
  const { description: found, override, cleaned, id, file } = entry;
  const pick = <T>(key: keyof ArticleOverride, detected: Described<T>): Described<T> =>
    key in override
      ? { value: override[key] as T, provenance: { by: 'editor', rule: `override:${id}.yaml`, evidence: [] } }
      : detected;
  const none: Described<null> = { value: null, provenance: { by: 'detected', rule: 'not-found', evidence: [] } };
  const title = pick('title', found.title);
  const lang = pick('lang', found.lang);
  const outlet = pick('outlet', found.outlet);
  const url = pick<string | null>('url', none);
  const published = pick('published', found.published);
  const event: Provenance = { by: 'detected', rule: 'grouped-by-event', evidence: [] };
  return {
    id,
    title: title.value,
    standfirst: cleaned.standfirst?.text ?? null,
    lang: lang.value,
    outlet: outlet.value,
    url: url.value,
    published: published.value,
    source: file.path,
    provenance: {
      title: title.provenance,
      lang: lang.provenance,
      outlet: outlet.provenance,
      url: url.provenance,
      published: published.provenance,
      event,
    },
    cites: found.cites,
    dates: found.dates,
    places: found.places,
    embeds: cleaned.embeds,
    removed: cleaned.removed,
    duplicates,
    copyOf: null,
    searchNames: [],
    pinnedEvent: override.event ?? null,
  };
}

/**
 * Clean an article's text and tell its language from the cleaned text, telling it again when
 * cleaning took out a fair share of the text; with the fingerprint of what is left.
 */
function cleanText(text: string): { cleaned: CleanedArticle; language: LanguageGuess; fingerprint: string } {
  const firstGuess = detectLanguage(text);
  const cleaned = cleanArticle(textToBlocks(text), firstGuess.lang);
  const ownText = ownTextOf(cleaned);
  const retell = ownText.length < text.length * 0.75 && letterCount(ownText) >= minimumLettersForCleanLanguage;
  return { cleaned, language: retell ? detectLanguage(ownText) : firstGuess, fingerprint: fingerprintOf(ownText) };
}

/** What event grouping reads of a cleaned article: its lead (headline and first paragraphs) and the rest. */
function eventInputOf(entry: Prepared, published: string | null) {
  const paragraphs = entry.cleaned.body.flatMap((part) => (part.kind === 'paragraph' ? [part.block] : []));
  const leadSize = entry.cleaned.standfirst ? 3 : 2;
  return {
    id: entry.id,
    lang: entry.description.lang.value,
    published,
    lead: [...(entry.cleaned.headline ? [entry.cleaned.headline] : []), ...paragraphs.slice(0, leadSize)],
    rest: paragraphs.slice(leadSize),
    dates: entry.description.dates,
    places: entry.description.places,
  };
}

/** Whether cleaning left any text of the article's own: a headline, a paragraph or an embedded post with a letter or digit. */
function hasArticleText(cleaned: CleanedArticle): boolean {
  const texts = [
    cleaned.headline?.text ?? '',
    ...cleaned.body.flatMap((part) => (part.kind === 'paragraph' ? [part.block.text] : part.embed.text)),
  ];
  return texts.some((text) => /[\p{L}\p{N}]/u.test(text));
}

/**
 * What cleaning took out: the number of lines, and their kinds with counts, most first.
 *
 * @example
 *   describeRemoved([{ kind: 'related-links', … }, { kind: 'related-links', … }, { kind: 'share', … }])
 *   // '3 lines: 2 related-links, 1 share'
 */
function describeRemoved(removed: readonly RemovedBlock[]): string {
  const counts = new Map<string, number>();
  for (const { kind } of removed) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const kinds = [...counts].sort(([a, x], [b, y]) => y - x || compare(a, b)).map(([kind, n]) => `${n} ${kind}`);
  return `${removed.length} ${removed.length === 1 ? 'line' : 'lines'}: ${kinds.join(', ')}`;
}

function letterCount(text: string): number {
  return text.replace(/[^\p{L}]/gu, '').length;
}

function ownTextOf(cleaned: CleanedArticle): string {
  const parts = cleaned.body.flatMap((part: BodyPart) => (part.kind === 'paragraph' ? [part.block.text] : []));
  return [cleaned.headline?.text ?? '', ...parts].join('\n').trim();
}

/** Same article text whatever the spacing, case or accents: a hash of its folded words. */
function fingerprintOf(text: string): string {
  return createHash('sha256')
    .update(
      foldText(text)
        .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
        .trim(),
    )
    .digest('hex');
}

function fatal(file: VFile, rule: string, reason: string): void {
  const message = file.message(reason, { place: { line: 1, column: 1 }, ruleId: rule, source: 'corroborate' });
  message.fatal = true;
}

/**
 * The names search should find an article by: the English names of glossary entries and
 * countries, and names written in another script, romanised ("Kursk" finds Κουρσκ, "Beijing"
 * finds Peking).
 */
function searchNamesOf(entities: readonly EntityMention[]): string[] {
  const names = entities.flatMap((entity) =>
    entity.kind === 'name'
      ? /[^\p{Script=Latin}\s\p{P}\d]/u.test(entity.label)
        ? [entity.tokens.join(' ')]
        : []
      : [entity.label],
  );
  return [...new Set(names)].sort(compare);
}
