import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { describeClaim } from '../../../src/pipeline/claims/describe-claim.ts';
import { extractClaimUnits } from '../../../src/pipeline/claims/extract-claims.ts';
import { indexGlossary } from '../../../src/pipeline/events/extract-event-features.ts';
import { GlossarySchema } from '../../../src/schemas/glossary.ts';

const root = path.join(import.meta.dirname, '../../..');
const glossary = indexGlossary(
  GlossarySchema.parse(parse(readFileSync(path.join(root, 'content/glossary.yaml'), 'utf8'))),
);

/** One clause per article: `[article, lang, text]`, described as one claim. */
function claimOf(...mentions: [string, string, string][]) {
  const units = mentions.flatMap(([article, lang, text]) =>
    extractClaimUnits(article, lang, '2026-05-02', [{ text, line: 1 }], glossary).slice(0, 1),
  );
  return describeClaim(units, {
    sourceOf: (article) => article,
    placesOf: (article) => units.filter((unit) => unit.article === article).flatMap((unit) => unit.places),
  });
}

describe('describeClaim', () => {
  it('calls a claim two sources state alike corroborated, and gives an English gloss', () => {
    const claim = claimOf(
      ['a', 'de', 'Kim Jong-un sagte, Pjöngjang betrachte es als seine „brüderliche Pflicht“, Russland zu helfen.'],
      ['b', 'el', 'Ο Κιμ Γιονγκ Ουν τόνισε ότι η στήριξη προς τη Ρωσία αποτελεί «αδελφικό καθήκον».'],
    );
    expect(claim.status).toBe('corroborated');
    expect(claim.summary).toMatch(/^Kim Jong Un: .*brotherly/);
    expect(claim.mentions.map((mention) => mention.speaker)).toEqual(['Kim Jong Un', 'Kim Jong Un']);
  });

  it('glosses what two sources or more state, not a word only one of them holds', () => {
    // The Arabic spelling of Bassirou starts like "prisoner" with "by" written onto it.
    const claim = claimOf(
      [
        'a',
        'fr',
        'Le parti du président Bassirou Diomaye Faye a remporté 130 des 165 sièges lors des élections législatives.',
      ],
      [
        'b',
        'es',
        'El partido del presidente Bassirou Diomaye Faye obtuvo 130 de los 165 escaños en las elecciones legislativas.',
      ],
      ['c', 'ar', 'فاز حزب الرئيس باسيرو ديوماي فاي بـ 130 مقعدا من أصل 165 في الانتخابات التشريعية.'],
    );
    expect(claim.summary).toMatch(/election/u);
    expect(claim.summary).not.toMatch(/prisoner/u);
  });

  it('reads a defence in court and its appeal as such, not as a mutual-defence clause', () => {
    const claim = claimOf(
      ['a', 'en', 'His lawyer, Rui Tavares, told reporters the defence would appeal.'],
      ['b', 'nl', 'De verdediging kondigde aan in beroep te gaan.'],
      ['c', 'pt', 'A defesa anunciou que vai recorrer da decisão.'],
      ['d', 'uk', 'Захист заявив, що оскаржить вирок.'],
    );
    expect(claim.status).toBe('corroborated');
    // The lawyer the glossary does not know is named as the one who said it.
    expect(claim.summary).toBe('Rui Tavares: defence, appeal');
  });

  it('reads a turnout and an interest rate in any script, so sources that give them align', () => {
    const turnout = claimOf(
      ['a', 'fr', "Le taux de participation s'est établi à 49,5 %, a précisé la commission."],
      ['b', 'ar', 'وبلغت نسبة المشاركة 49.5 في المئة.'],
      ['c', 'ja', '投票率は49.5％だった。'],
    );
    expect(turnout.summary).toBe('turnout, percent — 49.5');
    const rate = claimOf(
      ['a', 'tr', "Güney Kore Merkez Bankası, politika faizini 25 baz puan artırarak yüzde 3,75'e çıkardı."],
      ['b', 'zh', '韩国央行15日宣布，将基准利率上调25个基点至3.75%。'],
    );
    expect(rate.status).toBe('corroborated');
    expect(rate.summary).toMatch(/^interest rate/u);
  });

  it('reads what a company does instead of leaving a business, and its union, in Japanese, Korean and Chinese', () => {
    const outsourced = claimOf(
      ['a', 'ja', 'テレビ事業からは撤退せず、生産の外部委託を広げるという。'],
      ['b', 'ko', 'TV 사업에서 철수하지는 않고 외부 위탁 생산을 늘릴 방침이다.'],
      ['c', 'zh', '公司不会退出电视业务，今后将扩大委托外部代工生产。'],
    );
    expect(outsourced.mentions).toHaveLength(3);
    expect(outsourced.summary).toBe('outsourcing, withdrawal');
    // The union is a trade union, not the European Union.
    const union = (lang: string, text: string) =>
      extractClaimUnits('a', lang, '2026-09-08', [{ text, line: 1 }], glossary)[0]?.concepts.has('union');
    expect(union('zh', '天雾电机工会委员长岩崎浩二表示，理解公司面临的困难处境。')).toBe(true);
    expect(union('en', 'The trade union said it would demand good-faith talks.')).toBe(true);
    expect(union('en', 'The European Union said it would impose tariffs.')).toBe(false);
  });

  it('tells a verdict one source calls historic in its own voice from one that keeps the word in quotation marks', () => {
    const claim = claimOf(
      ['a', 'es', 'La Fiscalía calificó la sentencia como “histórica”.'],
      ['b', 'pt', 'Em uma decisão histórica, o tribunal condenou o ex-ministro.'],
    );
    expect(claim.differences?.find((difference) => difference.slot === 'framing')?.values).toEqual([
      { article: 'a', value: '“historic” in scare quotes' },
      { article: 'b', value: 'stated plainly' },
    ]);
  });

  it('sets the differing figures side by side, each with what it counts', () => {
    const claim = claimOf(
      ['a', 'en', 'At least 14 people were killed in the derailment, firefighters said.'],
      ['b', 'es', 'Al menos 12 personas murieron en el descarrilamiento, según los bomberos.'],
    );
    expect(claim.status).toBe('differing');
    expect(claim.differences).toContainEqual({
      slot: 'number',
      values: [
        { article: 'a', value: '14 people' },
        { article: 'b', value: '12 personas' },
      ],
    });
  });

  it('sets an amount beside its currency’s code, however the currency is written', () => {
    const claim = claimOf(
      ['a', 'en', 'The court also ordered him to pay $48 million in restitution to the state.'],
      ['b', 'es', 'El tribunal dispuso además una reparación integral de USD 48 millones a favor del Estado.'],
      ['c', 'pt', 'A corte também determinou que o ex-ministro devolva 48 milhões de dólares como reparação.'],
      ['d', 'fr', 'Il devra verser 38 millions de dollars à l’État au titre de la réparation.'],
    );
    expect(claim.differences.find((difference) => difference.slot === 'number')?.values).toEqual([
      { article: 'a', value: 'USD 48000000' },
      { article: 'b', value: 'USD 48000000' },
      { article: 'c', value: 'USD 48000000' },
      { article: 'd', value: 'USD 38000000' },
    ]);
  });

  it('compares amounts only in a currency both sources give, a conversion in brackets being no other figure', () => {
    const charge = (...mentions: [string, string, string][]) => claimOf(...mentions).status;
    // The same charge in yen, and in an outlet's own currency: no figure to set against the other.
    expect(
      charge(
        ['ja', 'ja', '同社は構造改革費用として3500億円を計上する。'],
        ['hi', 'hi', 'पुनर्गठन की लागत के तौर पर कंपनी करीब 3.5 अरब डॉलर का प्रावधान करेगी।'],
      ),
    ).toBe('corroborated');
    expect(
      charge(
        ['ko', 'ko', '회사는 구조조정 비용으로 3,500억 엔(약 3조2천억 원)을 반영하기로 했다.'],
        ['zh', 'zh', '公司将计提3500亿日元（约合24亿美元）的重组费用。'],
      ),
    ).toBe('corroborated');
    // In a currency both give, the amounts differ: about $2.4 billion against about $3.5 billion.
    const claim = claimOf(
      ['zh', 'zh', '公司将计提3500亿日元（约合24亿美元）的重组费用。'],
      ['en', 'en', 'The company will book restructuring costs of about $3.5 billion.'],
    );
    expect(claim.differences.find((difference) => difference.slot === 'number')?.values).toEqual([
      { article: 'zh', value: 'USD 2400000000, JPY 350000000000' },
      { article: 'en', value: 'USD 3500000000' },
    ]);
    // Euros against euros differ, as any figures do.
    expect(
      charge(
        ['de', 'de', 'Die Strafe beträgt 12 Millionen Euro.'],
        ['it', 'it', 'La multa ammonta a 15 milioni di euro.'],
      ),
    ).toBe('differing');
  });

  it('gives the value of an article that states the claim twice once', () => {
    const claim = claimOf(
      ['a', 'en', '12 planes and 6 helicopters are trying to stop the fire.'],
      ['a', 'en', 'In the air, 12 planes and 6 helicopters are fighting the fire.'],
      ['b', 'nl', 'Bij het blussen worden 18 vliegtuigen ingezet.'],
    );
    const values = claim.differences.find((difference) => difference.slot === 'number')?.values ?? [];
    expect(values.filter((value) => value.article === 'a')).toHaveLength(1);
  });

  it('compares the figures of what both count, whatever other figures agree', () => {
    const claim = claimOf(
      ['a', 'pl', 'W katastrofie zginęło 12 osób, ponad 50 zostało rannych, 300 pasażerów ewakuowano.'],
      ['b', 'fr', 'Au moins 14 personnes ont été tuées, plus de 50 blessées, 300 passagers évacués.'],
    );
    expect(claim.status).toBe('differing');
    expect(claim.differences.map((difference) => difference.slot)).toEqual(['number']);
    const same = claimOf(
      ['a', 'es', 'El sismo dejó al menos 41 muertos en la región.'],
      ['b', 'ru', 'Жертвами землетрясения в регионе стали 41 человек, погибли 41 человек.'],
    );
    expect(same.status).toBe('corroborated');
    // A clause with two percentages gives the one another clause counts as its second.
    const share = claimOf(
      ['a', 'el', 'Μετά την καταμέτρηση του 99,6% των ψήφων το κόμμα συγκεντρώνει 31,4%.'],
      ['b', 'ro', 'Formațiunea a obținut 31,4% din sufragii.'],
    );
    expect(share.status).toBe('corroborated');
    const turnout = claimOf(
      ['a', 'el', 'Μετά την καταμέτρηση του 99,6% των ψήφων το κόμμα συγκεντρώνει 31,4%.'],
      ['b', 'ro', 'Formațiunea a obținut 33,1% din sufragii.'],
    );
    expect(turnout.status).toBe('differing');
  });

  it('tells a weekday from a date on another day, and a hedge from a flat statement', () => {
    const dates = claimOf(
      ['a', 'pl', 'Dzień żałoby narodowej w całym kraju wyznaczono na poniedziałek.'],
      ['b', 'fr', 'Le Premier ministre a décrété une journée de deuil national pour dimanche.'],
    );
    // A day named by its weekday alone is shown by its English name, not by how it is compared.
    expect(dates.differences).toContainEqual({
      slot: 'date',
      values: [
        { article: 'a', value: 'Monday' },
        { article: 'b', value: 'Sunday' },
      ],
    });
    // Where a day that dates an action takes a preposition, a bare day after "declared" is what was declared.
    const declared = claimOf(
      ['a', 'pl', 'Premier ogłosił poniedziałek dniem żałoby narodowej.'],
      ['b', 'fr', 'Le Premier ministre a décrété une journée de deuil national pour dimanche.'],
    );
    expect(declared.differences.map((difference) => difference.slot)).toContain('date');
    const hedged = claimOf(
      ['a', 'pl', 'Pociąg jechał z prędkością około 120 km/h przed wykolejeniem.'],
      ['b', 'pt', 'O comboio seguiria alegadamente a cerca de 120 quilómetros por hora.'],
    );
    expect(hedged.differences).toContainEqual({
      slot: 'framing',
      values: [
        { article: 'a', value: 'stated plainly' },
        { article: 'b', value: 'hedged' },
      ],
    });
  });

  it('shows a day given without a year, in an undated report, by its English month', () => {
    const units = [
      ['a', 'ro', 'Guvernul Drenski a căzut pe 19 martie, în urma unei moțiuni de cenzură.'],
      ['b', 'de', 'Die Regierung Drenski verlor am 20. März ein Misstrauensvotum.'],
    ].flatMap(([article = '', lang = '', text = '']) =>
      extractClaimUnits(article, lang, null, [{ text, line: 1 }], glossary).slice(0, 1),
    );
    const claim = describeClaim(units, { sourceOf: (article) => article, placesOf: () => [] });
    expect(claim.differences).toContainEqual({
      slot: 'date',
      values: [
        { article: 'a', value: '19 March' },
        { article: 'b', value: '20 March' },
      ],
    });
  });

  it('sets differing times of day side by side, and finds none between sources sharing a time', () => {
    const differing = claimOf(
      ['a', 'es', 'El sismo se produjo a las 23.47 hora local, según el instituto sismológico.'],
      ['b', 'fr', 'Le séisme s’est produit à 22 h 47 heure locale, selon l’institut sismologique.'],
    );
    expect(differing.differences).toContainEqual({
      slot: 'date',
      values: [
        { article: 'a', value: '23:47' },
        { article: 'b', value: '22:47' },
      ],
    });
    const same = claimOf(
      ['a', 'es', 'El sismo se produjo a las 23.47 hora local (04.47 GMT del viernes).'],
      ['b', 'fr', 'La secousse s’est produite à 23 h 47 heure locale (5 h 47 à Paris).'],
    );
    expect(same.differences.map((difference) => difference.slot)).not.toContain('date');
  });

  it('tells who is credited: different speakers, or different agencies', () => {
    const claim = claimOf(
      ['a', 'ro', 'Putin a declarat că relațiile dintre cele două țări se dezvoltă în toate domeniile.'],
      ['b', 'de', 'Kim Jong-un erwiderte, dass sich die Beziehungen in allen Aspekten erheblich entwickelt hätten.'],
    );
    expect(claim.differences.find((difference) => difference.slot === 'attribution')?.values).toEqual([
      { article: 'a', value: 'Vladimir Putin' },
      { article: 'b', value: 'Kim Jong Un' },
    ]);
  });

  it('tells speakers the glossary does not know apart, and one such speaker in two scripts as one', () => {
    const attribution = (...mentions: [string, string, string][]) =>
      claimOf(...mentions).differences.find((difference) => difference.slot === 'attribution')?.values;
    expect(
      attribution(
        ['a', 'sv', '”Vi kämpar mot klockan”, säger Wichian Thongsuk, guvernör i Surat Thani.'],
        ['b', 'cs', '„Závodíme s časem,“ řekl starosta ostrova Ratchanon Bunmak.'],
      ),
    ).toEqual([
      { article: 'a', value: 'Wichian Thongsuk' },
      { article: 'b', value: 'Ratchanon Bunmak' },
    ]);
    expect(
      attribution(
        ['a', 'sv', '”Vi kämpar mot klockan”, säger Wichian Thongsuk, guvernör i Surat Thani.'],
        ['b', 'ru', '«Мы боремся со временем», — заявил губернатор Вичиан Тхонгсук.'],
      ),
    ).toBeUndefined();
    // A Japanese surname with its title names the person a Chinese report names in full; a Korean
    // report that puts the words in another's mouth than a Hindi one differs.
    expect(
      attribution(
        ['a', 'ja', '藤森社長は「パワー半導体を売上高の3割を占める事業に育てたい」と語った。'],
        ['b', 'zh', '首席执行官藤森圭介表示，希望把功率半导体培育成占公司销售额三成的业务。'],
      ),
    ).toBeUndefined();
    expect(
      attribution(
        ['a', 'hi', 'सीईओ केइसुके फुजीमोरी ने कहा कि पावर सेमीकंडक्टर बिक्री का 30 प्रतिशत होंगे।'],
        [
          'b',
          'ko',
          '오노데라 마리코 최고재무책임자는 "전력반도체를 매출의 30%를 차지하는 사업으로 키우겠다"고 말했다.',
        ],
      ),
    ).toEqual([
      { article: 'a', value: 'केइसुके फुजीमोरी' },
      { article: 'b', value: '오노데라 마리코' },
    ]);
    // A name in Chinese characters or in Thai has no spelling to meet in another script: no difference is claimed.
    expect(
      attribution(
        ['a', 'ja', '藤森圭介社長は「パワー半導体を売上高の3割を占める事業に育てたい」と語った。'],
        ['b', 'hi', 'सीईओ केइसुके फुजीमोरी ने कहा कि पावर सेमीकंडक्टर बिक्री का 30 प्रतिशत होंगे।'],
      ),
    ).toBeUndefined();
    expect(
      attribution(
        ['a', 'th', 'นายวิเชียร ทองสุข ผู้ว่าราชการจังหวัด เปิดเผยว่า "เรากำลังแข่งกับเวลา"'],
        ['b', 'sv', '”Vi kämpar mot klockan”, säger Wichian Thongsuk, guvernör i Surat Thani.'],
      ),
    ).toBeUndefined();
  });

  it('glosses a quotation as said by the person most sources name, one person in two scripts counting once', () => {
    // Greek writes Tanchev Τάντσεφ (an accent before ντ: nd inside the word, not a word-initial d).
    const claim = claimOf(
      ['a', 'el', '«Οι πολίτες ψήφισαν για αλλαγή, όχι για εκδίκηση», δήλωσε ο Τάντσεφ στη Σόφια.'],
      ['b', 'de', '„Die Menschen haben für den Wandel gestimmt, nicht für Rache“, sagte Tantschew in Sofia.'],
      ['c', 'ro', '„Oamenii au votat pentru schimbare, nu pentru răzbunare”, a declarat Desislava Koleva.'],
    );
    expect(claim.summary).toMatch(/^Tantschew: vote/);
    expect(claim.differences.find((difference) => difference.slot === 'attribution')?.values).toHaveLength(3);
  });

  it('does not call "Doha" and the Russian "Дохе" two places', () => {
    const claim = claimOf(
      ['a', 'en', 'The two sides signed a ceasefire agreement in Doha on Saturday.'],
      ['b', 'ru', 'Стороны в субботу подписали в Дохе соглашение о прекращении огня.'],
    );
    expect(claim.differences.map((difference) => difference.slot)).not.toContain('place');
  });

  it('keeps one id for a claim when more articles join it', () => {
    const one = claimOf(['a', 'en', 'At least 14 people were killed in the derailment.']);
    const two = claimOf(
      ['a', 'en', 'At least 14 people were killed in the derailment.'],
      ['b', 'es', 'Al menos 12 personas murieron en el descarrilamiento.'],
    );
    expect(two.id).toBe(one.id);
  });
});
