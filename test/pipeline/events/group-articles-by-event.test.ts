import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { extractEventFeatures } from '../../../src/pipeline/events/extract-event-features.ts';
import { runPipeline } from '../../../src/pipeline/run-pipeline.ts';
import { glossary as glossaryIndex, readersOf } from '../../helpers/language-readers.ts';

const root = path.join(import.meta.dirname, '../../..');
const fixtures = path.join(root, 'test/fixtures/events');
const glossary = () =>
  new VFile({ path: 'content/glossary.yaml', value: readFileSync(path.join(root, 'content/glossary.yaml')) });

/** A source file of the given name and text, as the ingest reads it. */
const source = (name: string, value: string) => new VFile({ path: name, value: new TextEncoder().encode(value) });

/** The kind of event a lead reports, as its language reads it. */
const kindOf = (lang: string, lead: string) => readersOf(lang, '2026-11-20').kindOf(lead);

function sourcesIn(folder: string): VFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => new VFile({ path: name, value: readFileSync(path.join(folder, name)) }));
}

/** The events (id, title, articles) a case of `test/fixtures/claims/` groups into. */
function eventsOfClaimsCase(name: string): [string, string, number][] {
  const sources = sourcesIn(path.join(root, 'test/fixtures/claims', name, 'sources'));
  const { eventsJson } = runPipeline({ sources, glossary: glossary() });
  return eventsJson.events.map((event) => [event.id, event.title, event.articles.length]);
}

