import type { ArticleFrontmatter, Evidence, Provenance } from '../schemas/article-frontmatter.ts';
import type { Event } from '../schemas/events-json.ts';
import { articleHref } from './build-home-page.ts';
import type { LanguageLabel } from './describe-language.ts';
import { describeLanguage } from './describe-language.ts';

/** One row of the article's metadata: a value, where it comes from, and the text behind it. */
export interface MetadataRow {
  label: string;
  value: string;
  /** How the value was found, in a reader's words: "set by an editor", "from the headline"… */
  origin: string;
  /** Whether an editor set it. */
  byEditor: boolean;
  evidence: Evidence[];
  /** Reasons in words, where there is no single source line behind the value. */
  notes: string[];
}

/** What the article page shows besides the text. */
export interface ArticlePage {
  title: string;
  standfirst: string | null;
  language: LanguageLabel;
  rows: MetadataRow[];
  removed: { line: number; kind: string; text: string }[];
  duplicates: string[];
  /** The article this one republishes, counted as one source with it. */
  copyOf: { id: string; href: string } | null;
  /** Names search should also find the article by, space-separated (`Beijing kursk Vladimir Putin`). */
  searchNames: string;
  /** Search filters: `language`, `event`, `outlet`, and `claims` (the statuses of the claims it states), each with its values. */
  searchFilters: { name: string; value: string }[];
}

const ruleWords: Record<string, string> = {
  headline: 'the headline line of the source',
  'first-sentence': 'generated from the first sentence',
  'self-mention': 'the site naming itself in its footer',
  'wire-prefix': 'the distributor tag before the text',
  'date-tag': 'a date tag in the source',
  'latest-embed-date': 'the date of the latest embedded post',
  'not-found': 'not found in the source',
  'too-little-text': 'too little text to tell',
  'grouped-by-event': 'grouped with the sources that share its day, place, people and kind of event',
  pinned: 'pinned to this event by an editor',
};

/**
 * Build what the article page shows: metadata rows with their origin and evidence, and what
 * cleaning removed.
 */
export function buildArticlePage(article: ArticleFrontmatter, event?: Event): ArticlePage {
  const { provenance } = article;
  const language = describeLanguage(article.lang);
  const rows: MetadataRow[] = [
    row('Title', article.title, provenance.title),
    row('Language', `${language.name} (${article.lang})`, provenance.lang),
    row('Outlet', article.outlet ?? 'Unknown', provenance.outlet),
    row('Published', article.published ?? 'Unknown', provenance.published),
    ...(article.url ? [row('Web address', article.url, provenance.url)] : []),
    { ...row('Event', article.event, provenance.event), notes: article.eventReasons },
    ...article.cites.map((cited) => ({
      label: 'Cites',
      value: cited.name,
      origin: cited.kind === 'source' ? 'named after an attribution phrase' : `a known ${cited.kind}`,
      byEditor: false,
      evidence: cited.evidence,
      notes: [],
    })),
    ...article.places.map((place) => ({
      label: 'Place',
      value: place.name,
      origin: place.code ? `country ${place.code}` : 'named after a place word',
      byEditor: false,
      evidence: place.evidence,
      notes: [],
    })),
    ...article.dates.map((date) => ({
      label: 'Date mentioned',
      value: date.resolved ?? date.value ?? date.text,
      origin: date.resolved && date.resolved !== date.value ? 'resolved from the publication date' : 'as written',
      byEditor: false,
      evidence: [{ line: date.line, text: date.text }],
      notes: [],
    })),
  ];
  return {
    title: article.title,
    standfirst: article.standfirst,
    language,
    rows,
    removed: article.removed.map(({ line, kind, text }) => ({ line, kind: kind.replaceAll('-', ' '), text })),
    duplicates: article.duplicates,
    copyOf: article.copyOf ? { id: article.copyOf, href: articleHref(article.copyOf) } : null,
    searchNames: article.searchNames.join(' '),
    searchFilters: [
      { name: 'language', value: language.name },
      { name: 'event', value: event?.title ?? article.event },
      { name: 'outlet', value: article.outlet ?? 'Unknown outlet' },
      ...[
        ...new Set(
          (event?.claims ?? [])
            .filter((claim) => claim.mentions.some((mention) => mention.article === article.id))
            .map((claim) => claim.status),
        ),
      ]
        .sort()
        .map((status) => ({ name: 'claims', value: status })),
    ],
  };
}

function row(label: string, value: string, provenance: Provenance): MetadataRow {
  const byEditor = provenance.by === 'editor';
  const origin = byEditor
    ? 'set by an editor'
    : (ruleWords[provenance.rule] ?? provenance.rule.replace(/^franc:.*/, 'detected with franc'));
  return { label, value, origin, byEditor, evidence: provenance.evidence, notes: [] };
}
