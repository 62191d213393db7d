import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Astro's cache for the site built from one generated folder (its content store and the pages an
 * incremental build reuses): one per folder, so two corpora never share stale entries.
 */
export function astroCacheFolder(generated: string): string {
  const key = createHash('sha256').update(path.resolve(generated)).digest('hex').slice(0, 12);
  return path.resolve('node_modules/.cache/corroborate', key);
}
