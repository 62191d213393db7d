import { describe, expect, it } from 'vitest';
import { findDates, parseDateText } from '../../../src/pipeline/describe/find-dates.ts';

function dates(text: string, lang: string, anchor: string | null = null) {
  return findDates([{ text, line: 1 }], lang, anchor).map((date) => [date.text, date.value, date.resolved]);
}

describe('findDates', () => {
  it('reads Greek dates in any case ending, and relative words once the day of writing is known', () => {
    expect(
      dates(
        'Είχαν χθες Τρίτη επικοινωνία, μετά την εισβολή τον Φεβρουάριο του 2022 και τη συνθήκη του Ιουνίου 2024.',
        'el',
        '2025-08-13',
      ),
    ).toEqual([
      ['χθες Τρίτη', null, '2025-08-12'],
      ['Φεβρουάριο του 2022', '2022-02', '2022-02'],
      ['Ιουνίου 2024', '2024-06', '2024-06'],
    ]);
  });

  it('reads a Vietnamese day and month after a time of day or in brackets, and no other fraction', () => {
    expect(
      dates('Ngọn lửa bùng lên vào chiều thứ Ba (4/8), đến sáng 5/8 đã thiêu rụi 1/2 khu rừng.', 'vi', '2026-08-05'),
    ).toEqual([
      ['thứ Ba', null, '2026-08-04'],
      ['4/8', '--08-04', '2026-08-04'],
      ['5/8', '--08-05', '2026-08-05'],
    ]);
    expect(dates('Tỷ số là 3/1 sau hiệp một.', 'vi', '2026-08-05')).toEqual([]);
  });

  it('leaves relative words open when the day of writing is unknown', () => {
    expect(dates('Η σύνοδος θα γίνει μεθαύριο Παρασκευή.', 'el')).toEqual([['μεθαύριο Παρασκευή', null, null]]);
  });

  it('takes a month written with a capital before a name for a first name, where months take none', () => {
    expect(dates('El ministro de Salud, Julio Paredes, visitó la zona.', 'es', '2026-03-13')).toEqual([]);
    expect(dates('A ministra Abril Rocha chegou a Lima.', 'pt', '2026-03-13')).toEqual([]);
    expect(dates('El sismo de Julio 2001 dejó cien muertos.', 'es', '2026-03-13')).toEqual([
      ['Julio 2001', '2001-07', '2001-07'],
    ]);
    expect(dates('In July Kim met Putin.', 'en', '2026-03-13').map(([text]) => text)).toEqual(['July']);
  });

  it('reads a count of years ago as the year it points to, in each language', () => {
    const cases: [lang: string, text: string, phrase: string][] = [
      ['en', 'The party was founded two years ago, or 2 years ago by its count.', '2 years ago'],
      ['de', 'Die Partei wurde vor 2 Jahren gegründet.', 'vor 2 Jahren'],
      ['ro', 'Partidul a fost fondat acum 2 ani.', 'acum 2 ani'],
      ['ru', 'Партия была основана 2 года назад.', '2 года назад'],
      ['ar', 'رغم أنه تأسس قبل عامين فقط.', 'قبل عامين'],
      ['ar', 'تأسس الحزب قبل 2 سنوات.', 'قبل 2 سنوات'],
      ['zh', '该党成立于2年前。', '2年前'],
      ['ko', '이 정당은 2년 전에 창당됐다.', '2년 전에'],
      ['hi', 'पार्टी की स्थापना 2 साल पहले हुई थी।', '2 साल पहले'],
      ['tr', 'Parti 2 yıl önce kuruldu.', '2 yıl önce'],
    ];
    for (const [lang, text, phrase] of cases)
      expect(dates(text, lang, '2026-10-27'), `${lang}: ${text}`).toContainEqual([phrase, null, '2024']);
    // A year of its own, not a count of years ago: "the 2024 law".
    expect(
      dates('Das Gesetz von 2024 gilt seit Jahren.', 'de', '2026-10-27').map(([, , resolved]) => resolved),
    ).toEqual(['2024']);
  });

  it('reads Romanian weekdays and "last year", and does not take "mai" (more) for May', () => {
    expect(dates('S-au întâlnit miercuri; nu s-au mai văzut din iunie anul trecut.', 'ro', '2025-09-03')).toEqual([
      ['miercuri', null, '2025-09-03'],
      ['iunie anul trecut', '--06', '2024-06'],
    ]);
    // "martie" (March) is a month, not "marți" (Tuesday) with an ending.
    expect(dates('Guvernul a căzut pe 19 martie, iar alegerile au avut loc marți.', 'ro', '2026-06-16')).toEqual([
      ['19 martie', '--03-19', '2026-03-19'],
      ['marți', null, '2026-06-16'],
    ]);
  });

  it('reads German, French, Spanish and Russian dates with day, month and year', () => {
    expect(dates('Seit dem 1. Dezember 2024 in Kraft.', 'de')).toEqual([
      ['1. Dezember 2024', '2024-12-01', '2024-12-01'],
    ]);
    expect(dates('Signé le 19 juin 2024 à Pyongyang.', 'fr')).toEqual([['19 juin 2024', '2024-06-19', '2024-06-19']]);
    expect(dates('Firmado el 19 de junio de 2024.', 'es')).toEqual([
      ['19 de junio de 2024', '2024-06-19', '2024-06-19'],
    ]);
    expect(dates('Договор подписан 19 июня 2024 года.', 'ru')).toEqual([['19 июня 2024', '2024-06-19', '2024-06-19']]);
  });

  it('reads Chinese, Japanese and Korean dates written with 年, 月, 日 or 년, 월, 일, but not a month alone', () => {
    expect(dates('新华社安卡拉3月3日电 土耳其东部发生地震。', 'zh', '2025-03-04')).toEqual([
      ['3月3日', '--03-03', '2025-03-03'],
    ]);
    expect(dates('2025年3月3日、トルコ東部で地震があった。', 'ja')).toEqual([
      ['2025年3月3日', '2025-03-03', '2025-03-03'],
    ]);
    expect(dates('튀르키예 동부에서 2025년 3월 3일 지진이 발생했다.', 'ko')).toEqual([
      ['2025년 3월 3일', '2025-03-03', '2025-03-03'],
    ]);
    expect(dates('救援工作将持续3个月。', 'zh')).toEqual([]);
    // The end of a Japanese fiscal year, which starts in April.
    expect(dates('削減は2027年度末までに終える計画だ。', 'ja')).toEqual([['2027年度末', '2028-03', '2028-03']]);
    // A day alone, as Japanese and Korean news dates what it reports: the latest such day up to the day of writing.
    expect(dates('選挙管理委員会は16日夜、15日に行われた選挙の結果を発表した。', 'ja', '2026-11-17')).toEqual([
      ['16日', '--11-16', '2026-11-16'],
      ['15日', '--11-15', '2026-11-15'],
    ]);
    expect(dates('선관위는 28일 결과를 발표했다.', 'ko', '2026-11-03')).toEqual([['28일', '--10-28', '2026-10-28']]);
    expect(dates('救援队将在当地工作3日。会期为3日間。', 'ja', '2026-11-17')).toEqual([
      ['3日', '--11-03', '2026-11-03'],
    ]);
    // Year first with dots or slashes, as East Asian sites write it.
    expect(dates('입력 2026.07.19 18:12', 'ko')).toEqual([['2026.07.19', '2026-07-19', '2026-07-19']]);
    expect(dates('发布时间：2026/7/19', 'zh')).toEqual([['2026/7/19', '2026-07-19', '2026-07-19']]);
  });

  it('reads dates in Arabic, Persian and Devanagari digits, Hindi month and weekday names, and Arabic month pairs', () => {
    expect(dates('وقع الزلزال في ٣ مارس ٢٠٢٥.', 'ar')).toEqual([['٣ مارس ٢٠٢٥', '2025-03-03', '2025-03-03']]);
    expect(dates('وقع الزلزال يوم الاثنين 3 مارس/آذار 2025.', 'ar')).toEqual([
      ['الاثنين 3 مارس/آذار 2025', '2025-03-03', '2025-03-03'],
    ]);
    expect(dates('सोमवार, 3 मार्च 2025 को भूकंप आया।', 'hi', '2025-03-04')).toEqual([
      ['सोमवार', null, '2025-03-03'],
      ['3 मार्च 2025', '2025-03-03', '2025-03-03'],
    ]);
  });

  it('reads a Persian Solar Hijri date as the Gregorian day it is, and its months as no Gregorian ones', () => {
    expect(dates('زلزله روز ۱۳ اسفند ۱۴۰۳ رخ داد.', 'fa')).toEqual([['۱۳ اسفند ۱۴۰۳', '2025-03-03', '2025-03-03']]);
    expect(dates('تاریخ انتشار: ۱۴ آذر ۱۴۰۵ - ۰۹:۱۲', 'fa')).toEqual([['۱۴ آذر ۱۴۰۵', '2026-12-05', '2026-12-05']]);
    expect(dates('زلزله در ماه اسفند رخ داد.', 'fa')).toEqual([]);
    expect(dates('زلزله روز ۳ مارس ۲۰۲۵ رخ داد.', 'fa')).toEqual([['۳ مارس ۲۰۲۵', '2025-03-03', '2025-03-03']]);
  });

  it('reads names of two words (Hebrew and Vietnamese weekdays), names with a Hebrew prefix, and Thai Buddhist years', () => {
    expect(dates("ב-13 באוגוסט 2026 דווח כי ביום רביעי בלילה בצ'יאנג מאי", 'he', '2026-08-13')).toEqual([
      ['ב-13 באוגוסט 2026', '2026-08-13', '2026-08-13'],
      ['ביום רביעי', null, '2026-08-12'],
    ]);
    expect(dates('vào đêm thứ Tư, ngày 13 tháng 8 năm 2026', 'vi', '2026-08-13')).toEqual([
      ['thứ Tư', null, '2026-08-12'],
      ['13 tháng 8 năm 2026', '2026-08-13', '2026-08-13'],
    ]);
    // "Lần thứ hai" is "the second time", not Monday (Thứ Hai).
    expect(dates('Đây là lần thứ hai trong năm nay.', 'vi', '2026-08-13')).toEqual([]);
    expect(dates('วันที่ 13 สิงหาคม 2569 เวลา 10:30 น.', 'th')).toEqual([['13 สิงหาคม 2569', '2026-08-13', '2026-08-13']]);
    // Only Thai counts years so: 2569 elsewhere is a number.
    expect(dates('The fund holds 2569 accounts.', 'en')).toEqual([]);
  });

  it('reads numeric dates with a space after each dot, the year first in Hungarian, and Thai abbreviated months', () => {
    expect(dates('13. 10. 2026 11:20 | Bangkok | ČTK', 'cs')).toEqual([['13. 10. 2026', '2026-10-13', '2026-10-13']]);
    expect(dates('2026. 10. 13. 12:05', 'hu')).toEqual([['2026. 10. 13', '2026-10-13', '2026-10-13']]);
    expect(dates('2026. október 13., kedd', 'hu', '2026-10-13')).toEqual([
      ['2026. október 13', '2026-10-13', '2026-10-13'],
      ['kedd', null, '2026-10-13'],
    ]);
    expect(dates('13 ต.ค. 2569 เวลา 11:42 น.', 'th')).toEqual([['13 ต.ค. 2569', '2026-10-13', '2026-10-13']]);
    expect(dates('am 13. Okt. 2026 in Berlin', 'de')).toEqual([['13. Okt. 2026', '2026-10-13', '2026-10-13']]);
  });

  it('reads a comma between a Hindi month and its year, and a Brazilian weekday with its day in brackets', () => {
    expect(dates('9 सितंबर, 2026 को अदालत ने फैसला सुनाया।', 'hi')).toEqual([
      ['9 सितंबर, 2026', '2026-09-09', '2026-09-09'],
    ]);
    // "(11)" is the day of the month, part of the date: no figure is left of it.
    expect(dates('O tribunal condenou o ex-ministro nesta quarta-feira (11).', 'pt', '2026-03-11')).toEqual([
      ['quarta-feira (11)', null, '2026-03-11'],
    ]);
  });

  it('takes no word that merely starts like a month for it, and no decimal before a month for its day', () => {
    expect(dates('La Junta de Andalucía decretó tres días de luto.', 'es')).toEqual([]);
    expect(dates('A inflação foi de 3,8% em fevereiro.', 'pt')).toEqual([['fevereiro', '--02', null]]);
    // "mars" is also the planet: alone, with no day, it is no date.
    expect(dates('L’inflation a atteint 3,5 % en mars.', 'fr')).toEqual([]);
  });

  it('does not take numbers, percentages or decimals for years', () => {
    expect(dates('Mehr als 6.500 Medienshops und 2025% Wachstum, Artikel 2030.5.', 'de')).toEqual([]);
  });
});

describe('parseDateText', () => {
  it('reads the date under an embedded post in English or the article language', () => {
    expect(parseDateText('September 3, 2025', ['el', 'en'])).toBe('2025-09-03');
    expect(parseDateText('3 Σεπτεμβρίου 2025', ['el', 'en'])).toBe('2025-09-03');
    expect(parseDateText('2025-09-03', ['ro'])).toBe('2025-09-03');
    expect(parseDateText('last week', ['en'])).toBeNull();
  });
});
