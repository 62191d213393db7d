import { articleSlug } from '../lib/article-slug.ts';
import { compareCodePoints } from '../lib/compare-code-points.ts';
import type { ArticleFrontmatter } from '../schemas/article-frontmatter.ts';
import type { Claim, Event } from '../schemas/events-json.ts';
import type { LanguageLabel } from './describe-language.ts';
import { describeLanguage } from './describe-language.ts';

/** One article as the home page lists it. */
export interface HomeArticle {
  id: string;
  title: string;
  href: string;
  language: LanguageLabel;
  outlet: string | null;
  published: string | null;
}

/** One event on the home page timeline. */
export interface HomeEvent {
  id: string;
  title: string;
  href: string;
  /** Claims by status. */
  counts: Record<Claim['status'], number>;
  /** Articles that republish another's text, counted once. */
  copies: number;
  date: string | null;
  place: string | null;
  articles: HomeArticle[];
  languages: LanguageLabel[];
}

/** What the home page shows. */
export interface HomePage {
  events: HomeEvent[];
  articleCount: number;
}

/**
 * Build the home page: events newest first (undated last), each with its articles.
 *
 * @example
 *   buildHomePage([], []).events // []
 */
export function buildHomePage(events: readonly Event[], articles: readonly ArticleFrontmatter[]): HomePage {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const homeEvents = events
    .map((event) => {
      const listed = event.articles.flatMap((id) => {
        const article = byId.get(id);
        return article ? [toHomeArticle(article)] : [];
      });
      const languages = [...new Map(listed.map((article) => [article.language.tag, article.language])).values()];
      return {
        id: event.id,
        title: event.title,
        href: eventHref(event.id),
        counts: countClaims(event.claims),
        copies: event.articles.filter((id) => byId.get(id)?.copyOf).length,
        date: event.date,
        place: event.place,
        articles: listed,
        languages,
      };
    })
    .sort((a, b) => compareCodePoints(b.date ?? '', a.date ?? '') || compareCodePoints(a.id, b.id));
  return { events: homeEvents, articleCount: articles.length };
}

/** Path of an event page. */
export function eventHref(id: string): string {
  return `/events/${encodeURIComponent(id)}/`;
}

/** An event's claims by status. */
export function countClaims(claims: readonly Claim[]): Record<Claim['status'], number> {
  const counts = { corroborated: 0, differing: 0, 'single-source': 0 };
  for (const claim of claims) counts[claim.status]++;
  return counts;
}

/** Path of an article page. */
export function articleHref(id: string): string {
  return `/articles/${encodeURIComponent(articleSlug(id))}/`;
}

function toHomeArticle(article: ArticleFrontmatter): HomeArticle {
  return {
    id: article.id,
    title: article.title,
    href: articleHref(article.id),
    language: describeLanguage(article.lang),
    outlet: article.outlet,
    published: article.published,
  };
}
