import leven from 'leven';
import { compareCodePoints } from '../lib/compare-code-points.ts';

/**
 * The ids closest to a wrong one, by edit distance, for "did you mean" hints.
 *
 * @example
 *   closestIds('004_ad58', ['004_ad5852a91d4c9ca1', '000_5a73edd74052446e'], 1) // ['004_ad5852a91d4c9ca1']
 */
export function closestIds(wrong: string, ids: readonly string[], count = 3): string[] {
  return ids
    .map((id) => ({ id, distance: leven(wrong, id) }))
    .sort((a, b) => a.distance - b.distance || compareCodePoints(a.id, b.id))
    .slice(0, count)
    .map((entry) => entry.id);
}

/**
 * A "did you mean" hint for a wrong id: ` (closest: \`a\`, \`b\`)`, or nothing when there are no ids.
 *
 * @example
 *   closestHint('004_ad58', ['004_ad5852a91d4c9ca1']) // ' (closest: `004_ad5852a91d4c9ca1`)'
 */
export function closestHint(wrong: string, ids: readonly string[]): string {
  const closest = closestIds(wrong, ids);
  return closest.length > 0 ? ` (closest: ${closest.map((id) => `\`${id}\``).join(', ')})` : '';
}
