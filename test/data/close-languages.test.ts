import { describe, expect, it } from 'vitest';
import { closeLanguages } from '../../src/data/close-languages.ts';

describe('closeLanguages', () => {
  it('gives each pair words in lower case, one word each, that no other side of the pair lists', () => {
    for (const { pair, words, reason } of closeLanguages) {
      expect(reason, pair.join('/')).not.toBe('');
      const [first, second] = words;
      for (const word of [...first, ...second]) expect(word, pair.join('/')).toMatch(/^\p{Ll}+$/u);
      expect(
        first.filter((word) => second.includes(word)),
        pair.join('/'),
      ).toEqual([]);
    }
  });
});
