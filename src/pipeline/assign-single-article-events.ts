import type { Event } from '../schemas/events-json.ts';

/** The part of an article that event assignment reads. */
export interface EventCandidate {
  id: string;
  title: string;
  published: string | null;
}

/**
 * Put each article in an event of its own (the fallback until cross-article grouping runs),
 * with a stable id made of the date and the article id.
 *
 * @example
 *   assignSingleArticleEvents([{ id: 'a', title: 'T', published: null }])[0]?.id // 'undated-a'
 */
export function assignSingleArticleEvents(articles: readonly EventCandidate[]): Event[] {
  return articles.map((article) => ({
    id: `${article.published ?? 'undated'}-${slugify(article.id)}`,
    title: article.title,
    date: article.published,
    articles: [article.id],
    claims: [],
  }));
}

/**
 * Lower-case a text into a URL-safe slug of ASCII letters, digits and hyphens; letters
 * outside ASCII are kept as they are (a URL carries them percent-encoded).
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
