import { describe, expect, it } from 'vitest';
import { readersOf } from '../../helpers/language-readers.ts';

const unitsOf = (lang: string, published: string | null, ...paragraphs: string[]) =>
  readersOf(lang, published).unitsOf(...paragraphs);

describe('extractClaimUnits', () => {
  it('names who said or did it: next to the verb, the subject, by surname later, and for "el" the one before', () => {
    const units = unitsOf(
      'ro',
      '2025-09-03',
      'Președintele rus Vladimir Putin s-a întâlnit miercuri, la Beijing, cu liderul nord-coreean Kim Jong-un.',
      'Kim a subliniat că relațiile dintre cele două țări se dezvoltă în toate domeniile.',
      '„Luptăm împreună cu poporul frate și cu armata rusă”, a declarat el.',
      'Vladimir Putin, la rândul său, a subliniat că relațiile au fost mult timp „de încredere”.',
    );
    expect(units.map((unit) => unit.speaker)).toEqual([
      'Vladimir Putin',
      'Kim Jong Un',
      'Kim Jong Un',
      'Vladimir Putin',
    ]);
  });

  it('names the speaker written after the verb with an office between ("said Russian President Vladimir Putin")', () => {
    const speakerOf = (lang: string, text: string) => unitsOf(lang, '2025-09-03', text).map((unit) => unit.speaker);
    expect(
      speakerOf('en', '"Our cooperation will only grow stronger," said Russian President Vladimir Putin.'),
    ).toEqual(['Vladimir Putin']);
    expect(
      speakerOf('de', '„Die Zusammenarbeit wird weiter wachsen“, sagte der russische Präsident Wladimir Putin.'),
    ).toEqual(['Vladimir Putin']);
    expect(speakerOf('es', '"La cooperación crecerá", dijo el presidente ruso, Vladímir Putin.')).toEqual([
      'Vladimir Putin',
    ]);
  });

  it('gives a relative clause of saying to the person it follows, not to the subject', () => {
    const speakers = (lang: string, text: string) =>
      unitsOf(lang, '2025-09-03', text).map((unit) => [unit.text, unit.speaker]);
    expect(
      speakers(
        'ro',
        'Vladimir Putin s-a întâlnit miercuri la Beijing cu liderul nord-coreean Kim Jong-un, care a promis că va continua să ajute Rusia.',
      ),
    ).toEqual([
      ['Vladimir Putin s-a întâlnit miercuri la Beijing cu liderul nord-coreean Kim Jong-un,', 'Vladimir Putin'],
      ['care a promis că va continua să ajute Rusia.', 'Kim Jong Un'],
    ]);
    expect(
      speakers('en', 'Vladimir Putin met Kim Jong Un in Beijing on Wednesday, who said his country would help Russia.'),
    ).toEqual([
      ['Vladimir Putin met Kim Jong Un in Beijing on Wednesday,', 'Vladimir Putin'],
      ['who said his country would help Russia.', 'Kim Jong Un'],
    ]);
  });

  it('gives the speaker of a German quotation to each of its parts', () => {
    const units = unitsOf(
      'de',
      null,
      '„Ich möchte betonen, dass Ihre Soldaten mutig gekämpft haben… wir werden die Opfer niemals vergessen“, sagte Putin zu Kim und dankte ihm im Namen des russischen Volkes.',
    );
    expect(units.map((unit) => [unit.text.slice(0, 12), unit.speaker])).toEqual([
      ['„Ich möchte ', 'Vladimir Putin'],
      ['wir werden d', 'Vladimir Putin'],
      ['und dankte i', 'Vladimir Putin'],
    ]);
  });

  it('credits agencies named after an attribution phrase, and not a place merely named', () => {
    const [unit] = unitsOf(
      'ro',
      null,
      'Totodată, potrivit agenției de știri sud-coreene Yonhap, Kim i-a mulțumit liderului de la Kremlin pentru laudele aduse trupelor.',
    );
    expect(unit?.according).toEqual(['Yonhap']);
  });

  it('reads figures, dates and hedges, leaving out a dateline, the digits of a date and the day a statement was made', () => {
    const [unit] = unitsOf(
      'en',
      '2026-05-02',
      'DOHA, May 2 (Newswire) - The truce, reportedly agreed on Friday, will free 1,200 prisoners by June 2026, the minister said on Saturday.',
    );
    expect([...(unit?.numbers ?? [])]).toEqual(['1200']);
    expect([...(unit?.dates ?? [])].sort()).toEqual(['2026-06', '~5']);
    expect(unit?.hedged).toBe(true);
  });

  it('reads a hedge in Swedish, Czech, Hungarian, Persian, Hindi, Vietnamese and Indonesian, and not a plain statement', () => {
    const hedged = (lang: string, text: string) => unitsOf(lang, null, text).map((unit) => unit.hedged);
    expect(hedged('sv', 'Ett tyskt par som bodde på resorten uppges vara bland de döda.')).toEqual([true]);
    expect(hedged('cs', 'Mezi mrtvými jsou prý i dva němečtí turisté.')).toEqual([true]);
    expect(hedged('hu', 'Állítólag egy német házaspár is az áldozatok között van.')).toEqual([true]);
    expect(hedged('fa', 'گفته می‌شود دو گردشگر آلمانی در میان کشته‌شدگان هستند.')).toEqual([true]);
    expect(hedged('hi', 'बताया जा रहा है कि बस के ब्रेक फेल हो गए थे।')).toEqual([true]);
    expect(hedged('vi', 'Nguyên nhân vụ cháy được cho là do chập điện.')).toEqual([true]);
    expect(hedged('id', 'Kebakaran diduga berasal dari ruang mesin.')).toEqual([true]);
    expect(hedged('id', 'Kebakaran berasal dari ruang mesin.')).toEqual([false]);
    expect(hedged('sv', 'Ett tyskt par som bodde på resorten är bland de döda.')).toEqual([false]);
    expect(hedged('sv', 'Regeringen ska ha ett extra möte om skredet i morgon.')).toEqual([false]);
  });

  it('reads figures in Arabic and Persian digits, and figures written right after a Chinese or Japanese character', () => {
    // Of every clause: the Arabic sentence is two, one count each.
    const numbersOf = (lang: string, text: string) =>
      unitsOf(lang, '2025-03-03', text).flatMap((unit) => [...unit.numbers]);
    expect(numbersOf('ar', 'لقي ما لا يقل عن ١٦ شخصا مصرعهم وأصيب ١٢٠ آخرون في الزلزال.')).toEqual(['16', '120']);
    expect(numbersOf('fa', 'در این زلزله دست‌کم ۱۴ نفر کشته و ۱۲۰ نفر زخمی شدند.')).toEqual(['14', '120']);
    expect(numbersOf('ja', '地震で少なくとも14人が死亡、118人が負傷した。')).toEqual(['14', '118']);
    expect(numbersOf('zh', '土耳其东部发生6.2级地震，造成至少16人死亡。')).toEqual(['6.2', '16']);
  });

  it('takes no sentence that opens with a name, a comma and a figure with a thousands dot for a dateline', () => {
    const [german] = unitsOf(
      'de',
      null,
      'Innenministerin Faeser, die 2.000 Helfer in die Region schickte, sagte am Abend, die Lage sei ernst.',
    );
    expect([...(german?.numbers ?? [])]).toEqual(['2000']);
    const [turkish] = unitsOf(
      'tr',
      null,
      'AFAD Başkanı Okay Memiş, bölgeye 2.450 arama kurtarma personeli gönderildiğini söyledi.',
    );
    expect([...(turkish?.numbers ?? [])]).toEqual(['2450']);
    const [hindi] = unitsOf(
      'hi',
      null,
      'अंकारा, 3 मार्च 2025 (भाषा)। तुर्की के पूर्वी हिस्से में सोमवार को आए भूकंप में कम से कम 14 लोगों की मौत हो गई।',
    );
    expect(hindi?.text.startsWith('तुर्की')).toBe(true);
  });

  it('compares a place the glossary does not know by its consonants, across scripts and case endings', () => {
    const placesOf = (lang: string, text: string) =>
      [...(unitsOf(lang, '2026-03-13', text)[0]?.entities.keys() ?? [])]
        .filter((key) => key.startsWith('place:'))
        .sort();
    expect(placesOf('es', 'El sismo sacudió la región de Arequipa y se sintió en la ciudad de Caravelí.')).toEqual([
      'place:arkp',
      'place:krfl',
    ]);
    expect(placesOf('ru', 'Землетрясение произошло в регионе Арекипа, толчки ощущались в городе Каравели.')).toEqual([
      'place:arkp',
      'place:krfl',
    ]);
    expect(placesOf('fr', 'Un séisme a frappé la région d’Arequipa, jusqu’à la capitale de Lima.')).toEqual([
      'place:arkp',
      'place:lm',
    ]);
    // Hebrew writes few vowels: לארמה is Laerma, רודוס Rhodes.
    expect(placesOf('he', 'השריפה פרצה ליד הכפר לארמה שבדרום האי רודוס.')).toEqual(['place:lrm', 'place:rds']);
    expect(placesOf('en', 'The fire started near the village of Laerma and reached the town of Rhodes.')).toEqual([
      'place:lrm',
      'place:rds',
    ]);
    // A place the glossary knows is compared as the glossary's entity, not twice.
    expect(placesOf('ro', 'Soldații au luptat în regiunea Kursk timp de luni de zile.')).toEqual([]);
  });

  it('reads word stems past an elided article, and "frappé" in an earthquake as no strike', () => {
    const [unit] = unitsOf('fr', '2026-03-13', 'Un puissant séisme a frappé jeudi soir la région d’Arequipa.');
    expect([...(unit?.stems ?? [])]).toContain('arequ');
    expect([...(unit?.concepts ?? [])]).toEqual(['earthquake']);
    expect([
      ...(unitsOf('fr', '2026-03-13', 'Une frappe aérienne a touché un immeuble de Kharkiv.')[0]?.concepts ?? []),
    ]).toContain('airstrike');
  });

  it('reads "no deaths" as a toll of 0, before or after the toll, and nothing else as none', () => {
    const tollOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-08-05', text).flatMap((unit) => [...unit.counts].filter(([concept]) => concept === 'killed'));
    expect(tollOf('nl', 'Er zijn geen doden gevallen.')).toEqual([['killed', '0']]);
    expect(tollOf('uk', 'Загиблих немає, кілька людей звернулися по медичну допомогу.')).toEqual([['killed', '0']]);
    expect(tollOf('en', 'Officials said nobody was killed in the blaze on Tuesday.')).toEqual([['killed', '0']]);
    expect(tollOf('he', 'שני בני אדם נהרגו בשריפה, כך דיווחו כלי תקשורת מקומיים.')).toEqual([['killed', '2']]);
    // A figure counts before "none" does; "no" far from a toll, or before no toll, counts nothing.
    expect(tollOf('en', 'There is no doubt the attack on the market killed 12 people.')).toEqual([['killed', '12']]);
    expect(unitsOf('en', null, 'The two sides reached no agreement on the ceasefire.')[0]?.counts.size).toBe(0);
    // "Monday" in Hebrew is "day two": no count.
    expect(tollOf('he', 'ביום שני נהרגו בני אדם רבים בתאונה קשה בצפון.')).toEqual([]);
  });

  it('reads a toll told before its figure, past "at least" and its kin, and Russian "victims" as the dead', () => {
    const tollOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-03-13', text).flatMap((unit) => [...unit.counts].filter(([concept]) => concept === 'killed'));
    expect(tollOf('en', 'The number of dead rose to at least 41 on Friday.')).toEqual([['killed', '41']]);
    expect(tollOf('ru', 'Жертвами стихии стали по меньшей мере 41 человек.')).toEqual([['killed', '41']]);
    expect(tollOf('es', 'Los fallecidos ascienden a más de 41.')).toEqual([['killed', '41']]);
    // Other words still count: a figure four words off counts nothing.
    expect(tollOf('en', 'The number of dead rose sharply overnight to 41 on Friday.')).toEqual([]);
  });

  it('leaves out the figures of a clause dated to an earlier year, and reads the civil protection agency as no defence', () => {
    const [background] = unitsOf('he', '2026-08-05', 'ביולי 2023 פונו מהאי כ-19 אלף בני אדם בשריפה גדולה.');
    expect([...(background?.numbers ?? [])]).toEqual([]);
    expect(background?.counts.size).toBe(0);
    const [now] = unitsOf('he', '2026-08-05', 'לפי ההגנה האזרחית ביוון, כ-19 אלף בני אדם פונו מהאזור.');
    expect([...(now?.numbers ?? [])]).toEqual(['19000']);
    expect([...(now?.concepts ?? [])].sort()).toEqual(['civil-protection', 'evacuated']);
  });

  it('reads a figure in a unit of measure in the unit its quantity is compared in, as written in any script', () => {
    const measured = (lang: string, text: string) =>
      unitsOf(lang, '2026-08-05', text).flatMap((unit) => [...unit.numbers].map((n) => `${n} ${unit.units.get(n)}`));
    // One area in hectares and in square kilometres, in Dutch, Vietnamese, Ukrainian and Chinese.
    expect(measured('nl', 'Er is zo’n 8.000 hectare bos en landbouwgrond in vlammen opgegaan.')).toEqual(['80 km²']);
    expect(measured('vi', 'Đám cháy đã thiêu rụi khoảng 8.000 ha rừng và đất nông nghiệp.')).toEqual(['80 km²']);
    expect(measured('uk', 'Вогонь уже знищив близько 80 квадратних кілометрів лісу.')).toEqual(['80 km²']);
    expect(measured('zh', '大火已烧毁约80平方公里的森林和农田。')).toEqual(['80 km²']);
    // Miles and Fahrenheit, rounded to the digits they were written with; a dunam is a thousand m².
    expect(measured('en', 'The quake struck 35 miles north of the city.')).toEqual(['56 km']);
    expect(measured('en', 'Temperatures reached 104°F on Tuesday.')).toEqual(['40 °C']);
    expect(measured('he', 'האש כילתה כ-5,000 דונם של חורש טבעי.')).toEqual(['5 km²']);
    // A figure with no unit of measure counts what follows it, as before.
    expect(measured('nl', 'De dorpen en 18 hotels zijn ontruimd.')).toEqual(['18 hotels']);
    // Money is read in its currency, by symbol, code or word in any script; the yen sign is the yuan's in Chinese.
    expect(measured('pt', 'Ele recebeu R$ 62 milhões em propina.')).toEqual(['62000000 BRL']);
    expect(measured('ru', 'Ущерб оценивается в 3 млрд рублей.')).toEqual(['3000000000 RUB']);
    expect(measured('ja', '成長分野に5000億円を投じる。')).toEqual(['500000000000 JPY']);
    expect(measured('ko', '성장 분야에 5천억 엔을 투자할 계획이다.')).toEqual(['500000000000 JPY']);
    expect(measured('zh', '公司被罚款¥500万元。')).toEqual(['5000000 CNY']);
    expect(measured('zh', '该公司被罚款500万元人民币。')).toEqual(['5000000 CNY']);
    expect(measured('th', 'ความเสียหายกว่า 400 ล้านบาท')).toEqual(['400000000 THB']);
    expect(measured('ar', 'بلغت الخسائر 2.5 مليار دولار.')).toEqual(['2500000000 USD']);
    // A victim's age or a temperature counts nothing: no toll of 47, no fire of 40.
    const countsOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-08-05', text).flatMap((unit) => [...unit.counts.keys()]);
    expect(countsOf('vi', 'Một lính cứu hỏa 47 tuổi đã thiệt mạng khi xe chữa cháy bị lửa bao vây.')).toEqual([]);
    expect(countsOf('de', 'Ein 47-jähriger Feuerwehrmann kam bei dem Brand ums Leben.')).toEqual([]);
    expect(countsOf('vi', 'Nhiệt độ trên 40 độ C khiến đám cháy nhanh chóng lan rộng.')).toEqual([]);
    expect(countsOf('es', 'El juez lo condenó a 15 años de prisión por el incendio.')).toContain('condemn');
  });

  it('reads a length of time as a duration in minutes, in digits or words, and an hour of the clock as none', () => {
    const read = (lang: string, text: string) =>
      unitsOf(lang, '2026-10-13', text).flatMap((unit) =>
        [...unit.counts].map(([concept, value]) => `${concept} ${value} ${unit.units.get(value)}`),
      );
    // The girl was pulled out after ten hours: a duration, no count of rescuers.
    expect(read('cs', 'Záchranářům se po zhruba deseti hodinách podařilo vyprostit živou holčičku.')).toEqual([
      'duration 600 min',
    ]);
    expect(read('th', 'เจ้าหน้าที่ช่วยเด็กหญิงออกมาจากซากบ้านได้ หลังติดอยู่นานราว 10 ชั่วโมง')).toEqual(['duration 600 min']);
    expect(read('pt', 'Os dois conversaram por telefone durante cerca de 85 minutos.')).toEqual(['duration 85 min']);
    expect(read('es', 'Los manifestantes cortaron durante unas dos horas la autopista.')).toEqual(['duration 120 min']);
    expect(read('fr', 'Les négociations entre les deux délégations ont duré 10 heures.')).toEqual(['duration 600 min']);
    // An hour and a half written as one unit: 90 minutes, not 60.
    expect(read('ja', '両首脳の会談は約1時間半行われた。')).toEqual(['duration 90 min']);
    expect(read('ko', '두 정상은 약 1시간 반 동안 회담했다.')).toEqual(['duration 90 min']);
    expect(read('ru', 'Телефонный разговор продлился около полутора часов.')).toEqual(['duration 90 min']);
    expect(read('pl', 'Rozmowa telefoniczna trwała półtorej godziny.')).toEqual(['duration 90 min']);
    // Arabic and Hebrew write two hours as one word.
    expect(read('he', 'המפגינים חסמו את נתיבי איילון למשך כשעתיים.')).toEqual(['duration 120 min']);
    expect(read('ar', 'أغلق المحتجون الطريق السريع لمدة ساعتين.')).toEqual(['duration 120 min']);
    // Hebrew writes "the" onto the hours: "the next 48 hours".
    expect(read('he', '"48 השעות הקרובות יהיו קריטיות", אמר השר.')).toEqual(['duration 2880 min']);
    // "à 10 heures" is ten o'clock.
    expect(read('fr', 'Les secours sont arrivés à 10 heures, et 12 blessés ont été évacués.')).not.toContain(
      'duration 600 min',
    );
    // A Thai child's age in years (ขวบ) counts nothing, and a Thai figure's unit is its word, not the run after it.
    const [girl] = unitsOf('th', '2026-10-13', 'เจ้าหน้าที่ช่วยเด็กหญิงวัย 7 ขวบออกมาจากซากบ้านได้อย่างปลอดภัย');
    expect(girl?.units.get('7')).toBe('years old');
    const [homes] = unitsOf('th', '2026-10-13', 'ดินโคลนไหลลงมาทับบ้านเรือน 12 หลังรวมทั้งบังกะโลของรีสอร์ต');
    expect(homes?.units.get('12')).toBe('หลัง');
  });

  it('reads a figure with a percent sign as a count of percent, and a Romanian multiplier after "de"', () => {
    const [share] = unitsOf('el', '2026-06-15', 'Μετά την καταμέτρηση το κόμμα συγκεντρώνει 31,4%.');
    expect(Object.fromEntries(share?.counts ?? [])).toEqual({ percent: '31.4' });
    const [arabic] = unitsOf('ar', '2026-06-15', 'وحصل الحزب على ٣١٫٤٪ من الأصوات.');
    expect([...(arabic?.concepts ?? [])]).toContain('percent');
    const [votes] = unitsOf('ro', '2026-06-15', 'Partidul a obținut aproximativ 840 de mii de voturi.');
    expect([...(votes?.numbers ?? [])]).toEqual(['840000']);
  });

  it('names the speaker after a quotation by the verbs of saying news uses beyond "said", in languages and scripts alike', () => {
    const speakerOf = (lang: string, text: string) => unitsOf(lang, '2026-03-10', text).map((unit) => unit.speaker);
    expect(speakerOf('ko', '"양국 관계가 매우 중요하다"고 시진핑 주석이 설명했다.')).toEqual(['Xi Jinping']);
    expect(speakerOf('it', '«La Russia non si fermerà», ha ribadito il presidente Putin.')).toEqual(['Vladimir Putin']);
    expect(speakerOf('nl', '“We blijven Noord-Korea steunen”, aldus Poetin.')).toEqual(['Vladimir Putin']);
    expect(speakerOf('hi', 'घायलों की हर संभव मदद की जाएगी, मोदी ने वादा किया।')).toEqual(['Narendra Modi']);
    expect(speakerOf('fa', '«دولت به اصلاحات ادامه می‌دهد»، نتانیاهو در پیامی نوشت.')).toEqual(['Benjamin Netanyahu']);
    expect(speakerOf('tr', '"Boğaz tamamen güvenlidir" diye konuştu Erdoğan.')).toEqual(['Recep Tayyip Erdoğan']);
    // A noun and a light verb, read as a pair.
    expect(speakerOf('hi', 'घायलों की हर संभव मदद की जाएगी, मोदी ने जोर दिया।')).toEqual(['Narendra Modi']);
    expect(speakerOf('fa', '«دولت به اصلاحات ادامه می‌دهد»، نتانیاهو عنوان کرد.')).toEqual(['Benjamin Netanyahu']);
  });

  it('names the speaker by a Vietnamese verb of saying of two syllables, read as a pair', () => {
    const speakerOf = (text: string) => unitsOf('vi', '2026-08-05', text).map((unit) => unit.speaker);
    expect(speakerOf('"Chúng tôi sẽ hỗ trợ người dân bằng mọi cách", Thủ tướng Phạm Minh Chính cho biết.')).toEqual([
      'Phạm Minh Chính',
    ]);
    expect(speakerOf('Người phát ngôn Lefteris Stavrakakis cho biết 48 giờ tới sẽ rất quan trọng.')).toEqual([
      'Lefteris Stavrakakis',
    ]);
    expect(speakerOf('Ông Kyriakos Mitsotakis khẳng định chính phủ sẽ hỗ trợ người dân.')).toEqual([
      'Kyriakos Mitsotakis',
    ]);
    // Either syllable alone is no verb of saying ("cho", give; "biết", know).
    expect(speakerOf('Ông Nguyễn Văn An biết rõ khu vực này và cho mượn thuyền.')).toEqual([null]);
  });

  it('names a speaker the glossary does not know by the capitalised name beside the verb of saying', () => {
    const speakerOf = (lang: string, text: string) => unitsOf(lang, '2026-10-13', text)[0]?.speaker;
    expect(
      speakerOf(
        'sv',
        '”Vi kämpar mot klockan, men marken rör sig fortfarande”, säger Wichian Thongsuk, guvernör i Surat Thani.',
      ),
    ).toBe('Wichian Thongsuk');
    expect(
      speakerOf(
        'hu',
        '„Versenyt futunk az idővel, de a talaj még mindig mozog” – mondta Wichian Thongsuk, a tartomány kormányzója.',
      ),
    ).toBe('Wichian Thongsuk');
    expect(speakerOf('cs', '„Závodíme s časem,“ řekl starosta ostrova Ratchanon Bunmak.')).toBe('Ratchanon Bunmak');
    // A surname alone, right beside the verb; in German only right after it, as nouns have capitals too.
    expect(speakerOf('el', '«Οι πολίτες ψήφισαν για αλλαγή», δήλωσε ο Τάντσεφ στη Σόφια.')).toBe('Τάντσεφ');
    expect(speakerOf('de', '„Die Menschen haben für den Wandel gestimmt“, sagte Tantschew in Sofia.')).toBe(
      'Tantschew',
    );
    expect(speakerOf('de', '„Die Lage ist ruhig“, sagte der Sprecher der Polizei am Abend.')).toBeNull();
    expect(speakerOf('de', 'Die Polizei sagte, die Lage sei ruhig.')).toBeNull();
    expect(speakerOf('en', 'Officials said Monday the talks would resume.')).toBeNull();
    // After a title abbreviated before it, and as a full name in apposition that closes the clause.
    expect(speakerOf('fr', '« Des villages entiers sont coupés du monde », a déclaré M. Valdivia à la presse.')).toBe(
      'Valdivia',
    );
    expect(
      speakerOf(
        'it',
        '«Ci sono interi paesi rimasti isolati», ha detto a un’emittente locale il sindaco di Caravelí, Mario Quispe.',
      ),
    ).toBe('Mario Quispe');
    expect(speakerOf('en', 'Police said two men were arrested in the port city of Durban, South Africa.')).toBeNull();
    // A capitalised word after an article is no name where names take none; in Greek they do.
    expect(
      speakerOf(
        'nl',
        "'De komende 48 uur zijn kritiek', zei de Griekse minister van Civiele Bescherming, Giorgos Andreadakis.",
      ),
    ).toBe('Giorgos Andreadakis');
    // A subject opened by an article says it, unnamed; a pronoun or a verb alone goes on with the last speaker.
    const speakersOf = (lang: string, text: string) => unitsOf(lang, '2026-10-13', text).map((unit) => unit.speaker);
    expect(
      speakersOf(
        'it',
        '«I soccorsi sono in ritardo», ha detto il sindaco di Caravelí, Mario Quispe. Il governo ha dichiarato lo stato di emergenza per 60 giorni.',
      ),
    ).toEqual(['Mario Quispe', null]);
    expect(
      speakersOf(
        'it',
        '«I soccorsi sono in ritardo», ha detto il sindaco di Caravelí, Mario Quispe. Ha aggiunto che le strade restano chiuse.',
      ),
    ).toEqual(['Mario Quispe', 'Mario Quispe']);
    // A verb of saying with a capital, first in its sentence, is no name: the subject left unsaid is the speaker before.
    expect(
      speakersOf(
        'el',
        'Ο Κιμ Γιονγκ Ουν ευχαρίστησε τον Ρώσο πρόεδρο για τη στήριξη. Υπογράμμισε επίσης ότι η συνεργασία έχει ενισχυθεί.',
      ).at(-1),
    ).toBe('Kim Jong Un');
    expect(
      speakersOf(
        'es',
        '«La ayuda llegará mañana», dijo el gobernador de Arequipa, Rohel Sánchez. Aseguró que las carreteras siguen cortadas.',
      ).at(-1),
    ).toBe('Rohel Sánchez');
    // A subject of many words opened by an article says it, unnamed, though far from its verb.
    expect(
      speakersOf(
        'el',
        'Ο Κιμ Γιονγκ Ουν ευχαρίστησε τον Ρώσο πρόεδρο. Οι ΗΠΑ και η Νότια Κορέα έχουν κατηγορήσει την Πιονγκγιάνγκ ότι στέλνει πυραύλους.',
      ).at(-1),
    ).toBeNull();
    // A name after "according to" and an office is who said it; a body's name is credited, not a speaker.
    const speakerIn = (lang: string, text: string) =>
      speakersOf(lang, text).find((speaker) => speaker !== null) ?? null;
    expect(speakerIn('fr', 'Selon le préfet Pierre Dartout, le bilan pourrait encore s’alourdir.')).toBe(
      'Pierre Dartout',
    );
    expect(speakerIn('en', 'According to fire chief John Miller, the blaze is contained.')).toBe('John Miller');
    expect(speakerIn('it', 'Secondo il prefetto Claudio Palomba, il bilancio potrebbe salire ancora.')).toBe(
      'Claudio Palomba',
    );
    expect(speakerIn('es', 'Según el Instituto Geofísico del Perú, el sismo fue de magnitud 7.')).toBeNull();
    expect(speakerIn('es', 'Según los jueces, Peñaherrera recibió 12 millones en sobornos.')).toBeNull();
    // The place of an office, run together with the name or before it, is no part of it.
    expect(speakerIn('it', '«Ricostruiremo tutto», ha detto il sindaco di Napoli Gaetano Manfredi.')).toBe(
      'Gaetano Manfredi',
    );
    expect(speakerIn('pt', '“Vamos reconstruir tudo”, disse o prefeito do Rio, Eduardo Paes.')).toBe('Eduardo Paes');
    expect(
      speakerIn('fr', '« Nous reconstruirons », a assuré le maire de Lyon, Grégory Doucet, lors d’une conférence.'),
    ).toBe('Grégory Doucet');
    expect(speakerIn('ro', '„Vom reconstrui totul”, a declarat primarul Capitalei, Nicușor Dan, luni.')).toBe(
      'Nicușor Dan',
    );
    expect(speakerIn('nl', "'We bouwen het weer op', zei burgemeester Femke Halsema van Amsterdam.")).toBe(
      'Femke Halsema',
    );
    // Where the place stands in the genitive with no "of", or a German title is one word with the name.
    expect(speakerIn('pl', '„Odbudujemy to” – powiedział burmistrz Gdańska Piotr Nowak.')).toBe('Piotr Nowak');
    expect(speakerIn('cs', '„Všechno obnovíme,“ řekl primátor Prahy Bohuslav Svoboda.')).toBe('Bohuslav Svoboda');
    // A place of two words there: the name is the last two words, three with a patronymic.
    expect(speakerIn('cs', '„Závodíme s časem,“ řekl starosta Koh Samui Ratchanon Bunmak.')).toBe('Ratchanon Bunmak');
    expect(speakerIn('pl', '„Odbudujemy to” – powiedział burmistrz Zielonej Góry Janusz Kubicki.')).toBe(
      'Janusz Kubicki',
    );
    expect(speakerIn('ru', '«Мы всё восстановим», — заявил мэр Москвы Сергей Семёнович Собянин.')).toBe(
      'Сергей Семёнович Собянин',
    );
    expect(speakerIn('uk', '«Ми все відбудуємо», — заявив мер Києва Віталій Кличко.')).toBe('Віталій Кличко');
    expect(speakerIn('el', '«Θα ξαναχτίσουμε τα πάντα», δήλωσε ο δήμαρχος Αθηναίων Χάρης Δούκας.')).toBe(
      'Χάρης Δούκας',
    );
    expect(speakerIn('ru', '«Мы всё восстановим», — заявил мэр Сергей Семёнович Собянин.')).toBe(
      'Сергей Семёнович Собянин',
    );
    expect(speakerIn('de', '„Wir bauen wieder auf“, sagte Bürgermeisterin Anna Schmidt am Montag in Köln.')).toBe(
      'Anna Schmidt',
    );
    expect(speakerIn('de', 'Laut Innenministerin Nancy Faeser sind 200 Helfer im Einsatz.')).toBe('Nancy Faeser');
    // A name after its title that opens the clause says it, however far the verb; a title first in
    // the sentence, with its capital, is no part of the name.
    expect(speakerIn('tr', 'İçişleri Bakanı Ali Yerlikaya, köprülerin yeniden inşa edileceğini söyledi.')).toBe(
      'Ali Yerlikaya',
    );
    expect(speakerIn('sv', 'Inrikesminister Gunnar Strömmer säger att broarna ska byggas upp igen.')).toBe(
      'Gunnar Strömmer',
    );
    expect(speakerIn('nl', 'Minister Ahmed Mansour zei dat de bruggen worden herbouwd.')).toBe('Ahmed Mansour');
    expect(speakerIn('vi', 'Ông Nguyễn Văn Nam, Chủ tịch UBND tỉnh, cho biết sẽ xây dựng lại các cây cầu.')).toBe(
      'Nguyễn Văn Nam',
    );
    // A Vietnamese name after a minister's title and ministry: "tải" (transport) is no "tại" (at)
    // before a place, and the name starts at its surname where the ministry's name has capitals.
    expect(
      speakerIn('vi', 'Bộ trưởng Bộ Giao thông Vận tải Trần Hồng Minh cho biết sẽ xây dựng lại các cây cầu.'),
    ).toBe('Trần Hồng Minh');
    expect(speakerIn('vi', 'Bộ trưởng Bộ Giáo Dục Nguyễn Thị Minh Khai cho biết trường học sẽ mở cửa lại.')).toBe(
      'Nguyễn Thị Minh Khai',
    );
    // An Indonesian minister's field, written with capitals between the title and the name, is no part of it.
    expect(speakerIn('id', 'Menteri Pekerjaan Umum Dody Hanggodo mengatakan jembatan akan dibangun kembali.')).toBe(
      'Dody Hanggodo',
    );
    expect(speakerIn('id', 'Menteri Pemuda dan Olahraga Dito Ariotedjo mengatakan stadion aman.')).toBe(
      'Dito Ariotedjo',
    );
    expect(speakerIn('id', 'Menteri Kesehatan Budi Gunadi Sadikin mengatakan rumah sakit siap.')).toBe(
      'Budi Gunadi Sadikin',
    );
    // A name keeps its lower-case particles; a figure, or a place after "in", is no part of who spoke.
    expect(
      speakersOf('en', '"This is a first step," Qatar\'s minister of state Khalid al-Mansouri told reporters.'),
    ).toEqual(['Khalid al-Mansouri']);
    expect(speakersOf('en', '"The region needs calm," Crown Prince Mohammed bin Nayef told reporters.')).toEqual([
      'Mohammed bin Nayef',
    ]);
    expect(
      speakersOf('ru', 'Представитель M23 Корнель Бисимва заявил, что движение будет соблюдать перемирие.').at(0),
    ).toBe('Корнель Бисимва');
    expect(
      speakersOf(
        'ru',
        '«Помощь уже в пути», сказал министр Алексей Орлов. Посольство России в Лиме сообщило, что граждан России среди погибших нет.',
      ).at(-1),
    ).toBeNull();
    expect(
      speakersOf('es', 'El martes, el Tribunal de la Corte Nacional, en Quito, declaró culpable al exministro.').at(-1),
    ).toBeNull();
    // A body's name after a verb that closes the clause says it, not the speaker before; an object does not.
    expect(
      speakersOf(
        'pt',
        'Trump disse que a conversa foi "muito boa". Os dois líderes concordaram em se encontrar em Pequim em abril, informou a Casa Branca.',
      ).at(-1),
    ).toBeNull();
    // A subject of many words with no punctuation before its verb, or marked by Hindi "ने", says it, unnamed.
    expect(
      speakersOf(
        'hu',
        '„Versenyt futunk az idővel” – mondta Wichian Thongsuk kormányzó. A Külgazdasági és Külügyminisztérium konzuli szolgálata az MTI érdeklődésére közölte, hogy nincs magyar sérült.',
      ).at(-1),
    ).toBeNull();
    expect(
      speakersOf(
        'hi',
        'कंपनी के प्रेसिडेंट केइसुके फुजीमोरी ने कहा कि यह कठिन फैसला है। कंपनी के एक प्रवक्ता ने बताया कि चेन्नई का संयंत्र बंद होगा।',
      ).at(-1),
    ).toBeNull();
    // A Japanese clause that opens with a noun marked by "は" says it, unnamed; "彼は" (he) goes on with the speaker.
    expect(
      speakersOf(
        'ja',
        '藤森圭介社長は「痛みを伴う決断だ」と述べた。姫路市は同日、相談窓口を市役所に設けると発表した。',
      ).at(-1),
    ).toBeNull();
    expect(
      speakersOf('ja', '藤森圭介社長は「痛みを伴う決断だ」と述べた。彼は今後も事業を続けると説明した。').at(-1),
    ).toBe('藤森圭介');
    // A sentence that opens with a name of its own is not the last speaker's, nor is "he" after it.
    expect(
      speakersOf(
        'en',
        '“He turned his ministry into a business,” prosecutor Andrés Ortiz said. Peñaherrera, 58, has denied wrongdoing throughout the trial. He told reporters he would appeal.',
      ).slice(-2),
    ).toEqual([null, null]);
    expect(
      speakersOf(
        'pt',
        '“Ele transformou sua pasta em um negócio”, afirmou a juíza Mariana Salcedo. Peñaherrera nega as acusações e diz ser vítima de perseguição política.',
      ).at(-1),
    ).toBeNull();
    // Where the article writes that name inside a sentence too, it is a person or a body by name:
    // the doer of the sentence's clauses, and the speaker "he" goes on with.
    expect(
      speakersOf(
        'en',
        'The court found former minister Adaeze Okonkwo guilty. Okonkwo, 61, who led the ministry from 2015 to 2018, has denied the charges. He told reporters he would appeal.',
      ),
    ).toEqual([null, 'Okonkwo', 'Okonkwo', 'Okonkwo']);
    expect(
      speakersOf(
        'es',
        'El tribunal condenó al exministro Tomás Irigoyen. Irigoyen, que ocupó el cargo entre 2015 y 2018, niega los cargos y dice ser víctima de una persecución.',
      ).slice(1),
    ).toEqual(['Irigoyen', 'Irigoyen', 'Irigoyen']);
    // Not a dateline, nor a word of the opening that is no name ("Âgé de 58 ans, M. …").
    expect(speakerOf('en', 'NAIROBI, May 4 (Reuters) - Kenya and Nairobi officials met on Monday.')).toBeNull();
    // A speaker named after "and" is that clause's alone, not the statement's before it.
    expect(
      speakersOf(
        'es',
        'Los rebeldes tomaron en enero el control de Goma, la mayor ciudad del este del país, y Kigali niega apoyar al grupo. La ONU pidió calma en Kigali.',
      ).slice(0, 2),
    ).toEqual([null, 'Kigali']);
    // So is one after a Korean verb whose ending says "and".
    expect(
      speakersOf('ko', '두 정상은 약 100분간 회담했으며, 시진핑 주석은 "양국 관계를 심화할 용의가 있다"고 말했다.'),
    ).toEqual([null, 'Xi Jinping']);
    // A name before the quotation, its verb of saying after it: the quotation's words do not part them.
    expect(
      speakerOf(
        'tr',
        'Ulaştırma ve Altyapı Bakanı Abdulkadir Uraloğlu, "Durum kontrol altında, çevre açısından herhangi bir risk bulunmuyor" dedi.',
      ),
    ).toBe('Abdulkadir Uraloğlu');
    // A title of office before a name is no part of it, written with a capital in English too.
    expect(speakerOf('en', 'Transport Minister Abdulkadir Uraloglu said the strait would reopen on Wednesday.')).toBe(
      'Abdulkadir Uraloglu',
    );
    // A sentence that opens with a title and a name the article writes inside sentences: that person is the doer.
    expect(
      speakersOf(
        'tr',
        'Açıklamayı Ulaştırma Bakanı Abdulkadir Uraloğlu yaptı. Bakan Uraloğlu, denize petrol sızıntısı olmadığını belirtti.',
      ).at(-1),
    ).toBe('Uraloğlu');
    // A surname alone names whom the article quoted before by full name, wherever it stands.
    expect(
      speakersOf(
        'es',
        'La ministra de Defensa, Ana Ruiz, dijo el martes que España enviará más ayuda. «Haremos todo lo necesario», dijo Ruiz. Ruiz dijo también que el invierno será difícil.',
      ),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz']);
    expect(
      speakersOf(
        'pl',
        'Minister zdrowia Adam Nowak powiedział, że szpitale są gotowe. Nowak dodał, że rząd przygotuje nowe przepisy.',
      ),
    ).toEqual(['Adam Nowak', 'Adam Nowak']);
    // A clause that gives its words to unnamed sources is theirs, not the sentence's speaker's.
    expect(
      speakersOf(
        'ro',
        'Putin a subliniat că Rusia nu va uita niciodată pierderile suferite de armata nord-coreeană, pe care unele surse le-au estimat la câteva mii de soldați.',
      ),
    ).toEqual(['Vladimir Putin', null]);
    expect(speakersOf('zh', '普京表示，俄罗斯永远不会忘记朝鲜军队的牺牲。消息人士称，约有数千名士兵阵亡。')).toEqual([
      'Vladimir Putin',
      null,
    ]);
    // Not where no one was quoted by that name before: a first word is as often no name.
    expect(speakersOf('es', 'Ruiz dijo también que el invierno será difícil.')).toEqual([null]);
    // A sentence that opens with a place set apart by a comma names no doer.
    expect(
      speakersOf(
        'tr',
        'Gemi İstanbul Boğazı açıklarında battı. İstanbul Boğazı, dünyanın en yoğun deniz yollarından biri.',
      ),
    ).toEqual([null, null]);
    // Chinese, Japanese and Korean names the glossary does not know, by the title beside them.
    expect(speakerOf('ja', '記者会見した藤森圭介社長は「避けて通れない」と述べた。')).toBe('藤森圭介');
    expect(speakerOf('zh', '首席财务官小野寺真理子在记者会上表示，重组费用将基本计提完毕。')).toBe('小野寺真理子');
    expect(speakerOf('ko', '오노데라 마리코 최고재무책임자는 "피할 수 없는 선택"이라고 말했다.')).toBe(
      '오노데라 마리코',
    );
    // A Korean subject marked by its particle says it, unnamed; "he" goes on with the last speaker.
    expect(
      speakersOf(
        'ko',
        '오노데라 마리코 최고재무책임자는 "피할 수 없는 선택"이라고 말했다. 노동조합은 성명을 내고 "조합원의 고용을 지키겠다"고 밝혔다.',
      ),
    ).toEqual(['오노데라 마리코', null]);
    expect(
      speakersOf(
        'ko',
        '오노데라 마리코 최고재무책임자는 "피할 수 없는 선택"이라고 말했다. 그는 "성장 분야에 투자하겠다"고 밝혔다.',
      ),
    ).toEqual(['오노데라 마리코', '오노데라 마리코']);
    // A name opening the clause right before its verb; not a word the article writes in lower case elsewhere.
    expect(speakerOf('de', 'Drenski räumte seine Niederlage ein und gratulierte dem Sieger.')).toBe('Drenski');
    expect(speakerOf('en', 'Police said the crowd was peaceful. The police arrested two men.')).toBeNull();
    // Nor a country's adjective after a capital, nor a name with no verb of saying beside it.
    expect(speakerOf('en', 'The Ukrainian president said his country would never accept the plan.')).toBeNull();
    expect(speakerOf('cs', 'Koh Samui je druhým největším ostrovem Thajska.')).toBeNull();
  });

  it('reads a code of capitals and digits as a name, not a figure', () => {
    const [unit] = unitsOf(
      'ru',
      '2026-05-02',
      'Группировка M23 в январе 2026 года заняла Гому, где живут 2 миллиона человек.',
    );
    expect([...(unit?.numbers ?? [])]).toEqual(['2000000']);
    expect(unit?.entities.get('code:M23')).toBe('M23');
  });

  it('multiplies a figure by the words after it, so figures written either way meet', () => {
    const numbersOf = (lang: string, text: string) => [...(unitsOf(lang, '2026-12-12', text)[0]?.numbers ?? [])];
    expect(numbersOf('pl', 'Bez prądu pozostaje około 400 tys. odbiorców.')).toEqual(['400000']);
    expect(numbersOf('cs', 'Bez elektřiny zůstává přibližně 400 tisíc odběratelů.')).toEqual(['400000']);
    expect(numbersOf('tr', 'Yaklaşık 400 bin abone elektriksiz kaldı.')).toEqual(['400000']);
    expect(numbersOf('sv', 'Omkring 400 000 hushåll är utan ström.')).toEqual(['400000']);
    expect(numbersOf('pt', 'Mendes recebeu 2,3 milhões de euros em subornos.')).toEqual(['2300000']);
    expect(numbersOf('es', 'El país destinará 3 mil millones de dólares a la reconstrucción.')).toEqual(['3000000000']);
    expect(numbersOf('hi', 'बाढ़ से 2 लाख लोग प्रभावित हुए हैं।')).toEqual(['200000']);
    expect(numbersOf('hi', 'कंपनी 500 अरब येन का निवेश करेगी।')).toEqual(['500000000000']);
    // A percentage's word after its figure is what it counts, though a concept stands as near before it.
    const [rise] = unitsOf('hi', null, 'टोक्यो में कंपनी के शेयर 6.3 फीसदी चढ़कर 2,790 येन पर बंद हुए।');
    expect([...(rise?.counts ?? [])]).toEqual([['percent', '6.3']]);
    // In Japanese and Chinese, a figure's unit is the character after it, a percent sign is one,
    // and an amount's is its currency.
    const [close] = unitsOf('ja', null, '天霧電機株の終値は前日比6.3%高の2790円だった。');
    expect([...(close?.units ?? [])].sort()).toEqual([
      ['2790', 'JPY'],
      ['6.3', '%'],
    ]);
    // A share in tenths is a percentage, as a percent sign is.
    const [share] = unitsOf('ja', null, 'これは全従業員の約1割にあたる。');
    expect([...(share?.counts ?? [])]).toEqual([['percent', '10']]);
    // A number word too, and no "thousands" concept read into the multiplier.
    const [displaced] = unitsOf('es', null, 'Más de siete millones de personas están desplazadas en el país.');
    expect([...(displaced?.counts.values() ?? [])]).toEqual(['7000000']);
    const [cut] = unitsOf('pl', null, 'Bez prądu pozostaje około 400 tysięcy odbiorców.');
    expect([...(cut?.concepts ?? [])]).not.toContain('thousands');
    // "5 bina" is five buildings, "5 m" five metres.
    expect(numbersOf('tr', 'Depremde 5 bina yıkıldı.')).toEqual(['5']);
    expect(numbersOf('en', 'The wave was 5 m high.')).toEqual(['5']);
  });

  it('tells what each figure counts, and not for a figure of an earlier year', () => {
    // What the sentence's clauses count, together.
    const countsOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-03-13', text).flatMap((unit) => [...unit.counts]);
    expect(countsOf('es', 'El sismo dejó al menos 41 muertos y más de 300 heridos en la región de Arequipa.')).toEqual([
      ['killed', '41'],
      ['injured', '300'],
    ]);
    expect(countsOf('ru', 'По данным Минздрава, более 300 человек получили ранения, 41 человек погиб.')).toEqual([
      ['injured', '300'],
      ['killed', '41'],
    ]);
    expect(
      countsOf('fr', 'Le séisme, d’une magnitude de 6,8 selon l’USGS, s’est produit à 23 h 47 heure locale.'),
    ).toEqual([['magnitude', '6.8']]);
    expect(countsOf('fr', 'C’est le pire accident depuis la collision de 2012, qui avait fait 16 morts.')).toEqual([]);
  });

  it('reads each fact a sentence tells with a figure apart, with its time of day, and keeps a figure that counts nothing with the fact before', () => {
    const factsOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-03-13', text).map((unit) => [unit.text, [...unit.counts], [...unit.times]]);
    expect(
      factsOf(
        'pt',
        'O sismo, de magnitude 6,1 segundo o Instituto Português do Mar e da Atmosfera, ocorreu às 14h20 (hora local), a uma profundidade de 10 quilómetros.',
      ),
    ).toEqual([
      ['O sismo, de magnitude 6,1 segundo o Instituto Português do Mar e da Atmosfera,', [['magnitude', '6.1']], []],
      ['ocorreu às 14h20 (hora local),', [], ['14:20']],
      ['a uma profundidade de 10 quilómetros.', [['depth', '10']], []],
    ]);
    expect(factsOf('tr', "Deprem saat 04.17'de meydana geldi, 10 kilometre derinlikte kaydedildi.")).toEqual([
      ["Deprem saat 04.17'de meydana geldi,", [], ['04:17']],
      ['10 kilometre derinlikte kaydedildi.', [['depth', '10']], []],
    ]);
    expect(
      factsOf(
        'id',
        'Gempa bermagnitudo 6,2 itu terjadi pukul 14.20 WIB, dengan pusat gempa di kedalaman 10 kilometer.',
      ),
    ).toEqual([
      ['Gempa bermagnitudo 6,2 itu terjadi pukul 14.20 WIB,', [['magnitude', '6.2']], ['14:20']],
      ['dengan pusat gempa di kedalaman 10 kilometer.', [['depth', '10']], []],
    ]);
    // Times written with characters, afternoon and "half past" included; a length of time is none.
    expect(factsOf('zh', '机舱于当地时间13时30分左右起火。')[0]?.[2]).toEqual(['13:30']);
    expect(factsOf('ko', '불은 현지 시간 오후 1시 30분께 기관실에서 시작됐다.')[0]?.[2]).toEqual(['13:30']);
    expect(factsOf('ja', '火災は午後1時半ごろ発生し、3時間後に鎮火した。')[0]?.[2]).toEqual(['13:30']);
    // A length of time in minutes is a figure to compare, no time of day.
    for (const [lang, text] of [
      ['ko', '두 정상은 약 100분간 회담했다.'],
      ['zh', '两国元首通话约100分钟。'],
      ['ja', '会談は約100分間行われた。'],
    ] as const)
      expect([...(unitsOf(lang, null, text)[0]?.numbers ?? [])], text).toEqual(['100']);
    // Half hours told in words, towards the next hour or past the last, and a Thai time before น.
    for (const [lang, text] of [
      ['sv', 'Skredet gick vid halv fyra-tiden lokal tid.'],
      ['cs', 'Svah se utrhl zhruba v půl čtvrté místního času.'],
      ['hu', 'A földcsuszamlás helyi idő szerint fél négy körül történt.'],
      ['ru', 'Оползень сошёл около половины четвёртого утра.'],
      ['en', 'The slide came down at half past three in the morning.'],
      ['th', 'ดินสไลด์เกิดขึ้นเมื่อเวลาประมาณ 03.30 น.'],
    ] as const)
      expect(factsOf(lang, text)[0]?.[2], text).toEqual(['03:30']);
    expect(factsOf('de', 'Das Unglück geschah gegen halb eins in der Nacht.')[0]?.[2]).toEqual(['12:30']);
    expect(factsOf('de', 'Die Kosten sind halb so hoch wie erwartet.')[0]?.[2]).toEqual([]);
    // Japanese parts its facts with 、; a count is a claim in three words, the figure one of them;
    // the fall the toll follows is a statement of its own.
    expect(factsOf('ja', 'バスが深い谷に転落し、18人が死亡、20人以上が負傷した。').map(([, counts]) => counts)).toEqual(
      [[], [['killed', '18']], [['injured', '20']]],
    );
    expect(factsOf('tr', 'Otobüs uçuruma yuvarlandı ve 18 kişi hayatını kaybetti, 25 kişi yaralandı.')).toHaveLength(2);
    // A figure with its case ending joined ("28-an", 28 people) is two words of a count's three.
    expect(
      factsOf('hu', 'A helyi hatóságok szerint kilenc ember meghalt, 28-an megsérültek.').map(([, counts]) => counts),
    ).toEqual([[['killed', '9']], [['injured', '28']]]);
    // Six people still searched for, still missing (Swedish, Hungarian).
    expect(
      factsOf('sv', 'Minst nio människor har omkommit och sex personer saknas fortfarande.').map(
        ([, counts]) => counts,
      ),
    ).toEqual([[['killed', '9']], [['missing', '6']]]);
    expect(factsOf('hu', 'Hat embert pedig még keresnek a mentők.').map(([, counts]) => counts)).toEqual([
      [['missing', '6']],
    ]);
    // "up from 0.7%" counts nothing of its own: the sentence stays whole.
    expect(factsOf('en', 'The central bank forecast growth of 4.3% this year, up from 0.7% in 2024.')).toHaveLength(1);
    // Figures inside a quotation are the speaker's one statement.
    expect(
      factsOf('es', '«Hay 41 muertos confirmados, y más de 300 heridos en los hospitales», dijo el ministro de Salud.'),
    ).toHaveLength(1);
  });

  it('reads a Turkish weekday in lower case before a word of the day, and not a market', () => {
    const datesOf = (text: string) => unitsOf('tr', '2026-11-17', text).flatMap((unit) => [...unit.dates]);
    expect(datesOf('Gemiler salı sabahı saat 04.10 sularında Bebek açıklarında çarpıştı.')).toEqual(['~2']);
    expect(datesOf('Bakan pazar günü açıklama yaptı ve soruşturma başlatıldı.')).toEqual(['~0']);
    expect(datesOf('Yangın pazar yerinde çıktı ve iki dükkân yandı.')).toEqual([]);
  });

  it('reads a small number right after a name and before a pause as part of the name', () => {
    const numbersOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-11-17', text).flatMap((unit) => [...unit.numbers]);
    expect(numbersOf('it', 'Una petroliera e la nave da carico Karadeniz 7, si sono scontrate nel Bosforo.')).toEqual(
      [],
    );
    expect(numbersOf('id', 'Kapal tanker bertabrakan dengan kapal kargo Karadeniz 7, di Selat Bosphorus.')).toEqual([]);
    // Not a count after a place, nor the day after a month.
    expect(numbersOf('en', 'In the flood in Lagos 3 people died on Tuesday, officials said.')).toEqual(['3']);
    expect(numbersOf('en', 'The government fell on March 19, after a vote of no confidence.')).toEqual([]);
  });

  it('counts a mass or an area by its quantity, whatever word stands beside it', () => {
    const countsOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-11-17', text).flatMap((unit) => [...unit.counts]);
    expect(countsOf('it', 'La petroliera trasportava circa 80.000 tonnellate di greggio.')).toEqual([
      ['mass', '80000'],
    ]);
    expect(countsOf('uk', 'Танкер перевозив 85 тисяч тонн сирої нафти.')).toEqual([['mass', '85000']]);
    expect(countsOf('tr', '80 bin ton ham petrol taşıyan tanker batmadı.')).toEqual([['mass', '80000']]);
    expect(countsOf('vi', 'Ngọn lửa đã thiêu rụi 8.000 ha rừng trên đảo.')).toEqual([['area', '80']]);
    expect(countsOf('uk', 'Пожежа знищила 80 км² лісу на острові.')).toEqual([['area', '80']]);
  });

  it('reads the night leading into a day as that day and the day before', () => {
    const datesOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-06-16', text).flatMap((unit) => [...unit.dates]);
    expect(
      datesOf('de', 'In der Nacht zum Montag versammelten sich rund 3000 Anhänger vor der Wahlkommission.'),
    ).toEqual(['~1', '~0']);
    expect(datesOf('sv', 'Skredet gick natten till tisdagen på en sluttning ovanför stranden.')).toEqual(['~2', '~1']);
    expect(datesOf('ru', 'Оползень сошёл в ночь на 15 июня в районе пляжа.')).toEqual(['2026-06-15', '2026-06-14']);
    // The morning of a day is that day.
    expect(datesOf('de', 'Am Montagmorgen versammelten sich rund 3000 Anhänger vor der Wahlkommission.')).not.toContain(
      '~0',
    );
    expect(datesOf('en', 'Supporters gathered outside the commission on Sunday night.')).toEqual(['~0']);
  });

  it('counts a figure whose multiplier is a word of the lexicon by what follows it, and reads º as a degree sign', () => {
    const countsOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-06-16', text).flatMap((unit) => [...unit.counts]);
    expect(countsOf('ar', 'وتجمّع نحو ثلاثة آلاف من أنصاره ليل الأحد أمام مقر اللجنة الانتخابية.')).toEqual([
      ['supporters', '3000'],
    ]);
    expect(countsOf('en', 'About three thousand of his supporters gathered outside the commission.')).toEqual([
      ['supporters', '3000'],
    ]);
    const numbersOf = (lang: string, text: string) =>
      unitsOf(lang, '2026-06-16', text).flatMap((unit) => [...unit.numbers]);
    expect(numbersOf('en', 'About 3 thousand of his supporters gathered outside the commission.')).toEqual(['3000']);
    expect(numbersOf('es', 'La temperatura llegó a 40ºC en Sevilla el martes.')).toEqual(['40']);
    expect(numbersOf('en', 'Temperatures hit 104ºF in Phoenix on Tuesday.')).toEqual(['40']);
  });

  it('reads a small number written as a word where it counts something, in every case form', () => {
    // What the sentence's clauses count, together (two counts joined by "and" are two clauses).
    const read = (lang: string, text: string) => {
      const units = unitsOf(lang, '2025-03-12', text);
      return { counts: units.flatMap((unit) => [...unit.counts]), units: units.flatMap((unit) => [...unit.units]) };
    };
    expect(read('en', 'Nine people were killed and 40 injured when the train derailed.')).toEqual({
      counts: [
        ['killed', '9'],
        ['injured', '40'],
      ],
      units: [
        ['9', 'people'],
        ['40', 'injured'],
      ],
    });
    expect(read('es', 'Al menos siete personas han muerto en el choque.').counts).toEqual([['killed', '7']]);
    expect(read('pl', 'W katastrofie zginęło dziewięć osób, a dwanaście zostało rannych.')).toEqual({
      counts: [
        ['killed', '9'],
        ['injured', '12'],
      ],
      units: [
        ['9', 'osób'],
        ['12', 'zostało'],
      ],
    });
    expect(read('uk', 'Загинули дев’ять людей, ще п’ятеро поранені.').counts).toEqual([
      ['killed', '9'],
      ['injured', '5'],
    ]);
    expect(read('el', 'Εννέα άνθρωποι σκοτώθηκαν και δώδεκα τραυματίστηκαν.').counts).toEqual([
      ['killed', '9'],
      ['injured', '12'],
    ]);
    expect(read('ar', 'قتل تسعة أشخاص وأصيب عشرة آخرون في الحادث.').counts).toEqual([
      ['killed', '9'],
      ['injured', '10'],
    ]);
  });

  it('reads figures written with characters in Chinese, Japanese and Korean, and what each counts', () => {
    // What the sentence's clauses read, together ("…地震，目前已造成十六人死亡" is two clauses).
    const read = (lang: string, text: string) => {
      const units = unitsOf(lang, '2025-03-03', text);
      return { numbers: units.flatMap((unit) => [...unit.numbers]), counts: units.flatMap((unit) => [...unit.counts]) };
    };
    expect(read('zh', '土耳其东部埃拉泽省3日凌晨发生6.2级地震，目前已造成十六人死亡、一百二十人受伤。')).toEqual({
      numbers: ['6.2', '16', '120'],
      counts: [
        ['magnitude', '6.2'],
        ['killed', '16'],
        ['injured', '120'],
      ],
    });
    expect(read('ja', '地震で少なくとも14人が死亡、118人が負傷した。').counts).toEqual([
      ['killed', '14'],
      ['injured', '118'],
    ]);
    expect(read('ja', 'トルコ災害緊急事態対策庁は、約2千人の救助隊を派遣したと発表した。').numbers).toEqual(['2000']);
    expect(read('ko', '재난관리청은 구조대원 2천450명을 현장에 투입했다고 밝혔다.').numbers).toEqual(['2450']);
  });

  it('reads no number word that counts nothing, nor one written as a name', () => {
    const numbersOf = (lang: string, text: string) => [...(unitsOf(lang, '2025-03-12', text)[0]?.numbers ?? [])];
    expect(numbersOf('fr', 'Un bâtiment neuf a été inauguré près de la gare.')).toEqual([]);
    expect(numbersOf('it', 'Sei stato informato della decisione del governo?')).toEqual([]);
    expect(numbersOf('id', 'Gempa kuat mengguncang Lima dan menewaskan warga.')).toEqual([]);
    expect(numbersOf('id', 'Gempa di Lima menewaskan tujuh orang.')).toEqual(['7']);
    // Teens in two words, the unit then ten, are one number; "ten" alone is ten.
    expect(numbersOf('ar', 'أوقفت الشرطة أربعة عشر شخصاً.')).toEqual(['14']);
    expect(numbersOf('ar', 'قتل أحد عشر شخصا وأصيب عشرة آخرون.')).toEqual(['11', '10']);
    expect(numbersOf('he', 'שנים עשר בני אדם נהרגו בתאונה.')).toEqual(['12']);
    // After an article or a demonstrative, a number word points back to people already named.
    expect(numbersOf('ro', 'Cei doi au participat la paradă alături de președintele chinez.')).toEqual([]);
    expect(numbersOf('el', 'Οι δύο ηγέτες παρακολούθησαν την παρέλαση στο Πεκίνο.')).toEqual([]);
    expect(numbersOf('en', 'The two leaders attended the parade, where nine people were injured.')).toEqual(['9']);
    // "Dead" as a whole word counts the toll; "deadline" does not.
    expect(numbersOf('en', '"We have reports of five dead so far," the governor told local radio.')).toEqual(['5']);
    expect(numbersOf('en', 'The five parties missed the deadline set by the court.')).toEqual([]);
  });
  it('finds a person of the glossary only where the name is written as one, not in a word it folds to', () => {
    const named = (lang: string, text: string) =>
      [...(unitsOf(lang, null, text)[0]?.entities.keys() ?? [])].filter((key) => key.startsWith('glossary:'));
    // Romanian "puțin" ("a little") folds to "putin"; French "soigner" ("to treat") starts like "Șoigu".
    expect(named('ro', 'Președintele a dormit puțin înainte de summit, a spus purtătorul de cuvânt.')).toEqual([]);
    expect(named('fr', 'Les médecins vont soigner les blessés dans la capitale.')).toEqual([]);
    expect(named('ro', 'Vladimir Putin a plecat la Moscova după întâlnire.')).toEqual([
      'glossary:Vladimir Putin',
      'glossary:Moscow',
    ]);
  });

  it('names countries by their adjectives, and not by words that only start like them', () => {
    const countries = (lang: string, text: string) =>
      [...(unitsOf(lang, null, text)[0]?.entities.keys() ?? [])].filter((key) => key.startsWith('country:')).sort();
    expect(
      countries('de', 'Putin dankte den nordkoreanischen Soldaten für den Kampf gegen die ukrainischen Truppen.'),
    ).toEqual(['country:KP', 'country:UA']);
    expect(countries('ro', 'Trupele nord-coreene i-au alungat pe soldații ucraineni din regiune.')).toEqual([
      'country:KP',
      'country:UA',
    ]);
    expect(
      countries('en', 'Russian troops and Ukrainian drones were seen by Parade Ground guards, Morgan said.'),
    ).toEqual(['country:RU', 'country:UA']);
    // Dutch writes them with a capital, as English does.
    expect(countries('nl', 'Er zijn twee Italiaanse blusvliegtuigen naar het eiland gestuurd.')).toEqual([
      'country:IT',
    ]);
    // A people's word that does not start like its country's name ("German", "Swedes", "svenskar").
    expect(countries('en', 'Two Swedes and a German couple were among the dead, officials said.')).toEqual([
      'country:DE',
      'country:SE',
    ]);
    expect(countries('sv', 'UD har ingen kännedom om att några svenskar skulle ha drabbats.')).toEqual(['country:SE']);
    expect(countries('en', 'Workers polish the floors before the delegation arrives.')).toEqual([]);
    expect(countries('es', 'El ministro se reunió con los liberales junto a la carretera.')).toEqual([]);
    expect(countries('en', 'The parade was sudden, officials indicated, as crowds gathered.')).toEqual([]);
  });

  it('keeps a short quotation of the speaker as a quotation, and a loaded word in quotes as a scare quote', () => {
    const [duty] = unitsOf(
      'el',
      null,
      'Ο Κιμ Γιονγκ Ουν τόνισε ότι η στήριξη προς τη Ρωσία αποτελεί «αδελφικό καθήκον».',
    );
    expect([...(duty?.scareQuoted ?? [])]).toEqual([]);
    const [kursk] = unitsOf('el', null, 'Οι στρατιώτες συμμετείχαν στην «απελευθέρωση» της περιοχής του Κουρσκ.');
    expect([...(kursk?.scareQuoted ?? [])]).toContain('liberation');
    // Without spaces, a quoted sentence is a quotation by its length in letters, a quoted word a scare quote.
    const [said] = unitsOf('ja', null, '社長は「工場の閉鎖は痛みを伴う決断だが、避けて通れない」と述べた。');
    expect(said?.quotes.map((quote) => [...quote.concepts].sort())).toEqual([
      ['closure', 'factory', 'painful', 'unavoidable'],
    ]);
    const [freed] = unitsOf('zh', null, '朝鲜士兵参与了库尔斯克州的“解放”。');
    expect([...(freed?.scareQuoted ?? [])]).toContain('liberation');
    // An Arabic participle of saying ("متحدثاً عن", speaking of) gives the quoted word to the speaker.
    const spoken = unitsOf('ar', null, 'ورفض زعيم الحزب الاعتراف بالنتائج، متحدثاً عن «تزوير واسع».');
    expect(spoken.flatMap((unit) => [...unit.scareQuoted])).toEqual([]);
    const [distanced] = unitsOf('ar', null, 'وجرت الانتخابات وسط «تزوير» في بعض المراكز.');
    expect([...(distanced?.scareQuoted ?? [])]).toContain('fraud');
  });

  it('reads no concept of the words after a quotation that say who spoke and when, but the speaker’s office', () => {
    const conceptsOf = (lang: string, text: string) => unitsOf(lang, null, text).map((unit) => [...unit.concepts]);
    expect(
      conceptsOf('ro', '„Vom face tot ce este necesar pentru a ajuta Rusia”, a declarat Kim la începutul întâlnirii.'),
    ).toEqual([['every-means', 'help']]);
    expect(
      conceptsOf(
        'en',
        '“We will rebuild every home,” the spokesman told reporters after the meeting with the mayor.',
      )[0],
    ).toEqual(expect.arrayContaining(['spokesperson']));
    expect(
      conceptsOf(
        'en',
        '“We will rebuild every home,” the spokesman told reporters after the meeting with the mayor.',
      )[0],
    ).not.toContain('meeting');
    expect(conceptsOf('ja', '首相は会談後、「被災者をあらゆる手段で支援する」と述べた。')[0]).toEqual(
      expect.arrayContaining(['every-means', 'meeting']),
    );
    // Without a quotation, what the sentence names is all its own.
    expect(conceptsOf('es', 'Tras la reunión, el ministro prometió ayudar a Rusia con todo lo necesario.')[0]).toEqual(
      expect.arrayContaining(['meeting', 'help', 'every-means']),
    );
  });
  it('names the speaker and reads hedges in Chinese, Arabic and Korean', () => {
    const [chinese] = unitsOf('zh', null, '据报道，普京表示俄罗斯将继续支持朝鲜的军队。');
    expect(chinese?.speaker).toBe('Vladimir Putin');
    expect(chinese?.hedged).toBe(true);
    const [arabic] = unitsOf('ar', null, 'وقال بوتين إن روسيا لن تنسى أبدا تضحيات الجنود الكوريين الشماليين.');
    expect(arabic?.speaker).toBe('Vladimir Putin');
    const [korean] = unitsOf('ko', null, '김정은 위원장은 러시아를 돕는 것이 형제의 의무라고 말했다.');
    expect(korean?.speaker).toBe('Kim Jong Un');
  });

  it('gives no speaker to two who act together, and finds a Chinese, Japanese or Korean surname by its title', () => {
    const speakersOf = (lang: string, ...paragraphs: string[]) =>
      unitsOf(lang, null, ...paragraphs).map((unit) => unit.speaker);
    expect(
      speakersOf(
        'ko',
        '푸틴 대통령과 김정은 국무위원장이 3일 베이징에서 회담했다.',
        '김 위원장은 "러시아를 계속 돕겠다"고 말했다.',
      ),
    ).toEqual([null, 'Kim Jong Un']);
    expect(
      speakersOf(
        'ja',
        'プーチン大統領と金正恩総書記は3日、北京で会談した。',
        '金氏は「ロシアへの支援を続ける」と述べた。',
      ),
    ).toEqual([null, 'Kim Jong Un']);
    expect(speakersOf('zh', '习近平会见普京。', '习主席表示，中俄关系处于历史最好时期。')).toEqual([
      'Xi Jinping',
      'Xi Jinping',
    ]);
    expect(
      speakersOf(
        'en',
        'Russian President Vladimir Putin and North Korean leader Kim Jong Un met in Beijing on Wednesday.',
      ),
    ).toEqual([null]);
  });

  it('names a speaker by office after the article names them with it, by country when given', () => {
    const speakersOf = (lang: string, ...paragraphs: string[]) =>
      unitsOf(lang, null, ...paragraphs).map((unit) => unit.speaker);
    expect(
      speakersOf(
        'el',
        'Ο Ρώσος πρόεδρος Βλαντίμιρ Πούτιν και ο ηγέτης της Βόρειας Κορέας Κιμ Γιονγκ Ουν συναντήθηκαν στο Πεκίνο.',
        'Ο Βορειοκορεάτης ηγέτης δήλωσε ότι η χώρα του θα βοηθήσει τη Ρωσία.',
        'Κατά τη συνομιλία τους, ο Ρώσος πρόεδρος αναφέρθηκε στη συμβολή των στρατιωτών.',
      ),
      // "Putin and Kim met": the two did it together, and neither is the clause's speaker.
    ).toEqual([null, 'Kim Jong Un', 'Vladimir Putin']);
    expect(
      speakersOf(
        'de',
        'Der russische Präsident Wladimir Putin hat sich in Peking mit dem nordkoreanischen Führer Kim Jong-un getroffen.',
        'Der nordkoreanische Führer erwiderte, sein Land werde Russland weiter helfen.',
        'Der Kreml-Chef betonte, die Soldaten hätten mutig gekämpft.',
      ),
    ).toEqual(['Vladimir Putin', 'Kim Jong Un', 'Vladimir Putin']);
    expect(
      speakersOf(
        'ro',
        'Președintele rus Vladimir Putin s-a întâlnit miercuri, la Beijing, cu liderul nord-coreean Kim Jong-un.',
        'Liderul nord-coreean a declarat că țara sa va ajuta Rusia cu orice are nevoie.',
        '„Relațiile noastre sunt de încredere”, a spus liderul de la Kremlin.',
      ),
    ).toEqual(['Vladimir Putin', 'Kim Jong Un', 'Vladimir Putin']);
    expect(
      speakersOf(
        'ru',
        'Президент России Владимир Путин и лидер КНДР Ким Чен Ын провели переговоры в Пекине.',
        'Северокорейский лидер заявил, что его страна продолжит помогать России.',
        'Как отметил президент России, отношения развиваются во всех областях.',
      ),
    ).toEqual([null, 'Kim Jong Un', 'Vladimir Putin']);
    expect(
      speakersOf(
        'es',
        'El presidente ruso, Vladimir Putin, se reunió el miércoles en Pekín con el líder norcoreano, Kim Jong-un.',
        'El mandatario ruso afirmó que los soldados norcoreanos lucharon con valentía.',
      ),
    ).toEqual(['Vladimir Putin', 'Vladimir Putin']);
    expect(
      speakersOf(
        'fr',
        'Le dirigeant nord-coréen Kim Jong-un a rencontré mercredi à Pékin le président chinois Xi Jinping.',
        'Le chef de l’État chinois a déclaré que les relations entre les deux pays étaient excellentes.',
      ),
    ).toEqual(['Kim Jong Un', 'Xi Jinping']);
    expect(
      speakersOf(
        'ja',
        'ロシアのプーチン大統領は3日、北京で北朝鮮の金正恩総書記と会談した。',
        '北朝鮮の指導者は、ロシアへの支援を続けると述べた。',
      ),
    ).toEqual(['Vladimir Putin', 'Kim Jong Un']);
  });

  it('names by office the most recent person who holds it when no country is given', () => {
    const units = unitsOf(
      'en',
      null,
      'Chinese President Xi Jinping welcomed Russian President Vladimir Putin to Beijing on Tuesday.',
      'The president said the two countries would deepen their partnership in every field.',
    );
    expect(units.map((unit) => unit.speaker)).toEqual(['Xi Jinping', 'Vladimir Putin']);
  });

  it('credits no one named when the office is of a country no person of the article holds', () => {
    const units = unitsOf(
      'en',
      null,
      'Russian President Vladimir Putin met North Korean leader Kim Jong Un in Beijing on Wednesday.',
      'The North Korean leader said his country would keep helping Russia.',
      'The Ukrainian president said his country would never accept the occupation.',
    );
    expect(units.map((unit) => unit.speaker)).toEqual(['Vladimir Putin', 'Kim Jong Un', null]);
  });

  it('reads a sentence that only says who told the one before as no claim, whom it names and credits telling that sentence', () => {
    const read = (lang: string, text: string) =>
      unitsOf(lang, null, text).map((unit) => ({ text: unit.text, according: unit.according }));
    expect(read('ru', 'В результате взрыва погибли 12 человек. Об этом сообщает ТАСС.')).toEqual([
      { text: 'В результате взрыва погибли 12 человек.', according: ['TASS'] },
    ]);
    expect(read('de', 'Bei dem Brand kamen zwölf Menschen ums Leben. Das teilte die Polizei mit.')).toHaveLength(1);
    expect(
      unitsOf('ru', null, 'В результате взрыва погибли 12 человек. Об этом сообщил губернатор Вячеслав Гладков.').map(
        (unit) => unit.speaker,
      ),
    ).toEqual(['Вячеслав Гладков']);
    expect(read('ja', '14人が死亡した。地元警察が明らかにした。').map((unit) => unit.text)).toEqual([
      '14人が死亡した。',
    ]);
    expect(read('ko', '버스가 추락해 14명이 숨졌다. 현지 경찰이 밝혔다.').map((unit) => unit.text)).toEqual([
      '버스가 추락해 14명이 숨졌다.',
    ]);
    // What the police said, or did, is a claim.
    expect(read('de', 'Die Polizei sagte, die Lage sei ruhig.')).toHaveLength(1);
    expect(read('en', 'Twelve people died. Police confirmed the arrest of two men.')).toHaveLength(2);
    // A body's name that opens with an adjective is no speaker's surname ("сообщает Геологическая служба").
    expect(
      unitsOf(
        'ru',
        null,
        'В пятницу, 13 марта, на юге Перу произошло землетрясение магнитудой 6,8, сообщает Геологическая служба США (USGS).',
      ).map((unit) => unit.speaker),
    ).toEqual([null]);
  });

  it('keeps the person named by name over one named by office', () => {
    const units = unitsOf(
      'ro',
      null,
      'Președintele rus Vladimir Putin s-a întâlnit miercuri, la Beijing, cu liderul nord-coreean Kim Jong-un.',
      'Totodată, Kim i-a mulțumit liderului de la Kremlin pentru laudele aduse trupelor.',
    );
    expect(units.map((unit) => unit.speaker)).toEqual(['Vladimir Putin', 'Kim Jong Un']);
  });
});
