import { koreanBodyEndings, nameTitles, thaiTitleWords } from '../../data/role-nouns.ts';
import { escapeRegExp } from '../../lib/escape-reg-exp.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';

/** A person's name as Chinese, Japanese, Korean, Hindi, Thai, Arabic or Hebrew news writes it beside a title, and where. */
export interface TitledName {
  name: string;
  start: number;
  end: number;
}

/**
 * Where a name stands against its title, per language: Japanese writes the title after the name
 * and before the particle of the subject ("藤森圭介社長は"; a foreign name in katakana whole,
 * "ドナルド・トランプ大統領が"); Chinese before the name, and the verb or a preposition after it
 * ("首席财务官小野寺真理子在…表示");
 * Korean after the name, a space apart, then the particle ("오노데라 마리코 최고재무책임자(CFO)는");
 * Hindi before the name of one to three words, and the mark of the subject after it ("सीईओ केइसुके
 * फुजीमोरी ने कहा"); Thai a title of address written onto a first name and surname ("นายวิเชียร
 * ทองสุข"), not onto a word it starts ("นายกรัฐมนตรี", prime minister). A Korean name is three
 * syllables, or two words (a foreign name), so that a common noun before a title is no name; a
 * Hindi one holds no postposition (`hindiLinks`). Arabic and Hebrew write the title before the name,
 * with the office's complement after the title, each word of it with the article ("وزير الداخلية
 * أحمد منصور إن…", "ראש העיר משה לוי אמר"): the name is the two or three words after, none with
 * the article, before a comma, "that" or a verb of saying. Persian, which writes no article,
 * gives the title before the name with its complement between ("وزیر کشور اسکندر مومنی گفت": the
 * two words before the verb), or after the name between commas ("علی رضایی، استاندار تهران، گفت").
 * A Korean name may have its body's name between it and the title ("김민수 행정안전부 장관은").
 */
const titledNamePattern = memoizeByKey((lang): RegExp | null => {
  if (!(lang in nameTitles)) return null;
  const titles = nameTitles[lang as keyof typeof nameTitles].map(escapeRegExp).join('|');
  if (lang === 'ar')
    return new RegExp(
      `(?<![\\p{L}])(?:و|ف)?(?:ال)?(?:${titles})(?:\\s+(?:ال|بال|لل)\\p{L}+){0,3}[\\s،,]+((?!ال)\\p{Script=Arabic}{2,}(?:\\s+(?!ال)\\p{Script=Arabic}{2,}){1,2})(?=\\s*(?:،|,|:|إن|أن|\\.|$))`,
      'gu',
    );
  if (lang === 'he')
    return new RegExp(
      `(?<![\\p{L}])(?:ו|ש|כ)?(?:${titles})(?:\\s+ה\\p{L}+)?[\\s,]+((?!ה)\\p{Script=Hebrew}{2,}(?:\\s+\\p{Script=Hebrew}{2,}){1,2}?)(?=\\s*(?:,|:|אמר|אמרה|מסר|מסרה|הודיע|הודיעה|הבהיר|הדגיש|ציין|ציינה))`,
      'gu',
    );
  if (lang === 'th')
    return new RegExp(
      `(?:${titles})(?!${thaiTitleWords.map(escapeRegExp).join('|')})([\\p{Script=Thai}]{2,20} [\\p{Script=Thai}]{2,25})(?![\\p{Script=Thai}])`,
      'gu',
    );
  if (lang === 'ja')
    return new RegExp(
      `((?<![\\p{Script=Katakana}ー・])[\\p{Script=Katakana}ー・]{2,16}|\\p{Script=Han}{2,6}?)(?:${titles})(?=[はがもの、])`,
      'gu',
    );
  if (lang === 'zh')
    return new RegExp(
      `(?:${titles})([\\p{Script=Han}·・]{2,10}?)(?=在|表示|说|称|指出|强调|宣布|透露|介绍|对|向|于|还|也|则|曾|日|，|：|:|,)`,
      'gu',
    );
  if (lang === 'hi')
    return new RegExp(
      `(?<![\\p{L}\\p{M}])(?:${titles})\\s+((?:[\\p{Script=Devanagari}]+\\s+){0,2}[\\p{Script=Devanagari}]+)\\s+(?=ने\\s|का कहना|के मुताबिक|के अनुसार)`,
      'gu',
    );
  if (lang === 'fa') {
    const word = '[\\p{Script=Arabic}\\u200c]{2,}';
    const said = '(?:گفت|اعلام|افزود|تصریح|اظهار|خاطرنشان|تاکید|تأکید|بیان)';
    return new RegExp(
      `(?<![\\p{L}])(?:${titles})(?:\\s+${word}){0,3}?\\s+(${word}\\s+${word})(?=\\s*(?:${said}|،|:))|(?<![\\p{L}])(${word}\\s+${word})\\s*،\\s*(?:${titles})[^،.]{0,60}،\\s*(?=${said})`,
      'gu',
    );
  }
  const body = `(?: \\p{Script=Hangul}{1,10}(?:${koreanBodyEndings.join('|')}))?`;
  return new RegExp(
    `(?<!\\p{Script=Hangul})(\\p{Script=Hangul}{3}|\\p{Script=Hangul}{2,5} \\p{Script=Hangul}{2,5})${body} (?:${titles})(?:\\([A-Za-z]+\\))?(?=[은는이가도의])`,
    'gu',
  );
});

