/**
 * Compare two strings by code point: locale-independent, so sorted output is the same on every machine.
 *
 * @example
 *   ['b', 'a', 'B'].sort(compareCodePoints) // ['B', 'a', 'b']
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
