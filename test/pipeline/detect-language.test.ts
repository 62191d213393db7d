import { describe, expect, it } from 'vitest';
import { detectLanguage, iso6393ToBcp47 } from '../../src/pipeline/detect-language.ts';

const samples: [string, string][] = [
  [
    'el',
    'Ο Ρώσος πρόεδρος Βλαντίμιρ Πούτιν και ο Βορειοκορεάτης ηγέτης Κιμ Γιονγκ Ουν δεσμεύτηκαν να ενισχύσουν τη συνεργασία των δυο κρατών.',
  ],
  [
    'de',
    'Der russische Präsident Wladimir Putin hat den nordkoreanischen Soldaten seinen Dank ausgesprochen, die bei der Verteidigung geholfen haben.',
  ],
  [
    'ro',
    'Președintele rus Vladimir Putin s-a întâlnit miercuri, la Beijing, cu liderul nord-coreean, care a promis că va continua să ajute Rusia.',
  ],
  [
    'fr',
    'Le président russe a remercié les soldats nord-coréens pour leur courage lors de la rencontre qui a eu lieu mercredi à Pékin.',
  ],
  [
    'es',
    'El presidente ruso agradeció a los soldados norcoreanos su valentía durante la reunión que tuvo lugar el miércoles en Pekín.',
  ],
  [
    'ru',
    'Президент России Владимир Путин встретился в среду в Пекине с лидером КНДР и поблагодарил северокорейских военных за мужество.',
  ],
  [
    'ar',
    'التقى الرئيس الروسي فلاديمير بوتين بالزعيم الكوري الشمالي في بكين يوم الأربعاء وشكر الجنود على شجاعتهم في القتال.',
  ],
  ['zh', '俄罗斯总统普京周三在北京会见了朝鲜领导人金正恩，并感谢朝鲜士兵在库尔斯克地区英勇作战。'],
  ['ja', 'ロシアのプーチン大統領は水曜日、北京で北朝鮮の金正恩総書記と会談し、兵士たちの勇気に感謝した。'],
];

describe('detectLanguage', () => {
  for (const [lang, text] of samples) {
    it(`tells ${lang} from a one-sentence news text`, () => {
      expect(detectLanguage(text).lang).toBe(lang);
    });
  }

  it('says `und` when there are too few letters to tell', () => {
    expect(detectLanguage('12:45 — OK!')).toEqual({ lang: 'und', iso6393: 'und', margin: 0 });
  });

  it('tells Indonesian from Malay, which franc ranks within a hair, by the words only one of them writes', () => {
    const indonesian =
      'Ankara (ANTARA) - Gempa bumi berkekuatan magnitudo 6,2 mengguncang Provinsi Elazig, Turki bagian timur, pada Senin (3/3/2025) dini hari, menewaskan sedikitnya 14 orang dan melukai 120 lainnya. Menteri Dalam Negeri Turki Ali Yerlikaya mengatakan pusat gempa berada di kedalaman 10 kilometer. "Sebanyak 37 bangunan runtuh," kata Yerlikaya kepada wartawan. Kementerian Luar Negeri RI menyatakan tidak ada WNI yang menjadi korban dalam gempa tersebut.';
    const malay =
      'KUALA LUMPUR, 3 Mac (Bernama) -- Polis menahan tiga lelaki semalam kerana disyaki terlibat dalam kes rompakan di sebuah kedai emas di ibu negara. Ketua Polis Daerah berkata kenyataan lanjut akan dikeluarkan oleh pejabatnya pada hari Isnin. Mangsa, seorang peniaga berusia 45 tahun, dirawat di hospital berhampiran dan dilaporkan dalam keadaan stabil.';
    expect(detectLanguage(indonesian).lang).toBe('id');
    expect(detectLanguage(malay).iso6393).toBe('zlm');
  });

  it('tells English from Scots, which franc ranks within a thousandth on wire copy, by the words Scots spells its own way', () => {
    const reuters = [
      'UPDATE 2-Magnitude 6.8 quake hits southern Mexico, at least 5 dead',
      'By Diego Ore and Lizbeth Diaz',
      'MEXICO CITY, March 3 (Reuters) - A magnitude 6.8 earthquake struck the southern Mexican state of Oaxaca on Tuesday, killing at least five people and damaging hundreds of buildings, authorities said.',
      'Key facts:',
      '• The quake struck at 10:42 a.m. local time (1642 GMT)',
      '• Its epicentre was 12 km (7 miles) south of Pinotepa Nacional',
      '• More than 300 aftershocks have been recorded',
    ].join('\n');
    expect(detectLanguage(reuters).lang).toBe('en');
    const scots =
      'The bairns cam hame frae the schuil wi their faither, an they didnae ken whit tae dae aboot the auld hoose doon the road.';
    expect(detectLanguage(scots).iso6393).toBe('sco');
  });

  it('takes a language the pipeline reads over one it does not when franc ranks them within a hair', () => {
    // franc ranks this English as Sardinian, by half a thousandth.
    const english =
      'Russian President Vladimir Putin met Chinese leader Xi Jinping in Moscow on Thursday, a day before the Victory Day parade.\nThe two leaders signed a statement on deepening their partnership, the Kremlin said.';
    expect(detectLanguage(english).lang).toBe('en');
    // Sardinian itself leads by far.
    const sardinian =
      'Su presidente de sa Regione at nadu chi sos traballos de su portu de Casteddu ant a incumentzare in su mese de martzu, pro una ispesa de trinta milliones de euros.';
    expect(detectLanguage(sardinian).iso6393).toBe('src');
  });

  it('keeps the language of the body when an English embed sits inside a Greek article', () => {
    const text = `${samples[0]?.[1]}\n‘We will never forget these victims’ — Putin personally thanked Kim Jong Un.\n${samples[0]?.[1]}`;
    expect(detectLanguage(text).lang).toBe('el');
  });
});

describe('iso6393ToBcp47', () => {
  it('uses the two-letter tag where one exists and the CLDR alias for macrolanguage members', () => {
    expect(['ell', 'deu', 'ron', 'cmn', 'arb', 'kor'].map(iso6393ToBcp47)).toEqual([
      'el',
      'de',
      'ro',
      'zh',
      'ar',
      'ko',
    ]);
  });

  it('reads a variety an alias gives a region (Dari as fa-AF, Congo Swahili as sw-CD) as its language', () => {
    expect(['prs', 'pes', 'swc', 'swh', 'zsm'].map(iso6393ToBcp47)).toEqual(['fa', 'fa', 'sw', 'sw', 'ms']);
  });
});
