/** A letter of a script whose accents a slug drops (é → e, ά → α, й → и). */
const accented = /([\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;

/**
 * Lower-case a text into a URL-safe slug of letters, digits and hyphens: accents of Latin, Greek
 * and Cyrillic letters are dropped, other scripts kept whole, vowel signs included (a URL carries
 * them percent-encoded), and the result is in NFC so that it names one file and one URL.
 *
 * @example
 *   slugify('Kim_Jong Un!') // 'kim-jong-un'
 *   slugify('Ηράκλειο') // 'ηρακλειο'
 *   slugify('재무장관 사임') // '재무장관-사임'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(accented, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
