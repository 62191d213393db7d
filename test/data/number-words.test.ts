import { describe, expect, it } from 'vitest';
import { numberWords } from '../../src/data/number-words.ts';
import { foldText } from '../../src/pipeline/text/fold-text.ts';

describe('numberWords', () => {
  it('lists each language once, with values from two to twelve (and one and a half) and a reason', () => {
    const languages = numberWords.map((entry) => entry.lang);
    expect(new Set(languages).size).toBe(languages.length);
    for (const { lang, values, reason } of numberWords) {
      expect(reason, lang).not.toBe('');
      for (const value of Object.keys(values).map(Number)) {
        expect((Number.isInteger(value) && value >= 2 && value <= 12) || value === 1.5, `${lang} ${value}`).toBe(true);
      }
    }
  });

  it('gives every form one value only, as it is matched: folded, as one word', () => {
    for (const { lang, values } of numberWords) {
      const valueOfForm = new Map<string, number>();
      for (const [value, forms] of Object.entries(values))
        for (const form of forms) {
          const folded = foldText(form);
          expect(folded, `${lang} "${form}" is one word`).toMatch(/^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?$/u);
          expect(valueOfForm.get(folded) ?? Number(value), `${lang} "${form}"`).toBe(Number(value));
          valueOfForm.set(folded, Number(value));
        }
    }
  });
});
