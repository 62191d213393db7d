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

  it('leaves relative words open when the day of writing is unknown', () => {
    expect(dates('Η σύνοδος θα γίνει μεθαύριο Παρασκευή.', 'el')).toEqual([['μεθαύριο Παρασκευή', null, null]]);
  });

  it('reads Romanian weekdays and "last year", and does not take "mai" (more) for May', () => {
    expect(dates('S-au întâlnit miercuri; nu s-au mai văzut din iunie anul trecut.', 'ro', '2025-09-03')).toEqual([
      ['miercuri', null, '2025-09-03'],
      ['iunie anul trecut', '--06', '2024-06'],
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
