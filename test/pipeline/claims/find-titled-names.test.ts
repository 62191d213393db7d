import { describe, expect, it } from 'vitest';
import { findTitledNames } from '../../../src/pipeline/claims/find-titled-names.ts';

const namesOf = (lang: string, text: string) => findTitledNames(text, lang).map((found) => found.name);

describe('findTitledNames', () => {
  it('reads a Japanese name before its title, in characters or whole in katakana, without the word for "former"', () => {
    expect(findTitledNames('本社で記者会見した藤森圭介社長は「…」と述べた。', 'ja')).toEqual([
      { name: '藤森圭介', start: 9, end: 13 },
    ]);
    expect(namesOf('ja', '労働組合の岩崎浩二中央執行委員長は「…」とのコメントを出した。')).toEqual(['岩崎浩二']);
    expect(namesOf('ja', '記者会見に同席した小野寺真理子CFOは説明した。')).toEqual(['小野寺真理子']);
    expect(namesOf('ja', 'ドナルド・トランプ大統領が述べた。安倍晋三元首相は語った。')).toEqual([
      'ドナルド・トランプ',
      '安倍晋三',
    ]);
    // "The company's president" names no one.
    expect(namesOf('ja', '同社社長は述べた。')).toEqual([]);
  });

  it('reads a Chinese name after its title, and a Korean one before it', () => {
    expect(namesOf('zh', '天雾电机总裁兼首席执行官藤森圭介在东京总部举行的记者会上表示')).toEqual(['藤森圭介']);
    expect(namesOf('zh', '美国总统唐纳德·特朗普表示，双方将继续谈判。')).toEqual(['唐纳德·特朗普']);
    expect(namesOf('ko', '오노데라 마리코 최고재무책임자(CFO)는 기자회견에서 말했다.')).toEqual(['오노데라 마리코']);
    expect(namesOf('ko', '이재명 대통령은 말했다.')).toEqual(['이재명']);
    // A common noun before an office, and a language with capitals, give none.
    expect(namesOf('ko', '회사 대표는 말했다.')).toEqual([]);
    expect(namesOf('en', 'President Keisuke Fujimori said.')).toEqual([]);
  });

  it('reads a Thai name after the title of address written onto it, and no office that starts like one', () => {
    expect(namesOf('th', 'นายวิเชียร ทองสุข ผู้ว่าราชการจังหวัดสุราษฎร์ธานี เปิดเผยว่า')).toEqual(['วิเชียร ทองสุข']);
    expect(namesOf('th', 'นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี กล่าวว่า')).toEqual(['แพทองธาร ชินวัตร']);
    expect(namesOf('th', 'นายกรัฐมนตรี กล่าวว่า นายอำเภอเกาะสมุย ได้สั่งการ')).toEqual([]);
  });

  it('reads a Hindi name of one to three words between its title and the mark of its subject', () => {
    expect(namesOf('hi', 'कंपनी के प्रेसिडेंट और सीईओ केइसुके फुजीमोरी ने कहा, "यह एक दर्दनाक फैसला है"')).toEqual(['केइसुके फुजीमोरी']);
    expect(namesOf('hi', 'राज्य के मुख्यमंत्री सुखविंदर सिंह सुक्खू ने हादसे पर दुख जताया।')).toEqual(['सुखविंदर सिंह सुक्खू']);
    // A title with no name, or a postposition after it, names no one; nor a title inside a longer word.
    expect(namesOf('hi', 'कंपनी के प्रवक्ता ने बताया कि असर नहीं पड़ेगा।')).toEqual([]);
    expect(namesOf('hi', 'मंत्री के सचिव ने कहा।')).toEqual([]);
    expect(namesOf('hi', 'उपमंत्री राम ने कहा।')).toEqual([]);
  });

  it('reads an Arabic or Hebrew name after its title and the office it holds, and a Japanese minister by ministry', () => {
    expect(namesOf('ar', 'وقال وزير الداخلية أحمد منصور إن السلطات ستعيد بناء الجسور.')).toEqual(['أحمد منصور']);
    expect(namesOf('ar', 'وأكد المتحدث باسم الشرطة، خالد يوسف، أن التحقيق مستمر.')).toEqual(['خالد يوسف']);
    expect(namesOf('ar', 'وقال وزير الداخلية في الحكومة إن التحقيق مستمر.')).toEqual([]);
    expect(namesOf('he', 'ראש העיר משה לוי אמר כי העירייה תשקם את הגשרים.')).toEqual(['משה לוי']);
    expect(namesOf('he', 'שר הביטחון דוד כהן הודיע על פינוי.')).toEqual(['דוד כהן']);
    expect(namesOf('ja', '松本剛明総務相は「橋を再建する」と述べた。')).toEqual(['松本剛明']);
  });

  it('reads a Persian name after its title and office, or before them between commas, and a Korean one past its ministry', () => {
    expect(namesOf('fa', 'وزیر کشور اسکندر مومنی گفت که پل‌ها بازسازی می‌شوند.')).toEqual(['اسکندر مومنی']);
    expect(namesOf('fa', 'علی رضایی، استاندار تهران، گفت که پل‌ها بازسازی می‌شوند.')).toEqual(['علی رضایی']);
    expect(namesOf('fa', 'سخنگوی دولت فاطمه مهاجرانی اعلام کرد که مدارس تعطیل است.')).toEqual(['فاطمه مهاجرانی']);
    // A title with no name after it names no one.
    expect(namesOf('fa', 'وزیر کشور در جلسه گفت که پل‌ها بازسازی می‌شوند.')).toEqual([]);
    expect(namesOf('ko', '김민수 행정안전부 장관은 "다리를 다시 짓겠다"고 말했다.')).toEqual(['김민수']);
    expect(namesOf('ko', '박영호 경찰청 대변인은 말했다.')).toEqual(['박영호']);
  });
});
