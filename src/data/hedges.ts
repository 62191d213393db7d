/**
 * Words that distance a writer from a statement ("reportedly", "φέρεται", "angeblich"). A claim
 * hedged in one source and stated flatly in another is framed differently. Patterns are matched
 * folded (lower case, no accents; written either way) at word starts, and anywhere in languages
 * written without spaces (Chinese, Japanese, Thai: `unspaced-languages.ts`).
 */
export const hedges: readonly { lang: string; pattern: string; reason: string }[] = [
  {
    lang: 'en',
    pattern: 'reportedly|allegedly|purportedly|is said to|are said to|is believed to|claimed|unconfirmed',
    reason: 'English hedges',
  },
  {
    lang: 'el',
    pattern: 'φερεται|φερονται|λεγεται|φημολογειται|εικαζεται|πιθανως|ενδεχομενως|μπορει να',
    reason: 'Greek hedges ("φέρεται" = is said to)',
  },
  {
    lang: 'de',
    pattern: 'angeblich|mutmasslich|soll|sollen|sollte|vermutlich|offenbar',
    reason: 'German hedges ("soll" = is said to)',
  },
  {
    lang: 'ro',
    pattern: 'se pare|ar fi|ar avea|presupus|aparent|unele surse',
    reason: 'Romanian hedges ("ar fi" = would have, reportedly)',
  },
  {
    lang: 'fr',
    pattern: 'aurait|auraient|presume|pretendument|selon certaines sources|apparemment',
    reason: 'French conditional of reported speech and hedges',
  },
  {
    lang: 'es',
    pattern: 'presuntamente|supuestamente|al parecer|habria|habrian|segun algunas fuentes',
    reason: 'Spanish hedges',
  },
  {
    lang: 'it',
    pattern: 'presumibilmente|presunt|avrebbe|avrebbero|sarebbe|sarebbero|secondo alcune fonti',
    reason: 'Italian conditional of reported speech and hedges',
  },
  {
    lang: 'ru',
    pattern: 'якобы|предположительно|по некоторым данным|по данным сми|по неофициальным данным|вероятно|по слухам',
    reason: 'Russian hedges',
  },
  {
    lang: 'pt',
    pattern: 'alegadamente|supostamente|presumivelmente|segundo algumas fontes|terá|terão|teria|teriam',
    reason: 'Portuguese hedges and the conditional of reported speech ("teria" = would have)',
  },
  {
    lang: 'pl',
    pattern: 'rzekomo|podobno|ponoć|prawdopodobnie|według nieoficjalnych informacji|nieoficjalnie',
    reason: 'Polish hedges ("rzekomo" = allegedly, "podobno" = reportedly)',
  },
  {
    lang: 'uk',
    pattern: 'нібито|імовірно|ймовірно|за неофіційними даними|за деякими даними|за даними змі',
    reason: 'Ukrainian hedges ("нібито" = allegedly)',
  },
  {
    lang: 'tr',
    pattern: 'iddiaya göre|iddia edilen|öne sürülen|olduğu bildirilen|olduğu öne sürülen|muhtemelen',
    reason: 'Turkish hedges ("iddiaya göre" = allegedly)',
  },
  {
    lang: 'ar',
    pattern: 'يزعم|زعم|مزعوم|على ما يبدو|يعتقد أن|بحسب تقارير|وفق تقارير|يرجح',
    reason: 'Arabic hedges ("يُزعم" = it is alleged)',
  },
  {
    lang: 'he',
    pattern:
      '[וש]?(?:לכאורה|כביכול|ככל הנראה|ייתכן|יתכן|נטען|על פי החשד|לפי החשד|על פי פרסומים זרים|לפי פרסומים זרים|על פי דיווחים|לפי דיווחים|על פי הדיווחים|לפי הדיווחים|לא אושר רשמית|טרם אושר רשמית)',
    reason:
      'Hebrew hedges ("לכאורה" = allegedly, "לפי פרסומים זרים" = according to foreign reports), with the joined "and" or "that"',
  },
  { lang: 'zh', pattern: '据报道|据称|据悉|据传|疑似|可能', reason: 'Chinese hedges ("据称" = reportedly)' },
  {
    lang: 'th',
    pattern:
      'คาดว่า|คาดกันว่า|คาดการณ์ว่า|เชื่อว่า|เชื่อกันว่า|ว่ากันว่า|อ้างว่า|กล่าวอ้าง|ถูกกล่าวหาว่า|สันนิษฐานว่า|มีรายงาน(?:ข่าว)?ว่า|ตามรายงาน(?!ของ)|ยังไม่(?:ได้รับการ|มีการ)ยืนยัน|ไม่ได้รับการยืนยัน|เป็นไปได้ว่า|อาจจะ|น่าจะ',
    reason:
      'Thai hedges, matched anywhere as Thai writes no spaces ("คาดว่า" = is expected to, "มีรายงานว่า" = there are reports that); "รายงานว่า" after a named outlet ("รอยเตอร์รายงานว่า") credits it and is no hedge',
  },
  {
    lang: 'ja',
    pattern: 'とされる|とみられる|と伝えられ|とされている|の可能性',
    reason: 'Japanese hedges ("とされる" = is said to)',
  },
  {
    lang: 'ko',
    pattern: '것으로 알려졌|것으로 전해졌|추정|의혹',
    reason: 'Korean hedges ("것으로 알려졌다" = is reported to)',
  },
  {
    lang: 'nl',
    pattern: 'naar verluidt|vermoedelijk|zou hebben|zouden hebben|volgens ingewijden',
    reason: 'Dutch hedges ("naar verluidt" = reportedly)',
  },
  {
    lang: 'sv',
    pattern: 'uppges|uppgavs|enligt uppgift|enligt uppgifter|påstås|påstått|förmodligen|troligen',
    reason: 'Swedish hedges ("uppges" = is said to; not "ska ha", which is also "will have")',
  },
  {
    lang: 'cs',
    pattern: 'údajně|údajný|údajná|údajné|prý|pravděpodobně|podle neoficiálních informací|podle některých zdrojů',
    reason: 'Czech hedges ("údajně" = allegedly, "prý" = reportedly)',
  },
  {
    lang: 'hu',
    pattern:
      'állítólag|feltehetően|valószínűleg|vélhetően|nem hivatalos információk szerint|értesülések szerint|egyes források szerint',
    reason: 'Hungarian hedges ("állítólag" = allegedly)',
  },
  {
    lang: 'fa',
    pattern: 'ظاهرا|گفته می‌شود|گفته میشود|احتمالا|به گفته برخی منابع|بنا بر گزارش‌ها|بنا بر گزارشها',
    reason: 'Persian hedges ("گفته می‌شود" = it is said)',
  },
  {
    lang: 'hi',
    pattern: 'कथित|बताया जा रहा|माना जा रहा|संभवतः|सूत्रों के मुताबिक|सूत्रों के अनुसार|आशंका',
    reason: 'Hindi hedges ("कथित तौर पर" = allegedly, "बताया जा रहा है" = it is being said)',
  },
  {
    lang: 'vi',
    pattern: 'được cho là|bị cho là|bị nghi|nghi vấn|theo một số nguồn tin|nhiều khả năng',
    reason: 'Vietnamese hedges ("được cho là" = is believed to)',
  },
  {
    lang: 'id',
    pattern: 'diduga|dikabarkan|disebut-sebut|kabarnya|konon|menurut sumber',
    reason: 'Indonesian hedges ("diduga" = allegedly, "dikabarkan" = reportedly)',
  },
];
