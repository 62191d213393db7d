import type { VFile } from 'vfile';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lineFeed = 0x0a;
/**
 * A character that shows: not white space, not an invisible format or control character (U+200B…),
 * not a blank that counts as a letter (Hangul fillers, the blank Braille pattern).
 */
const visible = /[^\s\p{Cf}\p{Cc}\u115f\u1160\u2800\u3164\uffa0]/u;
/**
 * Characters no article text holds and no page may carry: C0 and C1 control characters but tab
 * and line ends (ESC would restyle a terminal, BEL ring it), and the noncharacters U+FFFE and
 * U+FFFF, which YAML readers refuse. Vertical tab and form feed are taken for line breaks.
 */
const controlCharacters = /(?![\t\n\u0085])\p{Cc}|[\ufffe\uffff]/gu;

/** Largest source accepted: a long news article is well under 200 KB of text. */
export const maximumSourceBytes = 2 * 1024 * 1024;
/** Longest line kept without a warning: a paragraph this long means the line breaks were lost. */
export const maximumLineLength = 20_000;

/**
 * Decode the bytes of a source file into text with `\n` line ends, or return
 * `undefined` and leave a fatal message on the file when it cannot be read as an article.
 * A UTF-8 byte order mark is dropped; CRLF and CR line ends become LF.
 *
 * @example
 *   decodeSource(new VFile({ path: 'a.txt', value: new TextEncoder().encode('\uFEFFHi\r\n') })) // 'Hi\n'
 */
export function decodeSource(file: VFile): string | undefined {
  const bytes = typeof file.value === 'string' ? new TextEncoder().encode(file.value) : file.value;

  if (bytes.length > maximumSourceBytes) {
    fail(
      file,
      'too-large',
      1,
      `Cannot ingest a source of ${formatMebibytes(bytes.length)}, expected at most ${formatMebibytes(maximumSourceBytes)}: keep only the article text, or split the file`,
    );
    return undefined;
  }

  // A UTF-16 byte order mark: text, but not UTF-8 (its NUL bytes would call it binary).
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    fail(
      file,
      'utf16-source',
      1,
      'Unexpected UTF-16 text, expected UTF-8: re-save the file as UTF-8 (for example `iconv -f UTF-16 -t UTF-8`)',
    );
    return undefined;
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    fail(
      file,
      'binary-source',
      lineOfOffset(bytes, nul),
      'Unexpected NUL byte, expected plain text: this looks like a binary file; convert it to UTF-8 text or remove it from the sources',
    );
    return undefined;
  }

  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    fail(
      file,
      'invalid-utf8',
      firstInvalidLine(bytes),
      'Unexpected byte sequence, expected UTF-8 text: re-save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`)',
    );
    return undefined;
  }

  text = text.replace(/\r\n?|[\v\f]/g, '\n');
  const first = text.search(controlCharacters);
  if (first !== -1) {
    const count = text.match(controlCharacters)?.length ?? 0;
    const code = (text.codePointAt(first) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    file.message(
      `Unexpected control character U+${code}${count > 1 ? ` and ${count - 1} more` : ''}, expected plain text: removed; check the file's encoding or how it was copied`,
      { place: { line: lineOfText(text, first), column: 1 }, ruleId: 'control-character', source: 'corroborate' },
    );
    text = text.replace(controlCharacters, '');
  }
  if (!visible.test(text)) {
    fail(
      file,
      'empty-source',
      1,
      'Unexpected empty source, expected article text: add the article text or remove the file',
    );
    return undefined;
  }
  let line = 1;
  for (const content of text.split('\n')) {
    if (content.length > maximumLineLength) {
      file.message(
        `Unexpected line of ${content.length.toLocaleString('en')} characters, expected paragraphs on lines of their own: it is kept as one paragraph; restore the line breaks`,
        { place: { line, column: 1 }, ruleId: 'long-line', source: 'corroborate' },
      );
    }
    line++;
  }
  return text;
}

function formatMebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function fail(file: VFile, rule: string, line: number, reason: string): void {
  const message = file.message(reason, { place: { line, column: 1 }, ruleId: rule, source: 'corroborate' });
  message.fatal = true;
}

function lineOfText(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === lineFeed) line++;
  return line;
}

/** Line (1-based) of the first line that is not valid UTF-8 on its own. */
function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(lineFeed, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      utf8.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return line;
}
