import type { Claim } from '../../schemas/events-json.ts';
import type { AlignedClaim } from './align-claims.ts';
import type { ClaimUnit } from './extract-claims.ts';

/** An aligned claim as JSON: the claim, and its clauses as positions in the event's list of units. */
export interface AlignedClaimJson {
  claim: Claim;
  units: number[];
}

/**
 * Turn the claims aligned from `units` into JSON, each clause by its position in `units`.
 *
 * @example
 *   alignedClaimsToJson([{ claim, units: [b] }], [a, b]) // [{ claim, units: [1] }]
 */
export function alignedClaimsToJson(aligned: readonly AlignedClaim[], units: readonly ClaimUnit[]): AlignedClaimJson[] {
  const positions = new Map(units.map((unit, index) => [unit, index]));
  return aligned.map(({ claim, units: stated }) => ({
    claim,
    units: stated.map((unit) => {
      const position = positions.get(unit);
      if (position === undefined) throw new Error('Cannot find an aligned clause among the event’s clauses');
      return position;
    }),
  }));
}

/**
 * Turn JSON made by `alignedClaimsToJson` back into aligned claims over the same `units`.
 *
 * @example
 *   jsonToAlignedClaims([{ claim, units: [1] }], [a, b]) // [{ claim, units: [b] }]
 */
export function jsonToAlignedClaims(json: readonly AlignedClaimJson[], units: readonly ClaimUnit[]): AlignedClaim[] {
  return json.map(({ claim, units: stated }) => ({
    claim,
    units: stated.map((position) => units[position] as ClaimUnit),
  }));
}
