import { describe, expect, it } from 'vitest';
import { claimConcepts } from '../../src/data/claim-concepts.ts';
import { conceptFrame, conceptsOf } from '../../src/pipeline/claims/concept-lexicon.ts';
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
  // Arabic, with words a clitic or the folding of hamza brings near a stem: الأفضل "the best" folds
  // to الافضل, near آلاف "thousands"; توفير "providing" starts with توفي "died".
  ar: [
    'في',
    'من',
    'على',
    'إلى',
    'عن',
    'أن',
    'التي',
    'الذي',
    'هذا',
    'هذه',
    'مع',
    'كان',
    'وقال',
    'بعد',
    'ذلك',
    'كما',
    'بين',
    'خلال',
    'وفقا',
    'الأفضل',
    'توفير',
    'الاجتماعي',
    'الرئيسي',
    'وعدد',
    'الإفراج',
    'فقد',
    'إسرائيل',
    'أسرة',
  ],
  fa: [
    'در',
    'به',
    'از',
    'که',
    'این',
    'با',
    'را',
    'برای',
    'است',
    'آن',
    'یک',
    'خود',
    'شد',
    'کرد',
    'گفت',
    'کشور',
    'مردم',
    'جنگل',
    'فوتبال',
    'رایانه',
    'رایگان',
    'متحده',
    'اسرائیل',
  ],
  hi: [
    'के',
    'में',
    'की',
    'है',
    'और',
    'से',
    'को',
    'ने',
    'पर',
    'भी',
    'यह',
    'गया',
    'कहा',
    'लिए',
    'बाद',
    'साथ',
    'दौरान',
    'आगे',
    'स्मृति',
    'मौजूदा',
    'नकारात्मक',
    'संवाददाता',
    'जंगल',
    'तेलंगाना',
    'अरब',
  ],
  // Vietnamese, tones folded away: "tổ chức" is not "từ chức", "phu nhân" (Madam) is "phủ nhận"
  // (denied) without tones, "Bắc Bộ" is "bác bỏ" (rejected), "phân công" (assign) "phản công".
  vi: [
    'và',
    'của',
    'là',
    'có',
    'được',
    'trong',
    'với',
    'các',
    'những',
    'này',
    'đã',
    'không',
    'người',
    'theo',
    'cũng',
    'năm tuổi',
    'tổ chức',
    'phu nhân',
    'bắc bộ',
    'phân công',
    'tư nhân',
    'ngừng bán',
    'hỗn loạn',
    'lễ kỷ niệm',
  ],
  // Indonesian: "perang" (war) starts "perangkat" (device), "menang" (win) "menangkap" (arrest),
  // English "warn" Indonesian "warna" (colour).
  id: [
    'yang',
    'dan',
    'dari',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'pada',
    'adalah',
    'akan',
    'tidak',
    'juga',
    'dalam',
    'oleh',
    'sebagai',
    'telah',
    'karena',
    'mengatakan',
    'setelah',
    'bahwa',
    'tersebut',
    'perangkat',
    'meninggalkan',
    'warna',
    'menangani',
  ],
  ko: [
    '그리고',
    '하지만',
    '이번',
    '이날',
    '있다',
    '했다',
    '밝혔다',
    '말했다',
    '대해',
    '위해',
    '따르면',
    '관계자',
    '무기한',
    '정상적',
    '대부분',
  ],
  ja: ['だけが', 'ですが', 'これは'],
};

