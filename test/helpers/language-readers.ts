import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { extractClaimUnits } from '../../src/pipeline/claims/extract-claims.ts';
import { extractEventFeatures, indexGlossary } from '../../src/pipeline/events/extract-event-features.ts';
import { GlossarySchema } from '../../src/schemas/glossary.ts';

const root = path.join(import.meta.dirname, '../..');

/** The project's glossary, indexed, as the pipeline reads it. */
export const glossary = indexGlossary(
  GlossarySchema.parse(parse(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8'))),
);

/**
 * How the pipeline reads text in one language, for tests of its lexicon: the claim units of
 * paragraphs, the one unit of a sentence, and the kind of event a lead tells; published on
 * `published`.
 */
export function readersOf(lang: string, published: string | null) {
  const unitsOf = (...paragraphs: string[]) =>
    extractClaimUnits(
      'a',
      lang,
      published,
      paragraphs.map((text, index) => ({ text, line: index + 1 })),
      glossary,
    );
  const unitOf = (sentence: string) => {
    const units = unitsOf(sentence);
    expect(units, sentence).toHaveLength(1);
    return units[0] as (typeof units)[number];
  };
  const kindOf = (lead: string) =>
    extractEventFeatures(
      { id: 'a', lang, published, lead: [{ text: lead, line: 1 }], rest: [], dates: [], places: [] },
      glossary,
    ).kind?.value ?? null;
  return { unitsOf, unitOf, kindOf };
}
