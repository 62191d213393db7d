import { describe, expect, it } from 'vitest';
import { claimConcepts } from '../../src/data/claim-concepts.ts';
import { conceptsOf } from '../../src/pipeline/claims/concept-lexicon.ts';
import { foldText } from '../../src/pipeline/text/fold-text.ts';

/** Languages written without spaces: their entries are whole words, matched anywhere in the text. */
const unspaced = new Set(['zh', 'ja']);

/**
 * Frequent function words per language. A stem is matched at the start of a folded word, so a
 * stem that starts one of these would fire in nearly every sentence.
 */
const functionWords: Record<string, readonly string[]> = {
  en: [
    'the',
    'and',
    'that',
    'with',
    'from',
    'this',
    'have',
    'were',
    'which',
    'their',
    'also',
    'after',
    'said',
    'would',
  ],
  el: ['και', 'του', 'της', 'την', 'που', 'για', 'από', 'στο', 'στη', 'ότι', 'με', 'δεν', 'είναι', 'θα', 'των', 'μετά'],
  de: ['und', 'der', 'die', 'das', 'bei', 'mit', 'von', 'ist', 'war', 'auf', 'nicht', 'sich', 'auch', 'wie', 'nach'],
  ro: ['și', 'care', 'pentru', 'este', 'din', 'cu', 'la', 'mai', 'fost', 'sunt', 'acest', 'după', 'sau', 'dar', 'să'],
  fr: ['les', 'pour', 'dans', 'une', 'qui', 'que', 'est', 'sur', 'avec', 'par', 'pas', 'plus', 'mais', 'été', 'selon'],
  es: ['para', 'como', 'que', 'los', 'las', 'por', 'una', 'del', 'con', 'pero', 'más', 'sobre', 'fue', 'este', 'según'],
  it: ['della', 'che', 'per', 'una', 'con', 'non', 'sono', 'alla', 'gli', 'anche', 'come', 'più', 'stato', 'dopo'],
  pt: ['para', 'como', 'que', 'uma', 'dos', 'não', 'com', 'mais', 'pelo', 'pela', 'foi', 'sobre', 'segundo', 'após'],
  ru: [
    'был',
    'это',
    'что',
    'как',
    'его',
    'она',
    'так',
    'для',
    'при',
    'все',
    'также',
    'после',
    'или',
    'были',
    'который',
  ],
  uk: ['це', 'що', 'був', 'для', 'також', 'його', 'який', 'вже', 'але', 'або', 'після', 'вони', 'були', 'буде'],
  pl: ['jest', 'oraz', 'się', 'nie', 'jak', 'był', 'przez', 'także', 'tym', 'dla', 'który', 'jako', 'jego', 'już'],
  nl: ['het', 'een', 'van', 'voor', 'niet', 'zijn', 'met', 'ook', 'maar', 'werd', 'door', 'dat', 'heeft', 'naar'],
  tr: ['ve', 'bir', 'bu', 'ile', 'için', 'olarak', 'da', 'de', 'çok', 'gibi', 'daha', 'olan', 'oldu', 'sonra', 'göre'],
  sv: ['och', 'att', 'det', 'som', 'för', 'med', 'inte', 'har', 'till', 'den', 'var', 'men', 'efter', 'från'],
  cs: ['je', 'se', 'na', 'že', 'který', 'jako', 'pro', 'byl', 'také', 'jsou', 'podle', 'ale', 'nebo', 'při'],
  hu: ['és', 'hogy', 'nem', 'volt', 'egy', 'meg', 'van', 'már', 'csak', 'mint', 'az', 'még', 'után', 'szerint'],
};

/** The stems tried for a language, as the lexicon is matched: the language's own, then English. */
function stemsFor(lang: string): { concept: string; stem: string }[] {
  return claimConcepts.flatMap(({ concept, stems }) =>
    [...(stems[lang] ?? []), ...(lang === 'en' ? [] : (stems.en ?? []))].map((stem) => ({ concept, stem })),
  );
}

