import { describe, expect, it } from 'vitest';
import { countryWordMatcher } from '../../../src/pipeline/claims/country-adjective-matcher.ts';
import { foldText } from '../../../src/pipeline/text/fold-text.ts';

const countryOf = (lang: string, word: string) => countryWordMatcher(lang)(foldText(word));

describe('countryWordMatcher', () => {
  it('reads a country’s adjective in any case ending', () => {
    expect(countryOf('de', 'nordkoreanischen')).toBe('KP');
    expect(countryOf('ro', 'ucraineni')).toBe('UA');
    expect(countryOf('pt', 'sérvios')).toBe('RS');
  });

  it('takes no common word that starts like a country for its adjective', () => {
    expect(countryOf('pt', 'serviço')).toBeNull();
    expect(countryOf('pt', 'servidores')).toBeNull();
    expect(countryOf('es', 'reunió')).toBeNull();
  });
});
