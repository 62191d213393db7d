import type { ArticleFrontmatter } from '../schemas/article-frontmatter.ts';
import type { Claim, Event } from '../schemas/events-json.ts';
import { articleHref, countClaims, eventHref } from './build-home-page.ts';
import type { LanguageLabel } from './describe-language.ts';
import { describeLanguage } from './describe-language.ts';

/** One source of the event: a column of the claim matrix. */
export interface EventSource {
  id: string;
  title: string;
  href: string;
  outlet: string;
  language: LanguageLabel;
  published: string | null;
  /** The source whose text this one republishes, counted as one source with it. */
  copyOf: string | null;
}

/** One source's cell in a claim's row: the exact clause, or nothing when the source does not state it. */
export interface ClaimCell {
  source: EventSource;
  mention: { text: string; href: string; speaker: string | null } | null;
  /** What this source says in each slot where the sources differ (`number: 14 people`). */
  differing: { slot: string; value: string }[];
}

/** One row of the claim matrix. */
export interface ClaimRow {
  id: string;
  status: Claim['status'];
  statusLabel: string;
  summary: string;
  /** "3 independent sources", "1 source (and a copy)". */
  sourcesLabel: string;
  differingSlots: string[];
  cells: ClaimCell[];
  related: { href: string; label: string }[];
}

/** What an event page shows. */
export interface EventPage {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  sources: EventSource[];
  rows: ClaimRow[];
  counts: Record<Claim['status'], number>;
}

const statusLabels: Record<Claim['status'], string> = {
  corroborated: 'Corroborated',
  differing: 'Sources differ',
  'single-source': 'Single source',
};

/**
 * Build the event page: its sources as columns, and one row per claim with each source's exact
 * clause in its own language, linked to that clause in the article, the values that differ, and
 * the same claim in other events.
 */
export function buildEventPage(
  event: Event,
  byId: ReadonlyMap<string, ArticleFrontmatter>,
  eventTitles: ReadonlyMap<string, string>,
): EventPage {
  const sources = event.articles.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    return [
      {
        id,
        title: article.title,
        href: articleHref(id),
        outlet: article.outlet ?? id,
        language: describeLanguage(article.lang),
        published: article.published,
        copyOf: article.copyOf,
      },
    ];
  });
  const rows = event.claims.map((claim): ClaimRow => {
    const stating = new Set(claim.mentions.map((mention) => mention.article));
    const copies = [...stating].filter((id) => byId.get(id)?.copyOf).length;
    return {
      id: claim.id,
      status: claim.status,
      statusLabel: statusLabels[claim.status],
      summary: claim.summary,
      sourcesLabel: `${claim.sources} ${claim.sources === 1 ? 'source' : 'independent sources'}${
        copies > 0 ? ` (${copies === 1 ? 'a copy counted' : `${copies} copies counted`} once)` : ''
      }`,
      differingSlots: claim.differences.map((difference) => difference.slot),
      cells: sources.map((source) => {
        const mention = claim.mentions.find((entry) => entry.article === source.id);
        return {
          source,
          mention: mention
            ? { text: mention.text, href: `${source.href}#${claim.id}`, speaker: mention.speaker }
            : null,
          differing: claim.differences.flatMap((difference) =>
            difference.values
              .filter((value) => value.article === source.id)
              .map((value) => ({ slot: difference.slot, value: value.value })),
          ),
        };
      }),
      related: claim.related.map((link) => ({
        href: `${eventHref(link.event)}#${link.claim}`,
        label: eventTitles.get(link.event) ?? link.event,
      })),
    };
  });
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    place: event.place,
    sources,
    rows,
    counts: countClaims(event.claims),
  };
}
