/**
 * Opening marks and the marks that close them: „ closes with “ in German and with ” in Romanian,
 * Polish and Hungarian; Swedish and Finnish open and close with ” (”Vi kämpar”) or », and
 * German and Danish write »…«.
 */
const closingFor: Record<string, string> = {
  '«': '»',
  '»': '«»',
  '„': '“”',
  '”': '”',
  '“': '”',
  '"': '"',
  '‘': '’',
  '‚': '‘’',
  '「': '」',
  '『': '』',
};

/**
 * The quotations of a text, outermost first: each as `[opening, closing]` offsets of its marks,
 * in any language's style (« », „ “, “ ”, ” ”, » «, " ", ‘ ’, 「 」, and a pair of ' '), and whether
 * one is still open at the end. An apostrophe inside a word ("don’t", "Β’", "zo'n") closes nothing.
 *
 * @example
 *   scanQuotations('Er sagte: „Wir helfen.“ Dann ging er.').spans // [[10, 22]]
 */
export function scanQuotations(text: string): { spans: [number, number][]; unclosed: boolean } {
  const open: { mark: string; at: number }[] = [];
  const spans: [number, number][] = [];
  for (const { 0: character, index: offset } of text.matchAll(quotationMarks)) {
    const top = open.at(-1);
    if (top && closingFor[top.mark]?.includes(character)) {
      open.pop();
      if (open.length === 0) spans.push([top.at, offset]);
    } else if (character in closingFor && !(character === '‘' && /\p{L}/u.test(text.charAt(offset - 1)))) {
      open.push({ mark: character, at: offset });
    }
  }
  // Straight single quotes, as Dutch and English headlines write them ('De komende 48 uur zijn
  // kritiek'): only a pair, each mark outside a word, so that "zo'n" or "'s avonds" opens nothing.
  for (const match of text.matchAll(singleQuoted)) {
    const [from, to] = [match.index, match.index + match[0].length - 1];
    if (!spans.some(([start, end]) => from > start && from < end)) spans.push([from, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return { spans, unclosed: open.length > 0 };
}

/** A quotation between straight single quotes: opened before a word, closed after one, on one line. */
const singleQuoted = /(?<![\p{L}\p{N}])'(?=[\p{L}\p{N}])[^'\n]{2,400}?(?<=[\p{L}\p{N}.,!?…])'(?![\p{L}\p{N}])/gu;

/** Every opening and closing mark: only they open or close a quotation, so the scan jumps from one to the next. */
const quotationMarks = new RegExp(`[${Object.keys(closingFor).join('')}${Object.values(closingFor).join('')}]`, 'gu');
