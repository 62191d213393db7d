import type { ClaimUnit } from './extract-claims.ts';

/** A claim unit as JSON: its sets as arrays and its maps as entry lists, in their order. */
export interface ClaimUnitJson
  extends Omit<
    ClaimUnit,
    'concepts' | 'scareQuoted' | 'entities' | 'stems' | 'units' | 'numbers' | 'counts' | 'dates' | 'times' | 'quotes'
  > {
  concepts: string[];
  scareQuoted: string[];
  entities: [string, string][];
  stems: string[];
  units: [string, string][];
  numbers: string[];
  counts: [string, string][];
  dates: string[];
  times: string[];
  quotes: { text: string; concepts: string[] }[];
}

/**
 * Turn claim units into JSON that `jsonToClaimUnits` turns back into equal units, sets and
 * maps in the same order (alignment reads them in order).
 *
 * @example
 *   claimUnitsToJson([unit])[0].concepts // ['treaty', 'duty']
 */
export function claimUnitsToJson(units: readonly ClaimUnit[]): ClaimUnitJson[] {
  return units.map((unit) => ({
    ...unit,
    concepts: [...unit.concepts],
    scareQuoted: [...unit.scareQuoted],
    entities: [...unit.entities],
    stems: [...unit.stems],
    units: [...unit.units],
    numbers: [...unit.numbers],
    counts: [...unit.counts],
    dates: [...unit.dates],
    times: [...unit.times],
    quotes: unit.quotes.map((quote) => ({ text: quote.text, concepts: [...quote.concepts] })),
  }));
}

/**
 * Turn JSON made by `claimUnitsToJson` back into claim units.
 *
 * @example
 *   jsonToClaimUnits(claimUnitsToJson([unit])) // [an equal unit]
 */
export function jsonToClaimUnits(json: readonly ClaimUnitJson[]): ClaimUnit[] {
  return json.map((unit) => ({
    ...unit,
    concepts: new Set(unit.concepts),
    scareQuoted: new Set(unit.scareQuoted),
    entities: new Map(unit.entities),
    stems: new Set(unit.stems),
    units: new Map(unit.units),
    numbers: new Set(unit.numbers),
    counts: new Map(unit.counts),
    dates: new Set(unit.dates),
    times: new Set(unit.times),
    quotes: unit.quotes.map((quote) => ({ text: quote.text, concepts: new Set(quote.concepts) })),
  }));
}
