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
 * in any language's style (« », „ “, “ ”, ” ”, » «, " ", ‘ ’, 「 」), and whether one is still open at the
 * end. An apostrophe inside a word ("don’t", "Β’") closes nothing.
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
  return { spans, unclosed: open.length > 0 };
}

/** Every opening and closing mark: only they open or close a quotation, so the scan jumps from one to the next. */
const quotationMarks = new RegExp(`[${Object.keys(closingFor).join('')}${Object.values(closingFor).join('')}]`, 'gu');
