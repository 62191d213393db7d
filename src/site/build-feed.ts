import type { RSSOptions } from '@astrojs/rss';
import type { EventsJson } from '../schemas/events-json.ts';
import { countClaims, eventHref } from './build-home-page.ts';

/**
 * The RSS feed of events, newest first: one item per event, linking to its page, with its
 * sources and claims counted.
 *
 * @example
 *   buildFeed({ articles: [], events: [] }, 'https://example.org/').items // []
 */
export function buildFeed(data: EventsJson, site: string): RSSOptions {
  const events = [...data.events].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id),
  );
  return {
    title: 'Corroborate',
    description: 'Which claims several news sources corroborate, and where they differ.',
    site,
    items: events.map((event) => {
      const counts = countClaims(event.claims);
      return {
        title: event.title,
        link: eventHref(event.id),
        ...(event.date ? { pubDate: new Date(`${event.date}T00:00:00Z`) } : {}),
        description:
          `${event.articles.length} ${event.articles.length === 1 ? 'source' : 'sources'}: ` +
          `${counts.corroborated} corroborated, ${counts.differing} differing, ${counts['single-source']} single-source claims.`,
      };
    }),
  };
}
