import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { findCopies } from '../../src/pipeline/find-copies.ts';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';

const wire =
  'Un incendie a ravagé dans la nuit de mardi à mercredi une usine chimique près de Lyon, a indiqué la préfecture du Rhône. ' +
  'Douze employés ont été hospitalisés, dont trois dans un état grave, selon les pompiers. ' +
  'Les habitants des communes voisines ont reçu la consigne de rester chez eux et de fermer leurs fenêtres.';

describe('findCopies', () => {
  it('finds the same wire text republished, cut and with a line added, and points at the earliest', () => {
    const copies = findCopies([
      { id: 'b-copy', published: '2026-05-03', text: `${wire.slice(0, 200)} Lire aussi notre dossier.` },
      { id: 'a-wire', published: '2026-05-02', text: wire },
      {
        id: 'c-own',
        published: '2026-05-02',
        text: 'Pożar wybuchł w nocy w zakładach chemicznych pod Lyonem. Dwunastu pracowników trafiło do szpitala.',
      },
    ]);
    expect([...copies]).toEqual([['b-copy', 'a-wire']]);
  });

  it('does not call two reports of one event copies when they are written apart', () => {
    const other =
      "Selon la préfecture, l'incendie de l'usine chimique proche de Lyon a fait douze blessés mardi soir. " +
      'Trois personnes sont dans un état grave et les riverains doivent rester confinés, ont précisé les secours.';
    expect(
      findCopies([
        { id: 'a', published: null, text: wire },
        { id: 'b', published: null, text: other },
      ]).size,
    ).toBe(0);
  });
});

describe('copies through the pipeline', () => {
  it('names the copy in events.json and counts it once: a claim only the wire and its copy state is single-source', () => {
    const root = path.join(import.meta.dirname, '../..');
    const folder = path.join(
      root,
      'test/fixtures/claims/polish-train-derailment-with-a-republished-wire-copy-counts-the-copy-as-one-source/sources',
    );
    const { eventsJson } = runPipeline({
      sources: readdirSync(folder).map(
        (name) => new VFile({ path: name, value: readFileSync(path.join(folder, name)) }),
      ),
      glossary: new VFile({ path: 'glossary.yaml', value: readFileSync(path.join(root, 'content/glossary.yaml')) }),
    });
    expect(eventsJson.articles.map((article) => [article.id, article.copyOf])).toEqual([
      ['d1-pl', null],
      ['d2-pl', 'd1-pl'],
      ['d3-fr', null],
      ['d4-pt', null],
    ]);
    const passengers = eventsJson.events
      .flatMap((event) => event.claims)
      .find((claim) => claim.mentions.some((mention) => mention.text.includes('300 pasażerów')));
    expect(passengers?.mentions.map((mention) => mention.article)).toEqual(['d1-pl', 'd2-pl']);
    expect(passengers).toMatchObject({ status: 'single-source', sources: 1 });
  });
});
