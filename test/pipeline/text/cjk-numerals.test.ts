import { describe, expect, it } from 'vitest';
import { characterFigures } from '../../../src/pipeline/text/cjk-numerals.ts';

const valuesOf = (text: string, lang: string) => characterFigures(text, lang).map((figure) => figure.value);

describe('characterFigures', () => {
  it('reads Chinese and Japanese numerals with their units, and digits with units, at their offsets', () => {
    expect(characterFigures('目前已造成十六人死亡、一百二十人受伤。', 'zh')).toEqual([
      { value: '16', start: 5, end: 7 },
      { value: '120', start: 11, end: 15 },
    ]);
    expect(valuesOf('已向灾区派出两千四百五十名救援人员。', 'zh')).toEqual(['2450']);
    expect(valuesOf('約2千人の救助隊を派遣した。1万2千人が避難した。', 'ja')).toEqual(['2000', '12000']);
    expect(valuesOf('六人受伤，十人失踪', 'zh')).toEqual(['6', '10']);
  });

  it('reads Korean digits with units, and no syllable that only looks like one', () => {
    expect(valuesOf('구조대원 2천450명을 투입했다. 1만2천명이 대피했다.', 'ko')).toEqual(['2450', '12000']);
    expect(valuesOf('3명만 남았다', 'ko')).toEqual([]);
  });

  it('reads a decimal before its unit as the whole figure', () => {
    expect(valuesOf('全球裁员1.2万人', 'zh')).toEqual(['12000']);
    expect(valuesOf('約1.2万人を削減する', 'ja')).toEqual(['12000']);
    expect(valuesOf('1.5억 달러', 'ko')).toEqual(['150000000']);
  });

  it('reads digits grouped by commas before a unit, and a million million in Japanese and Korean only', () => {
    expect(valuesOf('비용으로 3,500억 엔(약 3조2천억 원)을 반영', 'ko')).toEqual(['350000000000', '3200000000000']);
    expect(valuesOf('最終損益は1兆2000億円の赤字、費用は3,500億円', 'ja')).toEqual(['1200000000000', '350000000000']);
    // 兆瓦 is a megawatt in Chinese.
    expect(valuesOf('装机容量100兆瓦', 'zh')).toEqual([]);
  });

  it('reads a share in tenths as its percentage, and no word that opens with the tenth', () => {
    expect(characterFigures('これは全従業員の約1割にあたる。', 'ja')).toEqual([
      { value: '10', start: 9, end: 11, percent: true },
    ]);
    expect(valuesOf('売上高の3割を占める事業に', 'ja')).toEqual(['30']);
    expect(valuesOf('占公司销售额三成的业务，全球产能的七成左右', 'zh')).toEqual(['30', '70']);
    expect(valuesOf('割合が高い。割引する。一成不变。他成为总裁。成本上升。', 'ja')).toEqual([]);
    expect(valuesOf('他成为总裁，成本上升，一成不变', 'zh')).toEqual([]);
  });

  it('leaves numerals that are parts of words, ordinals, years and idioms alone', () => {
    expect(valuesOf('统一一些问题，第一个方案，三国演义', 'zh')).toEqual([]);
    expect(valuesOf('一艘载有280名乘客的客轮起火，一名船员受伤，三名乘客失踪', 'zh')).toEqual(['3']);
    expect(valuesOf('千万不要忘记二〇二五年', 'zh')).toEqual([]);
    expect(valuesOf('2025年3月3日、14人が死亡した', 'ja')).toEqual([]);
    expect(valuesOf('十六人死亡', 'en')).toEqual([]);
    // Some tens, a few hundred: no figure.
    expect(valuesOf('造成至少3人死亡、数十人受伤，几百名乘客被疏散', 'zh')).toEqual([]);
    expect(valuesOf('数十人が負傷した', 'ja')).toEqual([]);
  });
});
