import type { ClaimReview, CreativeWork, WithContext } from 'schema-dts';
import { bestRating, verdictOf, worstRating } from '../data/verdict-scale.ts';
import { compareCodePoints } from '../lib/compare-code-points.ts';
import { shorten } from '../lib/shorten.ts';
import type { ArticleFrontmatter } from '../schemas/article-frontmatter.ts';
import type { Claim } from '../schemas/events-json.ts';
import type { NoteFrontmatter } from '../schemas/note-frontmatter.ts';
import { claimReviewedMaxLength } from '../schemas/note-frontmatter.ts';
import { articleHref } from './build-home-page.ts';

/**
 * The schema.org `ClaimReview` of a claim an editor's note rates, for the claim's page: what was
 * claimed (under 75 characters), the rating on the published scale with its name, who rated it
 * and when, and the claim itself with its claimant and every appearance (the article's own
 * address when an editor gave one, else its page here, at the sentence). Addresses are absolute
 * when the site's address is known, else root-relative.
 */
export function buildClaimReview(
  note: NoteFrontmatter & { verdict: NonNullable<NoteFrontmatter['verdict']> },
  claim: Claim,
  articles: readonly ArticleFrontmatter[],
  site: URL | undefined,
): WithContext<ClaimReview> {
  const address = (path: string) => (site ? new URL(path, site).href : path);
  const verdict = verdictOf(note.verdict);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const stating = claim.mentions
    .flatMap((mention) => {
      const article = byId.get(mention.article);
      return article ? [article] : [];
    })
    .sort((a, b) => compareCodePoints(a.published ?? '9999', b.published ?? '9999') || compareCodePoints(a.id, b.id));
  const appearances = stating.map(
    (article): CreativeWork => ({
      '@type': 'CreativeWork',
      url: article.url ?? address(`${articleHref(article.id)}#${claim.id}`),
      headline: article.title,
      inLanguage: article.lang,
      ...(article.published ? { datePublished: article.published } : {}),
      ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
    }),
  );
  const claimant = claimantOf(claim, stating);
  const [first] = appearances;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: address(`/claims/${claim.id}/`),
    claimReviewed: note.claimReviewed ?? shorten(claim.summary, claimReviewedMaxLength),
    datePublished: note.date,
    author: { '@type': 'Person', name: note.author },
    publisher: { '@type': 'Organization', name: 'Corroborate', ...(site ? { url: site.href } : {}) },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: verdict.rating,
      bestRating,
      worstRating,
      alternateName: verdict.label,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claimant ? { author: claimant } : {}),
      ...(stating[0]?.published ? { datePublished: stating[0].published } : {}),
      appearance: appearances,
      ...(first ? { firstAppearance: first } : {}),
    },
  };
}

/** Who made the claim: the speaker most of its mentions name, else the outlet that first reported it. */
function claimantOf(
  claim: Claim,
  stating: readonly ArticleFrontmatter[],
): { '@type': 'Person' | 'Organization'; name: string } | null {
  const counts = new Map<string, number>();
  for (const mention of claim.mentions)
    if (mention.speaker) counts.set(mention.speaker, (counts.get(mention.speaker) ?? 0) + 1);
  const speaker = [...counts].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]))[0]?.[0];
  if (speaker) return { '@type': 'Person', name: speaker };
  const outlet = stating.find((article) => article.outlet)?.outlet;
  return outlet ? { '@type': 'Organization', name: outlet } : null;
}