/** Hindi postpositions and links, which no name holds: "मंत्री के प्रवक्ता ने" names no one. */
const hindiLinks = new Set([
  'के',
  'की',
  'का',
  'में',
  'और',
  'से',
  'को',
  'पर',
  'ने',
  'है',
  'हैं',
  'भी',
  'तो',
  'एक',
  'इस',
  'उस',
  'यह',
  'वह',
]);

/** Arabic particles and links, which no name holds ("وزير الداخلية في الحكومة" names no one). */
const arabicLinks = new Set([
  'في',
  'من',
  'على',
  'إلى',
  'عن',
  'مع',
  'إن',
  'أن',
  'قد',
  'لا',
  'ما',
  'كان',
  'هذا',
  'هذه',
  'الذي',
  'التي',
  'وقال',
  'قال',
]);

/** Persian particles and links, which no name holds ("وزیر کشور در جلسه" names no one). */
const persianLinks = new Set(['که', 'در', 'از', 'به', 'با', 'و', 'را', 'این', 'آن', 'برای', 'تا', 'هم', 'نیز', 'است']);

/** Words that open a run of characters before a Japanese title without naming anyone ("同社社長", the company's president). */
const notNames = /^(?:同|当|本|両|各|其)/u;
/** Words between a Japanese name and its title that qualify the office ("安倍晋三元首相", former). */
const qualifiers = /(?:元|前|現|副|新|次期)$/u;

/**
 * Names that Chinese, Japanese, Korean, Hindi and Thai news give with a title (`nameTitles`),
 * where no capital tells a name: the speakers a text names whom the glossary does not know.
 *
 * @example
 *   findTitledNames('東京で記者会見した藤森圭介社長は「…」と述べた。', 'ja') // [{ name: '藤森圭介', start: 9, end: 13 }]
 */
export function findTitledNames(text: string, lang: string): TitledName[] {
  const pattern = titledNamePattern(lang);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].flatMap((match) => {
    const written = match[1] ?? match[2] ?? '';
    const name = lang === 'ja' ? written.replace(qualifiers, '') : written;
    if ([...name].length < 2 || (lang === 'ja' && notNames.test(name))) return [];
    if (lang === 'hi' && name.split(/\s+/u).some((word) => hindiLinks.has(word))) return [];
    if (lang === 'ar' && name.split(/\s+/u).some((word) => arabicLinks.has(word))) return [];
    if (lang === 'fa' && name.split(/\s+/u).some((word) => persianLinks.has(word))) return [];
    const start = match.index + match[0].indexOf(written);
    return [{ name, start, end: start + name.length }];
  });
}
