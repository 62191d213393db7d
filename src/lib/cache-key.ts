import { createHash } from 'node:crypto';

/**
 * A key that changes whenever the data a page is rendered from changes: Astro's incremental
 * build copies a page from the previous build when its key, and the code it is built with, are
 * the same.
 *
 * @example
 *   cacheKeyOf({ id: 'claim-1', status: 'corroborated' }) === cacheKeyOf({ id: 'claim-1', status: 'corroborated' }) // true
 */
export function cacheKeyOf(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 32);
}
