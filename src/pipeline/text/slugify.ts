/**
 * Lower-case a text into a URL-safe slug of letters, digits and hyphens; accents are dropped,
 * letters of other scripts kept (a URL carries them percent-encoded).
 *
 * @example
 *   slugify('Kim_Jong Un!') // 'kim-jong-un'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
