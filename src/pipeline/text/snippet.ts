/**
 * The words from `start` to `end` with a little context on each side, cut at word boundaries:
 * evidence that reads on its own.
 *
 * @example
 *   snippet('Kim said, according to KCNA, that ties grew.', 13, 27) // 'said, according to KCNA, that'
 */
export function snippet(text: string, start: number, end: number, context = 16): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  if (from > 0) from = text.indexOf(' ', from) + 1 || start;
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  return text.slice(Math.min(from, start), to).trim();
}
