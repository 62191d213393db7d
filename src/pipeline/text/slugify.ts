import { foldText } from './fold-text.ts';

/**
 * Lower-case a text into a URL-safe slug of letters, digits and hyphens: folded as names are for
 * matching (accents and tonos dropped, other scripts kept whole with their vowel signs, NFC), so
 * that it names one file and one URL; a URL carries other scripts percent-encoded.
 *
 * @example
 *   slugify('Kim_Jong Un!') // 'kim-jong-un'
 *   slugify('Ηράκλειο') // 'ηρακλειο'
 *   slugify('재무장관 사임') // '재무장관-사임'
 */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
