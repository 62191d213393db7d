/**
 * Text cut at a word boundary to at most `max` characters, with "…" when cut.
 *
 * @example
 *   shorten('Kim Jong Un: helping Russia is a brotherly duty', 20) // 'Kim Jong Un: helping…'
 */
export function shorten(text: string, max: number): string {
  const characters = [...text];
  if (characters.length <= max) return text;
  const head = characters.slice(0, max - 1).join('');
  const boundary = head.search(/\s\S*$/);
  return `${(boundary > max / 2 ? head.slice(0, boundary) : head).replace(/[\s,;:–—-]+$/, '')}…`;
}
