import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/pipeline/clean/clean-article.ts';
import { detectLanguage } from '../../../src/pipeline/detect-language.ts';
import { textToBlocks } from '../../../src/pipeline/text-to-blocks.ts';

const fixtures = path.join(import.meta.dirname, '../../fixtures/clean');

/** What a reader and an editor see of the cleaning: kept lines, headline, embeds, removed lines and why. */
function summarize(input: string) {
  const lang = detectLanguage(input).lang;
  const cleaned = cleanArticle(textToBlocks(input), lang);
  return {
    lang,
    headline: cleaned.headline?.line ?? null,
    standfirst: cleaned.standfirst?.line ?? null,
    body: cleaned.body.map((part) =>
      part.kind === 'paragraph' ? part.block.line : `embed ${part.embed.lines.join('-')}`,
    ),
    embeds: cleaned.embeds.map(({ platform, author, handle, date, url, profileUrl, lines }) => ({
      platform,
      author,
      handle,
      date,
      url,
      profileUrl,
      lines,
    })),
    removed: cleaned.removed.map((entry) => `${entry.line} ${entry.kind} (${entry.rule})`),
    dateTag: cleaned.dateTag?.value ?? null,
    wirePrefix: cleaned.wirePrefix?.name ?? null,
    selfMentions: [...new Set(cleaned.selfMentions.map((mention) => mention.domain))],
  };
}