/** Whether a word is matched by a stem: at the start of the folded word, or anywhere without spaces. */
function matches(word: string, stem: string, lang: string): boolean {
  const folded = foldText(word);
  return unspaced.has(lang) ? folded.includes(foldText(stem)) : folded.startsWith(foldText(stem));
}

describe('claimConcepts', () => {
  it('gives every concept English stems and stems in at least ten languages', () => {
    for (const { concept, stems } of claimConcepts) {
      expect(stems.en?.length ?? 0, concept).toBeGreaterThan(0);
      expect(Object.keys(stems).length, concept).toBeGreaterThanOrEqual(10);
    }
  });

  it('has unique ids', () => {
    const ids = claimConcepts.map(({ concept }) => concept);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('has no stem shorter than three letters, nor two characters in Chinese and Japanese', () => {
    for (const { concept, stems } of claimConcepts) {
      for (const [lang, list] of Object.entries(stems)) {
        for (const stem of list) {
          const length = [...foldText(stem)].length;
          expect(length, `${concept} ${lang} "${stem}"`).toBeGreaterThanOrEqual(unspaced.has(lang) ? 2 : 3);
          expect(stem, `${concept} ${lang} "${stem}" has no space at either end`).toBe(stem.trim());
        }
      }
    }
  });

  it('matches no common function word, by a stem of its language or an English one', () => {
    for (const [lang, words] of Object.entries(functionWords)) {
      const stems = stemsFor(lang);
      for (const word of words) {
        const hits = stems.filter(({ stem }) => matches(word, stem, lang));
        expect(
          hits.map(({ concept, stem }) => `${concept}: ${stem}`),
          `${lang} "${word}"`,
        ).toEqual([]);
      }
    }
  });

  it('puts each frame of rival characterisations on at least two concepts', () => {
    const frames = new Map<string, string[]>();
    for (const { concept, frame } of claimConcepts)
      if (frame) frames.set(frame, [...(frames.get(frame) ?? []), concept]);
    expect([...frames.keys()]).toEqual(expect.arrayContaining(['military-operation', 'armed-group', 'authority']));
    for (const [frame, concepts] of frames) expect(concepts.length, frame).toBeGreaterThanOrEqual(2);
  });

  it('finds the concept of typical news words in each language', () => {
    const samples: [lang: string, word: string, concept: string][] = [
      ['en', 'airstrikes', 'airstrike'],
      ['de', 'getötet', 'killed'],
      ['de', 'Waffenruhe', 'ceasefire'],
      ['el', 'σεισμός', 'earthquake'],
      ['ro', 'cutremurul', 'earthquake'],
      ['fr', 'cessez-le-feu', 'ceasefire'],
      ['es', 'desaparecidos', 'missing'],
      ['it', 'arrestato', 'arrested'],
      ['pt', 'feridos', 'injured'],
      ['ru', 'перемирие', 'ceasefire'],
      ['uk', 'окупанти', 'occupation'],
      ['pl', 'zginęło', 'killed'],
      ['nl', 'aardbeving', 'earthquake'],
      ['tr', 'ateşkes', 'ceasefire'],
      ['sv', 'vapenvilan', 'ceasefire'],
      ['cs', 'příměří', 'ceasefire'],
      ['hu', 'tűzszünet', 'ceasefire'],
      ['zh', '双方宣布停火', 'ceasefire'],
      ['ja', '大きな地震が発生', 'earthquake'],
      ['ru', 'афтершоков', 'aftershock'],
      ['es', 'incomunicados', 'isolated'],
      ['it', 'frane', 'landslide'],
      ['el', 'κατολισθήσεις', 'landslide'],
      ['uk', 'цунамі', 'tsunami'],
      ['de', 'Ausnahmezustand', 'state-of-emergency'],
      ['pl', 'wykoleił', 'derailed'],
      ['tr', 'heyelan', 'landslide'],
      ['hu', 'szükségállapot', 'state-of-emergency'],
      ['cs', 'zřítil', 'collapse'],
      ['zh', '列车脱轨', 'derailed'],
      ['ja', '津波の心配はない', 'tsunami'],
    ];
    for (const [lang, word, concept] of samples) {
      const found = stemsFor(lang)
        .filter(({ stem }) => matches(word, stem, lang))
        .map((hit) => hit.concept);
      expect(found, `${lang} "${word}"`).toContain(concept);
    }
  });

  it('states the disaster concepts of real news sentences, and not those of their look-alikes', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['es', 'La Marina de Guerra descartó el riesgo de tsunami en el litoral peruano.', ['tsunami'], []],
      ['ru', 'Угрозы цунами нет, заявили в ВМС страны.', ['tsunami'], []],
      ['ru', 'Сейсмологи зафиксировали более 60 афтершоков.', ['aftershock'], []],
      ['es', 'El IGP registró más de 60 réplicas hasta la mañana del viernes.', ['aftershock'], []],
      ['fr', '« Des villages entiers sont coupés du monde », a déclaré le gouverneur.', ['isolated'], []],
      ['it', 'Ci sono interi paesi rimasti isolati.', ['isolated'], []],
      ['ru', 'Оползни перекрыли несколько участков Панамериканского шоссе.', ['landslide', 'road'], []],
      ['it', 'La strada è interrotta in più punti dalle frane.', ['landslide', 'road'], []],
      ['fr', 'Elle a été ressentie jusqu’à Lima, la capitale.', ['felt'], []],
      ['ru', 'Подземные толчки ощущались и в столице страны Лиме.', ['earthquake', 'felt'], []],
      ['el', 'Ο σεισμός έγινε αισθητός και στην Αθήνα.', ['earthquake', 'felt'], []],
      ['it', 'Il governo ha dichiarato lo stato di emergenza per 60 giorni.', ['state-of-emergency'], []],
      ['ru', 'Правительство ввело режим чрезвычайной ситуации.', ['state-of-emergency'], []],
      ['fr', 'L’armée a déployé 1 500 soldats pour appuyer les secours.', ['deployed', 'soldiers'], []],
      [
        'it',
        'Una scossa di assestamento avrebbe fatto crollare un ponte sulla Panamericana.',
        ['aftershock', 'collapse', 'bridge'],
        [],
      ],
      ['pl', 'Z torów wypadły lokomotywa i cztery wagony.', ['derailed'], []],
      ['fr', 'La locomotive et quatre voitures ont quitté les rails.', ['derailed'], []],
      ['tr', 'Enkaz altında kalanları kurtarma çalışmaları sürüyor.', ['trapped', 'rescue'], []],
      ['uk', 'Через негоду тисячі будинків знеструмлені.', ['power-outage', 'storm'], []],
      ['zh', '地震造成房屋倒塌，多人被困。', ['earthquake', 'collapse', 'trapped'], []],
      ['fr', 'La Coupe du monde de football commence demain.', [], ['isolated']],
      ['it', 'Il pontefice ha ricevuto il presidente in Vaticano.', [], ['bridge']],
      ['ru', 'Это чрезвычайно важно для страны.', [], ['state-of-emergency']],
      ['uk', 'Спеціальна комісія розгляне скаргу.', [], ['heatwave']],
      ['de', 'Er verhandle aus einer Position der Stärke.', [], ['magnitude']],
      ['nl', 'De koers bereikte een historisch dieptepunt.', [], ['depth']],
      ['zh', '双方同意开展深度合作。', [], ['depth']],
      ['es', 'El ministro dio una réplica tajante a la oposición.', [], ['aftershock']],
    ];
    for (const [lang, sentence, stated, notStated] of cases) {
      const found = conceptsOf(sentence, lang);
      for (const concept of stated) expect(found.has(concept), `${lang} "${sentence}" states ${concept}`).toBe(true);
      for (const concept of notStated)
        expect(found.has(concept), `${lang} "${sentence}" does not state ${concept}`).toBe(false);
    }
  });
});
