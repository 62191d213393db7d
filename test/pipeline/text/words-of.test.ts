import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../src/pipeline/claims/segment-sentences.ts';
import { tokenizeWords } from '../../../src/pipeline/text/fold-text.ts';
import { wordsWithin } from '../../../src/pipeline/text/words-of.ts';

describe('wordsWithin', () => {
  it('gives each sentence the words splitting it anew would, in every script', () => {
    const paragraphs: [string, string][] = [
      ['de', 'Kim sagte, Pjöngjang betrachte es als „brüderliche Pflicht“. Putin dankte ihm am 3. September.'],
      ['el', 'Ο κ. Κιμ μίλησε για «αδελφικό καθήκον». Ο Πούτιν ευχαρίστησε τους στρατιώτες!'],
      ['ar', 'قال الرئيس إن ١٦ شخصا قتلوا. وأضاف أن الإنقاذ مستمر؟ نعم.'],
      ['zh', '地震造成至少14人死亡。救援工作仍在继续。'],
      ['hi', 'भूकंप में 14 लोगों की मौत हो गई। बचाव कार्य जारी है।'],
    ];
    for (const [lang, text] of paragraphs) {
      const words = tokenizeWords(text);
      for (const sentence of segmentSentences(text, lang))
        expect(wordsWithin(text, words, sentence.start, sentence.end), `${lang}: ${sentence.text}`).toEqual(
          tokenizeWords(sentence.text),
        );
    }
  });

  it('splits a stretch anew when a word of the block runs across its end', () => {
    const text = 'Er nannte es U.S.Army heute.';
    const stretch = wordsWithin(text, tokenizeWords(text), 0, 16);
    expect(stretch.map((word) => word.text)).toEqual(['Er', 'nannte', 'es', 'U.S']);
  });
});
