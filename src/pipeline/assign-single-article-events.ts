import { compareCodePoints } from '../lib/compare-code-points.ts';
import type { Event } from '../schemas/events-json.ts';

/** The part of an article that event assignment reads. */
export interface EventCandidate {
  id: string;
  title: string;
  published: string | null;
  /** An event id an editor pinned the article to, or `null`. */
  pinnedEvent: string | null;
}

/**
 * Put each article in an event of its own (the fallback until cross-article grouping runs),
 * with a stable id made of the date and the article id; articles an editor pinned to the same
 * event id share that event.
 *
 * @example
 *   assignSingleArticleEvents([{ id: 'a', title: 'T', published: null, pinnedEvent: null }])[0]?.id // 'undated-a'
 */
export function assignSingleArticleEvents(articles: readonly EventCandidate[]): Event[] {
  const events = new Map<string, Event>();
  for (const article of [...articles].sort((a, b) => compareCodePoints(a.id, b.id))) {
    const id = article.pinnedEvent ?? `${article.published ?? 'undated'}-${slugify(article.id)}`;
    const event = events.get(id) ?? { id, title: article.title, date: article.published, articles: [], claims: [] };
    event.articles.push(article.id);
    if (article.published && (!event.date || article.published < event.date)) event.date = article.published;
    events.set(id, event);
  }
  return [...events.values()];
}

/**
 * Lower-case a text into a URL-safe slug of letters, digits and hyphens; accents are dropped,
 * letters of other scripts kept (a URL carries them percent-encoded).
 *
 * @example
 *   slugify('Kim_Jong Un!') // 'kim-jong-un'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