/** Each sentence states the concepts listed first for it, and none of those listed second. */
function expectConcepts(
  cases: readonly (readonly [
    lang: string,
    sentence: string,
    stated: readonly string[],
    notStated: readonly string[],
  ])[],
): void {
  for (const [lang, sentence, stated, notStated] of cases) {
    const found = conceptsOf(sentence, lang);
    for (const concept of stated) expect(found.has(concept), `${lang} "${sentence}" states ${concept}`).toBe(true);
    for (const concept of notStated)
      expect(found.has(concept), `${lang} "${sentence}" does not state ${concept}`).toBe(false);
  }
}

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

  it('has unique ids, and a concept implies only one that exists', () => {
    const ids = claimConcepts.map(({ concept }) => concept);
    expect(ids.length).toBe(new Set(ids).size);
    for (const { concept, implies } of claimConcepts)
      if (implies)
        expect(
          ids.filter((id) => id !== concept),
          concept,
        ).toContain(implies);
  });

  it('has no stem shorter than three letters, nor two characters in Chinese and Japanese or syllables in Korean, and each starts a word', () => {
    for (const { concept, stems } of claimConcepts) {
      for (const [lang, list] of Object.entries(stems)) {
        for (const stem of list) {
          const length = [...foldText(stem)].length;
          const minimum = unspaced.has(lang) || lang === 'ko' ? 2 : 3;
          expect(length, `${concept} ${lang} "${stem}"`).toBeGreaterThanOrEqual(minimum);
          expect(stem, `${concept} ${lang} "${stem}" has no space at either end`).toBe(stem.trim());
          expect(foldText(stem), `${concept} ${lang} "${stem}" starts with a letter or digit`).toMatch(
            /^[\p{L}\p{N}]/u,
          );
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
      ['ar', 'والقتلى', 'killed'],
      ['ar', 'بالزلزال', 'earthquake'],
      ['ar', 'للسلام', 'peace'],
      ['ar', 'وأصيب', 'injured'],
      ['fa', 'آتش‌بس', 'ceasefire'],
      ['fa', 'زمین‌لرزه', 'earthquake'],
      ['hi', 'भूस्खलन', 'landslide'],
      ['hi', 'युद्धविराम', 'ceasefire'],
      ['vi', 'động đất', 'earthquake'],
      ['vi', 'sạt lở', 'landslide'],
      ['id', 'gempa', 'earthquake'],
      ['id', 'longsor', 'landslide'],
      ['ko', '사망자가', 'killed'],
      ['ko', '대지진', 'earthquake'],
      ['tr', 'yüzde 12', 'percent'],
      ['ja', '独裁政権', 'regime'],
      ['zh', '7.8级地震', 'magnitude'],
      // "Destroyed", of houses or forest, as well as the euphemism for killing.
      ['uk', 'знищив', 'destroyed'],
      ['ru', 'уничтожил', 'destroyed'],
      ['ru', 'уничтожил', 'eliminated'],
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
      // The last part of a compound, where a language writes it as one word.
      ['de', 'Zwei italienische Löschflugzeuge kämpfen gegen den Waldbrand.', ['aircraft', 'fire'], []],
      ['nl', 'Er zijn twee Italiaanse blusvliegtuigen naar het eiland gestuurd.', ['aircraft'], []],
      ['fr', 'La Coupe du monde de football commence demain.', [], ['isolated']],
      ['it', 'Il pontefice ha ricevuto il presidente in Vaticano.', [], ['bridge']],
      ['ru', 'Это чрезвычайно важно для страны.', [], ['state-of-emergency']],
      ['uk', 'Спеціальна комісія розгляне скаргу.', [], ['heatwave']],
      ['de', 'Er verhandle aus einer Position der Stärke.', [], ['magnitude']],
      ['nl', 'De koers bereikte een historisch dieptepunt.', [], ['depth']],
      ['zh', '双方同意开展深度合作。', [], ['depth']],
      ['es', 'El ministro dio una réplica tajante a la oposición.', [], ['aftershock']],
    ];
    expectConcepts(cases);
  });
  it('states the concepts of disaster, conflict and meeting news in Arabic, Persian, Hindi, Vietnamese, Indonesian, Korean, Chinese, Japanese and Turkish, and not of everyday sentences', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['ar', 'لقي 16 شخصا مصرعهم وأصيب 120 آخرون في الزلزال', ['killed', 'injured', 'earthquake'], []],
      [
        'ar',
        'ضرب زلزال بقوة 7.8 درجات على مقياس ريختر، وتواصل فرق الإنقاذ البحث عن المفقودين تحت الأنقاض',
        ['earthquake', 'magnitude', 'rescue', 'missing', 'trapped'],
        [],
      ],
      [
        'ar',
        'وقعت الحكومة والمتمردون اتفاق وقف إطلاق النار في الدوحة بعد محادثات استمرت أسابيع',
        ['ceasefire', 'treaty', 'talks', 'rebels', 'government'],
        ['shooting'],
      ],
      ['ar', 'التقى وزير الخارجية نظيره الروسي في موسكو', ['meeting', 'minister'], []],
      [
        'ar',
        'وقال إن الأفضل هو توفير الخدمات عن طريق مواقع التواصل الاجتماعي وعدد من المراكز الرئيسية',
        [],
        ['thousands', 'killed', 'meeting', 'president', 'road', 'pledge'],
      ],
      ['fa', 'در این زلزله دست‌کم ۱۴ نفر کشته و ۱۲۰ نفر زخمی شدند', ['earthquake', 'killed', 'injured'], []],
      [
        'fa',
        'زمین‌لرزه‌ای به بزرگی ۶ ریشتر جنوب ایران را لرزاند و امدادگران برای نجات مصدومان اعزام شدند',
        ['earthquake', 'magnitude', 'rescue', 'injured', 'deployed'],
        [],
      ],
      // The matcher takes a zero-width non-joiner for a word start: می‌جنگند "they fight" is found.
      ['fa', 'نیروهای دو کشور هنوز در مرز می‌جنگند', ['fight', 'border'], []],
      [
        'fa',
        'طرفین پس از هفته‌ها مذاکره توافق آتش‌بس را امضا کردند',
        ['talks', 'treaty', 'ceasefire', 'signed'],
        ['fire'],
      ],
      [
        'fa',
        'مردم برای خرید به بازار رفتند، در جنگل‌های شمال قدم زدند و فوتبال تماشا کردند',
        [],
        ['war', 'killed', 'allied', 'vote'],
      ],
      ['hi', 'भूकंप में कम से कम 14 लोगों की मौत हो गई और 120 घायल हुए', ['earthquake', 'killed', 'injured'], []],
      ['hi', 'बचाव दल मलबे में फंसे लोगों को निकालने में जुटे हैं', ['rescue', 'trapped'], []],
      ['hi', 'दोनों देशों ने युद्धविराम समझौते पर हस्ताक्षर किए', ['ceasefire', 'treaty', 'signed'], ['war']],
      [
        'hi',
        'उनकी स्मृति में आयोजित कार्यक्रम के दौरान तेलंगाना पुलिस ने आगे की जांच की',
        ['police', 'investigate'],
        ['killed', 'visit', 'bridge', 'fire', 'oil-gas'],
      ],
      [
        'vi',
        'Trận động đất mạnh 7,8 độ richter khiến ít nhất 14 người thiệt mạng và 120 người bị thương',
        ['earthquake', 'magnitude', 'killed', 'injured'],
        [],
      ],
      [
        'vi',
        'Lực lượng cứu hộ đang tìm kiếm những người mất tích dưới đống đổ nát',
        ['rescue', 'missing', 'trapped'],
        ['soldiers'],
      ],
      [
        'vi',
        'Hai bên đã ký kết thỏa thuận ngừng bắn sau cuộc gặp tại Doha',
        ['signed', 'ceasefire', 'treaty', 'meeting'],
        [],
      ],
      [
        'vi',
        'Tổ chức này cho biết phu nhân tổng thống sẽ phân công nhiệm vụ ở Bắc Bộ',
        ['president'],
        ['resigned', 'deny', 'counter-offensive'],
      ],
      [
        'vi',
        'Nhiều người cảm thấy hỗn loạn khi cửa hàng ngừng bán sản phẩm trước lễ kỷ niệm',
        ['anniversary'],
        ['ceasefire', 'loan', 'signed'],
      ],
      [
        'id',
        'Gempa bermagnitudo 7,8 menewaskan sedikitnya 14 orang dan 120 lainnya luka-luka',
        ['earthquake', 'magnitude', 'killed', 'injured'],
        [],
      ],
      [
        'id',
        'Tim SAR masih mencari korban yang hilang di bawah reruntuhan bangunan',
        ['rescue', 'missing', 'trapped'],
        [],
      ],
      [
        'id',
        'Kedua pihak menandatangani perjanjian gencatan senjata setelah pertemuan di Doha',
        ['signed', 'treaty', 'ceasefire', 'meeting'],
        ['weapons'],
      ],
      ['id', 'Dia meninggalkan rumah dengan perangkat berwarna merah', [], ['killed', 'war', 'warn', 'won']],
      ['ko', '지진으로 최소 14명이 사망하고 120명이 부상했다', ['earthquake', 'killed', 'injured'], []],
      [
        'ko',
        '규모 7.8의 강진이 발생해 구조대가 잔해에 갇힌 주민을 찾고 있다',
        ['magnitude', 'earthquake', 'rescue', 'trapped'],
        [],
      ],
      ['ko', '양측은 도하에서 회담을 갖고 휴전 협정에 서명했다', ['meeting', 'ceasefire', 'treaty', 'signed'], []],
      ['ko', '관계자는 무기한 연기된 일정이 정상적으로 진행될 것이라고 말했다', [], ['relations', 'weapons', 'summit']],
      ['zh', '地震已造成至少14人死亡、120人受伤', ['earthquake', 'killed', 'injured'], []],
      ['ja', '地震で少なくとも14人が死亡し、120人がけがをした', ['earthquake', 'killed', 'injured'], []],
      ['ja', '彼だけが人気だった', [], ['injured']],
      ['tr', 'Depremde en az 14 kişi hayatını kaybetti, 120 kişi yaralandı', ['earthquake', 'killed', 'injured'], []],
      ['tr', 'Bu yüzden toplantı ertelendi ve sonuç olumlu olmadı', ['meeting'], ['percent', 'killed']],
    ];
    expectConcepts(cases);
  });

  it('states a closure of a plant, shop or site, and not a treaty concluded, a farm or a prison', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['en', 'The carmaker will close its Ohio assembly plant next year.', ['closure', 'factory'], []],
      ['de', 'Der Konzern kündigte die Schließung des Werks in Bochum an.', ['closure', 'factory'], []],
      ['fr', "L'usine de Florange fermera ses portes en juin.", ['closure', 'factory'], []],
      ['es', 'La empresa anunció el cierre de su fábrica de Valencia.', ['closure', 'factory'], []],
      ['pl', 'Huta zostanie zamknięta do końca roku.', ['closure'], []],
      ['tr', 'Şirket, İzmir fabrikasını kapatacağını açıkladı.', ['closure', 'factory'], []],
      ['zh', '该公司宣布关闭位于苏州的工厂。', ['closure', 'factory'], []],
      ['ja', '同社は国内の2工場を閉鎖する。', ['closure', 'factory'], []],
      ['ko', '회사는 울산 공장을 폐쇄하기로 했다.', ['closure', 'factory'], []],
      ['hi', 'कंपनी ने पुणे का कारखाना बंद करने का फैसला किया।', ['closure', 'factory'], []],
      ['ar', 'أعلنت الشركة إغلاق مصنعها في الإسكندرية.', ['closure', 'factory'], []],
      ['he', 'החברה הודיעה על סגירת המפעל בדימונה.', ['closure', 'factory'], []],
      ['th', 'บริษัทประกาศปิดโรงงานที่ระยอง', ['closure', 'factory'], []],
      ['vi', 'Công ty sẽ đóng cửa nhà máy tại Bình Dương.', ['closure', 'factory'], []],
      ['id', 'Perusahaan itu akan menutup pabriknya di Bekasi.', ['closure', 'factory'], []],
      ['de', 'Beide Länder wollen ein neues Abkommen schließen.', [], ['closure']],
      ['nl', 'De twee landen sluiten een akkoord over de grens.', [], ['closure']],
      ['fr', 'Il a passé son enfance dans une ferme du Jura.', [], ['closure']],
      ['ro', 'Fostul ministru a fost condamnat la opt ani de închisoare.', [], ['closure']],
    ];
    expectConcepts(cases);
  });

  it('states persecution, political or of a group, and not a prosecution or a German chase', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['en', 'He called the case political persecution.', ['persecution'], []],
      ['pt', 'Ele diz ser vítima de perseguição política.', ['persecution'], []],
      ['es', 'Habló de una persecución política.', ['persecution'], []],
      ['fr', 'Il se dit victime d’une persécution politique.', ['persecution'], []],
      ['de', 'Er sprach von politischer Verfolgung.', ['persecution'], []],
      ['ru', 'Он назвал дело политическим преследованием.', ['persecution'], []],
      ['pl', 'Nazwał proces prześladowaniem politycznym.', ['persecution'], []],
      ['zh', '他称此案是政治迫害。', ['persecution'], []],
      ['ko', '그는 이번 재판을 정치적 탄압이라고 주장했다.', ['persecution'], []],
      ['ar', 'وصف القضية بأنها اضطهاد سياسي.', ['persecution'], []],
      ['he', 'הוא כינה את המשפט רדיפה פוליטית.', ['persecution'], []],
      ['en', 'The prosecution had sought 13 years in prison.', [], ['persecution']],
      ['de', 'Die Polizei verfolgte die Täter bis zur Grenze.', [], ['persecution']],
    ];
    expectConcepts(cases);
  });

  it('states voluntary redundancy, and job cuts with it', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      [
        'en',
        'The company will offer voluntary redundancy to staff in Britain.',
        ['voluntary-departure', 'job-cuts'],
        [],
      ],
      ['fr', 'Le groupe ouvrira un plan de départs volontaires en France.', ['voluntary-departure', 'job-cuts'], []],
      ['es', 'La empresa ofrecerá bajas voluntarias y prejubilaciones.', ['voluntary-departure', 'job-cuts'], []],
      ['ja', '国内では希望退職を募る。', ['voluntary-departure', 'job-cuts'], []],
      ['ko', '국내에서는 희망퇴직을 받는다.', ['voluntary-departure', 'job-cuts'], []],
      ['zh', '在日本国内，公司将征集自愿离职者。', ['voluntary-departure', 'job-cuts'], []],
      ['hi', 'कर्मचारियों को स्वैच्छिक सेवानिवृत्ति योजना की पेशकश की जाएगी।', ['voluntary-departure', 'job-cuts'], []],
      [
        'de',
        'Der Konzern setzt auf Altersteilzeit und ein Freiwilligenprogramm.',
        ['voluntary-departure', 'job-cuts'],
        [],
      ],
      ['en', 'The volunteers retired to their tents after the rescue.', [], ['voluntary-departure']],
    ];
    expectConcepts(cases);
  });

  it('states supporters of a party or a leader, and no seat in a headquarters', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['el', 'Περίπου 3.000 υποστηρικτές του συγκεντρώθηκαν έξω από την έδρα της ΚΕΕ.', ['supporters'], ['seats']],
      ['de', 'Rund 3000 seiner Anhänger versammelten sich vor der Wahlkommission.', ['supporters'], []],
      ['ar', 'وتجمّع نحو ثلاثة آلاف من أنصاره أمام مقر اللجنة.', ['supporters'], []],
      ['fr', 'Des milliers de partisans du président ont défilé à Dakar.', ['supporters'], []],
      ['es', 'Cientos de simpatizantes se concentraron frente al tribunal.', ['supporters'], []],
      ['ru', 'Сотни сторонников оппозиции вышли на улицы.', ['supporters'], []],
      ['tr', 'Binlerce destekçi meydanda toplandı.', ['supporters'], []],
      ['zh', '数千名支持者聚集在选举委员会外。', ['supporters'], []],
      ['ko', '지지자 수천 명이 선관위 앞에 모였다.', ['supporters'], []],
      ['he', 'אלפי תומכים התאספו מול ועדת הבחירות.', ['supporters'], []],
      ['el', 'Το κόμμα κέρδισε 94 έδρες στη Βουλή.', ['seats'], []],
    ];
    expectConcepts(cases);
  });

  it('states what a shipping accident is told by: crew, spill, environment, control, traffic, reopening, ships waiting', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['tr', 'Kazada iki mürettebat hafif yaralandı.', ['crew', 'injured'], []],
      ['it', "Due membri dell'equipaggio sono rimasti feriti.", ['crew', 'injured'], []],
      ['uk', 'Троє членів екіпажу отримали травми.', ['crew', 'injured'], []],
      ['id', 'Kapal tanker itu membawa 23 awak.', ['crew', 'ship'], []],
      ['tr', 'Tankerden denize petrol sızıntısı olmadı.', ['spill'], []],
      ['it', 'Non ci sarebbero perdite di petrolio in mare.', ['spill'], ['losses']],
      ['it', "L'azienda ha registrato perdite per 3 milioni.", ['losses'], ['spill']],
      ['id', 'Belum ada laporan mengenai tumpahan minyak ke laut.', ['spill'], []],
      ['en', 'The spill threatens the coast.', ['spill'], []],
      [
        'tr',
        'Durum kontrol altında, çevre açısından herhangi bir risk bulunmuyor.',
        ['under-control', 'environment'],
        [],
      ],
      ['uk', 'Ситуація під контролем і загрози для довкілля немає.', ['under-control', 'environment'], []],
      ['ru', 'Город находится под контролем российских войск.', [], ['under-control']],
      ['tr', 'Yakın çevresi ile görüştü.', [], ['environment']],
      ['tr', 'İstanbul Boğazı gemi trafiğine kapatıldı.', ['traffic', 'closure', 'ship'], []],
      ['it', 'Le autorità hanno chiuso lo stretto alla navigazione.', ['traffic', 'closure'], []],
      ['ru', 'Движение судов через пролив приостановлено.', ['traffic'], []],
      ['ru', 'Движение протеста набирает силу.', [], ['traffic']],
      ['id', 'Selat itu akan dibuka kembali pada sore hari.', ['reopen'], []],
      ['tr', "Boğaz'ın saat 18.00'de yeniden trafiğe açılması bekleniyor.", ['reopen'], []],
      ['de', 'Die Meerenge wurde am Abend wieder freigegeben.', ['reopen'], []],
      ['tr', "40'tan fazla gemi geçiş için bekliyor.", ['waiting', 'ship'], []],
      ['uk', 'Біля входів у Босфор чекають понад 35 суден.', ['waiting', 'ship'], []],
      ['de', 'Der Staub legte sich erst am Abend.', [], ['waiting']],
    ];
    expectConcepts(cases);
  });

  it('states a route or hub called one of the busiest, and not the most intense of anything else', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['tr', 'İstanbul Boğazı, dünyanın en yoğun deniz yollarından biri.', ['busiest'], []],
      ['tr', 'Çatışmalar bölgede en yoğun şekilde sürdü.', [], ['busiest']],
      ['uk', 'Босфор — одна з найжвавіших морських артерій світу.', ['busiest'], []],
      ['de', 'Die Straße von Dover gilt als meistbefahrene Schifffahrtsstraße der Welt.', ['busiest'], []],
      ['es', 'El aeropuerto es uno de los más transitados de América Latina.', ['busiest'], []],
      ['zh', '马六甲海峡是世界上最繁忙的航道之一。', ['busiest'], []],
      ['hi', 'यह देश के सबसे व्यस्त हवाई अड्डों में से एक है।', ['busiest'], []],
      ['id', 'Pelabuhan Tanjung Priok adalah pelabuhan tersibuk di Indonesia.', ['busiest'], []],
      ['he', 'נתיבי איילון הם מהכבישים העמוסים ביותר בארץ.', ['busiest'], []],
      ['th', 'ถนนสายนี้เป็นหนึ่งในถนนที่พลุกพล่านที่สุดของกรุงเทพฯ', ['busiest'], []],
      ['id', 'Jakarta adalah kota terpadat di Indonesia.', [], ['busiest']],
    ];
    expectConcepts(cases);
  });

  it('states democracy, and not a party or a state named democratic', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['he', 'לא נאפשר לממשלה להרוס את הדמוקרטיה.', ['democracy', 'destroyed'], []],
      ['es', 'No permitiremos que el Gobierno destruya la democracia.', ['democracy', 'destroyed'], []],
      ['hi', 'हम सरकार को लोकतंत्र को नष्ट नहीं करने देंगे।', ['democracy'], []],
      ['id', 'Aksi itu disebut sebagai pesta demokrasi.', ['democracy'], []],
      ['en', 'Fighting flared again in the Democratic Republic of the Congo.', [], ['democracy']],
      ['ru', 'В Демократической Республике Конго возобновились бои.', [], ['democracy']],
      ['zh', '民主刚果东部再次爆发冲突。', [], ['democracy']],
    ];
    expectConcepts(cases);
  });

  it('states a road blocked, by protesters or a landslide, and not a siege', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['he', 'המפגינים חסמו את נתיבי איילון למשך כשעתיים.', ['blocked'], []],
      ['hi', 'प्रदर्शनकारियों ने करीब दो घंटे तक अयालोन राजमार्ग को जाम रखा।', ['blocked', 'road'], []],
      ['es', 'Los manifestantes cortaron durante unas dos horas la autopista Ayalon.', ['blocked', 'road'], []],
      ['ru', 'Оползни перекрыли несколько участков Панамериканского шоссе.', ['blocked', 'landslide'], []],
      ['sv', 'Vägen längs kusten är blockerad av lera och nedfallna träd.', ['blocked'], []],
      ['ar', 'فرضت القوات حصارا على المدينة.', [], ['blocked']],
      ['th', 'ดินสไลด์ปิดทับทางหลวงหมายเลข 4169 ทำให้รถไม่สามารถสัญจรผ่านได้', ['blocked'], []],
    ];
    expectConcepts(cases);
  });

  it('states the organisers of a protest and the water cannon turned on it', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['he', 'מארגני המחאה טענו כי מספר המשתתפים הגיע ל-150 אלף.', ['organisers'], []],
      ['fa', 'برگزارکنندگان تعداد شرکت‌کنندگان را ۱۵۰ هزار نفر اعلام کردند.', ['organisers'], []],
      ['es', 'Los organizadores elevaron la cifra a 150.000.', ['organisers'], []],
      ['de', 'Die Veranstalter sprachen von 150.000 Teilnehmern.', ['organisers'], []],
      ['he', 'שוטרים השתמשו במכת"זית כדי לפנות את הכביש.', ['water-cannon', 'police'], []],
      ['fa', 'پلیس با استفاده از ماشین‌های آب‌پاش به تظاهرکنندگان حمله کرد.', ['water-cannon', 'police'], []],
      ['es', 'La policía empleó cañones de agua para despejar la vía.', ['water-cannon', 'police'], []],
      ['el', 'Η αστυνομία χρησιμοποίησε αύρες για να διαλύσει το πλήθος.', ['water-cannon', 'police'], []],
      ['el', 'Μια δροσερή αύρα φυσούσε στο λιμάνι.', [], ['water-cannon']],
      ['he', 'המשטרה עצרה 12 מפגינים בחשד להפרת סדר.', ['arrested'], []],
      ['es', 'La policía detuvo a 12 personas.', ['arrested'], []],
    ];
    expectConcepts(cases);
  });

  it('states a coalition ruled out or an alliance with a party, and not any cooperation', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['el', 'Ο Τάντσεφ απέκλεισε κάθε συνεργασία με την «Κυριαρχία».', ['coalition'], []],
      ['ar', 'وأكد أنه لن يتحالف مع حزب «السيادة».', ['coalition'], []],
      ['de', 'Eine Koalition mit der „Souveränität“ schloss er aus.', ['coalition'], []],
      ['el', 'Η συνεργασία με την Κίνα στο εμπόριο ενισχύεται.', [], ['coalition']],
    ];
    expectConcepts(cases);
  });

  it('states the costs a company books, competition, an improvement and a business scaled back, in business news', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['ja', '同社は構造改革費用として3500億円を計上する。', ['costs', 'restructuring'], []],
      ['hi', 'पुनर्गठन की लागत के तौर पर कंपनी करीब 3.5 अरब डॉलर का प्रावधान करेगी।', ['costs', 'restructuring'], []],
      ['de', 'Der Konzern rechnet mit Kosten von 2,4 Milliarden Dollar.', ['costs'], []],
      ['hi', 'चीनी कंपनियों से कड़ी प्रतिस्पर्धा के कारण मुनाफा घट रहा है।', ['competition'], []],
      ['ko', '중국 업체들과의 가격 경쟁이 심해졌다.', ['competition'], []],
      ['es', 'La competencia de los fabricantes chinos ha reducido los márgenes.', ['competition'], []],
      ['zh', '剥离亏损的面板业务有助于公司改善盈利结构。', ['improve'], []],
      ['hi', 'पैनल कारोबार से बाहर निकलने से कंपनी की कमाई सुधरेगी।', ['improve'], []],
      ['it', 'È il miglior risultato degli ultimi anni.', [], ['improve']],
      ['ja', 'テレビやパネルの自社生産を縮小する動きが相次いでいる。', ['scale-back'], []],
      ['zh', '日本厂商则纷纷收缩电视及面板业务。', ['scale-back'], []],
      ['he', 'החברה מצמצמת את פעילותה באירופה.', ['scale-back'], []],
      ['th', 'บริษัทต้องลดต้นทุนและค่าใช้จ่าย', ['costs'], []],
      ['en', 'The officer in charge of the investigation spoke to reporters.', [], ['costs']],
      ['fr', 'Le ministre chargé des Transports s’est rendu sur place.', [], ['costs']],
      ['ru', 'Митингующие разошлись, полиция попросила людей расходиться.', [], ['costs']],
      ['pl', 'Sejm przyjął poprawkę do ustawy.', [], ['improve']],
    ];
    expectConcepts(cases);
  });

  it('states support pledged without limit, in the form each language gives it', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['de', 'Pjöngjang werde Russland auf jede erdenkliche Weise helfen.', ['every-means', 'help'], []],
      ['ro', 'Kim a promis că va continua să ajute Rusia cu orice are nevoie.', ['every-means', 'help'], []],
      ['el', 'Θα βοηθήσουμε τη Ρωσία με κάθε τρόπο.', ['every-means'], []],
      ['fr', 'Le gouvernement soutiendra les sinistrés par tous les moyens.', ['every-means'], []],
      ['ru', 'Мы будем помогать всеми возможными способами.', ['every-means'], []],
      ['tr', 'Bölgeye ne gerekiyorsa yapacağız.', ['every-means'], []],
      ['zh', '我们将尽一切努力帮助灾民。', ['every-means'], []],
      ['he', 'נעזור למשפחות בכל דרך אפשרית.', ['every-means'], []],
      ['th', 'รัฐบาลจะช่วยเหลือผู้ประสบภัยทุกวิถีทาง', ['every-means'], []],
      ['en', 'The company said it would do whatever it takes to restore power.', ['every-means'], []],
      ['en', 'Prices rose in every region.', [], ['every-means']],
    ];
    expectConcepts(cases);
  });

  it('reads those among the victims of a disaster as its dead, and a loss or a sacrifice as neither', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['hu', 'Az áldozatok között van egy német házaspár is.', ['killed'], ['losses']],
      ['de', 'Unter den Opfern sind auch zwei deutsche Touristen.', ['killed'], ['losses']],
      ['nl', 'Onder de slachtoffers is een Duits echtpaar.', ['killed'], ['losses']],
      ['cs', 'Mezi oběťmi jsou i dva němečtí turisté.', ['killed'], ['losses']],
      ['hu', 'A cég jelentős veszteséget könyvelt el.', ['losses'], ['killed']],
      ['de', 'Wir werden die Opfer Ihrer Soldaten nie vergessen.', ['losses'], ['killed']],
    ];
    expectConcepts(cases);
  });

  it('reads custody before trial as an arrest, not a prison sentence, and an appeal announced in any tense', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['es', 'El exalcalde permanece en prisión preventiva desde enero.', ['arrested'], ['sentenced']],
      ['es', 'El juez decretó prisión provisional sin fianza para los dos acusados.', ['arrested'], ['sentenced']],
      ['es', 'Fue condenado a ocho años de prisión.', ['sentenced'], ['arrested']],
      ['pt', 'O empresário teve a prisão preventiva decretada na sexta-feira.', ['arrested'], ['sentenced']],
      ['pt', 'Ele foi condenado a seis anos de prisão.', ['sentenced'], ['arrested']],
      ['it', 'Il sindaco è stato posto in custodia cautelare.', ['arrested'], []],
      ['de', 'Der Verdächtige sitzt seit März in Untersuchungshaft.', ['arrested'], ['sentenced']],
      ['fr', 'Il a été placé en détention provisoire.', ['arrested'], ['sentenced']],
      ['ru', 'Бывший губернатор находится под стражей с марта.', ['arrested'], ['sentenced']],
      ['nl', 'De verdachte zit in voorarrest.', ['arrested'], ['sentenced']],
      ['cs', 'Soud poslal podnikatele do vazby.', ['arrested'], ['sentenced']],
      ['fr', 'Ses avocats ont annoncé qu’ils feraient appel de la décision.', ['appeal'], []],
      ['fr', 'Le gouvernement a fait appel à l’armée.', [], ['appeal']],
    ];
    expectConcepts(cases);
  });

  it('states police dispersing a crowd and police attacking it as rival words for one act', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['es', 'La policía empleó cañones de agua para despejar la vía.', ['dispersed', 'water-cannon'], []],
      ['he', 'שוטרים השתמשו במכת"זית כדי לפנות את הכביש.', ['dispersed', 'water-cannon'], []],
      ['fa', 'پلیس با استفاده از ماشین‌های آب‌پاش به تظاهرکنندگان حمله کرد.', ['attacked-protesters'], ['dispersed']],
      ['ru', 'Полиция разогнала митинг водомётами.', ['dispersed', 'water-cannon'], []],
      ['hi', 'पुलिस ने प्रदर्शनकारियों पर लाठीचार्ज किया।', ['attacked-protesters'], []],
      ['th', 'ตำรวจสลายการชุมนุมด้วยรถฉีดน้ำ', ['dispersed', 'water-cannon'], []],
      ['el', 'Οι διαδηλωτές αποχώρησαν ειρηνικά.', [], ['dispersed', 'attacked-protesters']],
    ];
    expectConcepts(cases);
    expect(conceptFrame('dispersed')).toBe(conceptFrame('attacked-protesters'));
  });

  it('reads votes counted by a noun that also means voices', () => {
    const cases: [lang: string, sentence: string][] = [
      ['de', 'Die Partei kam auf 31,4 Prozent, das sind rund 840.000 Stimmen.'],
      ['fr', 'Le parti a obtenu 31,4 %, soit environ 840 000 voix.'],
      ['nl', 'De partij kreeg 31,4 procent, goed voor zo’n 840.000 stemmen.'],
      ['sv', 'Partiet fick 31,4 procent, omkring 840 000 röster.'],
      ['cs', 'Strana získala 31,4 procenta, tedy asi 840 000 hlasů.'],
      ['ar', 'حصل الحزب على ٣١٫٤٪، أي نحو ٨٤٠ ألف صوت.'],
      ['ar', 'صوّت الناس من أجل التغيير، لا من أجل الانتقام.'],
    ];
    expectConcepts(cases.map(([lang, sentence]) => [lang, sentence, ['vote'], []]));
  });

  it('tells an absolute majority from the narrow one two parties would have together', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['de', 'Für die absolute Mehrheit wären 121 Sitze nötig gewesen.', ['majority', 'absolute-majority'], []],
      ['ro', 'Insuficiente pentru majoritatea absolută de 121 de mandate.', ['majority', 'absolute-majority'], []],
      ['ar', 'إذ تتطلب الأغلبية المطلقة ١٢١ مقعداً.', ['majority', 'absolute-majority'], []],
      ['el', 'Αρκετά κάτω από τις 121 που απαιτούνται για αυτοδυναμία.', ['majority', 'absolute-majority'], []],
      ['es', 'El partido se quedó lejos de la mayoría absoluta en el Congreso.', ['majority', 'absolute-majority'], []],
      ['th', 'พรรคไม่ได้เสียงข้างมากเด็ดขาดในสภา', ['majority', 'absolute-majority'], []],
      [
        'ro',
        'Împreună, cele două partide ar avea exact 121 de deputați, cea mai firavă majoritate posibilă.',
        ['majority'],
        ['absolute-majority'],
      ],
      [
        'en',
        'Together the two parties would hold a majority of exactly 121 seats.',
        ['majority'],
        ['absolute-majority'],
      ],
    ];
    expectConcepts(cases);
  });

  it('reads who is to monitor a truce or a vote, and not territory held or a look taken', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['en', 'The ceasefire will be monitored by a joint mechanism.', ['monitoring'], []],
      ['ru', 'Соблюдение режима прекращения огня будет контролировать совместный механизм.', ['monitoring'], []],
      ['es', 'Un mecanismo conjunto supervisará el cumplimiento de la tregua.', ['monitoring'], []],
      ['de', 'Beobachter der OSZE überwachen die Waffenruhe.', ['monitoring'], []],
      ['ar', 'ستراقب بعثة أممية تنفيذ وقف إطلاق النار.', ['monitoring'], []],
      ['id', 'Tim internasional akan memantau gencatan senjata itu.', ['monitoring'], []],
      ['ru', 'Войска отошли с территорий, контролируемых боевиками.', [], ['monitoring']],
      ['uk', 'Бої тривають на контрольованих Росією територіях.', [], ['monitoring']],
    ];
    expectConcepts(cases);
  });

  it('reads the rails a derailment is put down to, and not a trace, a college or a way out', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['pl', 'Przyczyną wykolejenia mogło być pęknięcie szyny.', ['rails'], []],
      ['fr', 'Une rupture de rail pourrait être à l’origine de l’accident.', ['rails'], []],
      [
        'de',
        'Ein Schienenbruch soll den Unfall verursacht haben; das Gleis war erst im Mai erneuert worden.',
        ['rails'],
        [],
      ],
      ['it', 'Un tratto di binario era danneggiato da settimane.', ['rails'], []],
      ['ja', '線路の破損が原因とみられる。', ['rails'], []],
      ['ru', 'Стороны обсудили пути выхода из кризиса.', [], ['rails']],
      ['nl', 'De politie vond geen spoor van de daders.', [], ['rails']],
      ['cs', 'Studenti bydlí na koleji v centru města.', [], ['rails']],
    ];
    expectConcepts(cases);
  });

  it('states a deed done under an agreement in every language, and not a source cited', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['nl', 'De troepen vochten in overeenstemming met het verdrag.', ['in-accordance'], []],
      ['tr', 'Askerler anlaşma uyarınca Rusya için savaştı.', ['in-accordance'], []],
      ['sv', 'Trupperna stred i enlighet med fördraget.', ['in-accordance'], []],
      ['zh', '朝鲜士兵根据协议在库尔斯克作战。', ['in-accordance'], []],
      ['ja', '兵士たちは条約に基づき戦った。', ['in-accordance'], []],
      ['ar', 'قاتل الجنود وفقاً للاتفاق الموقع بين البلدين.', ['in-accordance'], []],
      ['fa', 'سربازان طبق توافق دو کشور جنگیدند.', ['in-accordance'], []],
      ['hi', 'सैनिकों ने समझौते के तहत लड़ाई लड़ी।', ['in-accordance'], []],
      ['vi', 'Binh sĩ đã chiến đấu theo thỏa thuận giữa hai nước.', ['in-accordance'], []],
      ['ko', '병사들은 협정에 따라 싸웠다.', ['in-accordance'], []],
      ['el', 'Πολέμησαν σύμφωνα με τη συμφωνία των δύο χωρών.', ['in-accordance'], []],
      ['cs', 'Vojáci bojovali v souladu s dohodou.', ['in-accordance'], []],
      ['id', 'Para tentara bertempur sesuai dengan kesepakatan kedua negara.', ['in-accordance'], []],
      ['hu', 'A katonák a megállapodás értelmében harcoltak.', ['in-accordance'], []],
      ['el', 'Σύμφωνα με το Reuters, οι στρατιώτες πολέμησαν.', [], ['in-accordance']],
      ['cs', 'Podle policie vojáci bojovali.', [], ['in-accordance']],
      ['hu', 'A rendőrség szerint a katonák harcoltak.', [], ['in-accordance']],
    ];
    expectConcepts(cases);
  });

  it('states in Hungarian and Czech what disaster reports tell: crews, wind, a gorge, an engine room, a jump into the water', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['hu', 'A tűzoltók egész éjjel oltották a lángokat.', ['firefighters'], []],
      ['hu', 'Az erős szél tovább szította a tüzet.', ['wind'], []],
      ['hu', 'A busz egy szakadékba zuhant.', ['plunge'], []],
      ['hu', 'A tüzet a gépházban keletkezett rövidzárlat okozta.', ['engine-room', 'cause'], []],
      ['hu', 'Több utas a vízbe ugrott.', ['jumped-into-water'], []],
      ['hu', 'A sofőr elvesztette uralmát a jármű felett.', ['lost-control'], []],
      ['hu', 'A katasztrófavédelem szerint senki sem sérült meg.', ['civil-protection'], []],
      ['hu', 'A lázadók elfoglalták a várost.', ['captured'], []],
      ['cs', 'Požár vypukl ve strojovně trajektu.', ['engine-room'], []],
      ['cs', 'Desítky cestujících skočili do vody.', ['jumped-into-water'], []],
      ['hu', 'A falu szélén új iskola épült.', [], ['wind']],
    ];
    expectConcepts(cases);
  });

  it('states a court by the names Latin America and France give it, and not a cut', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['pt', 'A Corte Nacional de Justiça do Equador condenou o ex-ministro.', ['court'], []],
      ['es', 'La Corte Constitucional de Colombia anuló la ley.', ['court'], []],
      ['fr', 'La Cour suprême a rejeté le pourvoi.', ['court'], []],
      ['it', "La Corte d'appello ha confermato la condanna.", ['court'], []],
      ['en', "Ecuador's National Court of Justice found him guilty.", ['court'], []],
      ['pt', 'O corte de energia atingiu três bairros.', [], ['court']],
      ['es', 'Un corte de luz dejó sin servicio a la ciudad.', [], ['court']],
    ];
    expectConcepts(cases);
  });

  it('states when a party or company was founded, and not what a thing is based on or an institution', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['ro', 'Tancev a fondat partidul în 2024.', ['founded'], []],
      ['ar', 'رغم أنه تأسس قبل عامين فقط.', ['founded'], []],
      ['de', 'Die Partei wurde 2024 gegründet.', ['founded'], []],
      ['en', 'The party was founded in 2024.', ['founded'], []],
      ['ru', 'Партия была основана в 2024 году.', ['founded'], []],
      ['zh', '该党成立于2024年。', ['founded'], []],
      ['ko', '이 정당은 2024년 창당됐다.', ['founded'], []],
      ['tr', 'Parti 2024 yılında kuruldu.', ['founded'], []],
      ['he', 'המפלגה נוסדה ב-2024.', ['founded'], []],
      ['th', 'พรรคนี้ก่อตั้งเมื่อปี 2567', ['founded'], []],
      ['ru', 'Решение, основанное на фактах, принято.', [], ['founded']],
      ['fr', 'Une décision fondée sur des preuves.', [], ['founded']],
      ['ar', 'قدمت مؤسسة خيرية مساعدات على أسس إنسانية.', [], ['founded']],
      ['zh', '法院认定罪名成立。', [], ['founded']],
    ];
    expectConcepts(cases);
  });

  it('states a vehicle fallen into a gorge, and not a company fallen into the red', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['ja', 'バスが谷に転落し、18人が死亡した。', ['plunge'], []],
      ['ja', '最終損益は2200億円の赤字に転落する見通しだ。', [], ['plunge']],
      ['zh', '一辆大巴坠入山谷。', ['plunge'], []],
      ['zh', '股市跌入熊市。', [], ['plunge']],
    ];
    expectConcepts(cases);
  });

  it('states a share price, and not a rescue or protest action, in languages whose word for shares also means actions', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['pl', 'W akcji ratunkowej brało udział ponad 200 strażaków.', ['firefighters'], ['shares']],
      ['ru', 'Акция протеста прошла у здания парламента.', [], ['shares']],
      ['uk', 'Учасники акції протесту перекрили дорогу.', [], ['shares']],
      ['es', 'Las acciones de rescate continuaron toda la noche.', [], ['shares']],
      ['fr', "L'action des secours a permis de sauver dix personnes.", [], ['shares']],
      ['pl', 'Kurs akcji spółki wzrósł o 6 procent.', ['shares'], []],
      ['ru', 'Стоимость акций компании выросла на 6%.', ['shares'], []],
      ['es', 'Las acciones de la empresa subieron un 6% en la Bolsa de Madrid.', ['shares'], []],
      ['fr', "Le cours de l'action a bondi de 6 % à la Bourse de Paris.", ['shares'], []],
    ];
    expectConcepts(cases);
  });

  it('states a fire set on purpose, and not one caused by lightning or a short circuit', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['vi', 'Truyền thông Hy Lạp đưa tin đám cháy có thể do phóng hỏa.', ['arson', 'fire'], []],
      ['el', 'Η πυροσβεστική ερευνά το ενδεχόμενο εμπρησμού.', ['arson'], []],
      ['de', 'Die Polizei geht von Brandstiftung aus.', ['arson'], []],
      ['ru', 'Полиция подозревает поджог.', ['arson'], []],
      ['he', 'המשטרה חושדת כי השריפה הוצתה.', ['arson'], []],
      ['es', 'La policía cree que el incendio fue intencionado.', ['arson'], []],
      ['es', 'El incendio fue provocado por un rayo.', ['fire'], ['arson']],
      ['ro', 'Incendiul a fost provocat de un scurtcircuit.', [], ['arson']],
    ];
    expectConcepts(cases);
  });

  it('states the people a plant or a company employs, told as people who work there', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['ja', '現在は約1800人が働いている。', ['jobs'], []],
      ['ko', '약 1,800명이 일하는 이 공장은 문을 닫는다.', ['jobs'], []],
      ['hi', 'इस प्लांट में करीब 2,200 लोग काम करते हैं।', ['jobs'], []],
      ['en', 'The plant employs about 1,800 people.', ['jobs'], []],
      ['fr', "L'usine emploie environ 1 800 personnes.", ['jobs'], []],
    ];
    expectConcepts(cases);
  });

  it('states money moved through shell companies, and a person innocent or saying so, not a shell or a ghost', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['en', 'The money was paid through shell companies in Panama.', ['shell-company'], []],
      ['es', 'Los pagos se realizaron a través de empresas de papel en Panamá.', ['shell-company'], []],
      ['pt', 'Os pagamentos foram feitos por meio de empresas de fachada no Panamá.', ['shell-company'], []],
      ['de', 'Das Geld floss über Briefkastenfirmen in Panama.', ['shell-company'], []],
      ['ru', 'Деньги выводились через фирмы-однодневки.', ['shell-company'], []],
      ['ko', '돈은 파나마의 페이퍼컴퍼니를 통해 전달됐다.', ['shell-company'], []],
      ['he', 'הכסף הועבר דרך חברות קש בפנמה.', ['shell-company'], []],
      ['th', 'เงินถูกโอนผ่านบริษัทเปลือกในปานามา', ['shell-company'], []],
      ['en', 'Children collected shells on the beach.', [], ['shell-company']],
      ['it', 'Il castello è famoso per il suo fantasma.', [], ['shell-company']],
      ['en', '"I am innocent and I will prove it," he told reporters.', ['innocent'], []],
      ['es', 'Aseguró en redes sociales que demostrará su inocencia.', ['innocent'], []],
      ['pl', 'Oskarżony twierdzi, że jest niewinny.', ['innocent'], []],
      ['ja', '被告は一貫して無実を主張している。', ['innocent'], []],
      ['ar', 'وأكد المتهم أنه بريء من التهم.', ['innocent'], []],
    ];
    expectConcepts(cases);
  });

  it('reads Vietnamese with its tones, which tell a concept from an everyday word spelt with the same letters', () => {
    const cases: [lang: string, sentence: string, stated: string[], notStated: string[]][] = [
      ['vi', 'Có tới 300 người bị thương.', ['injured'], ['guilty']],
      ['vi', 'Bị cáo bị tuyên có tội.', ['guilty'], []],
      ['vi', 'Vợ tôi nói rằng trời mưa.', [], ['innocent', 'acquitted']],
      ['vi', 'Bị cáo được tuyên vô tội.', ['innocent', 'acquitted'], []],
      ['vi', 'Lần ra manh mối trong vụ án.', [], ['spread']],
      ['vi', 'Hoả hoạn lớn thiêu rụi khu chợ.', ['fire'], []],
    ];
    expectConcepts(cases);
  });
});