describe('cleanArticle', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`cleans as expected: ${name.replaceAll('-', ' ')}`, async () => {
      const input = readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8');
      await expect(`${JSON.stringify(summarize(input), null, 2)}\n`).toMatchFileSnapshot(
        path.join(fixtures, name, 'expected.json'),
      );
    });
  }

  it('keeps a body paragraph that merely mentions a link-list phrase or a network', () => {
    const input = [
      'The minister said the government would read more reports before deciding, and follow the inquiry.',
      'Officials on Telegram said the talks would continue next week, according to several reports.',
    ].join('\n');
    expect(summarize(input).removed).toEqual([]);
  });

  it('keeps a short last paragraph that has no full stop when nothing marks it as a link', () => {
    const input = 'Der Präsident traf am Mittwoch den Minister in Berlin zu Gesprächen.\nMit Material von dpa';
    expect(summarize(input).body).toEqual([1, 2]);
  });

  it('reads a danda, an Armenian or an Ethiopic full stop as the end of a sentence, not of a link', () => {
    const hindi = [
      'वित्त मंत्री ने बजट विवाद के बाद इस्तीफ़ा दिया',
      'सरकारी प्रवक्ता के अनुसार, वित्त मंत्री ने सोमवार को इस्तीफ़ा दे दिया।',
      'प्रवक्ता ने कहा कि मंत्री शुक्रवार तक अपने पद पर बने रहेंगे।',
      'प्रधानमंत्री ने मंत्री के काम के लिए उनका धन्यवाद किया।',
      'और पढ़ें: बजट पर संसद में बहस',
      'चुनाव आयोग ने नई तारीखों की घोषणा की',
      'मौसम विभाग ने बारिश की चेतावनी दी',
    ].join('\n');
    expect(summarize(hindi).body).toEqual([2, 3, 4]);
    const armenian =
      'Ֆինանսների նախարարը հրաժարական է տվել\nՆախարարը հրաժարական է տվել երկուշաբթի։\nՎարչապետը շնորհակալություն է հայտնել։';
    expect(summarize(armenian).body).toEqual([2, 3]);
    const amharic = 'የገንዘብ ሚኒስትሩ ስልጣን ለቀቁ\nሚኒስትሩ ሰኞ ዕለት ስልጣናቸውን ለቀቁ።\nጠቅላይ ሚኒስትሩ ሚኒስትሩን አመስግነዋል።';
    expect(summarize(amharic).body).toEqual([2, 3]);
  });

  it('keeps an article of short lines without sentence marks (Thai), which no article text stands above', () => {
    const thai = [
      'รัฐมนตรีคลังลาออกหลังขัดแย้งเรื่องงบประมาณ',
      'โฆษกรัฐบาลระบุว่ารัฐมนตรีว่าการกระทรวงการคลังได้ลาออกเมื่อวันจันทร์',
      'โฆษกกล่าวว่ารัฐมนตรีจะยังคงดำรงตำแหน่งจนกว่าผู้สืบทอดตำแหน่งจะเข้ารับหน้าที่ในวันศุกร์',
      'นายกรัฐมนตรีขอบคุณรัฐมนตรีสำหรับการทำงานตลอดสามปีที่ผ่านมา',
    ].join('\n');
    const summary = summarize(thai);
    expect(summary.removed).toEqual([]);
    expect([summary.headline, ...summary.body]).toEqual([1, 2, 3, 4]);
  });

  it('keeps Thai paragraphs under a line that does end with a mark (a date line, "น.")', () => {
    const thai = [
      'น้ำท่วมฉับพลันในเชียงใหม่ คร่าชีวิตอย่างน้อย 12 ราย',
      'วันที่ 13 สิงหาคม 2569 เวลา 10:30 น.',
      'เกิดเหตุน้ำท่วมฉับพลันในอำเภอแม่ริม จังหวัดเชียงใหม่ เมื่อคืนวันพุธที่ผ่านมา ทำให้มีผู้เสียชีวิตอย่างน้อย 12 ราย',
      'ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า เจ้าหน้าที่กู้ภัยกว่า 400 นายได้รับการส่งไปยังพื้นที่ประสบภัยแล้ว',
      'กรมอุตุนิยมวิทยาเตือนว่า ฝนจะยังคงตกหนักในภาคเหนือต่อไปจนถึงวันอาทิตย์',
    ].join('\n');
    const summary = summarize(thai);
    expect(summary.headline).toBe(1);
    expect(summary.body).toEqual(expect.arrayContaining([3, 4, 5]));
  });

  it('takes a post pasted as its card (name, handle, text, date) for an embed, and a name next to the date for a byline', () => {
    const input = [
      'Унаслідок ракетного удару по Одесі загинули троє людей',
      'Олена Коваль',
      '12 листопада 2026, 08:15',
      'Внаслідок нічної ракетної атаки на Одесу загинули троє людей, ще 14 поранені, повідомив голова ОВА Олег Кіпер.',
      'Олег Кіпер',
      '@kiper_oleh',
      'Станом на 07:30 відомо про трьох загиблих. 14 людей отримали поранення, серед них двоє дітей.',
      '12.11.2026, 07:34',
      'За даними Повітряних сил, росіяни випустили по Україні 6 балістичних ракет і 85 ударних дронів.',
    ].join('\n');
    const summary = summarize(input);
    expect(summary.embeds).toEqual([
      {
        platform: 'social',
        author: 'Олег Кіпер',
        handle: '@kiper_oleh',
        date: '2026-11-12',
        url: null,
        profileUrl: null,
        lines: [5, 8],
      },
    ]);
    expect(summary.removed).toEqual(['2 credit (structure:name-next-to-date)', '3 date-tag (structure:date-tag)']);
    expect([summary.headline, summary.standfirst, ...summary.body]).toEqual([1, null, 4, 'embed 5-8', 9]);
  });

  it('removes a byline that credits an agency too ("Par Le Monde avec AFP", "Von Anna Schmidt mit dpa")', () => {
    for (const byline of ['Par Le Monde avec AFP', 'Von Anna Schmidt mit dpa', 'By Tom Hale with Reuters']) {
      const input = [
        'Le parti au pouvoir remporte les législatives au Sénégal',
        byline,
        'Le parti Pastef a remporté 130 des 165 sièges de l’Assemblée nationale, selon les résultats provisoires.',
        'Le taux de participation s’est établi à 49,5 %, a précisé la commission électorale.',
      ].join('\n');
      expect(summarize(input).removed, byline).toEqual(['2 credit (cue:credit:*)']);
    }
  });

  it('removes the wire credits above the line Reuters puts under every story', () => {
    const input = [
      'Magnitude 6.8 quake hits southern Mexico, at least 5 dead',
      'MEXICO CITY, March 3 (Reuters) - A magnitude 6.8 earthquake struck the southern Mexican state of Oaxaca on Tuesday, killing at least five people, authorities said.',
      'The national seismological service said the quake had a depth of 16 km.',
      '(Reporting by Diego Ore and Lizbeth Diaz; Editing by Sandra Maler)',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ].join('\n');
    expect(summarize(input).removed).toEqual(['4 credit (cue:credit:en)', '5 site-footer (cue:site-footer:en)']);
  });

  it('removes a notice that the rest is for subscribers, in the languages of the cue lists', () => {
    const cases: [string, string][] = [
      [
        'Le parti Pastef a remporté 130 des 165 sièges de l’Assemblée nationale, selon les résultats provisoires.',
        'Vous avez lu 35% de cet article. La suite est réservée aux abonnés.',
      ],
      [
        'The ruling party won 130 of the 165 seats in parliament, according to provisional results.',
        'Subscribe now to continue reading.',
      ],
      [
        'Die Regierungspartei gewann nach vorläufigen Ergebnissen 130 der 165 Sitze im Parlament.',
        'Jetzt abonnieren und weiterlesen',
      ],
      [
        'El partido gobernante obtuvo 130 de los 165 escaños, según los resultados provisionales.',
        'Este contenido es exclusivo para suscriptores.',
      ],
      [
        'Правящая партия получила 130 из 165 мест в парламенте, по предварительным данным.',
        'Материал доступен только подписчикам.',
      ],
      [
        'Vládní strana získala podle předběžných výsledků 130 ze 165 křesel v parlamentu.',
        'Celý článek je dostupný pouze pro předplatitele.',
      ],
      [
        'A kormánypárt az előzetes eredmények szerint 130 mandátumot szerzett a 165-ből.',
        'A cikk teljes terjedelmében csak előfizetőink számára érhető el.',
      ],
      ['המפלגה השלטת זכתה ב־130 מתוך 165 המושבים בפרלמנט, לפי התוצאות הראשוניות.', 'הכתבה המלאה זמינה למנויים בלבד.'],
    ];
    for (const [body, notice] of cases) {
      const input = ['Election results', body, body.replace('130', '131'), notice].join('\n');
      expect(summarize(input).removed, notice).toEqual([expect.stringMatching(/^4 paywall \(cue:paywall:/u)]);
    }
  });

  it('removes a menu, breadcrumbs or a row of share buttons pasted as one line, in any script', () => {
    for (const menu of [
      'Latest news | Politics | Economy | Sport',
      'Home › World › Asia › Thailand',
      'Accueil > International > Afrique',
      'ホーム ＞ 経済 ＞ 企業',
      '首页 ｜ 财经 ｜ 公司 ｜ 科技',
      'ข่าวล่าสุด | การเมือง | เศรษฐกิจ | กีฬา',
      'Главная • Политика • Экономика • Спорт',
      'الرئيسية | سياسة | اقتصاد | رياضة',
      'Share this story: Facebook | Twitter | WhatsApp',
    ]) {
      const input = [
        menu,
        'Flash floods kill at least 10 in northern Thailand',
        'Flash floods in Chiang Mai province killed at least 10 people on Wednesday night, officials said.',
        'Provincial governor Somchai Jaidee said more than 400 rescue workers had been sent to the area.',
      ].join('\n');
      const summary = summarize(input);
      expect(summary.removed, menu).toEqual(['1 menu (structure:menu-line)']);
      expect(summary.headline, menu).toBe(2);
    }
    // A headline with its outlet, or a sentence with a slash, is no menu.
    const kept = 'Floods kill 10 in Thailand | Reuters\nThe toll rose to 10 on Thursday / Friday, officials said.';
    expect(summarize(kept).removed).toEqual([]);
  });

  it('removes a bar of share buttons that names its networks with spaces alone, with or without its label', () => {
    for (const bar of [
      'シェア　X　Facebook　LINE　はてなブックマーク',
      '공유 카카오톡 페이스북 트위터',
      '分享到 微博 微信 QQ空间',
      'Facebook Twitter WhatsApp Telegram',
      'Dela på Facebook',
      'Sdílet na Facebooku',
      'Megosztás',
      'שתפו',
      'แชร์',
      'Jaa',
    ]) {
      const input = [
        bar,
        'Flash floods kill at least 10 in northern Thailand',
        'Flash floods in Chiang Mai province killed at least 10 people on Wednesday night, officials said.',
      ].join('\n');
      expect(summarize(input).removed, bar).toEqual([expect.stringMatching(/^1 share-bar/)]);
    }
    // Under the story: a newsletter named at the start of a line, or a German "subscribe now for free".
    for (const prompt of [
      'Newsletter: Das Wichtigste aus Europa jeden Morgen in Ihrem Postfach – jetzt kostenlos abonnieren',
      'Unser Morgen-Briefing: die Nachrichten des Tages, jetzt abonnieren',
      'Newsletter: Die Morgenlage, werktags um sechs Uhr',
    ]) {
      const input = [
        'Tantschews „Neuer Weg“ siegt – und braucht nun Partner',
        'Die Partei des früheren Präsidenten gewann die vorgezogene Parlamentswahl am Sonntag deutlich.',
        'Für eine absolute Mehrheit im Parlament in Sofia wären 121 der 240 Sitze nötig gewesen.',
        prompt,
      ].join('\n');
      expect(summarize(input).removed, prompt).toEqual([expect.stringMatching(/^4 newsletter /)]);
    }
    // Two network names are no bar: a sentence may name them ("Facebook and X").
    expect(
      summarize('Facebook X\nFlash floods kill at least 10 in northern Thailand, officials said on Thursday.').removed,
    ).not.toContainEqual(expect.stringMatching(/share-bar/));
  });

  it('removes a trail of two sections between chevrons, a section name over the headline, and an author credit', () => {
    const body = [
      'Jordskred på Koh Samui – minst nio döda',
      'Publicerad 13 oktober 2026 kl. 09.14 · Uppdaterad 13 oktober 2026 kl. 12.02',
      'Autor: Jan Novák',
      'Ett jordskred har begravt hus på den thailändska semesterön Koh Samui efter tre dygn av skyfall.',
      'Minst nio människor har omkommit och sex personer saknas fortfarande, uppger myndigheterna.',
    ];
    for (const top of ['Nyheter › Utrikes', 'Külföld']) {
      const summary = summarize([top, ...body].join('\n'));
      expect(summary.headline, top).toBe(2);
      expect(summary.dateTag, top).toBe('2026-10-13');
      expect(summary.removed, top).toEqual([
        `1 menu (structure:${top.includes('›') ? 'menu-line' : 'section-label'})`,
        '3 date-tag (structure:date-tag)',
        '4 credit (cue:credit:*)',
      ]);
    }
    // A short headline over a longer standfirst is kept when it holds a figure or punctuation.
    const short = summarize(['Brexit: 3 days left', ...body.slice(3)].join('\n'));
    expect(short.headline).toBe(1);
  });

  it('reads the publication date in the forms Czech, Hungarian, Swedish and Thai sites print it', () => {
    for (const [line, text] of [
      [
        '13. 10. 2026 11:20 | Bangkok | ČTK',
        'Sesuv půdy po třech dnech vydatných dešťů zasypal domy na ostrově Koh Samui.',
      ],
      ['2026. október 13., kedd 12:47', 'Háromnapos heves esőzés után földcsuszamlás temetett maga alá lakóházakat.'],
      [
        'Publicerad 13 oktober 2026 kl. 09.14 · Uppdaterad 13 oktober 2026 kl. 12.02',
        'Ett jordskred har begravt hus på den thailändska semesterön Koh Samui efter tre dygn av skyfall.',
      ],
      ['13 ต.ค. 2569 เวลา 11:42 น.', 'เกิดเหตุดินสไลด์ถล่มทับบ้านเรือนประชาชนบนเกาะสมุย หลังฝนตกหนักติดต่อกันมา 3 วัน'],
    ]) {
      expect(summarize(['Koh Samui', line, text, text].join('\n')).dateTag, line).toBe('2026-10-13');
    }
  });

  it('removes an inline "read also: <headline>" line in the further languages, keeping the text around it', () => {
    const inline = [
      'Baca juga: Prabowo Tiba di Beijing untuk Hadiri Parade Militer',
      'Leia também: Lula chega a Pequim para a cúpula do Brics',
      'Lees ook: Kabinet valt over asielbeleid',
      'Xem thêm: Thủ tướng tiếp Đại sứ Trung Quốc',
      'اقرأ أيضاً: الرئيس يصل إلى بكين',
      'بیشتر بخوانید: عراقچی وارد پکن شد',
      '相关阅读：习近平会见金正恩',
      '関連記事：首相、北京に到着',
      '관련기사: 김정은, 전용열차로 베이징 도착',
      "Ayrıca okuyun: Erdoğan Pekin'e gitti",
      'Czytaj też: Premier w Brukseli',
      'Читайте також: Зеленський прибув до Вашингтона',
      'यह भी पढ़ें: प्रधानमंत्री बीजिंग पहुंचे',
      'Läs också: Rekordregn i Vietnam – tiotusentals lämnar sina hem',
      'Čtěte také: Cestujete do Thajska v období dešťů? Na co si dát pozor',
      'Kapcsolódó: Földcsuszamlás Thaiföldön',
      'Lue myös: Pääministeri saapui Pekingiin',
      'קראו עוד: ראש הממשלה נחת בבייג׳ינג',
      'อ่านเพิ่มเติม: นายกฯ เดินทางถึงปักกิ่ง',
    ];
    for (const line of inline) {
      const input = [
        'The minister met his Chinese counterpart in Beijing on Wednesday, officials said.',
        line,
        'The two sides agreed to meet again next year in Jakarta.',
      ].join('\n');
      const summary = summarize(input);
      expect(
        summary.removed.map((entry) => entry.replace(/\(.*\)/, '')),
        line,
      ).toEqual(['2 related-links ']);
      expect(
        [summary.headline, ...summary.body].filter((line) => line !== null),
        line,
      ).toEqual([1, 3]);
    }
  });

  it('removes a cookie or privacy notice at the top or the bottom, in any language, and keeps a story about cookies', () => {
    const notices = [
      'Weboldalunk sütiket használ. A böngészés folytatásával elfogadja adatkezelési tájékoztatónkat.',
      'This website uses cookies to improve your experience. By continuing to browse this site you agree.',
      'Diese Webseite verwendet Cookies. Mit der Nutzung stimmen Sie der Datenschutzerklärung zu.',
      'Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.',
      'Tento web používá soubory cookies. Pokračováním v prohlížení souhlasíte s jejich použitím.',
      'Мы используем файлы cookie, чтобы сайт работал лучше.',
      'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.',
      '本网站使用cookie以改善您的浏览体验。',
    ];
    const story = [
      'A landslide buried houses on the island of Koh Samui after three days of heavy rain, officials said.',
      'At least nine people were killed and six are still missing, the provincial authorities said.',
    ];
    for (const notice of notices) {
      for (const lines of [
        [...story, notice],
        [notice, ...story],
      ]) {
        const summary = summarize(lines.join('\n'));
        expect(
          summary.removed.map((entry) => entry.replace(/ \(.*\)/, '')),
          notice,
        ).toEqual([`${lines.indexOf(notice) + 1} consent`]);
      }
    }
    const aboutCookies = [
      'Regulators fined the company on Tuesday for tracking users without their consent.',
      'The company said it uses cookies only to remember what readers put in their baskets.',
    ];
    expect(summarize(aboutCookies.join('\n')).removed).toEqual([]);
    // A quoted banner is part of the story, at the bottom too; one in the middle of the text is no banner.
    const quoted = [
      ...aboutCookies,
      'The banner read: "This website uses cookies. By continuing to browse this site you agree."',
    ];
    expect(summarize(quoted.join('\n')).removed).toEqual([]);
    const middle = [
      ...story,
      'Ce site utilise des cookies, a rappelé le juge en citant la bannière du site condamné.',
      'Officials said the search would resume at first light on Thursday, weather permitting.',
    ];
    expect(summarize(middle.join('\n')).removed).toEqual([]);
  });

  it('keeps a last paragraph that opens with a word a further-language cue also starts with', () => {
    const endings = [
      'İlgili bakanlık olayla ilgili soruşturma başlattığını açıkladı.',
      'Rekomendasi tersebut disampaikan kepada presiden pada Kamis.',
      'شاهد عيان قال إن الانفجار وقع قرب السوق.',
      '관련해 정부는 추가 대책을 발표하겠다고 밝혔다.',
      '记者会上，发言人表示双方将继续沟通。',
      'Polecenie wydał minister spraw wewnętrznych.',
      'Veja a seguir o que disse o ministro aos jornalistas.',
    ];
    for (const ending of endings) {
      const input = ['The minister met his Chinese counterpart in Beijing on Wednesday, officials said.', ending].join(
        '\n',
      );
      expect(summarize(input).removed, ending).toEqual([]);
    }
  });

  it('takes the publication date from a byline with the time, in any script and with a two-digit year, and the byline out', () => {
    const dateOf = (lang: string, text: string) => {
      const cleaned = cleanArticle(textToBlocks(text), lang);
      return [cleaned.dateTag?.value ?? null, cleaned.removed.map((entry) => entry.kind)];
    };
    expect(
      dateOf(
        'pt',
        'Trem descarrila na Espanha\nPor Redação, com Reuters | 07/04/2025 11h32 — Atualizado em 07/04/2025 12h10\nUm trem descarrilou perto de Córdoba.',
      ),
    ).toEqual(['2025-04-07', ['date-tag']]);
    expect(
      dateOf(
        'fr',
        'Collision en Espagne\nLe Monde avec AFP\nPublié le 12 mars 2025 à 09h14, modifié le 12 mars 2025 à 10h02\nDeux trains sont entrés en collision.',
      ),
    ).toEqual(['2025-03-12', ['date-tag']]);
    expect(
      dateOf('he', 'התנגשות רכבות בספרד\nאיתי כהן | פורסם: 11.03.25, 22:31\nשתי רכבות התנגשו בדרום ספרד.'),
    ).toEqual(['2025-03-11', ['date-tag']]);
    expect(dateOf('bn', 'সুদের হার বাড়াল ব্যাংক\nপ্রকাশ: ০৭ এপ্রিল ২০২৫, ২০:১৫\nকেন্দ্রীয় ব্যাংক সুদের হার বাড়িয়েছে।')).toEqual([
      '2025-04-07',
      ['date-tag'],
    ]);
    // A byline with the day and no time.
    expect(
      dateOf(
        'es',
        'Protesta en Tel Aviv\nPor Agencia EFE | 29 nov 2026\nDecenas de miles de personas se manifestaron el sábado.',
      ),
    ).toEqual(['2026-11-29', ['date-tag']]);
    expect(
      dateOf('en', 'Protest in Tel Aviv\nBy Jane Doe · March 3, 2026\nTens of thousands marched on Saturday.'),
    ).toEqual(['2026-03-03', ['date-tag']]);
    // Year first, as Korean and Chinese sites write it; a date line after its weekday.
    expect(dateOf('ko', '인도네시아 여객선 화재\n입력 2026.07.19 18:12\n여객선에 불이 났다.')).toEqual([
      '2026-07-19',
      ['date-tag'],
    ]);
    expect(dateOf('zh', '印尼一客轮起火\n2026年07月19日 19:02　来源：新华网\n一艘客轮起火。')).toEqual([
      '2026-07-19',
      ['date-tag'],
    ]);
    expect(dateOf('ar', 'حريق عبارة\nالأحد 19 يوليو 2026\nاندلع حريق في عبارة ركاب.')).toEqual([
      '2026-07-19',
      ['date-tag'],
    ]);
    // A sentence of the article that gives a date and a time is no byline.
    expect(
      dateOf('en', 'Quake hits Peru\nThe quake struck on 3 March 2025 at 04:17 local time.\nAt least 12 died.'),
    ).toEqual([null, []]);
  });

  it('drops separator lines, so a source opening with "---" keeps its headline', () => {
    const input = [
      '---',
      'Σεισμός 6,1 Ρίχτερ στην Κρήτη',
      'Ισχυρός σεισμός σημειώθηκε το πρωί στην Κρήτη, χωρίς αναφορές για ζημιές.',
      '* * *',
      'Οι αρχές παρακολουθούν την κατάσταση και ζητούν ψυχραιμία από τους κατοίκους.',
    ].join('\n');
    const summary = summarize(input);
    expect(summary.headline).toBe(2);
    expect(summary.body).toEqual([3, 5]);
    expect(summary.removed).toEqual(['1 separator (structure:separator)', '4 separator (structure:separator)']);
  });
});
