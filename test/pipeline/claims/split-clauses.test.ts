import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/pipeline/claims/segment-sentences.ts';
import { splitClauses } from '../../../src/pipeline/claims/split-clauses.ts';

const clausesOf = (text: string, lang: string) =>
  segmentSentences(text, lang).flatMap((sentence) => splitClauses(sentence, lang).map((clause) => clause.text));

describe('splitClauses', () => {
  it('parts a Greek participle of saying from the statement before it', () => {
    expect(
      clausesOf(
        'Ο Κιμ Γιονγκ Ουν ευχαρίστησε τον Ρώσο πρόεδρο για την αναγνώριση του θάρρους των στρατιωτών του, τονίζοντας ότι η στήριξη προς τη Ρωσία αποτελεί «αδελφικό καθήκον».',
        'el',
      ),
    ).toEqual([
      'Ο Κιμ Γιονγκ Ουν ευχαρίστησε τον Ρώσο πρόεδρο για την αναγνώριση του θάρρους των στρατιωτών του,',
      'τονίζοντας ότι η στήριξη προς τη Ρωσία αποτελεί «αδελφικό καθήκον».',
    ]);
  });

  it('keeps a German quotation with its speaker, and parts "und dankte" and a cut marked by an ellipsis', () => {
    expect(
      clausesOf(
        '„Ihre Soldaten haben mutig gekämpft… wir werden die Opfer niemals vergessen“, sagte Putin zu Kim und dankte ihm im Namen des russischen Volkes.',
        'de',
      ),
    ).toEqual([
      '„Ihre Soldaten haben mutig gekämpft…',
      'wir werden die Opfer niemals vergessen“, sagte Putin zu Kim',
      'und dankte ihm im Namen des russischen Volkes.',
    ]);
  });

  it('parts the sentences of a Romanian quotation, the speaker staying with the last', () => {
    expect(
      clausesOf(
        '„Forțele dumneavoastră au participat la eliberarea regiunii. Au luptat cu curaj și eroism”, a subliniat președintele rus.',
        'ro',
      ),
    ).toEqual([
      '„Forțele dumneavoastră au participat la eliberarea regiunii.',
      'Au luptat cu curaj și eroism”, a subliniat președintele rus.',
    ]);
  });

  it('parts a relative clause of saying, and an aside credited to "some sources"', () => {
    expect(
      clausesOf(
        'Putin s-a întâlnit la Beijing cu liderul nord-coreean Kim Jong-un, care a promis că va continua să ajute Rusia.',
        'ro',
      ),
    ).toEqual([
      'Putin s-a întâlnit la Beijing cu liderul nord-coreean Kim Jong-un,',
      'care a promis că va continua să ajute Rusia.',
    ]);
    expect(
      clausesOf(
        'Rusia nu va uita niciodată pierderile suferite de armata nord-coreeană, pe care unele surse le-au estimat la câteva mii de soldați.',
        'ro',
      ),
    ).toHaveLength(2);
  });

  it('does not part a subject from its verb across an aside', () => {
    const text =
      'Ο Βλαντίμιρ Πούτιν, σε συνάντηση που είχε με τον Κιμ Γιονγκ Ουν στο Πεκίνο, εξέφρασε την ευγνωμοσύνη του για τη συμβολή της Βόρειας Κορέας.';
    expect(clausesOf(text, 'el')).toEqual([text]);
  });

  it('parts a Russian and a Spanish second statement of saying', () => {
    expect(
      clausesOf('Министр заявил, что спасатели работают всю ночь, и добавил, что погибли 12 человек.', 'ru'),
    ).toEqual(['Министр заявил, что спасатели работают всю ночь,', 'и добавил, что погибли 12 человек.']);
    expect(
      clausesOf('El ministro confirmó la cifra de muertos, y añadió que los rescatistas siguen buscando.', 'es'),
    ).toEqual(['El ministro confirmó la cifra de muertos,', 'y añadió que los rescatistas siguen buscando.']);
  });

  it('parts two statements joined by ", and" with a subject of its own, or by "and" before an auxiliary', () => {
    expect(
      clausesOf(
        'Le gouvernement a décrété l’état d’urgence pour 60 jours dans quatre provinces, et l’armée a déployé 1 500 soldats pour appuyer les secours.',
        'fr',
      ),
    ).toEqual([
      'Le gouvernement a décrété l’état d’urgence pour 60 jours dans quatre provinces,',
      'et l’armée a déployé 1 500 soldats pour appuyer les secours.',
    ]);
    expect(
      clausesOf(
        'Il governo ha dichiarato lo stato di emergenza per 60 giorni e ha inviato 1.500 militari nelle zone colpite.',
        'it',
      ),
    ).toEqual([
      'Il governo ha dichiarato lo stato di emergenza per 60 giorni',
      'e ha inviato 1.500 militari nelle zone colpite.',
    ]);
    expect(
      clausesOf('Die Regierung hat den Notstand ausgerufen und hat 1500 Soldaten in die Region geschickt.', 'de'),
    ).toEqual(['Die Regierung hat den Notstand ausgerufen', 'und hat 1500 Soldaten in die Region geschickt.']);
  });

  it('keeps a list together, and "and" between two nouns', () => {
    const list = 'El decreto cubre las provincias de Caravelí, Condesuyos, Camaná y La Unión, en el sur del país.';
    expect(clausesOf(list, 'es')).toEqual([list]);
    const pair = 'Russia and North Korea signed a treaty on mutual defence in June 2024 in Pyongyang.';
    expect(clausesOf(pair, 'en')).toEqual([pair]);
  });

  it('gives offsets into the paragraph', () => {
    const text = 'Der Minister sagte, die Lage sei ernst, und fügte hinzu, es gebe 14 Tote.';
    for (const sentence of segmentSentences(text, 'de'))
      for (const clause of splitClauses(sentence, 'de')) expect(text.slice(clause.start, clause.end)).toBe(clause.text);
  });
});
