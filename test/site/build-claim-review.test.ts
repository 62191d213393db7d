import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/lib/shorten.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article-frontmatter.ts';
import type { Claim } from '../../src/schemas/events-json.ts';
import { buildClaimReview } from '../../src/site/build-claim-review.ts';
import { sampleFrontmatter } from '../helpers/sample-frontmatter.ts';
import { schemaOrgProblems } from '../helpers/schema-org-vocabulary.ts';

const claim: Claim = {
  id: 'claim-3f9a1c2b7e',
  status: 'corroborated',
  summary: 'Kim Jong Un: helping Russia is a brotherly duty of the Democratic People’s Republic of Korea',
  sources: 2,
  differences: [],
  mentions: [
    { article: '004_ad5852a91d4c9ca1', text: 'vom considera că este o datorie frățească', speaker: 'Kim Jong Un' },
    { article: '000_5a73edd74052446e', text: 'αποτελεί «αδελφικό καθήκον»', speaker: 'Kim Jong Un' },
  ],
  related: [],
};

const articles: ArticleFrontmatter[] = [
  sampleFrontmatter('000_5a73edd74052446e', {
    lang: 'el',
    title: 'Πούτιν σε Κιμ: «Οι στρατιώτες σας πολέμησαν γενναία»',
    outlet: 'Kathimerini',
    url: 'https://www.kathimerini.gr/world/563776123/',
    published: '2025-09-03',
  }),
  sampleFrontmatter('004_ad5852a91d4c9ca1', {
    lang: 'ro',
    title: 'Putin s-a întâlnit cu Kim Jong-un la Beijing',
    outlet: null,
    url: null,
    published: '2025-09-04',
  }),
];

const note = {
  claim: claim.id,
  verdict: 'mostly-true' as const,
  author: 'Ελένη Παππά',
  date: '2025-09-05',
  sources: [],
};

describe('buildClaimReview', () => {
  const review = buildClaimReview(note, claim, articles, new URL('https://facts.example.org/'));

  it('is valid against the schema.org vocabulary', () => {
    expect(schemaOrgProblems(review)).toEqual([]);
  });

  it('carries the fields fact-check aggregators read', () => {
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://facts.example.org/claims/claim-3f9a1c2b7e/',
      datePublished: '2025-09-05',
      author: { '@type': 'Person', name: 'Ελένη Παππά' },
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Kim Jong Un' },
        datePublished: '2025-09-03',
        appearance: [
          {
            '@type': 'CreativeWork',
            url: 'https://www.kathimerini.gr/world/563776123/',
            inLanguage: 'el',
            publisher: { '@type': 'Organization', name: 'Kathimerini' },
          },
          {
            '@type': 'CreativeWork',
            url: 'https://facts.example.org/articles/004_ad5852a91d4c9ca1/#claim-3f9a1c2b7e',
            inLanguage: 'ro',
          },
        ],
      },
    });
    expect([...String(review.claimReviewed)].length).toBeLessThan(75);
    expect(review.claimReviewed).toBe('Kim Jong Un: helping Russia is a brotherly duty of the Democratic…');
  });

  it('uses the editor’s wording of the claim, and root-relative addresses without a site address', () => {
    const local = buildClaimReview(
      { ...note, claimReviewed: 'Kim calls helping Russia a brotherly duty' },
      claim,
      articles,
      undefined,
    );
    expect(local.claimReviewed).toBe('Kim calls helping Russia a brotherly duty');
    expect(local.url).toBe('/claims/claim-3f9a1c2b7e/');
  });

  it('names the first outlet as claimant when no speaker is known', () => {
    const unsaid = { ...claim, mentions: claim.mentions.map((mention) => ({ ...mention, speaker: null })) };
    expect(buildClaimReview(note, unsaid, articles, undefined).itemReviewed).toMatchObject({
      author: { '@type': 'Organization', name: 'Kathimerini' },
    });
  });

  it('finds what is not schema.org', () => {
    expect(
      schemaOrgProblems({
        ...review,
        rating: 4,
        itemReviewed: { '@type': 'Claim', appearance: { '@type': 'Rating' } },
      }),
    ).toEqual([
      '$.itemReviewed.appearance: Rating is outside the range of appearance (CreativeWork, IdReference)',
      '$.rating: ClaimReview has no property rating',
    ]);
  });
});

describe('shorten', () => {
  it('cuts at a word boundary, in any script', () => {
    expect(shorten('Πούτιν: οι στρατιώτες πολέμησαν γενναία και ηρωικά', 30)).toBe('Πούτιν: οι στρατιώτες…');
    expect(shorten('short', 30)).toBe('short');
  });
});
