import type { ArticleFrontmatter, Provenance } from '../../src/schemas/article-frontmatter.ts';

const notFound: Provenance = { by: 'detected', rule: 'not-found', evidence: [] };

/** A complete, valid article frontmatter for tests, with `overrides` applied. */
export function sampleFrontmatter(id: string, overrides: Partial<ArticleFrontmatter> = {}): ArticleFrontmatter {
  return {
    id,
    title: 'A title',
    standfirst: null,
    lang: 'und',
    outlet: null,
    url: null,
    published: null,
    event: `undated-${id}`,
    source: `${id}.txt`,
    provenance: {
      title: notFound,
      lang: notFound,
      outlet: notFound,
      url: notFound,
      published: notFound,
      event: notFound,
    },
    cites: [],
    dates: [],
    places: [],
    embeds: [],
    removed: [],
    duplicates: [],
    copyOf: null,
    searchNames: [],
    eventReasons: [],
    ...overrides,
  };
}
