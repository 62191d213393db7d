import { describe, expect, it } from 'vitest';
import { foldIn, foldText } from '../../../src/pipeline/text/fold-text.ts';

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

describe('foldIn', () => {
  it('keeps the Vietnamese tones that tell words apart, in lower case, in one form for NFC and NFD', () => {
    expect(foldIn('Có tới 300 người', 'vi')).toBe('có tới 300 người');
    expect(foldIn('có tội', 'vi')).not.toBe(foldIn('có tới', 'vi'));
    expect(foldIn('Vô tội'.normalize('NFD'), 'vi')).toBe(foldIn('vô tội', 'vi'));
    // A tone on "oa", "oe", "uy" closing a syllable is one word on either vowel; not before a final consonant.
    expect(foldIn('Hoả hoạn', 'vi')).toBe(foldIn('hỏa hoạn', 'vi'));
    expect(foldIn('thuỷ điện', 'vi')).toBe(foldIn('thủy điện', 'vi'));
    expect(foldIn('Hoàng', 'vi')).toBe('hoàng');
    // Offsets in it are offsets in the plain folding.
    expect(foldIn('Bộ trưởng Bộ Y tế', 'vi')).toHaveLength(foldText('Bộ trưởng Bộ Y tế').length);
  });

  it('folds as foldText does in other languages', () => {
    expect(foldIn('Κρεμλίνου Ștefan', 'el')).toBe(foldText('Κρεμλίνου Ștefan'));
    expect(foldIn('Có tới', 'fr')).toBe('co toi');
  });
});
