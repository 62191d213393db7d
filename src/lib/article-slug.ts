import { createHash } from 'node:crypto';

/**
 * Longest slug kept whole, in UTF-8 bytes (a file name holds at most 255 bytes, and 40 Chinese
 * characters are already 120); longer ids are cut and told apart by their hash.
 */
const maximumSlugBytes = 120;

/**
 * The URL path segment of an article: its id when that is made of letters (with their marks),
 * digits, `_` and `-` only; otherwise the id with every other character run turned into `-`,
 * plus a short hash of the id so that two ids never share a page. `#`, `?`, `%`, `/` and spaces
 * never reach a path.
 *
 * @example
 *   articleSlug('000_5a73edd74052446e') // '000_5a73edd74052446e'
 *   articleSlug('Σχόλιο #1') // 'Σχόλιο-1-…' (with an 8-character hash)
 */
export function articleSlug(id: string): string {
  const slug = id
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === id && Buffer.byteLength(slug) <= maximumSlugBytes) return slug;
  // Cut by code points, so a letter outside the Basic Multilingual Plane is never halved.
  let cut = '';
  for (const character of slug) {
    if (Buffer.byteLength(cut + character) > maximumSlugBytes) break;
    cut += character;
  }
  const hash = createHash('sha256').update(id).digest('hex').slice(0, 8);
  return `${cut || 'article'}-${hash}`;
}
