import { describe, expect, it } from 'vitest';
import { claimConcepts } from '../../src/data/claim-concepts.ts';
import { conceptsOf } from '../../src/pipeline/claims/concept-lexicon.ts';
import { foldText } from '../../src/pipeline/text/fold-text.ts';
import { readersOf } from '../helpers/language-readers.ts';

/** How the pipeline reads Hebrew, published on a Thursday. */
const { unitsOf, unitOf, kindOf } = readersOf('he', '2026-08-13');

describe('the Hebrew lexicon', () => {
  it('gives every concept Hebrew stems of three letters or more, in Hebrew letters', () => {
    for (const { concept, stems } of claimConcepts) {
      expect(stems.he?.length ?? 0, concept).toBeGreaterThan(0);
      for (const stem of stems.he ?? []) {
        expect([...foldText(stem)].length, `${concept} "${stem}"`).toBeGreaterThanOrEqual(3);
        expect(stem, `${concept} "${stem}"`).toMatch(/^\p{Script=Hebrew}/u);
      }
    }
  });

  it('finds a concept behind the prefixes Hebrew writes onto a word', () => {
    const samples: [word: string, concept: string][] = [
      ['והפצועים', 'injured'],
      ['שנהרגו', 'killed'],
      ['ההרוגים', 'killed'],
      ['מההריסות', 'trapped'],
      ['כשהשריפה', 'fire'],
      ['ברעידת האדמה', 'earthquake'],
      ['לבית החולים', 'hospital'],
      ['והמשטרה', 'police'],
      ['בהפסקת האש', 'ceasefire'],
      ['שבשיטפונות', 'flood'],
      ['הטילים', 'missile'],
      ['במלחמה', 'war'],
    ];
    for (const [word, concept] of samples) expect([...conceptsOf(word, 'he')], word).toContain(concept);
  });

  it('states no concept in frequent words and in words a prefix and a stem spell by chance', () => {
    const words = [
      // Function words and frequent words of news.
      'של',
      'את',
      'על',
      'עם',
      'אבל',
      'הוא',
      'היא',
      'אחרי',
      'לאחר',
      'בקרב',
      'בשביל',
      'בסופה',
      'המדינה',
      'ארצות הברית',
      'ברית המועצות',
      'האיחוד האירופי',
      'אמריקה',
      'הרוסים',
      // Words that start like a stem: the moment, felt, habit, calm; criticism; the leadership.
      'הרגע',
      'הרגיש',
      'הרגל',
      'הרגיעה',
      'ביקורת',
      'הנהגת',
      'נשקלת',
      'נפטר',
      'קרסול',
      'הרסיסים',
      'מחקר',
      // Whole words that start longer ones: regulation, Norway, safety, caution, divorce, photography.
      'הרגולציה',
      'נורווגיה',
      'הבטיחות',
      'הזהירות',
      'גירושין',
      'הצילום',
      // A prefix and a stem: imposed, imposes, it is about, kitchen, capital city, poetry, meat.
      'הטיל',
      'הטילה',
      'מטילים',
      'מדובר',
      'מטבח',
      'בירה',
      'שירה',
      'בשר הבקר',
      'מסירת',
      'לגשר על הפערים',
      'שמותם',
    ];
    for (const word of words) expect([...conceptsOf(word, 'he')], word).toEqual([]);
    // A whole-word stem: "משטר" is a regime, and starts "משטרה", the police, which is not one.
    expect([...conceptsOf('המשטר', 'he')]).toEqual(['regime']);
    expect([...conceptsOf('המשטרה', 'he')]).toEqual(['police']);
  });

  it('reads a toll with its figure from a real flood report', () => {
    const unit = unitOf("שיטפונות בזק במחוז צ'יאנג מאי שבצפון תאילנד הרגו לפחות 12 בני אדם ביום רביעי.");
    expect([...unit.concepts]).toEqual(expect.arrayContaining(['flood', 'killed']));
    expect(unit.counts.get('killed')).toBe('12');
  });

  it('reads a count written as a number word ("חמישה בני אדם נעדרים")', () => {
    const unit = unitOf('לפי הרשויות, חמישה בני אדם נעדרים.');
    expect([...unit.concepts]).toContain('missing');
    expect(unit.counts.get('missing')).toBe('5');
  });

  it('states evacuations, rescue work and warnings', () => {
    const cases: [sentence: string, stated: string[]][] = [
      ['אלפי תושבים פונו מבתיהם בעקבות השיטפונות.', ['evacuated', 'flood', 'thousands']],
      ['הרשויות הורו על פינוי מיידי של הכפרים הסמוכים לנהר.', ['evacuated']],
      ['צוותי חילוץ והצלה ממשיכים לחפש את הנעדרים מתחת להריסות.', ['rescue', 'missing', 'trapped']],
      ['השירות המטאורולוגי הזהיר כי צפויים גשמים עזים נוספים בימים הקרובים.', ['warn']],
    ];
    for (const [sentence, stated] of cases)
      expect([...unitOf(sentence).concepts], sentence).toEqual(expect.arrayContaining(stated));
  });

  it('states nothing of an everyday sentence', () => {
    for (const sentence of [
      'הוא הלך הביתה אחרי העבודה.',
      'אבל בסופה של השנה הוא הרגיש שהגיע הרגע לשנות את ההרגלים שלו.',
      'מדובר במחקר חדש שפורסם בשבוע שעבר באוניברסיטה.',
    ])
      expect([...conceptsOf(sentence, 'he')], sentence).toEqual([]);
  });

  it('parts two counts joined by "ו-" and a toll after a comma, and reads each', () => {
    const [quake, toll] = unitsOf(
      'רעידת אדמה בעוצמה של 6.8 בסולם ריכטר פקדה את דרום פרו, והרגה לפחות 3 בני אדם ופצעה עשרות.',
    );
    expect(quake?.counts.get('magnitude')).toBe('6.8');
    expect(toll?.counts.get('killed')).toBe('3');
    const [counts] = unitsOf('בשיטפונות נהרגו 16 בני אדם ו-120 נפצעו.');
    expect(Object.fromEntries(counts?.counts ?? [])).toEqual({ killed: '16', injured: '120' });
  });

  it('marks hedged claims and parts a second statement of saying', () => {
    expect(unitOf('לכאורה, שלושה חיילים נהרגו בתקיפה של כוחות האויב.').hedged).toBe(true);
    expect(unitsOf('ראש הממשלה אמר כי ישראל תמשיך להילחם, והוסיף כי המלחמה לא תסתיים בקרוב.')).toHaveLength(2);
  });

  it('tells the kind of event of a Hebrew lead', () => {
    expect(kindOf('רעידת אדמה בעוצמה של 6.8 פקדה את דרום פרו')).toBe('earthquake');
    expect(kindOf('שיטפונות בזק בצפון תאילנד הרגו לפחות 12 בני אדם')).toBe('flood');
    expect(kindOf('שתי רכבות התנגשו בדרום ספרד')).toBe('accident');
    expect(kindOf('ראש הממשלה נפגש עם נשיא צרפת בפריז')).toBe('meeting');
    expect(kindOf('נשיא רוסיה שוחח בטלפון עם נשיא סין')).toBe('phone-call');
    expect(kindOf('שריפה גדולה פרצה במפעל באזור התעשייה')).toBe('fire');
    expect(kindOf('בסופה של השנה הוא הרגיש שהגיע הזמן')).toBeNull();
  });
});
