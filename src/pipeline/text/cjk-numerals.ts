/** A figure written with characters, and where it stands. */
export interface CharacterFigure {
  value: string;
  start: number;
  end: number;
  /** A share in tenths ("3割", "三成"), given as its percentage. */
  percent?: true;
}

const digitOf: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Units within a group of four digits, in Chinese and Japanese characters and in Korean syllables. */
const unitOf: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 십: 10, 백: 100, 천: 1000 };
/**
 * Units that close a group of four digits: ten thousand, a hundred million, and in Japanese and
 * Korean a million million (兆, 조); Chinese writes that 万亿, and 兆 there is also "mega" (兆瓦).
 */
const groupOf: Readonly<Record<string, number>> = {
  万: 1e4,
  萬: 1e4,
  만: 1e4,
  亿: 1e8,
  億: 1e8,
  억: 1e8,
  兆: 1e12,
  조: 1e12,
};

/**
 * Chinese and Japanese figures: numerals with their units ("十六", "一百二十", "两千四百五十"),
 * or digits with them ("2千", "1万2千", "1.2万", "3,500億"). Korean ones are digits with units
 * ("2천450", "1만2천", "1.5억", "3,500억", "3조2천억").
 */
const chineseRun =
  /[0-9]+[.．][0-9]+[十百千万萬亿億兆][0-9〇零一二两兩三四五六七八九十百千万萬亿億兆]*|[0-9]{1,3}(?:,[0-9]{3})+(?=[十百千万萬亿億兆])[0-9〇零一二两兩三四五六七八九十百千万萬亿億兆]+|[0-9〇零一二两兩三四五六七八九十百千万萬亿億兆]+/gu;
const koreanRun = /(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?:[십백천만억조][0-9]*)+/gu;

/** Words a count of things is written with after its figure ("六人", "三名", "五座"): a lone numeral before one is a figure. */
const counters = /^[人名个個座栋棟架艘次起所家位条條件户戶辆輛頭头匹]/u;

/**
 * The figures of a Chinese, Japanese or Korean text written with numeral characters or with
 * digits and unit characters, as ASCII figures, at their offsets: "十六人死亡" (16), "约2千人"
 * (2000), "2천450명" (2450). A lone numeral counts only before a counter ("六人"), as 一, 二
 * and 三 are parts of many words (一些, 统一), and a lone 一 not even there ("一艘客轮" is "a
 * ferry"); a run that is no number is left out, and so is one after 数 or 几 ("数十人", some tens).
 *
 * @example
 *   characterFigures('已造成十六人死亡、一百二十人受伤', 'zh').map((figure) => figure.value) // ['16', '120']
 */
export function characterFigures(text: string, lang: string): CharacterFigure[] {
  if (lang === 'ko') return runsOf(text, koreanRun, lang);
  if (lang !== 'zh' && lang !== 'ja') return [];
  const shares = tenthsOf(text, lang);
  const numbers = runsOf(text, chineseRun, lang).filter((figure) => {
    const run = text.slice(figure.start, figure.end);
    // "数十人", "几百名": some tens, a few hundred, no figure.
    if (/[数數几幾]/u.test(text.charAt(figure.start - 1))) return false;
    // Digits alone are figures already; units alone are words ("千万", "by all means") but for 十.
    if (!/[〇零一二两兩三四五六七八九]/u.test(run)) return run === '十' || (/[0-9]/.test(run) && /[^0-9]/.test(run));
    if (/[十百千万萬亿億]/u.test(run)) return true;
    // Numerals in a row with no unit are a year or a word ("一一"); one before a counter is a count,
    // not after 第 ("第一"), and not 一, which is "a" as often as "one" ("一艘客轮", a ferry).
    return (
      run.length === 1 &&
      run !== '一' &&
      counters.test(text.slice(figure.end)) &&
      text.charAt(figure.start - 1) !== '第'
    );
  });
  return [...numbers.filter((figure) => !shares.some((share) => share.start === figure.start)), ...shares].sort(
    (a, b) => a.start - b.start,
  );
}

/**
 * Shares in tenths, as Japanese (割) and Chinese (成) give them: "約1割" is 10%, "三成" 30%,
 * "七成左右" about 70%; not the words they open ("割合" proportion, "割引" discount, "成为"
 * become, "成本" cost), nor 一成, which is "unchanged" as often ("一成不变").
 */
const tenths: Readonly<Record<string, RegExp>> = {
  ja: /(?<![0-9０-９一二三四五六七八九十])([1-9１-９一二三四五六七八九])割(?![合引愛込賦増安高])/gu,
  zh: /(?<![0-9一二两兩三四五六七八九十])([2-9二两兩三四五六七八九])成(?![为為员員功立年熟本果绩績就交长長品形分])/gu,
};

function tenthsOf(text: string, lang: string): CharacterFigure[] {
  const pattern = tenths[lang];
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => {
    const numeral = match[1] ?? '';
    const digit = digitOf[numeral] ?? Number(numeral.normalize('NFKC'));
    return { value: String(digit * 10), start: match.index, end: match.index + match[0].length, percent: true };
  });
}

function runsOf(text: string, run: RegExp, lang: string): CharacterFigure[] {
  return [...text.matchAll(run)].flatMap((match) => {
    // Chinese says "mega" with 兆 (兆瓦, megawatt): only Japanese and Korean count with it.
    if (lang === 'zh' && match[0].includes('兆')) return [];
    const value = numberOf(match[0].replaceAll(',', ''));
    return value === null ? [] : [{ value: String(value), start: match.index, end: match.index + match[0].length }];
  });
}

/** The value of a run of numerals, digits and units, or `null` when it is not one number (a lone unit, "千万" alone). */
function numberOf(run: string): number | null {
  // A decimal before its unit ("1.2万", "1.5억"): the unit multiplies the whole of it.
  const decimal = /^([0-9]+[.．][0-9]+)(.)(.*)$/u.exec(run);
  if (decimal) {
    const [, figure = '', unit = '', rest = ''] = decimal;
    const size = groupOf[unit] ?? unitOf[unit];
    const after = rest === '' ? 0 : numberOf(rest);
    if (size === undefined || after === null) return null;
    const value = Math.round(Number(figure.replace('．', '.')) * size) + after;
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  }
  let total = 0;
  let group = 0;
  let number: number | null = null;
  for (const character of run) {
    const digit = /[0-9]/.test(character) ? Number(character) : digitOf[character];
    if (digit !== undefined) {
      // Digits in a row are one number ("2450", "二〇二五").
      number = (number ?? 0) * 10 + digit;
      continue;
    }
    const unit = unitOf[character];
    if (unit !== undefined) {
      group += (number ?? 1) * unit;
      number = null;
      continue;
    }
    const size = groupOf[character];
    if (size === undefined) return null;
    if (number === null && group === 0) return null;
    total += (group + (number ?? 0)) * size;
    group = 0;
    number = null;
  }
  const value = total + group + (number ?? 0);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}
