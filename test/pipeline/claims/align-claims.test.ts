import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/pipeline/claims/align-claims.ts';
import { extractClaimUnits } from '../../../src/pipeline/claims/extract-claims.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { glossary } from '../../helpers/language-readers.ts';
import { readExpectedClaims, scoreClaims } from '../../helpers/score-claims.ts';

const root = path.join(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/claims');
/**
 * Least claim-pair F1 and share of labelled claims landing whole with their status, per case:
 * what alignment reaches now (labels are finer than clauses: a sentence holding three claims
 * counts against every pair it cannot split), kept so that a change that loses ground fails.
 * Figures on 2026-12-08: seeds 0.90 / 25 of 28, Congo 1.00 / 14 of 18, Peru 0.88 / 18 of 22,
 * Polish train 1.00 / 15 of 18, ferry fire (Indonesian, Chinese, Arabic, Korean) 0.95 / 8 of 9, bus
 * crash (Hindi, Turkish, Persian, Japanese) 0.81 / 6 of 9, Trump–Xi call (English, Chinese, Russian, Portuguese)
 * 1.00 / 6 of 6, Korea–China summit (Korean, Japanese, Hindi, English) 1.00 / 4 of 4, Rhodes wildfire
 * (Vietnamese, Hebrew, Ukrainian, Dutch) 0.89 / 10 of 16, Koh Samui landslide (Thai, Swedish, Czech,
 * Hungarian) 0.74 / 16 of 23, Bulgarian election (Greek, German, Romanian, Arabic) 0.88 / 25 of 31,
 * Ecuador verdict (English, Spanish, Portuguese, French) 0.73 / 22 of 29, electronics maker's job
 * cuts (Japanese, Korean, Chinese, Hindi) 0.82 / 23 of 32, Bosporus tanker collision (Turkish,
 * Italian, Ukrainian, Indonesian) 0.80 / 10 of 15, Tel Aviv protest (Hebrew, Persian, Hindi,
 * Spanish) 1.00 / 9 of 9.
 */
const floors: Record<string, { f1: number; status: number }> = {
  'rhodes-wildfire-is-reported-with-differing-evacuee-and-death-counts-in-vietnamese-hebrew-ukrainian-and-dutch': {
    f1: 0.84,
    status: 0.55,
  },
  'bosporus-tanker-collision-is-reported-with-differing-injured-ships-waiting-cargo-crew-and-attribution-in-turkish-italian-ukrainian-and-indonesian':
    { f1: 0.76, status: 0.62 },
  'tel-aviv-protest-is-reported-with-police-and-organiser-counts-differing-arrests-and-framing-in-hebrew-persian-hindi-and-spanish':
    { f1: 0.95, status: 0.88 },
  'bulgarian-snap-election-is-reported-with-differing-turnout-seats-date-attribution-and-framing-in-greek-german-romanian-and-arabic':
    { f1: 0.84, status: 0.78 },
  // One Thai run of words tells the slide's time, day and place, which the labels part into three claims.
  'koh-samui-landslide-is-reported-with-differing-toll-injured-date-and-place-in-thai-swedish-czech-and-hungarian': {
    f1: 0.7,
    status: 0.65,
  },
  'ecuador-ex-minister-corruption-verdict-is-reported-with-differing-sentence-restitution-co-defendants-and-date-in-english-spanish-portuguese-and-french':
    { f1: 0.7, status: 0.72 },
  'electronics-maker-job-cuts-are-reported-with-differing-cuts-charge-profit-drop-date-plant-city-and-attribution-in-japanese-korean-chinese-and-hindi':
    { f1: 0.77, status: 0.68 },
  'korea-china-summit-is-reported-in-korean-japanese-hindi-and-english': { f1: 0.95, status: 0.95 },
  'trump-xi-phone-call-is-reported-with-differing-length-in-english-chinese-russian-and-portuguese': {
    f1: 0.95,
    status: 0.95,
  },
  'seed-articles-on-the-beijing-meeting': { f1: 0.87, status: 0.86 },
  'congo-ceasefire-signed-in-doha-is-reported-with-differing-details-in-english-russian-and-spanish': {
    f1: 0.95,
    status: 0.72,
  },
  'peru-earthquake-is-reported-with-differing-toll-magnitude-date-and-epicentre-in-spanish-french-russian-and-italian':
    { f1: 0.84, status: 0.77 },
  'polish-train-derailment-with-a-republished-wire-copy-counts-the-copy-as-one-source': { f1: 0.95, status: 0.74 },
  'indonesian-ferry-fire-is-reported-with-swapped-toll-and-missing-figures-in-indonesian-chinese-arabic-and-korean': {
    f1: 0.9,
    status: 0.8,
  },
  'bus-crash-in-himachal-pradesh-is-reported-with-differing-toll-injured-and-cause-in-hindi-turkish-persian-and-japanese':
    {
      f1: 0.78,
      status: 0.6,
    },
};

/**
 * Each case folder holds hand labels (`expected.yaml`: which clauses state one claim, and its
 * status), the articles (`sources/`, or the project's seeds when the folder has none) and, where
 * grouping cannot join them, an editor's pins (`events.yaml`).
 */
const cases = readdirSync(fixtures).filter((name) => existsSync(path.join(fixtures, name, 'expected.yaml')));

describe('alignClaims, against hand labels', () => {
  it('has cases to score, each with its floor', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
    for (const name of cases) expect(Object.keys(floors)).toContain(name);
  });

  for (const name of cases) {
    it(`aligns “${name.replaceAll('-', ' ')}” in one event, keeping its scores`, () => {
      const folder = path.join(fixtures, name);
      const sourcesFolder = existsSync(path.join(folder, 'sources'))
        ? path.join(folder, 'sources')
        : path.join(root, 'content/sources');
      const texts = new Map(
        readdirSync(sourcesFolder)
          .filter((file) => file.endsWith('.txt'))
          .map((file) => [file.slice(0, -4), readFileSync(path.join(sourcesFolder, file), 'utf8')]),
      );
      const expected = readExpectedClaims(readFileSync(path.join(folder, 'expected.yaml'), 'utf8'));
      const { eventsJson } = runPipeline({
        sources: [...texts].map(([id, text]) => new VFile({ path: `${id}.txt`, value: text })),
        glossary: new VFile({ path: 'glossary.yaml', value: readFileSync(path.join(root, 'content/glossary.yaml')) }),
        // An editor's pins (`events.yaml`), where grouping cannot join the case's articles.
        ...(existsSync(path.join(folder, 'events.yaml'))
          ? {
              eventCorrections: new VFile({
                path: 'events.yaml',
                value: readFileSync(path.join(folder, 'events.yaml')),
              }),
            }
          : {}),
      });
      const labelled = new Set(expected.claims.flatMap((claim) => claim.mentions.map((mention) => mention.article)));
      const events = eventsJson.articles.filter((article) => labelled.has(article.id)).map((article) => article.event);
      expect(new Set(events).size, 'the labelled articles report one event').toBe(1);
      const produced = eventsJson.events
        .flatMap((event) => event.claims)
        .map((claim) => ({ ...claim, mentions: claim.mentions.filter((mention) => labelled.has(mention.article)) }))
        .filter((claim) => claim.mentions.length > 0);
      const score = scoreClaims(expected, produced, (article) => texts.get(article) ?? '');
      const report = `F1 ${score.f1.toFixed(2)} (P ${score.precision.toFixed(2)}, R ${score.recall.toFixed(2)}), status ${score.statusRight}/${score.statusTotal}\n${score.misses.join('\n')}`;
      const floor = floors[name] ?? { f1: 0.85, status: 0.75 };
      expect(score.f1, report).toBeGreaterThanOrEqual(floor.f1);
      expect(score.statusRight / score.statusTotal, report).toBeGreaterThanOrEqual(floor.status);
    });
  }
});

