import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/pipeline/text/fold-text.ts';

describe('foldText', () => {
  it('drops accents, tonos, comma-below, harakat and niqqud, which one spelling has and another not', () => {
    expect(foldText('Κρεμλίνου Ștefan Zürich')).toBe('κρεμλινου stefan zurich');
    expect(foldText('مُحَمَّد')).toBe(foldText('محمد'));
    expect(foldText('שָׁלוֹם')).toBe(foldText('שלום'));
  });

  it('keeps the vowel signs of Indic and Thai scripts, which tell words apart', () => {
    expect(foldText('पेरू')).toBe('पेरू');
    expect(foldText('पेरू')).not.toBe(foldText('पर'));
    expect(foldText('รัฐมนตรี')).toBe('รัฐมนตรี');
  });

  it('gives composed Hangul and one form for text in NFC and NFD', () => {
    expect(foldText('재무장관')).toBe('재무장관');
    expect(foldText('Ελλάδα'.normalize('NFD'))).toBe(foldText('Ελλάδα'));
  });
});
