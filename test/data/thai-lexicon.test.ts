import { describe, expect, it } from 'vitest';
import { claimConcepts } from '../../src/data/claim-concepts.ts';
import { conceptsOf } from '../../src/pipeline/claims/concept-lexicon.ts';
import { reportingVerbMatcher } from '../../src/pipeline/claims/reporting-verb-matcher.ts';
import { foldText } from '../../src/pipeline/text/fold-text.ts';
import { readersOf } from '../helpers/language-readers.ts';

/** How the pipeline reads Thai, published on a Thursday. */
const { unitOf, unitsOf, kindOf } = readersOf('th', '2026-08-13');
/** What each claim of a sentence counts, one claim per fact. */
const countsOf = (sentence: string) => unitsOf(sentence).map((unit) => Object.fromEntries(unit.counts));

describe('the Thai lexicon', () => {
  it('gives every concept Thai stems of three letters or more, in Thai letters', () => {
    for (const { concept, stems } of claimConcepts) {
      expect(stems.th?.length ?? 0, concept).toBeGreaterThan(0);
      for (const stem of stems.th ?? []) {
        expect([...foldText(stem)].length, `${concept} "${stem}"`).toBeGreaterThanOrEqual(3);
        expect(stem, `${concept} "${stem}"`).toMatch(/^[\p{Script=Thai}.]+$/u);
      }
    }
  });

  it('finds a concept inside a run of letters, as Thai writes no spaces between words', () => {
    const samples: [text: string, concept: string][] = [
      ['ทำให้มีผู้เสียชีวิต', 'killed'],
      ['ผู้ได้รับบาดเจ็บ', 'injured'],
      ['ยังคงสูญหาย', 'missing'],
      ['สั่งอพยพชาวบ้าน', 'evacuated'],
      ['เกิดแผ่นดินไหวรุนแรง', 'earthquake'],
      ['สถานการณ์อุทกภัย', 'flood'],
      ['เกิดเหตุเพลิงไหม้', 'fire'],
      ['ทีมกู้ภัยเร่งค้นหา', 'rescue'],
      ['ประกาศหยุดยิงชั่วคราว', 'ceasefire'],
      ['ยิงขีปนาวุธ', 'missile'],
      ['ส่งตัวเข้าโรงพยาบาล', 'hospital'],
      ['ตามแนวชายแดน', 'border'],
      ['พายุไต้ฝุ่นพัดถล่ม', 'storm'],
      ['เกิดดินถล่มทับบ้านเรือน', 'landslide'],
      ['รถไฟตกรางที่สถานี', 'derailed'],
      ['ค่าครองชีพสูงขึ้น', 'price'],
    ];
    for (const [text, concept] of samples) expect([...conceptsOf(text, 'th')], text).toContain(concept);
  });

  it('states no concept in words that hold a stem by chance', () => {
    const words = [
      // Real estate holds "สังหาร" (kill); Samut Songkhram, a province, holds "สงคราม" (war).
      'ธุรกิจอสังหาริมทรัพย์',
      'จังหวัดสมุทรสงคราม',
      // A city hall and a shrine start with "ศาล" (court); a whale holds "ลาวา" (lava).
      'ศาลากลางจังหวัด',
      'ศาลเจ้าพ่อเสือ',
      'ปลาวาฬบรูด้า',
      // "the people… each other", "the community at the end of": "ชนกัน" (collided), "ชนท้าย" (rear-ended).
      'ประชาชนกันเอง',
      'ชุมชนท้ายวัด',
      // Coordinating holds "ประสานงา" (head-on); "the said" holds "กล่าว" (said).
      'ประสานงานกับหน่วยงาน',
      'ดังกล่าว',
      // Sending encouragement, a mystery, a hiring contract, being watched, a forecast rate.
      'ส่งกำลังใจ',
      'ความลึกลับ',
      'สัญญาว่าจ้าง',
      'ถูกจับตามอง',
      'อัตราคาดการณ์',
      // Officials, villagers, officially, including Thailand, broke a record.
      'เจ้าหน้าที่',
      'ชาวบ้าน',
      'อย่างเป็นทางการ',
      'ทั่วโลกรวมประเทศไทย',
      'ทำลายสถิติโลก',
    ];
    for (const word of words) expect([...conceptsOf(word, 'th')], word).toEqual([]);
  });

  it('reads a flash-flood toll with its figures from real news sentences', () => {
    const lead = unitOf('น้ำท่วมฉับพลันในเชียงใหม่ คร่าชีวิตอย่างน้อย 12 ราย');
    expect([...lead.concepts]).toEqual(expect.arrayContaining(['flood', 'killed']));
    expect(lead.counts.get('killed')).toBe('12');
    // Each toll is a claim of its own, parted at the space Thai writes between clauses.
    expect(countsOf('ทำให้มีผู้เสียชีวิตอย่างน้อย 12 ราย และสูญหายอีก 5 ราย')).toEqual([{ killed: '12' }, { missing: '5' }]);
    expect(countsOf('ยอดผู้เสียชีวิตเพิ่มเป็น 15 ราย บาดเจ็บ 30 ราย')).toEqual([{ killed: '15' }, { injured: '30' }]);
  });

  it('states evacuations, rescue work and warnings', () => {
    const cases: [sentence: string, stated: string[]][] = [
      ['อพยพประชาชนออกจากพื้นที่เสี่ยงกว่า 2,000 คน', ['evacuated']],
      ['เจ้าหน้าที่กู้ภัยกว่า 400 นาย', ['rescue']],
      ['กรมอุตุนิยมวิทยาเตือนว่า ฝนจะยังคงตกหนัก', ['warn']],
      ['มีคนงานติดอยู่ใต้ซากอาคารที่ถล่มลงมา', ['trapped', 'collapse']],
    ];
    for (const [sentence, stated] of cases)
      expect([...unitOf(sentence).concepts], sentence).toEqual(expect.arrayContaining(stated));
    expect(unitOf('เจ้าหน้าที่กู้ภัยกว่า 400 นาย').counts.get('rescue')).toBe('400');
  });

  it('reads a quake’s magnitude and depth, and a multiplier written apart from its figure', () => {
    expect(countsOf('เกิดแผ่นดินไหวขนาด 7.7 ริกเตอร์ ที่ระดับความลึก 10 กิโลเมตร')).toEqual([
      { magnitude: '7.7' },
      { depth: '10' },
    ]);
    expect([...unitOf('รัฐบาลอนุมัติงบประมาณ 400 ล้าน เพื่อฟื้นฟูพื้นที่ประสบภัย').numbers]).toEqual(['400000000']);
    // Written with what it counts, as Thai mostly writes it.
    expect([...unitOf('รัฐบาลอนุมัติงบประมาณ 400 ล้านบาท เพื่อฟื้นฟูพื้นที่ประสบภัย').numbers]).toEqual(['400000000']);
    expect([...unitOf('อพยพประชาชนกว่า 2 หมื่นคนออกจากพื้นที่เสี่ยง').numbers]).toEqual(['20000']);
  });

  it('marks hedged claims and knows its verbs of saying inside a run of letters', () => {
    expect(unitOf('คาดว่ามีผู้เสียชีวิตไม่ต่ำกว่า 30 ราย').hedged).toBe(true);
    expect(unitOf('ทำให้มีผู้เสียชีวิต 12 ราย').hedged).toBe(false);
    const isVerb = reportingVerbMatcher('th');
    expect(isVerb(foldText('นายกรัฐมนตรีกล่าวว่า'))).toBe(true);
    expect(isVerb(foldText('กรมอุตุนิยมวิทยาเตือนว่า'))).toBe(true);
    expect(isVerb(foldText('มาตรการดังกล่าว'))).toBe(false);
    expect(isVerb(foldText('เผยแพร่ภาพ'))).toBe(false);
  });

  it('states nothing of an everyday sentence', () => {
    for (const sentence of [
      'เขาเดินทางไปเที่ยวเชียงรายกับครอบครัวในช่วงวันหยุดยาว',
      'แม่ค้าขายข้าวเหนียวมะม่วงที่ตลาดนัดทุกวันเสาร์',
      'ผลการศึกษาพบว่านักเรียนไทยมีทักษะภาษาอังกฤษดีขึ้น',
      'นักวิจัยพบปลาวาฬบรูด้าว่ายน้ำใกล้ชายฝั่งจังหวัดสมุทรสงคราม',
    ])
      expect([...conceptsOf(sentence, 'th')], sentence).toEqual([]);
  });

  it('tells the kind of event of a Thai lead', () => {
    expect(kindOf('น้ำท่วมฉับพลันในเชียงใหม่ คร่าชีวิตอย่างน้อย 12 ราย')).toBe('flood');
    expect(kindOf('พายุไต้ฝุ่นยางิพัดถล่มภาคเหนือของเวียดนาม')).toBe('flood');
    expect(kindOf('เกิดแผ่นดินไหวขนาด 7.7 ในเมียนมา')).toBe('earthquake');
    expect(kindOf('รถไฟตกรางที่จังหวัดลำปาง')).toBe('accident');
    expect(kindOf('เรือโดยสารล่มกลางแม่น้ำเจ้าพระยา')).toBe('accident');
    expect(kindOf('นายกรัฐมนตรีพบหารือกับประธานาธิบดีจีนที่กรุงปักกิ่ง')).toBe('meeting');
    expect(kindOf('นายกรัฐมนตรีหารือทางโทรศัพท์กับประธานาธิบดีสหรัฐ')).toBe('phone-call');
    expect(kindOf('เกิดเหตุเพลิงไหม้โรงงานในสมุทรปราการ')).toBe('fire');
    expect(kindOf('กองทัพอิสราเอลโจมตีทางอากาศในฉนวนกาซา')).toBe('attack');
    expect(kindOf('ศาลอาญาพิพากษาจำคุกจำเลย 10 ปี')).toBe('court-ruling');
    expect(kindOf('ศาลยกฟ้องอดีตนายกรัฐมนตรี')).toBe('court-ruling');
    expect(kindOf('การเลือกตั้งทั่วไปมีผู้มาใช้สิทธิร้อยละ 70')).toBe('election');
    expect(kindOf('ประชาชนกันเองช่วยกันทำความสะอาดศาลากลางจังหวัด')).toBeNull();
  });
});