describe('alignClaims', () => {
  /** Each `[article, lang, paragraph]` read as the pipeline reads it, aligned as one event. */
  const claimsOf = (...paragraphs: [string, string, string][]) =>
    alignClaims(
      paragraphs.flatMap(([article, lang, text], line) =>
        extractClaimUnits(article, lang, '2026-08-05', [{ text, line: line + 1 }], glossary),
      ),
      (article) => article,
    ).map(({ claim }) => claim);

  it('keeps a lead and the body that tells its figure again in one claim, once per source', () => {
    const claims = claimsOf(
      ['nl', 'nl', 'Bosbrand op Rhodos: 16.000 mensen geëvacueerd.'],
      ['nl', 'nl', 'Zo’n 16.000 mensen zijn geëvacueerd, meldt de brandweer.'],
      ['uk', 'uk', 'Через пожежу евакуювали понад 16 тисяч людей.'],
      ['vi', 'vi', 'Khoảng 16.000 người đã phải sơ tán khỏi khu vực.'],
    );
    const evacuated = claims.filter((claim) => claim.mentions.some((mention) => mention.article === 'uk'));
    expect(evacuated).toHaveLength(1);
    expect(evacuated[0]?.mentions.map((mention) => mention.article)).toEqual(['nl', 'nl', 'uk', 'vi']);
    expect(evacuated[0]?.status).toBe('corroborated');
  });

  it('keeps a speaker’s words retold and quoted in one article in one claim with another source’s, and their other statement apart', () => {
    const units = [
      ...extractClaimUnits(
        'es',
        'es',
        '2026-08-05',
        [
          'La ministra de Defensa, Ana Ruiz, dijo el martes en Kiev que España enviará más ayuda.',
          'Ruiz prometió seguir ayudando a Ucrania con todo lo que necesite.',
          '«Haremos todo lo necesario para ayudar a Ucrania», dijo Ruiz a los periodistas.',
          'Ruiz dijo también que el invierno será difícil para el ejército ucraniano.',
        ].map((text, index) => ({ text, line: index + 1 })),
        glossary,
      ),
      ...extractClaimUnits(
        'de',
        'de',
        '2026-08-05',
        [
          {
            text: 'Verteidigungsministerin Ana Ruiz versprach, der Ukraine auf jede erdenkliche Weise zu helfen.',
            line: 1,
          },
        ],
        glossary,
      ),
    ];
    const claims = alignClaims(units, (article) => article).map(({ claim }) => claim);
    const helped = claims.filter((claim) => claim.mentions.some((mention) => mention.article === 'de'));
    expect(helped).toHaveLength(1);
    expect(helped[0]?.mentions.map((mention) => mention.text)).toEqual([
      'Verteidigungsministerin Ana Ruiz versprach, der Ukraine auf jede erdenkliche Weise zu helfen.',
      'Ruiz prometió seguir ayudando a Ucrania con todo lo que necesite.',
      '«Haremos todo lo necesario para ayudar a Ucrania», dijo Ruiz a los periodistas.',
    ]);
    expect(helped[0]?.status).toBe('corroborated');
    expect(claims.find((claim) => claim.mentions[0]?.text.includes('invierno'))?.mentions).toHaveLength(1);
  });

  it('keeps one quotation two sources put in different mouths as one claim, differing in who said it', () => {
    const claims = claimsOf(
      [
        'en',
        'en',
        '“The former minister turned his ministry into a business and put the reconstruction of a devastated province at the service of a private network,” prosecutor Andrés Ortiz said after the verdict was read.',
      ],
      [
        'es',
        'es',
        '“El exministro convirtió su cartera en un negocio y puso la reconstrucción de una provincia devastada al servicio de una red privada”, dijo la jueza ponente, Mariana Salcedo, al leer la decisión.',
      ],
    );
    const [quoted] = claims.filter((claim) => claim.mentions.length > 1);
    expect(quoted?.mentions.map((mention) => mention.article)).toEqual(['en', 'es']);
    expect(quoted?.differences?.map((difference) => difference.slot)).toContain('attribution');
  });

  it('keeps one quotation translated into other languages and scripts as one claim, by the words it justifies with', () => {
    const claims = claimsOf(
      [
        'de',
        'de',
        '„Es ist eine schmerzhafte, aber unvermeidliche Entscheidung“, sagte Finanzministerin Anna Berger am Abend.',
      ],
      ['th', 'th', 'นางแอนนา เบอร์เกอร์ รัฐมนตรีว่าการกระทรวงการคลัง กล่าวว่า "นี่เป็นการตัดสินใจที่เจ็บปวดแต่หลีกเลี่ยงไม่ได้"'],
      ['ko', 'ko', '안나 베르거 재무장관은 "고통스러운 결정이지만 다음 세대를 위해 피할 수 없는 선택"이라고 말했다.'],
    );
    const [quoted] = claims.filter((claim) => claim.mentions.length > 1);
    expect(quoted?.mentions.map((mention) => mention.article)).toEqual(['de', 'ko', 'th']);
  });

  it('keeps one quotation of a figure that two sources put in different mouths as one claim', () => {
    const claims = claimsOf(
      [
        'de',
        'de',
        '„Die nächsten 48 Stunden sind kritisch“, sagte der griechische Minister für Katastrophenschutz, Giorgos Andreadakis.',
      ],
      [
        'nl',
        'nl',
        "'De komende 48 uur zijn kritiek', zei de woordvoerder van de Civiele Bescherming, Lefteris Stavrakakis.",
      ],
    );
    const [quoted] = claims.filter((claim) => claim.mentions.length > 1);
    expect(quoted?.mentions.map((mention) => mention.speaker)).toEqual(['Giorgos Andreadakis', 'Lefteris Stavrakakis']);
    expect(quoted?.differences?.map((difference) => difference.slot)).toContain('attribution');
  });

  it('joins two clauses by one concept when no article states it twice, and not otherwise', () => {
    const spill = claimsOf(
      ['uk', 'uk', 'Витоку нафти не зафіксовано.'],
      ['id', 'id', 'Belum ada laporan mengenai tumpahan minyak ke laut.'],
    ).find((claim) => claim.mentions.length > 1);
    expect(spill?.mentions.map((mention) => mention.article)).toEqual(['id', 'uk']);
    const told = claimsOf(
      ['uk', 'uk', 'Витоку нафти не зафіксовано.'],
      ['uk', 'uk', 'Екологи попереджають, що розлив можливий у разі шторму.'],
      ['id', 'id', 'Belum ada laporan mengenai tumpahan minyak ke laut.'],
    ).filter((claim) => claim.mentions.length > 1);
    expect(told).toEqual([]);
  });

  it('counts a span of years as content two clauses share, and a year alone not', () => {
    const span = claimsOf(
      ['en', 'en', 'Okonkwo, who lived in Lagos from 2015 to 2018, has denied the charges.'],
      ['it', 'it', 'Okonkwo, che ha abitato a Milano dal 2015 al 2018, è stato arrestato a marzo.'],
    ).find((claim) => claim.mentions.length > 1);
    expect(span?.mentions.map((mention) => mention.article)).toEqual(['en', 'it']);
    const year = claimsOf(
      ['en', 'en', 'Okonkwo, who lived in Lagos from 2015, has denied the charges.'],
      ['it', 'it', 'Okonkwo, che ha abitato a Milano dal 2015, è stato arrestato a marzo.'],
    ).filter((claim) => claim.mentions.length > 1);
    expect(year).toEqual([]);
  });

  it('counts one speaker, in two scripts, as content two short clauses share; two speakers not', () => {
    const greek = 'Ο Ντρένσκι παραδέχθηκε την ήττα, ανακοινώνοντας ότι το κόμμα του θα περάσει στην αντιπολίτευση.';
    const joined = claimsOf(
      ['el', 'el', greek],
      ['de', 'de', 'Drenski räumte seine Niederlage ein; seine Partei werde in die Opposition gehen.'],
    ).find((claim) => claim.mentions.length > 1);
    expect(joined?.mentions.map((mention) => mention.text)).toEqual([
      'seine Partei werde in die Opposition gehen.',
      'ανακοινώνοντας ότι το κόμμα του θα περάσει στην αντιπολίτευση.',
    ]);
    const apart = claimsOf(
      ['el', 'el', greek],
      ['de', 'de', 'Christakiew räumte seine Niederlage ein; seine Partei werde in die Opposition gehen.'],
    ).filter((claim) => claim.mentions.length > 1);
    expect(apart).toEqual([]);
  });
});
