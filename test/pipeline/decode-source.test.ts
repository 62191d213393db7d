import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/pipeline/decode-source.ts';

function source(bytes: number[] | string, path = 'sources/a.txt'): VFile {
  const value = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : Uint8Array.from(bytes);
  return new VFile({ path, value });
}

function reasons(file: VFile): string[] {
  return file.messages.map(
    (message) => `${message.fatal ? 'error' : 'warning'} ${message.line}:${message.ruleId} ${message.reason}`,
  );
}

describe('decodeSource', () => {
  it('drops a UTF-8 byte order mark and turns CRLF and CR line ends into LF', () => {
    const file = source([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Πούτιν\r\nKim\rKursk\n')]);
    expect(decodeSource(file)).toBe('Πούτιν\nKim\nKursk\n');
    expect(file.messages).toEqual([]);
  });

  it('keeps Arabic, Chinese and combining marks byte for byte', () => {
    const text = 'بوتين في بكين\n普京在北京\nRomânia e\u0301\n';
    expect(decodeSource(source(text))).toBe(text);
  });

  it('refuses an empty or whitespace-only file', () => {
    const file = source(' \n\t\r\n\u00a0 ');
    expect(decodeSource(file)).toBeUndefined();
    expect(reasons(file)).toMatchInlineSnapshot(`
      [
        "error 1:empty-source Unexpected empty source, expected article text: add the article text or remove the file",
      ]
    `);
  });

  it('refuses a file of invisible characters only (zero-width spaces and joiners)', () => {
    const file = source('\u200b\u200c\n\u2060\u200d\n');
    expect(decodeSource(file)).toBeUndefined();
    expect(reasons(file)).toMatchInlineSnapshot(`
      [
        "error 1:empty-source Unexpected empty source, expected article text: add the article text or remove the file",
      ]
    `);
  });

  it('refuses a file of blanks that count as letters (Hangul fillers, the blank Braille pattern)', () => {
    const file = source('\u3164\u3164\n\u2800 \u115f\n');
    expect(decodeSource(file)).toBeUndefined();
    expect(reasons(file).map((reason) => reason.split(' ')[1])).toEqual(['1:empty-source']);
  });

  it('removes control characters and noncharacters, which no page may carry, and says where the first was', () => {
    const file = source('Der Minister trat zurück.\nEr sagte\u001b[2J \u0007am Montag\uffff, er gehe.\fNeue Zeile.\n');
    expect(decodeSource(file)).toBe('Der Minister trat zurück.\nEr sagte[2J am Montag, er gehe.\nNeue Zeile.\n');
    expect(reasons(file)).toMatchInlineSnapshot(`
      [
        "warning 2:control-character Unexpected control character U+001B and 2 more, expected plain text: removed; check the file's encoding or how it was copied",
      ]
    `);
  });

  it('refuses UTF-16 text by its byte order mark, and says how to convert it', () => {
    const file = source([0xff, 0xfe, ...Buffer.from('Κιμ Γιονγκ Ουν', 'utf16le')]);
    expect(decodeSource(file)).toBeUndefined();
    expect(reasons(file)).toMatchInlineSnapshot(`
      [
        "error 1:utf16-source Unexpected UTF-16 text, expected UTF-8: re-save the file as UTF-8 (for example \`iconv -f UTF-16 -t UTF-8\`)",
      ]
    `);
  });

  it('refuses text that is not UTF-8 and names the first bad line', () => {
    // "Ελλάδα" in Windows-1253 on line 2.
    const file = source([...new TextEncoder().encode('fine line\n'), 0xc5, 0xeb, 0xeb, 0xdc, 0xe4, 0xe1, 0x0a]);
    expect(decodeSource(file)).toBeUndefined();
    expect(reasons(file)).toMatchInlineSnapshot(`
      [
        "error 2:invalid-utf8 Unexpected byte sequence, expected UTF-8 text: re-save the file as UTF-8 (for example \`iconv -f WINDOWS-1252 -t UTF-8\`)",
      ]
    `);
  });

  it('refuses a binary file and names the line of its first NUL byte', () => {
    // A PNG signature: two line feeds before the first NUL.
    const file = source([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(decodeSource(file)).toBeUndefined();
    expect(reasons(file)).toMatchInlineSnapshot(`
      [
        "error 3:binary-source Unexpected NUL byte, expected plain text: this looks like a binary file; convert it to UTF-8 text or remove it from the sources",
      ]
    `);
  });
});
