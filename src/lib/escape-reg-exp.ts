/**
 * A text written so that a regular expression matches it literally, to build a pattern out of
 * words kept as data.
 *
 * @example
 *   escapeRegExp('डॉ.') // 'डॉ\\.'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
