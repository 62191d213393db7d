/**
 * Units of measure news gives figures in, so that one area, distance, temperature or speed given
 * in two units is one figure ("8.000 hectare", "80 квадратних кілометрів"; "35 miles", "56 km";
 * "104°F", "40 độ C"). A figure followed by a unit is read in the unit its quantity is compared
 * in (`into`), rounded to as many significant digits as it was written with (two at least): so
 * "35 miles" is 56 km, as an outlet converting it writes.
 *
 * Forms are written in natural lower case and folded when loaded (`foldText`: `km²` and `㎢` fold
 * to `km2`, `℃` to `°c`; Vietnamese tones are dropped, so `độ c` is `do c`), and matched right
 * after the figure (and its multiplier words, "80 тисяч гектарів"), after one space at most. A
 * form is a word start ("hectare" also reads "hectares"), or a whole word when it ends in `$`
 * ("ha$", not "hat"). Forms under `*` are read in every language: symbols, and English words as
 * news borrows them. Longer forms are tried first (`km2` before `km$`).
 *
 * Left out: units whose word is also a common word or another unit in some language — bare
 * "degrees" in English (Fahrenheit in American news, Celsius elsewhere), Japanese `キロ` (kilometres
 * or kilograms), Japanese `度` and Korean `도` (also "times" and a burn's degree), Swedish `mil`
 * (ten kilometres), Vietnamese `độ` alone (`do` folded, "because") — and mass, whose tons differ
 * by country. Chinese, Japanese and Thai forms are never whole words (`$`): those scripts write
 * no space after a unit.
 *
 * Money is the one quantity not compared in one unit: with no exchange rates to hand, each
 * currency is a unit of its own (`into`: its ISO 4217 code), and amounts in two currencies are
 * not compared at all (an outlet's conversion, "3500亿日元（约合24亿美元）", is no other figure).
 * Left out: words of a currency that name several ("pounds" also weighs, "rial" and "riyal" are
 * the money of several countries, a bare "real" or "lira").
 */
export interface MeasureUnit {
  /** What is measured; figures of one quantity are compared in one unit. */
  quantity: 'area' | 'length' | 'temperature' | 'speed' | 'age' | 'mass' | 'duration' | 'money';
  /** The unit the quantity is compared and shown in. */
  into: string;
  /** The figure in `into` is the written figure times `factor`, plus `offset`. */
  factor: number;
  offset?: number;
  /**
   * Whether a figure so measured counts nothing of the claim lexicon: a temperature next to a
   * fire, a victim's age next to a toll ("a 47-year-old firefighter was killed" tells one death,
   * not 47). Default `false`: a depth or a distance is what its concept counts ("depth of 10 km").
   */
  countsNothing?: boolean;
  /**
   * Whether a figure so measured counts its quantity, whatever concept stands beside it: an area
   * burnt or flooded, a cargo's mass are told beside different words by different sources ("8.000
   * ha rừng bị cháy", "знищив 80 км²"; "80 bin ton ham petrol taşıyan", "перевозив 85 тисяч тонн").
   * A length is not: a depth and a distance are two slots of one earthquake.
   */
  countsQuantity?: boolean;
  /**
   * Words after which a figure in this unit tells the hour of the clock, not a length of time
   * ("à 10 heures", "a las 10 horas"), by language; folded.
   */
  clockBefore?: Readonly<Record<string, readonly string[]>>;
  /** Forms by language code, `*` for every language. */
  forms: Readonly<Record<string, readonly string[]>>;
  reason: string;
}

/** What a length of time counts, and the unit durations are compared and shown in. */
export const duration = { quantity: 'duration', into: 'min' } as const;

