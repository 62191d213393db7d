import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/pipeline/text/slugify.ts';

describe('slugify', () => {
  it('drops the accents of Latin, Greek and Cyrillic letters', () => {
    expect(slugify('Città del Messico')).toBe('citta-del-messico');
    expect(slugify('Ηράκλειο, Κρήτη')).toBe('ηρακλειο-κρητη');
    expect(slugify('Йошкар-Ола')).toBe('иошкар-ола');
  });

  it('keeps Hangul syllables composed, so the slug names the same file and URL as its NFC form', () => {
    const slug = slugify('재무장관 사임');
    expect(slug).toBe('재무장관-사임');
    expect(slug).toBe(slug.normalize('NFC'));
  });

  it('keeps the vowel signs of Indic and Thai scripts and the voicing marks of kana, which are part of the word', () => {
    expect(slugify('वित्त मंत्री')).toBe('वित्त-मंत्री');
    expect(slugify('รัฐมนตรี คลัง')).toBe('รัฐมนตรี-คลัง');
    expect(slugify('ガザ地区')).toBe('ガザ地区');
  });

  it('gives the same slug for a text in NFC and in NFD', () => {
    expect(slugify('Café Zürich'.normalize('NFD'))).toBe(slugify('Café Zürich'.normalize('NFC')));
    expect(slugify('Café Zürich')).toBe('cafe-zurich');
  });
});
