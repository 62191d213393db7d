import { compareCodePoints } from '../lib/compare-code-points.ts';
import type { CitedSource, DateMention, Evidence, PlaceMention, Provenance } from '../schemas/article-frontmatter.ts';
import type { CleanedArticle } from './clean/clean-article.ts';
import { findCitedSources } from './describe/find-cited-sources.ts';
import { findDates } from './describe/find-dates.ts';
import { findPlaces } from './describe/find-places.ts';
import { copyrightHolder } from './describe/read-copyright.ts';
import type { LanguageGuess } from './detect-language.ts';
import { tokenizeWords } from './text/fold-text.ts';
import type { TokenizedBlock } from './text/words-of.ts';
import type { TextBlock } from './text-to-blocks.ts';

/** A described value and where it comes from. */
export interface Described<T> {
  value: T;
  provenance: Provenance;
}

/** What the pipeline finds out about an article from its cleaned text. */
export interface ArticleDescription {
  title: Described<string>;
  lang: Described<string>;
  outlet: Described<string | null>;
  published: Described<string | null>;
  cites: CitedSource[];
  dates: DateMention[];
  places: PlaceMention[];
}

/** Longest generated title; longer first sentences are cut at a word boundary. */
const maximumTitleLength = 120;

/**
 * Describe a cleaned article, each value with its evidence: the title (its headline line, or
 * generated from the first sentence), the language, the outlet (a domain the page's furniture
 * names, the holder of its copyright line, or a wire prefix), the publication date (a date tag,
 * or the latest dated embed), and the sources, dates and places its own text mentions,
 * relative dates resolved against the publication date.
 */
export function describeArticle(
  cleaned: CleanedArticle,
  language: LanguageGuess,
  /** A publication date an editor set: relative dates are resolved against it. */
  editorPublished: string | null = null,
): ArticleDescription {
  const lang = language.lang;
  // Split into words once for the sources, dates and places.
  const ownText: TokenizedBlock[] = [
    ...(cleaned.headline ? [cleaned.headline] : []),
    ...cleaned.body.flatMap((part) => (part.kind === 'paragraph' ? [part.block] : [])),
  ].map((block) => ({ ...block, words: tokenizeWords(block.text) }));
  const published = describePublished(cleaned);
  return {
    title: describeTitle(cleaned, lang),
    lang: {
      value: lang,
      provenance: {
        by: lang === 'und' ? 'generated' : 'detected',
        rule: lang === 'und' ? 'too-little-text' : `franc:${language.iso6393}:margin-${language.margin}`,
        evidence: [],
      },
    },
    outlet: describeOutlet(cleaned),
    published,
    cites: findCitedSources(ownText, lang),
    dates: findDates(ownText, lang, editorPublished ?? published.value),
    places: findPlaces(ownText, lang),
  };
}

function describeTitle(cleaned: CleanedArticle, lang: string): Described<string> {
  if (cleaned.headline) {
    return {
      value: cleaned.headline.text,
      provenance: { by: 'detected', rule: 'headline', evidence: [evidenceOf(cleaned.headline)] },
    };
  }
  const first = cleaned.body.find((part) => part.kind === 'paragraph');
  const block = first?.kind === 'paragraph' ? first.block : undefined;
  const sentence = block ? firstSentence(block.text, lang) : '';
  return {
    value: truncateAtWord(sentence, maximumTitleLength) || 'Untitled article',
    provenance: { by: 'generated', rule: 'first-sentence', evidence: block ? [evidenceOf(block)] : [] },
  };
}