export const measureUnits: readonly MeasureUnit[] = [
  {
    quantity: 'area',
    into: 'km²',
    countsQuantity: true,
    factor: 1,
    reason: 'square kilometres, the area of a fire, a flood or a territory',
    forms: {
      '*': ['km2', 'км2', 'sq km', 'square kilomet'],
      de: ['quadratkilomet'],
      el: ['τετραγωνικά χιλιόμετρα', 'τετραγωνικων χιλιομετρων', 'τ.χλμ', 'τ. χλμ'],
      ro: ['kilometri pătrați', 'kilometri patrati'],
      fr: ['kilomètres carrés', 'km carrés'],
      es: ['kilómetros cuadrados'],
      it: ['chilometri quadrati'],
      pt: ['quilômetros quadrados', 'quilómetros quadrados'],
      ru: ['квадратных километр', 'квадратного километр', 'кв. км', 'кв км'],
      uk: ['квадратних кілометр', 'квадратного кілометр', 'кв. км', 'кв км'],
      pl: ['kilometrów kwadratowych', 'kilometry kwadratowe', 'km kw'],
      nl: ['vierkante kilomet'],
      tr: ['kilometrekare', 'kilometre kare'],
      sv: ['kvadratkilomet'],
      cs: ['kilometrů čtverečních', 'čtverečních kilometrů'],
      hu: ['négyzetkilomét'],
      zh: ['平方公里', '平方千米'],
      ja: ['平方キロ'],
      ko: ['제곱킬로미터', '평방킬로미터'],
      ar: ['كيلومتر مربع', 'كيلومترات مربعة', 'كيلومترا مربعا', 'كم مربع', 'كم2'],
      fa: ['کیلومتر مربع'],
      he: ['קמ"ר', 'קמ״ר', 'קילומטר רבוע', 'קילומטרים רבועים'],
      hi: ['वर्ग किलोमीटर', 'वर्ग किमी'],
      th: ['ตารางกิโลเมตร', 'ตร.กม.'],
      vi: ['ki-lô-mét vuông', 'kilomet vuông', 'cây số vuông'],
      id: ['kilometer persegi'],
    },
  },
  {
    quantity: 'area',
    into: 'km²',
    countsQuantity: true,
    factor: 0.01,
    reason: 'hectares, as most of the world gives burnt or flooded land',
    forms: {
      '*': ['ha$', 'hectare', 'hektar'],
      el: ['εκτάρι', 'εκταρίων'],
      it: ['ettar'],
      ro: ['hectar'],
      ru: ['гектар', 'га$'],
      uk: ['гектар', 'га$'],
      zh: ['公顷'],
      ja: ['ヘクタール'],
      ko: ['헥타르'],
      ar: ['هكتار'],
      fa: ['هکتار'],
      he: ['הקטאר', 'הקטר'],
      hi: ['हेक्टेयर'],
      th: ['เฮกตาร์', 'เฮคตาร์'],
      vi: ['héc-ta', 'hecta', 'héc ta'],
    },
  },
  {
    quantity: 'area',
    into: 'km²',
    countsQuantity: true,
    factor: 0.001,
    reason:
      'the dunam, stremma or dönüm of a thousand square metres, as Hebrew, Arabic, Greek and Turkish news gives land',
    forms: {
      el: ['στρέμμα', 'στρεμμάτων'],
      tr: ['dönüm'],
      ar: ['دونم'],
      he: ['דונם', 'דונמים'],
    },
  },
  {
    quantity: 'area',
    into: 'km²',
    countsQuantity: true,
    factor: 0.0016,
    reason: 'the rai of 1,600 square metres, as Thai news gives land',
    forms: { th: ['ไร่'] },
  },
  {
    quantity: 'area',
    into: 'km²',
    countsQuantity: true,
    factor: 0.00404686,
    reason: 'acres, as American and British news gives land',
    forms: {
      '*': ['acre'],
      hi: ['एकड़'],
    },
  },
  {
    quantity: 'area',
    into: 'km²',
    countsQuantity: true,
    factor: 2.58999,
    reason: 'square miles',
    forms: { '*': ['square mile', 'sq mi'] },
  },
  {
    quantity: 'length',
    into: 'km',
    factor: 1,
    reason: 'kilometres, the distance of an epicentre, a route or a front line',
    forms: {
      '*': ['km$', 'kilomet'],
      el: ['χιλιόμετρ', 'χιλιομέτρ', 'χλμ'],
      it: ['chilometr'],
      pt: ['quilômetr', 'quilómetr'],
      ru: ['км$', 'километр'],
      uk: ['км$', 'кілометр'],
      tr: ['kilometre'],
      hu: ['kilométer'],
      zh: ['公里', '千米'],
      ja: ['キロメートル'],
      ko: ['킬로미터'],
      ar: ['كيلومتر', 'كيلومترات', 'كلم$', 'كم$'],
      fa: ['کیلومتر'],
      he: ['קילומטר', 'ק"מ', 'ק״מ'],
      hi: ['किलोमीटर', 'किमी'],
      th: ['กิโลเมตร', 'กม.'],
      vi: ['ki-lô-mét', 'cây số'],
    },
  },
  {
    quantity: 'length',
    into: 'km',
    factor: 1.609344,
    reason: 'miles, as American and British news gives distance',
    forms: {
      '*': ['mile$', 'miles$'],
      de: ['meilen'],
      el: ['μίλια', 'μιλίων'],
      es: ['millas'],
      it: ['miglia'],
      pt: ['milhas'],
      ru: ['миль', 'мили$'],
      uk: ['миль', 'милі$'],
      nl: ['mijl'],
      hu: ['mérföld'],
      zh: ['英里'],
      ja: ['マイル'],
      ko: ['마일'],
      ar: ['ميل$', 'أميال'],
      fa: ['مایل'],
      he: ['מייל$', 'מיילים'],
      hi: ['मील'],
      th: ['ไมล์'],
      vi: ['dặm'],
    },
  },
  {
    quantity: 'temperature',
    into: '°C',
    factor: 1,
    countsNothing: true,
    reason: 'degrees Celsius; bare "degrees" is Celsius in every language listed',
    forms: {
      '*': ['°c', '° c', 'degrees celsius', 'degrees c$'],
      de: ['grad$', 'grad celsius'],
      el: ['βαθμούς κελσίου', 'βαθμούς', 'βαθμοί'],
      ro: ['grade$'],
      fr: ['degrés', 'degré$'],
      es: ['grados'],
      it: ['gradi$'],
      pt: ['graus'],
      ru: ['градус'],
      uk: ['градус'],
      pl: ['stopni', 'stopnie'],
      nl: ['graden'],
      tr: ['derece'],
      sv: ['grader'],
      cs: ['stupň', 'stupn'],
      hu: ['fok$', 'fokos'],
      zh: ['摄氏度', '攝氏度'],
      ar: ['درجة مئوية', 'درجات مئوية', 'درجة$', 'درجات$'],
      fa: ['درجه'],
      he: ['מעלות'],
      hi: ['डिग्री'],
      th: ['องศา'],
      vi: ['độ c$'],
      id: ['derajat'],
    },
  },
  {
    quantity: 'temperature',
    into: '°C',
    factor: 5 / 9,
    offset: -160 / 9,
    countsNothing: true,
    reason: 'degrees Fahrenheit, as American news gives heat',
    forms: { '*': ['°f', '° f', 'degrees fahrenheit', 'degrees f$'] },
  },
  {
    quantity: 'age',
    into: 'years old',
    factor: 1,
    countsNothing: true,
    reason:
      'a person\'s age, in the forms that tell an age and not a length of time ("47-year-old", "47 tuổi", "47岁"; not French "ans" or Romanian "de ani", also a prison term), so a victim\'s age is not read as a toll',
    forms: {
      '*': ['-year-old', 'year-old', 'years old', 'years of age'],
      el: ['χρονος', 'χρονη', 'χρονου', 'χρονών'],
      de: ['-jährig', 'jährig', 'jahre alt'],
      ru: ['-летн', 'летн'],
      uk: ['-річн', 'річн'],
      pl: ['-letni', 'letni', 'letnia', 'letniego'],
      nl: ['-jarige', 'jarige'],
      tr: ['yaşında', 'yaşındaki'],
      sv: ['-åring', 'åring', '-årig', 'årig'],
      cs: ['-letý', 'letý', 'letá', 'letého', 'leté'],
      hu: ['éves'],
      zh: ['岁', '歲'],
      ja: ['歳'],
      ko: ['세'],
      fa: ['ساله'],
      hi: ['वर्षीय'],
      vi: ['tuổi'],
      th: ['ขวบ'],
    },
  },
  {
    quantity: 'speed',
    into: 'km/h',
    factor: 1,
    reason: 'kilometres an hour, the speed of a wind, a train or a vehicle',
    forms: {
      '*': ['km/h', 'kmh$', 'km/std', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour'],
      ru: ['км/ч'],
      uk: ['км/год'],
      zh: ['公里/小时', '公里每小时'],
    },
  },
  {
    quantity: 'speed',
    into: 'km/h',
    factor: 1.609344,
    reason: 'miles an hour',
    forms: { '*': ['mph$', 'miles per hour', 'miles an hour'] },
  },
  {
    quantity: 'mass',
    into: 't',
    factor: 1,
    countsQuantity: true,
    reason: 'tonnes, the cargo of a ship or the goods seized or delivered ("80 bin ton", "85 тисяч тонн")',
    forms: {
      '*': ['tonnes', 'metric tons', 'tons$', 'tonne$'],
      de: ['tonnen'],
      el: ['τόνους', 'τόνων', 'τόνοι'],
      ro: ['tone$', 'de tone'],
      fr: ['tonnes'],
      es: ['toneladas'],
      it: ['tonnellate'],
      pt: ['toneladas'],
      ru: ['тонн'],
      uk: ['тонн'],
      pl: ['ton$', 'tony$', 'tonach'],
      nl: ['ton$'],
      tr: ['ton$'],
      sv: ['ton$'],
      cs: ['tun$', 'tuny$', 'tunami'],
      hu: ['tonna', 'tonnát'],
      zh: ['吨', '噸'],
      ja: ['トン'],
      ko: ['톤'],
      ar: ['طن$', 'أطنان'],
      fa: ['تن$'],
      he: ['טון', 'טונות'],
      hi: ['टन'],
      th: ['ตัน'],
      vi: ['tấn'],
      id: ['ton$'],
    },
  },
  {
    ...duration,
    factor: 60,
    countsQuantity: true,
    reason:
      'hours, how long something lasted ("trapped for 10 hours", "po deseti hodinách"), so that the length of a search is not read as a count of its rescuers; compared in minutes, as a call of "90 minutes" is one of "an hour and a half". Where the same word tells the hour of the clock, a figure after a word of the clock is none ("à 10 heures", "às 10 horas", "om 10 uur", "lúc 10 giờ")',
    clockBefore: {
      fr: ['a', 'vers', 'des', 'jusqu'],
      es: ['las', 'la', 'sobre', 'hacia'],
      pt: ['as', 'a', 'das', 'pelas'],
      it: ['alle', 'le', 'dalle'],
      nl: ['om', 'rond', 'tot'],
      ru: ['в', 'к'],
      cs: ['v', 've', 'od'],
      sk: ['o', 'od'],
      vi: ['luc', 'vao', 'den', 'khoang', 'tu'],
      tr: ['saat'],
    },
    forms: {
      '*': ['hours', 'hour$', 'hrs$'],
      fr: ['heures', 'heure$'],
      es: ['horas', 'hora$'],
      pt: ['horas', 'hora$'],
      nl: ['uur$'],
      de: ['stunde'],
      el: ['ώρες', 'ωρών'],
      it: ['ore$'],
      ro: ['ore$', 'de ore'],
      ru: ['часов', 'часа$'],
      uk: ['годин'],
      pl: ['godzin'],
      cs: ['hodin'],
      sk: ['hodín', 'hodiny$'],
      tr: ['saat$', 'saattir', 'saatlik', 'saat boyunca'],
      sv: ['timmar', 'timme'],
      da: ['timer$'],
      no: ['timer$'],
      fi: ['tuntia', 'tunnin'],
      hu: ['órán', 'órát', 'órás', 'órája'],
      id: ['jam$'],
      ms: ['jam$'],
      vi: ['tiếng đồng hồ', 'tiếng$', 'giờ$'],
      zh: ['小时', '小時', '个小时', '個小時'],
      ja: ['時間'],
      ko: ['시간'],
      hi: ['घंटे', 'घंटों'],
      fa: ['ساعت'],
      ar: ['ساعات', 'ساعة$', 'الساعات'],
      he: ['שעות', 'השעות'],
      th: ['ชั่วโมง'],
    },
  },
  {
    ...duration,
    factor: 60,
    offset: 30,
    countsQuantity: true,
    reason:
      'hours and a half, written as one unit after the figure in Japanese, Chinese and Korean ("約1時間半", about an hour and a half: 90 min; "一个半小时"; "1시간 반")',
    forms: {
      ja: ['時間半'],
      zh: ['个半小时', '個半小時', '个半钟头'],
      ko: ['시간 반', '시간반'],
    },
  },
  {
    ...duration,
    factor: 1,
    countsQuantity: true,
    reason: 'minutes, how long something lasted ("spoke for about 90 minutes", "durante cerca de 85 minutos")',
    forms: {
      '*': ['minut', 'mins$', 'min$'],
      el: ['λεπτ'],
      ru: ['минут'],
      uk: ['хвилин'],
      bg: ['минути'],
      tr: ['dakika'],
      hu: ['perc'],
      fi: ['minuuttia'],
      id: ['menit'],
      ms: ['minit'],
      vi: ['phút'],
      zh: ['分钟', '分鐘'],
      ja: ['分間'],
      ko: ['분간', '분 동안'],
      hi: ['मिनट'],
      fa: ['دقیقه'],
      ar: ['دقيقة', 'دقائق', 'الدقائق'],
      he: ['דקות', 'הדקות'],
      th: ['นาที'],
    },
  },
  {
    quantity: 'money',
    into: 'USD',
    factor: 1,
    reason: 'US dollars, and dollars unqualified, as international news writes them',
    forms: {
      '*': ['usd$', 'us dollars', 'dollars', 'dollar$'],
      de: ['us-dollar', 'dollar'],
      el: ['δολάρι', 'δολαρίων'],
      ro: ['dolari', 'de dolari', 'dolar$'],
      fr: ['de dollars'],
      es: ['dólares', 'de dólares', 'dólar$'],
      it: ['dollari', 'di dollari', 'dollaro'],
      pt: ['dólares', 'de dólares', 'dólar$'],
      ru: ['доллар', 'долл.'],
      uk: ['долар'],
      pl: ['dolar'],
      tr: ['dolar'],
      cs: ['dolar'],
      hu: ['dollár'],
      zh: ['美元', '美金'],
      ja: ['米ドル', 'ドル'],
      ko: ['달러'],
      ar: ['دولار'],
      fa: ['دلار'],
      he: ['דולר'],
      hi: ['डॉलर', 'डालर'],
      th: ['ดอลลาร์'],
      vi: ['đô la', 'đô-la'],
      id: ['dolar'],
    },
  },
  {
    quantity: 'money',
    into: 'EUR',
    factor: 1,
    reason: 'euros',
    forms: {
      '*': ['eur$', 'euro'],
      el: ['ευρώ'],
      ro: ['de euro'],
      fr: ['d’euros', "d'euros"],
      es: ['de euros'],
      it: ['di euro'],
      pt: ['de euros'],
      ru: ['евро'],
      uk: ['євро'],
      tr: ['avro'],
      hu: ['euró'],
      zh: ['欧元', '歐元'],
      ja: ['ユーロ'],
      ko: ['유로'],
      ar: ['يورو'],
      fa: ['یورو'],
      he: ['יורו'],
      hi: ['यूरो'],
      th: ['ยูโร'],
    },
  },
  {
    quantity: 'money',
    into: 'JPY',
    factor: 1,
    reason: 'Japanese yen',
    forms: {
      '*': ['jpy$', 'yen$'],
      el: ['γιεν'],
      ro: ['yeni', 'de yeni'],
      fr: ['yens', 'de yens'],
      es: ['yenes', 'de yenes'],
      pt: ['ienes', 'de ienes'],
      ru: ['иен'],
      uk: ['єн'],
      pl: ['jenów', 'jeny$'],
      cs: ['jenů'],
      hu: ['jent', 'jen$'],
      zh: ['日元', '日圆', '日圓'],
      ja: ['円'],
      ko: ['엔'],
      ar: ['ين$'],
      fa: ['ین$'],
      he: ['ין$'],
      hi: ['येन'],
      th: ['เยน'],
      vi: ['yên'],
    },
  },
  {
    quantity: 'money',
    into: 'CNY',
    factor: 1,
    reason:
      'Chinese yuan (renminbi); in Chinese a bare 元 after a figure, other currencies being written longer (日元, 美元)',
    forms: {
      '*': ['cny$', 'yuan'],
      el: ['γιουάν'],
      ru: ['юан'],
      uk: ['юан'],
      zh: ['人民币', '元'],
      ja: ['人民元'],
      ko: ['위안'],
      ar: ['يوان'],
      fa: ['یوان'],
      he: ['יואן'],
      hi: ['युआन'],
      th: ['หยวน'],
      vi: ['nhân dân tệ'],
    },
  },
  {
    quantity: 'money',
    into: 'INR',
    factor: 1,
    reason: 'Indian rupees',
    forms: {
      '*': ['inr$', 'rupees'],
      hi: ['रुपये', 'रुपए', 'रुपया'],
      zh: ['卢比'],
      ja: ['ルピー'],
      ko: ['루피'],
    },
  },
  {
    quantity: 'money',
    into: 'RUB',
    factor: 1,
    reason: 'Russian roubles',
    forms: {
      '*': ['rub$', 'roubles', 'rubles'],
      ru: ['рубл', 'руб.'],
      uk: ['рубл'],
      de: ['rubel'],
      es: ['rublos'],
      pl: ['rubli'],
      zh: ['卢布'],
      ja: ['ルーブル'],
      ko: ['루블'],
    },
  },
  {
    quantity: 'money',
    into: 'KRW',
    factor: 1,
    reason: 'South Korean won',
    forms: {
      '*': ['krw$'],
      ko: ['원'],
      zh: ['韩元', '韓元'],
      ja: ['ウォン'],
    },
  },
  {
    quantity: 'money',
    into: 'UAH',
    factor: 1,
    reason: 'Ukrainian hryvnias',
    forms: { '*': ['uah$', 'hryvnias'], uk: ['грив'], ru: ['гривен', 'гривн'] },
  },
  {
    quantity: 'money',
    into: 'TRY',
    factor: 1,
    reason: 'Turkish lira, where Turkish writes it',
    forms: { '*': ['turkish lira'], tr: ['lira', 'tl$'] },
  },
  {
    quantity: 'money',
    into: 'PLN',
    factor: 1,
    reason: 'Polish złoty',
    forms: { '*': ['pln$'], pl: ['zł'] },
  },
  {
    quantity: 'money',
    into: 'CZK',
    factor: 1,
    reason: 'Czech koruna',
    forms: { '*': ['czk$'], cs: ['korun', 'kč$'] },
  },
  {
    quantity: 'money',
    into: 'HUF',
    factor: 1,
    reason: 'Hungarian forints',
    forms: { '*': ['huf$', 'forint'], hu: ['ft$'] },
  },
  {
    quantity: 'money',
    into: 'SEK',
    factor: 1,
    reason: 'Swedish kronor',
    forms: { '*': ['sek$'], sv: ['kronor', 'kr$'] },
  },
  {
    quantity: 'money',
    into: 'RON',
    factor: 1,
    reason: 'Romanian lei',
    forms: { '*': ['ron$'], ro: ['lei$', 'de lei'] },
  },
  {
    quantity: 'money',
    into: 'BRL',
    factor: 1,
    reason: 'Brazilian reais',
    forms: { '*': ['brl$'], pt: ['reais'] },
  },
  {
    quantity: 'money',
    into: 'ILS',
    factor: 1,
    reason: 'Israeli shekels',
    forms: { '*': ['ils$', 'shekels'], he: ['שקל', 'ש"ח', 'ש״ח'] },
  },
  {
    quantity: 'money',
    into: 'THB',
    factor: 1,
    reason: 'Thai baht',
    forms: { '*': ['thb$', 'baht'], th: ['บาท'] },
  },
  {
    quantity: 'money',
    into: 'VND',
    factor: 1,
    reason: 'Vietnamese đồng',
    forms: { '*': ['vnd$'], vi: ['đồng$', 'vnđ'] },
  },
  {
    quantity: 'money',
    into: 'IDR',
    factor: 1,
    reason: 'Indonesian rupiah',
    forms: { '*': ['idr$', 'rupiah'] },
  },
];

/**
 * Words that give a length of time and its count in one, as Arabic and Hebrew write two of a
 * thing (the dual: "ساعتين", two hours; "כשעתיים", about two hours), in the unit durations are
 * compared in (`duration.into`, minutes). Forms as written, with the prefixes news sets on
 * them ("about", "for", "in").
 */
export const dualDurations: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  ar: {
    ساعتين: 120,
    ساعتان: 120,
    لساعتين: 120,
    بساعتين: 120,
    دقيقتين: 2,
    دقيقتان: 2,
  },
  he: {
    שעתיים: 120,
    כשעתיים: 120,
    לשעתיים: 120,
    בשעתיים: 120,
    כשעתים: 120,
  },
};

/**
 * Currency symbols written before an amount ("$48 million", "R$ 62 milhões", "Rp 5 miliar"), by
 * the ISO 4217 code of the money they stand for; a bare dollar sign is the US dollar, as
 * international news writes it. The yen sign is the yuan's too, and reads so in Chinese.
 */
export const currencySymbols: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  R$: 'BRL',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  NZ$: 'NZD',
  S$: 'SGD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₽': 'RUB',
  '₩': 'KRW',
  '₺': 'TRY',
  '₪': 'ILS',
  '₫': 'VND',
  '฿': 'THB',
  '₴': 'UAH',
  '₦': 'NGN',
  Rp: 'IDR',
};

/** Languages in which the yen sign stands for the yuan. */
export const yuanSignLanguages: ReadonlySet<string> = new Set(['zh']);
