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

  it('reads a people by the stem of a country named "their land", and Czech people by the stem of "-cko", "-sko"', () => {
    expect(countryOf('hu', 'német')).toBe('DE');
    expect(countryOf('hu', 'magyar')).toBe('HU');
    expect(countryOf('sv', 'tyskt')).toBe('DE');
    expect(countryOf('sv', 'ryssar')).toBe('RU');
    expect(countryOf('de', 'griechischen')).toBe('GR');
    expect(countryOf('nl', 'Duitse')).toBe('DE');
    expect(countryOf('cs', 'němečtí')).toBe('DE');
    expect(countryOf('cs', 'rakouští')).toBe('AT');
    // "nemzet" (nation) holds no more of "német" than its start; "skottet" (the shot) is no Scot,
    // "růstu" (growth) no Russian, "nederlaag" (defeat) nothing Dutch.
    expect(countryOf('hu', 'nemzet')).toBeNull();
    expect(countryOf('hu', 'nemzeti')).toBeNull();
    expect(countryOf('sv', 'skottet')).toBeNull();
    expect(countryOf('cs', 'růstu')).toBeNull();
    expect(countryOf('nl', 'nederlaag')).toBeNull();
  });

  it('takes no common word that starts like a country for its adjective', () => {
    expect(countryOf('pt', 'serviço')).toBeNull();
    expect(countryOf('pt', 'servidores')).toBeNull();
    expect(countryOf('es', 'reunió')).toBeNull();
  });
});