function describeOutlet(cleaned: CleanedArticle): Described<string | null> {
  const counts = new Map<string, Evidence[]>();
  for (const mention of cleaned.selfMentions) {
    counts.set(mention.domain, [...(counts.get(mention.domain) ?? []), mention.evidence]);
  }
  const [domain, evidence] = [...counts].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (domain && evidence) return { value: domain, provenance: { by: 'detected', rule: 'self-mention', evidence } };
  // The page's copyright line names its publisher; a byline of the newsroom, the outlet; a wire
  // prefix, the agency the text comes from.
  for (const block of [...cleaned.removed].reverse()) {
    const holder = copyrightHolder(block.text);
    if (holder)
      return { value: holder, provenance: { by: 'detected', rule: 'copyright-line', evidence: [evidenceOf(block)] } };
  }
  for (const block of cleaned.removed) {
    const newsroom = block.kind === 'credit' ? newsroomByline.exec(block.text.trim())?.[1] : undefined;
    // A name with a capital past its first letter ("BBC News Mundo", "ANSA"), not a desk ("Internacional").
    if (newsroom && /\p{Lu}/u.test(newsroom.slice(1)))
      return {
        value: newsroom,
        provenance: { by: 'detected', rule: 'newsroom-byline', evidence: [evidenceOf(block)] },
      };
  }
  if (cleaned.wirePrefix) {
    return {
      value: cleaned.wirePrefix.name,
      provenance: { by: 'detected', rule: 'wire-prefix', evidence: [cleaned.wirePrefix.evidence] },
    };
  }
  return { value: null, provenance: { by: 'detected', rule: 'not-found', evidence: [] } };
}

/**
 * A byline that credits the newsroom of an outlet ("Redacción BBC News Mundo", "Redação g1",
 * "Redazione ANSA", "Rédaction Le Point"): group 1 is the outlet.
 */
const newsroomByline =
  /^(?:(?:por|par|di|von|by)\s+)?(?:redacción|redação|redazione|rédaction|redaktion|redakcja|редакция|редакція|newsroom|redactie)\s+(?!(?:de|du|des|del|da|do|der|die|of)\s)((?-i:\p{Lu})[\p{L}\p{N}.'’ -]{1,40})$/iu;

function describePublished(cleaned: CleanedArticle): Described<string | null> {
  if (cleaned.dateTag) {
    return {
      value: cleaned.dateTag.value,
      provenance: { by: 'detected', rule: 'date-tag', evidence: [cleaned.dateTag.evidence] },
    };
  }
  const dated = cleaned.embeds
    .filter((embed) => embed.date)
    .sort((a, b) => compareCodePoints(b.date ?? '', a.date ?? ''));
  const latest = dated[0];
  if (latest?.date) {
    // An article cannot predate the posts it embeds; news embeds are posts of the day.
    const evidence = dated
      .filter((embed) => embed.date === latest.date)
      .map((embed) => ({
        line: embed.lines[1],
        text: `${embed.author ?? ''} (${embed.handle ?? ''}) ${embed.dateText ?? ''}`.trim(),
      }));
    return { value: latest.date, provenance: { by: 'detected', rule: 'latest-embed-date', evidence } };
  }
  return { value: null, provenance: { by: 'detected', rule: 'not-found', evidence: [] } };
}

function evidenceOf(block: TextBlock): Evidence {
  return { line: block.line, text: block.text };
}

/**
 * The first sentence of a text, by the runtime's sentence segmenter for its language.
 *
 * @example
 *   firstSentence('Kim met Putin. They talked.', 'en') // 'Kim met Putin.'
 */
export function firstSentence(text: string, lang: string): string {
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang === 'und' ? undefined : lang, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  const [first] = segmenter.segment(text);
  return (first?.segment ?? text).trim();
}

/**
 * Cut a text to at most `limit` characters at a word boundary, adding an ellipsis when cut.
 *
 * @example
 *   truncateAtWord('one two three', 9) // 'one two…'
 */
export function truncateAtWord(text: string, limit: number): string {
  const characters = Array.from(text);
  if (characters.length <= limit) return text;
  const head = characters.slice(0, limit - 1).join('');
  const space = head.search(/\s\S*$/u);
  return `${(space > limit / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/u, '')}…`;
}
