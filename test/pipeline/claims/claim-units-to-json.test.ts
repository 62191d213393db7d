import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { alignClaims } from '../../../src/pipeline/claims/align-claims.ts';
import { alignedClaimsToJson, jsonToAlignedClaims } from '../../../src/pipeline/claims/aligned-claims-to-json.ts';
import { claimUnitsToJson, jsonToClaimUnits } from '../../../src/pipeline/claims/claim-units-to-json.ts';
import { extractClaimUnits } from '../../../src/pipeline/claims/extract-claims.ts';
import { indexGlossary } from '../../../src/pipeline/events/extract-event-features.ts';
import { textToBlocks } from '../../../src/pipeline/text-to-blocks.ts';
import { GlossarySchema } from '../../../src/schemas/glossary.ts';

const root = path.join(import.meta.dirname, '../../..');
const glossary = indexGlossary(
  GlossarySchema.parse(parse(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8'))),
);
const languages: Record<string, string> = { '002': 'de', '004': 'ro' };

/** The clauses of the seed articles (Greek, German, Romanian), read from their raw lines. */
function seedUnits() {
  const folder = path.join(root, 'content/sources');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) =>
      extractClaimUnits(
        name.slice(0, -4),
        languages[name.slice(0, 3)] ?? 'el',
        '2025-09-03',
        textToBlocks(readFileSync(path.join(folder, name), 'utf8')),
        glossary,
      ),
    );
}

/** Sets and maps as arrays of what they hold, in order, so that a change of order shows. */
const inOrder = (value: unknown): unknown =>
  value instanceof Set || value instanceof Map
    ? [...value].map(inOrder)
    : Array.isArray(value)
      ? value.map(inOrder)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, inOrder(entry)]))
        : value;

describe('claimUnitsToJson', () => {
  it('gives JSON that turns back into equal units, every set and map in its order', () => {
    const units = seedUnits();
    expect(units.some((unit) => unit.quotes.length > 0 && unit.entities.size > 1)).toBe(true);
    const back = jsonToClaimUnits(JSON.parse(JSON.stringify(claimUnitsToJson(units))));
    expect(back).toStrictEqual(units);
    expect(inOrder(back)).toStrictEqual(inOrder(units));
  });
});

describe('jsonToClaimUnits', () => {
  it('turns an empty list into an empty list', () => {
    expect(jsonToClaimUnits([])).toEqual([]);
  });
});

describe('alignedClaimsToJson', () => {
  it('gives JSON that turns back into equal claims over the same clauses', () => {
    const units = seedUnits();
    const aligned = alignClaims(units, (article) => article);
    expect(aligned.some((claim) => claim.units.length > 1)).toBe(true);
    const back = jsonToAlignedClaims(JSON.parse(JSON.stringify(alignedClaimsToJson(aligned, units))), units);
    expect(back).toStrictEqual(aligned);
    expect(() => alignedClaimsToJson(aligned, [])).toThrow('Cannot find');
    back.forEach((claim, index) => {
      claim.units.forEach((unit, at) => {
        expect(unit).toBe(aligned[index]?.units[at]);
      });
    });
  });
});

describe('jsonToAlignedClaims', () => {
  it('takes each clause from the list it is given, by position', () => {
    const units = seedUnits().slice(0, 3);
    const [first, second] = units;
    const claim = alignClaims(units, (article) => article)[0]?.claim;
    if (!claim || !first || !second) throw new Error('expected clauses and a claim');
    expect(jsonToAlignedClaims([{ claim, units: [1, 0] }], units)[0]?.units).toEqual([second, first]);
  });
});