function groupsOf(sources: VFile[], extra: Partial<Parameters<typeof runPipeline>[0]> = {}): string[][] {
  const { eventsJson } = runPipeline({ sources, glossary: glossary(), ...extra });
  return eventsJson.events.map((event) => event.articles).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** B-cubed precision and recall of found groups against expected ones. */
function bCubed(found: string[][], expected: string[][]): { precision: number; recall: number } {
  const clusterOf = (groups: string[][]) =>
    new Map(groups.flatMap((group) => group.map((item) => [item, new Set(group)] as const)));
  const foundOf = clusterOf(found);
  const expectedOf = clusterOf(expected);
  let precision = 0;
  let recall = 0;
  for (const [item, cluster] of foundOf) {
    const truth = expectedOf.get(item) ?? new Set([item]);
    const both = [...cluster].filter((other) => truth.has(other)).length;
    precision += both / cluster.size;
    recall += both / truth.size;
  }
  return { precision: precision / foundOf.size, recall: recall / foundOf.size };
}

describe('groupArticlesByEvent, through the pipeline', () => {
  it('groups the seeds into their three events, though Putin, Kim and Kursk are in all five', () => {
    const { eventsJson } = runPipeline({
      sources: sourcesIn(path.join(root, 'content/sources')),
      glossary: glossary(),
    });
    expect(eventsJson.events.map((event) => [event.date, event.articles])).toEqual([
      ['2025-09-03', ['000_5a73edd74052446e', '002_8f56b1ec0a0c6f7f', '004_ad5852a91d4c9ca1']],
      [null, ['003_8e1f729e4d00b7cb']],
      [null, ['001_cb3a5e9a82b9db3f']],
    ]);
    expect(eventsJson.events.map((event) => event.title)).toEqual([
      'Kim Jong Un and Vladimir Putin meet in Beijing',
      'Kim Jong Un and Sergei Shoigu meet',
      'Kim Jong Un and Vladimir Putin hold a phone call',
    ]);
  });

  it('keeps an undated meeting apart when its lead names someone the other reports never name, in a corpus where Putin and Kim are rare', () => {
    const others = ['peru', 'polish', 'congo'].flatMap((prefix) => {
      const folder = readdirSync(path.join(fixtures, '../claims')).find((name) => name.startsWith(prefix)) ?? '';
      return sourcesIn(path.join(fixtures, '../claims', folder, 'sources'));
    });
    const groups = groupsOf([...sourcesIn(path.join(root, 'content/sources')), ...others]);
    expect(groups).toContainEqual(['003_8e1f729e4d00b7cb']);
    expect(groups).toContainEqual(['000_5a73edd74052446e', '002_8f56b1ec0a0c6f7f', '004_ad5852a91d4c9ca1']);
  });

  for (const name of readdirSync(fixtures).sort()) {
    it(`groups as expected: ${name.replaceAll('-', ' ')}`, () => {
      const expected = JSON.parse(readFileSync(path.join(fixtures, name, 'expected.json'), 'utf8')) as string[][];
      const found = groupsOf(sourcesIn(path.join(fixtures, name)));
      expect(found).toEqual(expected);
      expect(bCubed(found, expected)).toEqual({ precision: 1, recall: 1 });
    });
  }

  it('dates an article by a month and day without a year, as a wire dateline gives them, and groups it', () => {
    const groups = groupsOf([
      source(
        'zh.txt',
        '土耳其东部发生6.2级地震 已致16人死亡\n新华社安卡拉3月3日电 土耳其东部埃拉泽省3日凌晨发生6.2级地震，目前已造成十六人死亡。\n',
      ),
      source(
        'tr.txt',
        "Elazığ'da 6,2 büyüklüğünde deprem: 14 kişi hayatını kaybetti\nELAZIĞ, 3 Mart 2025 (AA) - Türkiye'nin doğusunda pazartesi sabahı 6,2 büyüklüğünde deprem meydana geldi.\n",
      ),
      source(
        'ja.txt',
        'トルコ東部でM6.2の地震、14人死亡\n【イスタンブール共同】トルコ東部で2月27日、マグニチュード6.2の地震があった。\n',
      ),
      source(
        'es.txt',
        'Sismo de magnitud 6,1 sacude el sur de Perú\nLIMA, 3 de marzo de 2025 (EFE).- Un sismo de magnitud 6,1 sacudió este lunes la región de Arequipa, en el sur de Perú.\n',
      ),
      source(
        'fr.txt',
        'Séisme au Pérou\nLIMA, 3 mars 2025 (AFP) - Un séisme de magnitude 6,1 a frappé lundi la région d’Arequipa, au Pérou.\n',
      ),
    ]);
    expect(groups).toEqual([['es', 'fr'], ['ja'], ['tr', 'zh']]);
  });

  it('groups reports of a fire in Chinese, Arabic and Korean by the country and the kind, and takes no ceasefire for a fire', () => {
    const ferry = path.join(
      fixtures,
      '../claims/indonesian-ferry-fire-is-reported-with-swapped-toll-and-missing-figures-in-indonesian-chinese-arabic-and-korean/sources',
    );
    const groups = groupsOf([
      ...sourcesIn(ferry).filter((file) => file.path !== 'f1-id.txt'),
      source(
        'truce.txt',
        'Ceasefire agreed as Indonesian ministers meet rebels\nPublished: 2026-07-19\n\nJAKARTA, July 19 - A ceasefire was agreed on Sunday when Indonesian ministers met separatist rebel leaders in Jakarta, officials said.\n',
      ),
    ]);
    expect(groups).toEqual([['f2-zh', 'f3-ar', 'f4-ko'], ['truce']]);
    // A fire has no participants: its title names the country the leads name.
    const { eventsJson } = runPipeline({
      sources: sourcesIn(ferry).filter((file) => file.path !== 'f1-id.txt'),
      glossary: glossary(),
    });
    expect(eventsJson.events.map((event) => [event.title, event.place])).toEqual([['Fire in Indonesia', 'Indonesia']]);
  });

  it('finds a place a script without capitals names after its place noun, and titles the event in English', () => {
    // Persian "استان کرمان" and Arabic "إقليم كرمان" (the province of Kerman); the Persian report dates
    // itself by the Solar Hijri calendar ("۱۴ آذر ۱۴۰۵").
    const folder = path.join(fixtures, 'kerman-earthquake-named-in-arabic-persian-and-turkish-scripts');
    const { eventsJson } = runPipeline({ sources: sourcesIn(folder), glossary: glossary() });
    expect(eventsJson.events.map((event) => [event.title, event.articles.length])).toEqual([['Earthquake in Iran', 3]]);
  });

  it('tells a volcanic eruption from violence that erupts, in languages and scripts alike', () => {
    for (const [lang, lead] of [
      ['en', 'Indonesia’s Mount Lewotobi volcano erupts, sending an ash cloud 10 km into the sky'],
      ['id', 'Gunung Lewotobi Laki-laki kembali erupsi, kolom abu setinggi 10 kilometer'],
      ['ja', 'インドネシアのレウォトビ火山が噴火、噴煙1万メートル'],
      ['ar', 'ثوران بركان ليووتوبي في إندونيسيا وسحابة رماد بارتفاع 10 كيلومترات'],
      ['ru', 'В Индонезии началось извержение вулкана Левотоби'],
    ] as const)
      expect(kindOf(lang, lead), lead).toBe('eruption');
    expect(kindOf('en', 'Violence erupted in the capital after the vote, police said')).not.toBe('eruption');
    expect(kindOf('de', 'Nach dem Ausbruch des Krieges flohen Tausende aus der Stadt')).not.toBe('eruption');
  });

  it('tells a protest in the languages and scripts of its reports, and not a demonstration of a point', () => {
    for (const [lang, lead] of [
      ['he', 'עשרות אלפים הפגינו בתל אביב נגד חוק בית המשפט העליון'],
      ['fa', 'تظاهرات گسترده در تل‌آویو علیه طرح محدودکردن دیوان عالی'],
      ['hi', 'तेल अवीव में हज़ारों लोगों का प्रदर्शन'],
      ['es', 'Decenas de miles protestan en Tel Aviv contra la reforma del Tribunal Supremo'],
      ['de', 'Zehntausende demonstrieren in Tel Aviv gegen die Justizreform'],
      ['tr', "Tel Aviv'de on binlerce kişi yargı reformunu protesto etti"],
    ] as const)
      expect(kindOf(lang, lead), lead).toBe('protest');
    expect(kindOf('en', 'The minister demonstrated how the new system would work')).not.toBe('protest');
  });

  it('groups reports of a protest whose dates come from a byline with no time and a weekday, and names its place after a Hebrew prefix', () => {
    // "Por Agencia EFE | 29 nov 2026" dates the Spanish report; its "sábado" is the 28th.
    expect(
      eventsOfClaimsCase(
        'tel-aviv-protest-is-reported-with-police-and-organiser-counts-differing-arrests-and-framing-in-hebrew-persian-hindi-and-spanish',
      ),
    ).toEqual([['2026-11-28-tel-aviv-protest', 'Protest in Tel Aviv', 4]]);
  });

  it('titles and names a collision at sea by where it happened, not by the ships’ flags', () => {
    // The first report, in Turkish, says where by a case ending ("İstanbul Boğazı'nda").
    expect(
      eventsOfClaimsCase(
        'bosporus-tanker-collision-is-reported-with-differing-injured-ships-waiting-cargo-crew-and-attribution-in-turkish-italian-ukrainian-and-indonesian',
      ),
    ).toEqual([['2026-11-17-istanbul-accident', 'Accident in Istanbul', 4]]);
  });

  it('titles a court ruling by its kind and country, in any language of the reports', () => {
    const folder = path.join(fixtures, 'court-ruling-reported-with-differing-sentences-in-four-languages');
    const { eventsJson } = runPipeline({ sources: sourcesIn(folder), glossary: glossary() });
    expect(eventsJson.events.map((event) => event.title)).toEqual(['Court ruling in Portugal']);
  });

  it('titles a company’s job cuts by their kind and country, in the languages reports tell them', () => {
    const electronics = path.join(
      fixtures,
      '../claims/electronics-maker-job-cuts-are-reported-with-differing-cuts-charge-profit-drop-date-plant-city-and-attribution-in-japanese-korean-chinese-and-hindi/sources',
    );
    const { eventsJson } = runPipeline({ sources: sourcesIn(electronics), glossary: glossary() });
    expect(eventsJson.events.map((event) => [event.title, event.articles.length])).toEqual([['Job cuts in Japan', 4]]);
    for (const [lang, lead] of [
      ['en', 'Carmaker to cut 12,000 jobs as it closes two plants'],
      ['de', 'Autobauer streicht 12.000 Stellen und schließt zwei Werke'],
      ['fr', 'Le constructeur annonce 12 000 suppressions de postes'],
      ['es', 'La automotriz eliminará 12.000 empleos y cerrará dos plantas'],
      ['ru', 'Автопроизводитель объявил о сокращении 12 тысяч рабочих мест'],
      ['ar', 'شركة السيارات تعلن تسريح 12 ألف موظف'],
    ] as const)
      expect(kindOf(lang, lead), lead).toBe('job-cuts');
    expect(kindOf('en', 'The central bank cut interest rates by a quarter point')).not.toBe('job-cuts');
  });

  it('takes a report in a language of one country whose lead names no country for that country’s news', () => {
    const bus = path.join(
      fixtures,
      '../claims/bus-crash-in-himachal-pradesh-is-reported-with-differing-toll-injured-and-cause-in-hindi-turkish-persian-and-japanese/sources',
    );
    const { eventsJson } = runPipeline({ sources: sourcesIn(bus), glossary: glossary() });
    expect(eventsJson.events.map((event) => [event.title, event.articles])).toEqual([
      ['Accident in India', ['h1-hi', 'h2-tr', 'h3-fa', 'h4-ja']],
    ]);
    const hindi = eventsJson.events[0]?.evidence.find((entry) => entry.article === 'h1-hi');
    expect(hindi?.reasons).toContain('place India: “a report in Hindi that names no country”');
  });

  it('takes the word after a dateline dash for a sentence start, not a name', () => {
    const report = source(
      'uk.txt',
      'Землетрус на сході Туреччини\nАНКАРА, 3 березня (Укрінформ) – Щонайменше 14 людей загинули внаслідок землетрусу на сході Туреччини.\n',
    );
    const { eventsJson } = runPipeline({ sources: [report], glossary: glossary() });
    expect(eventsJson.events[0]?.id).not.toMatch(/щонаименше/u);
    // Nor after a Spanish dateline's ".-", nor a name across a spaced dash ("Jakarta - Sebuah").
    const namesIn = (lang: string, line: string) =>
      extractEventFeatures(
        { id: 'a', lang, published: null, lead: [{ text: line, line: 1 }], rest: [], dates: [], places: [] },
        glossaryIndex,
      ).entities.map((entity) => entity.key);
    expect(namesIn('es', 'JERUSALÉN.- Decenas de miles de personas se manifestaron el sábado.')).not.toContain(
      'name:decenas',
    );
    expect(namesIn('id', 'Jakarta - Sebuah kapal tanker tenggelam di Laut Jawa pada Selasa dini hari.')).not.toContain(
      'name:iakarta sebuah',
    );
  });

  it('takes no network or messenger a report names for a party to the event', () => {
    const report = source(
      'uk.txt',
      'Удар по Одесі\n12 листопада 2026\nВнаслідок ракетної атаки на Одесу загинули троє людей, написав голова ОВА Олег Кіпер у Telegram та Facebook.\n',
    );
    const { eventsJson } = runPipeline({ sources: [report], glossary: glossary() });
    expect(eventsJson.events[0]?.id).not.toMatch(/telegram|facebook/u);
  });

  it('keeps a verdict one source dates a day late in its event, but not a meeting held again the next day', () => {
    const ecuador = path.join(
      fixtures,
      '../claims/ecuador-ex-minister-corruption-verdict-is-reported-with-differing-sentence-restitution-co-defendants-and-date-in-english-spanish-portuguese-and-french/sources',
    );
    // The Portuguese report dates the ruling 11 March, the others 10 March.
    expect(groupsOf(sourcesIn(ecuador))).toEqual([['v1-en', 'v2-es', 'v3-pt', 'v4-fr']]);
    const meetings = groupsOf([
      source(
        'day-1.txt',
        'Orbán and Fico meet in Bratislava\n14 May 2026\n\nHungarian Prime Minister Viktor Orbán met Slovak Prime Minister Robert Fico in Bratislava on Thursday to discuss energy supplies.\n',
      ),
      source(
        'day-2.txt',
        'Orbán und Fico treffen sich erneut in Bratislava\n15. Mai 2026\n\nDer ungarische Ministerpräsident Viktor Orbán traf am Freitag in Bratislava erneut den slowakischen Regierungschef Robert Fico, um über Gaslieferungen zu sprechen.\n',
      ),
    ]);
    expect(meetings).toEqual([['day-1'], ['day-2']]);
  });

  it('says what joined each article, in its own words, and when it had no date', () => {
    const { eventsJson } = runPipeline({
      sources: sourcesIn(path.join(root, 'content/sources')),
      glossary: glossary(),
    });
    const beijing = eventsJson.events[0];
    const german = beijing?.evidence.find((entry) => entry.article === '002_8f56b1ec0a0c6f7f')?.reasons ?? [];
    expect(german).toContain('place Beijing: “Guest House in Peking zu bilateralen”');
    expect(german).toContain('no usable date: grouped on people, places and kind of event');
  });
});

describe('event ids', () => {
  const idsOf = (folder: string, names: readonly string[]) => {
    const { eventsJson } = runPipeline({
      sources: sourcesIn(folder).filter((file) => names.includes(file.basename ?? '')),
      glossary: glossary(),
    });
    return eventsJson.events.map((event) => [event.id, event.title]);
  };

  it('keeps an event’s id when later reports in other languages join it, from the first report’s known names', () => {
    const ecuador = path.join(
      root,
      'test/fixtures/claims/ecuador-ex-minister-corruption-verdict-is-reported-with-differing-sentence-restitution-co-defendants-and-date-in-english-spanish-portuguese-and-french/sources',
    );
    // v1 (English) was published first, on 10 March; the French report came a day later.
    const first = idsOf(ecuador, ['v1-en.txt']);
    expect(first).toEqual([['2026-03-10-ecuador-court-ruling', expect.any(String)]]);
    for (const later of [['v4-fr.txt'], ['v3-pt.txt', 'v4-fr.txt'], ['v2-es.txt', 'v3-pt.txt', 'v4-fr.txt']])
      expect(idsOf(ecuador, ['v1-en.txt', ...later]).map(([id]) => id)).toEqual(['2026-03-10-ecuador-court-ruling']);
    // Names found by their spelling in one lead ("Construtora Barreto Lins") make no part of the id.
    expect(first[0]?.[0]).not.toMatch(/barreto/);
  });
});

describe('editor corrections to events', () => {
  const seeds = () => sourcesIn(path.join(root, 'content/sources'));

  it('pins, merges and retitles events from content/events.yaml, and the pins win over grouping', () => {
    const corrections = new VFile({
      path: 'content/events.yaml',
      value: [
        '- id: 2024-09-13-kim-jong-un-sergei-shoigu-pyongyang',
        '  title: Kim Jong Un receives Sergei Shoigu in Pyongyang',
        '  date: 2024-09-13',
        '  place: Pyongyang',
        '  articles: [003_8e1f729e4d00b7cb]',
        '- id: 2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting',
        '  title: Putin and Kim meet in Beijing after the parade',
      ].join('\n'),
    });
    const { eventsJson } = runPipeline({ sources: seeds(), glossary: glossary(), eventCorrections: corrections });
    expect(corrections.messages).toEqual([]);
    expect(eventsJson.events.map((event) => `${event.id} | ${event.title} | ${event.date} | ${event.place}`)).toEqual([
      // The place is where the leads say it happened ("στο Πεκίνο", "in Peking", "la Beijing").
      '2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting | Putin and Kim meet in Beijing after the parade | 2025-09-03 | Beijing',
      '2024-09-13-kim-jong-un-sergei-shoigu-pyongyang | Kim Jong Un receives Sergei Shoigu in Pyongyang | 2024-09-13 | Pyongyang',
      'undated-kim-jong-un-vladimir-putin-phone-call | Kim Jong Un and Vladimir Putin hold a phone call | null | null',
    ]);
  });

  it('splits an article off its group when an editor pins it elsewhere', () => {
    const override = new VFile({ path: '002_8f56b1ec0a0c6f7f.yaml', value: 'event: 2025-09-03-seaprwire-copy\n' });
    expect(groupsOf(seeds(), { overrides: [override] })).toEqual([
      ['000_5a73edd74052446e', '004_ad5852a91d4c9ca1'],
      ['001_cb3a5e9a82b9db3f'],
      ['002_8f56b1ec0a0c6f7f'],
      ['003_8e1f729e4d00b7cb'],
    ]);
  });

  it('fails on a correction for an article or event that does not exist, naming the closest ids', () => {
    const corrections = new VFile({
      path: 'content/events.yaml',
      value: '- id: 2025-09-03-kim-putin\n  title: x\n- id: new-event\n  articles: [004_ad5852]\n',
    });
    runPipeline({ sources: seeds(), glossary: glossary(), eventCorrections: corrections });
    expect(
      corrections.messages.map((message) => `${message.line}:${message.column} ${message.reason}`),
    ).toMatchInlineSnapshot(`
      [
        "4:14 Cannot pin \`004_ad5852\` to \`new-event\`: there is no such article (closest: \`004_ad5852a91d4c9ca1\`, \`000_5a73edd74052446e\`, \`001_cb3a5e9a82b9db3f\`)",
        "1:7 Cannot correct \`2025-09-03-kim-putin\`: there is no such event (closest: \`2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting\`, \`undated-kim-jong-un-sergei-shoigu-meeting\`, \`undated-kim-jong-un-vladimir-putin-phone-call\`)",
      ]
    `);
  });
});
