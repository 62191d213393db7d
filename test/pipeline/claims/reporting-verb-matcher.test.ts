import { describe, expect, it } from 'vitest';
import { reportingVerbMatcher, saysAt } from '../../../src/pipeline/claims/reporting-verb-matcher.ts';
import { tokenizeWords } from '../../../src/pipeline/text/fold-text.ts';

/** The words of a sentence that are verbs of saying, as `saysAt` reads them. */
const verbsIn = (lang: string, sentence: string) => {
  const words = tokenizeWords(sentence);
  const isVerb = reportingVerbMatcher(lang);
  return words.flatMap((word, index) => (saysAt(isVerb, words, index) ? [word.text] : []));
};

describe('reportingVerbMatcher', () => {
  it('finds a verb of two words at its first, and neither word alone', () => {
    expect(verbsIn('vi', 'Người phát ngôn cho biết tình hình đã được kiểm soát.')).toEqual(['cho']);
    expect(verbsIn('vi', 'Ông biết rõ khu vực này và cho mượn thuyền.')).toEqual([]);
    expect(verbsIn('hi', 'प्रधानमंत्री ने राहत कार्य पर जोर दिया।')).toEqual(['जोर']);
    expect(verbsIn('fa', 'وزیر کشور عنوان کرد که وضعیت تحت کنترل است.')).toEqual(['عنوان']);
  });

  it('finds verbs of saying, not the words that share their form with other senses', () => {
    expect(verbsIn('it', 'Il ministro ha ribadito che la Russia non si fermerà.')).toEqual(['ribadito']);
    expect(verbsIn('it', 'Il governo ha sostenuto la candidatura e assicurato i fondi.')).toEqual([]);
    expect(verbsIn('tr', 'Borsa İstanbul rekor kaydetti ve bütçeye kaynak aktardı.')).toEqual([]);
    expect(reportingVerbMatcher('zh')('政府补充兵力')).toBe(false);
    expect(reportingVerbMatcher('zh')('普京透露')).toBe(true);
    // A Japanese verbal noun says something with its verb, not alone ("発表を受けて", after the announcement).
    expect(reportingVerbMatcher('ja')('姫路市は同日、相談窓口を設けると発表した。')).toBe(true);
    expect(reportingVerbMatcher('ja')('発表を受けて買い注文が膨らんだ。')).toBe(false);
  });

  it('reads Vietnamese verbs with their tones: "nói" (said) is not "Nội", "nơi" or "nổi"', () => {
    expect(verbsIn('vi', 'Lũ ở Hà Nội, nơi nhiều nhà nổi trên nước, làm 5 người chết.')).toEqual([]);
    expect(verbsIn('vi', 'Ông Nam nói rằng nước đang rút.')).toEqual(['nói']);
  });
});
