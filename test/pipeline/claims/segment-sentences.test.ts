import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/pipeline/claims/segment-sentences.ts';

describe('segmentSentences', () => {
  it('does not break after a Greek title abbreviation or a German ordinal', () => {
    expect(segmentSentences('Το είπε ο κ. Κιμ στη σύνοδο. Ο Πούτιν απάντησε.', 'el').map((s) => s.text)).toEqual([
      'Το είπε ο κ. Κιμ στη σύνοδο.',
      'Ο Πούτιν απάντησε.',
    ]);
    expect(segmentSentences('Zum 80. Jahrestag kamen sie. Dann gingen sie.', 'de').map((s) => s.text)).toEqual([
      'Zum 80. Jahrestag kamen sie.',
      'Dann gingen sie.',
    ]);
  });

  it('keeps a quotation that spans two sentences in one piece with its attribution', () => {
    const text = '„Vom ajuta Rusia. Este o datorie frățească”, a declarat Kim.';
    const [sentence] = segmentSentences(text, 'ro');
    expect(sentence?.text).toBe(text);
    // …and remembers where the quoted sentences part, for clauses.
    expect(sentence?.quotedBreaks.map((offset) => text.slice(offset, offset + 4))).toEqual(['Este']);
  });

  it('still breaks after a short word that is not an abbreviation', () => {
    expect(segmentSentences('He said no. Then he left.', 'en').map((s) => s.text)).toEqual([
      'He said no.',
      'Then he left.',
    ]);
  });

  it('gives offsets into the paragraph, so a sentence can be found again', () => {
    const text = '普京周三在北京会见了金正恩。双方签署了协议。';
    for (const sentence of segmentSentences(text, 'zh'))
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
