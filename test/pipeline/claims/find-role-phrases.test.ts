import { describe, expect, it } from 'vitest';
import { findRolePhrases } from '../../../src/pipeline/claims/find-role-phrases.ts';
import { tokenizeWords } from '../../../src/pipeline/text/fold-text.ts';

const phrasesOf = (lang: string, text: string) =>
  findRolePhrases(text, tokenizeWords(text), lang).map((phrase) => [
    text.slice(phrase.start, phrase.end),
    phrase.role,
    phrase.country,
  ]);

describe('findRolePhrases', () => {
  it('reads the country of an office from its adjective, its name or its seat of power', () => {
    expect(phrasesOf('de', 'Der nordkoreanische Führer erwiderte')).toEqual([
      ['nordkoreanische Führer', 'leader', 'KP'],
    ]);
    expect(phrasesOf('el', 'ο ηγέτης της Βόρειας Κορέας')).toEqual([['ηγέτης της Βόρειας Κορέας', 'leader', 'KP']]);
    expect(phrasesOf('ro', 'a spus liderul de la Kremlin')).toEqual([['liderul de la Kremlin', 'leader', 'RU']]);
    expect(phrasesOf('es', 'el mandatario peruano')).toEqual([['mandatario peruano', 'leader', 'PE']]);
    expect(phrasesOf('ru', 'президент России заявил')).toEqual([['президент России', 'president', 'RU']]);
    expect(phrasesOf('ja', '北朝鮮の指導者は述べた')).toEqual([['北朝鮮の指導者', 'leader', 'KP']]);
  });

  it('leaves out a former office, a chief of no seat of power and a short word that only starts like a country', () => {
    expect(phrasesOf('en', 'the former Russian president')).toEqual([]);
    expect(phrasesOf('en', "the chief of Russia's general staff")).toEqual([]);
    expect(phrasesOf('es', 'con el líder')).toEqual([['líder', 'leader', null]]);
  });
});
