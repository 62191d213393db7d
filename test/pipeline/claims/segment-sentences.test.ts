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

  it('keeps a short sentence that only says who spoke with the quotation it follows', () => {
    const texts = (text: string, lang: string) => segmentSentences(text, lang).map((sentence) => sentence.text);
    expect(texts('“双方将加强能源合作。”普京透露。两国领导人随后共进午餐。', 'zh')).toEqual([
      '“双方将加强能源合作。”普京透露。',
      '两国领导人随后共进午餐。',
    ]);
    expect(texts('“Wir bleiben.” Das sagte der Bürgermeister. Die Stadt ist leer.', 'de')).toEqual([
      '“Wir bleiben.” Das sagte der Bürgermeister.',
      'Die Stadt ist leer.',
    ]);
    // Not a sentence of its own words, nor one without a verb of saying.
    expect(
      texts('“We will rebuild.” The mayor said the town would need years and warned of more rain this week.', 'en'),
    ).toHaveLength(2);
    expect(texts('“Enough.” The crowd fell silent.', 'en')).toHaveLength(2);
  });

  it('gives offsets into the paragraph, so a sentence can be found again', () => {
    const text = '普京周三在北京会见了金正恩。双方签署了协议。';
    for (const sentence of segmentSentences(text, 'zh'))
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('reads a run with no sentence end in pieces of a long sentence, cut after a comma, at their offsets', () => {
    const row = Array.from({ length: 400 }, (_, index) => `${index * 7} killed, ${index} injured`).join(', ');
    const text = `Table: ${row}`;
    const sentences = segmentSentences(text, 'en');
    expect(sentences.length).toBeGreaterThan(5);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(1500);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(sentences.slice(0, -1).every((sentence) => sentence.text.endsWith(','))).toBe(true);
    const long = `${'Der Minister sagte, die Lage sei ernst, '.repeat(30)}und alle warten.`;
    expect(segmentSentences(long, 'de')).toHaveLength(1);
  });
});
