/**
 * Prepositions that put a place name after them ("in Beijing", "στο Πεκίνο", "la Beijing"),
 * per language. The name that follows counts as a place when written as a name.
 * Country names themselves come from the runtime's CLDR data (`Intl.DisplayNames`).
 */
export const locativePrepositions: readonly { lang: string; pattern: string; reason: string }[] = [
  { lang: 'en', pattern: 'in|at|from|to', reason: 'English locatives' },
  {
    lang: 'el',
    pattern: 'στο|στη|στην|στον|από το|από τη|από την|προς το|προς τη|προς την',
    reason: 'Greek locatives ("in/at/from/to the")',
  },
  {
    lang: 'de',
    pattern: 'in|nach|aus',
    reason: 'German locatives without an article: after these a capitalised word is rarely a common noun',
  },
  { lang: 'ro', pattern: 'la|în|din|spre', reason: 'Romanian locatives' },
  { lang: 'fr', pattern: 'à|en|de|vers', reason: 'French locatives' },
  { lang: 'es', pattern: 'en|a|desde|hacia', reason: 'Spanish locatives' },
  { lang: 'it', pattern: 'a|in|da|verso', reason: 'Italian locatives' },
  { lang: 'ru', pattern: 'в|во|из|на', reason: 'Russian locatives' },
  { lang: 'uk', pattern: 'в|у|із|зі|з|на', reason: 'Ukrainian locatives ("у Стамбулі", "з Києва")' },
  { lang: 'bg', pattern: 'в|във|от|на|край', reason: 'Bulgarian locatives' },
  { lang: 'pl', pattern: 'w|we|z|ze|do|pod', reason: 'Polish locatives ("w Warszawie", "pod Krakowem")' },
  { lang: 'cs', pattern: 'v|ve|z|ze|do|u', reason: 'Czech locatives ("v Praze", "u Brna")' },
  { lang: 'sk', pattern: 'v|vo|z|zo|do|pri', reason: 'Slovak locatives' },
  { lang: 'hr', pattern: 'u|iz|kod', reason: 'Croatian, Serbian and Bosnian locatives' },
  { lang: 'sr', pattern: 'u|iz|kod', reason: 'Serbian locatives' },
  { lang: 'sl', pattern: 'v|iz|pri', reason: 'Slovene locatives' },
  { lang: 'nl', pattern: 'in|uit|naar|bij', reason: 'Dutch locatives' },
  { lang: 'sv', pattern: 'i|från|till|vid', reason: 'Swedish locatives' },
  { lang: 'da', pattern: 'i|fra|til|ved', reason: 'Danish locatives' },
  { lang: 'no', pattern: 'i|fra|til|ved', reason: 'Norwegian locatives' },
  { lang: 'pt', pattern: 'em|no|na|de|do|da|para', reason: 'Portuguese locatives ("em Lisboa", "no Rio")' },
  { lang: 'ca', pattern: 'a|en|de|cap a', reason: 'Catalan locatives' },
  { lang: 'id', pattern: 'di|ke|dari', reason: 'Indonesian locatives ("di Jakarta")' },
  { lang: 'ms', pattern: 'di|ke|dari', reason: 'Malay locatives' },
  { lang: 'vi', pattern: 'tại|ở|từ|đến', reason: 'Vietnamese locatives ("tại Hà Nội")' },
];

/**
 * Locatives written after a place's name, in languages that mark the place with a case ending or
 * a postposition ("İstanbul'da", "İstanbul Boğazı'nda", "दिल्ली में", "東京で", "서울에서"): matched
 * right after the name.
 */
export const locativesAfter: readonly { lang: string; pattern: string; reason: string }[] = [
  {
    lang: 'tr',
    pattern: "['’]n?[dt][ae](?![\\p{L}])|\\s+\\p{Lu}\\p{L}*['’]n?[dt][ae](?![\\p{L}])",
    reason: 'Turkish locative ending after an apostrophe, on the name or on the noun it names ("İstanbul Boğazı\'nda")',
  },
  { lang: 'hi', pattern: '\\s+में(?![\\p{L}\\p{M}])', reason: 'Hindi postposition "में" (in)' },
  { lang: 'ja', pattern: 'で|市で|県で|沖で', reason: 'Japanese particle "で" (at), after the name or its place noun' },
  {
    lang: 'ko',
    pattern: '에서|시에서|도에서',
    reason: 'Korean particle "에서" (at), after the name or its place noun',
  },
];

/**
 * Locatives before a place's name in scripts without capitals, where no run of capitalised words
 * tells a name and only names already known (the glossary's, CLDR's) are read as located: Hebrew
 * and Arabic write "in" onto the name ("בתל אביב", "بطهران"), Arabic and Persian also apart ("في
 * طهران", "در تهران"). Matched on the text right before the name.
 */
export const locativesBeforeKnown: readonly { lang: string; pattern: string; reason: string }[] = [
  { lang: 'he', pattern: '(?<![\\p{L}])[וש]?ב$', reason: 'Hebrew "in" written onto the name ("בתל אביב")' },
  {
    lang: 'ar',
    pattern: '(?<![\\p{L}])[وف]?ب$|(?<![\\p{L}])[وف]?(?:في|من)\\s+$',
    reason: 'Arabic "in", onto the name or apart',
  },
  { lang: 'fa', pattern: '(?<![\\p{L}])(?:در|از)\\s+$', reason: 'Persian "in", "from"' },
];

/**
 * Capitalised words that follow a locative but are not places: German capitalises every noun,
 * so fixed phrases such as "in Kraft" (in force) would otherwise read as places.
 */
export const notPlaces: readonly { lang: string; word: string; reason: string }[] = [
  { lang: 'de', word: 'Kraft', reason: '"in Kraft" = in force' },
  { lang: 'de', word: 'Frage', reason: '"in Frage" = in question' },
  { lang: 'de', word: 'Betracht', reason: '"in Betracht" = into consideration' },
  { lang: 'de', word: 'Ordnung', reason: '"in Ordnung" = all right' },
  { lang: 'de', word: 'Zukunft', reason: '"in Zukunft" = in future' },
  { lang: 'de', word: 'Anspruch', reason: '"in Anspruch" = to make use of' },
  { lang: 'de', word: 'Höhe', reason: '"in Höhe von" = amounting to' },
  { lang: 'de', word: 'Zusammenarbeit', reason: '"in Zusammenarbeit" = in cooperation' },
  { lang: 'de', word: 'Bezug', reason: '"in Bezug auf" = regarding' },
  { lang: 'de', word: 'Sachen', reason: '"in Sachen" = concerning' },
  { lang: 'de', word: 'Richtung', reason: '"in Richtung" = towards (a place follows, not this word)' },
  { lang: 'de', word: 'Haft', reason: '"in Haft" = in custody' },
  { lang: 'de', word: 'Gefahr', reason: '"in Gefahr" = in danger' },
  { lang: 'en', word: 'The', reason: 'sentence-internal article after "in"' },
  { lang: 'en', word: 'A', reason: 'article' },
  { lang: 'en', word: 'An', reason: 'article' },
  { lang: 'en', word: 'I', reason: 'pronoun' },
];

/**
 * The word for "of" before a place or a body that an office belongs to ("il sindaco di Napoli",
 * "le maire de Lyon", "the mayor of London"), per language, folded: a name after it and the
 * place's name run together ("di Napoli Gaetano Manfredi"), and the first word is the place.
 */
export const ofPrepositions: Readonly<Record<string, readonly string[]>> = {
  en: ['of'],
  fr: ['de', 'du', 'des'],
  es: ['de', 'del'],
  pt: ['de', 'do', 'da', 'dos', 'das'],
  it: ['di', 'del', 'della', 'dei', 'degli'],
  ro: ['din'],
  nl: ['van'],
  ca: ['de', 'del'],
};

/**
 * Languages that set the place of an office in the genitive between the office and the name, with
 * no word for "of" ("burmistrz Gdańska Piotr Nowak", "primátor Prahy Bohuslav Svoboda", "мер Києва
 * Віталій Кличко", "ο δήμαρχος Αθηναίων Χάρης Δούκας"): of three capitalised words after a word in
 * lower case, the first is that place, unless the second is a patronymic ("Сергей Семёнович Собянин").
 */
export const genitivePlaceLanguages: readonly string[] = [
  'pl',
  'cs',
  'sk',
  'uk',
  'ru',
  'be',
  'bg',
  'el',
  'sr',
  'hr',
  'sl',
];

/**
 * Endings of abstract nouns in languages that capitalise every noun: a word so ending after a
 * locative is no place ("Nach Auszählung von 99,6 Prozent", "in Erwartung", "aus
 * Sicherheitsgründen", "in Aussicht"), as place names rarely end so.
 */
export const abstractNounEndings: Readonly<Record<string, readonly string[]>> = {
  de: ['ung', 'heit', 'keit', 'schaft', 'tion', 'ität', 'nis', 'tum', 'ismus', 'gründen', 'sicht'],
};

/**
 * Languages that give a country's name no case ending (English, the Romance languages,
 * Indonesian, Vietnamese): there a name matches whole, and "franchi" is not France nor "serviço"
 * Serbia (Sérvia). A possessive or an elided article is joined by an apostrophe, which is read apart.
 */
export const uninflectedNameLanguages: readonly string[] = ['en', 'fr', 'es', 'pt', 'it', 'ca', 'gl', 'id', 'ms', 'vi'];

/**
 * Common words that start like a country's name and go on by an adjective's ending, per language,
 * which the country-word test (`countryWordMatcher`) would read as the country's adjective:
 * Portuguese "serviço" is no "sérvio" (Serbian).
 */
export const notCountryWords: Readonly<Record<string, readonly string[]>> = {
  pt: ['serviço', 'serviços', 'servidor', 'servidores', 'servidora', 'servidoras'],
  // "skott" (shot, of Skottland) and "Schotter" (gravel, of Schottland).
  sv: ['skott', 'skotten', 'skottet', 'skotts'],
  de: ['schotter', 'schotters'],
  // "růst" (growth), folded as the stem of "Rusko" is; "polštář" (pillow), as "Polsko"'s.
  cs: ['rust', 'rustu', 'rustem', 'ruste', 'polstar', 'polstare', 'polstaru'],
  // "nederlaag" (defeat) and "nederig" (humble) start as the stem of "Nederland".
  nl: ['nederlaag', 'nederlagen', 'nederig', 'nederige', 'nederigheid'],
};

/**
 * Ends of country names that a language builds from the people's stem, and what the stem ends
 * in instead (folded, as `foldText` writes them):
 * - the word for "land" or "country" ("Deutsch|land", "Tysk|land", "Német|ország", "Saksa|maa"):
 *   what comes before it is the adjective or the people's name ("német házaspár", a German
 *   couple; "tyskt par"; "Deutsche");
 * - Czech and Slovak "-cko", "-sko", whose adjectives name people with "-čtí", "-ští" ("Německo",
 *   "němečtí turisté"; "Rakousko", "rakouští").
 */
export const countryNameEndings: Readonly<Record<string, readonly { ending: string; stem: string }[]>> = {
  de: [{ ending: 'land', stem: '' }],
  nl: [{ ending: 'land', stem: '' }],
  sv: [{ ending: 'land', stem: '' }],
  da: [{ ending: 'land', stem: '' }],
  no: [{ ending: 'land', stem: '' }],
  is: [{ ending: 'land', stem: '' }],
  hu: [{ ending: 'orszag', stem: '' }],
  fi: [{ ending: 'maa', stem: '' }],
  et: [{ ending: 'maa', stem: '' }],
  cs: [
    { ending: 'cko', stem: 'ct' },
    { ending: 'sko', stem: 'st' },
  ],
  sk: [
    { ending: 'cko', stem: 'ct' },
    { ending: 'sko', stem: 'st' },
  ],
};

/** Languages that capitalise every noun, where one capitalised word after a cue may be a common noun. */
export const nounCapitalizingLanguages: readonly string[] = ['de', 'lb'];

/**
 * Nouns for kinds of place that put a place name next to them ("regiunea Kursk", "Region Kursk",
 * "περιοχής του Κουρσκ", "the Kursk region"). `NAME` marks where the name stands.
 */
export const placeNouns: readonly { lang: string; pattern: string; reason: string }[] = [
  {
    lang: 'en',
    pattern: '(?:region|province|city|town|village|district|capital) of NAME',
    reason: 'English "region of X"',
  },
  { lang: 'en', pattern: 'NAME (?:region|province|oblast|district)', reason: 'English "the X region"' },
  { lang: 'de', pattern: '(?:Region|Provinz|Stadt|Gebiet|Hauptstadt|Oblast) NAME', reason: 'German "Region X"' },
  {
    lang: 'ro',
    pattern: '(?:regiunea|regiunii|provincia|provinciei|orașul|orașului|capitala|capitalei) NAME',
    reason: 'Romanian "regiunea X"',
  },
  {
    lang: 'el',
    pattern: '(?:περιοχή|περιοχής|περιφέρεια|περιφέρειας|πόλη|πόλης|πρωτεύουσα|πρωτεύουσας)(?: του| της| των)? NAME',
    reason: 'Greek "περιοχή του X"',
  },
  {
    lang: 'fr',
    pattern: "(?:région|ville|province|capitale|localité|commune|département) (?:de |d'|d’)NAME",
    reason: 'French "région de X", "localité de X"',
  },
  {
    lang: 'es',
    pattern: '(?:región|ciudad|provincia|capital|localidad|distrito|departamento|municipio) de NAME',
    reason: 'Spanish "región de X", "distrito de X"',
  },
  {
    lang: 'it',
    pattern: "(?:regione|città|provincia|capitale|località|comune) (?:di |d'|d’)NAME",
    reason: 'Italian "regione di X", "comune di X"',
  },
  {
    lang: 'pt',
    pattern: '(?:região|cidade|província|capital|estado|município|localidade|distrito) d[aeo]s? NAME',
    reason: 'Portuguese "região de X", "cidade do X"',
  },
  {
    lang: 'ru',
    pattern:
      '(?:регион|региона|регионе|област[иь]|город|города|городе|провинци[иея]|столиц[аеуы]|район[аеу]?|пос[её]лк[аеу]|пос[её]лок|деревн[еия]|сел[аео]|штат[аеу]?)(?: страны)? NAME',
    reason: 'Russian "в регионе Арекипа", "в столице страны Лиме", "от города Чукибамба": the name keeps its own case',
  },
  {
    lang: 'uk',
    pattern:
      '(?:регіон[іу]?|област[іь]|міст[аоі]|місто|провінці[їяю]|столиц[іяю]|район[іу]?|селищ[аеі]|сел[аоі])(?: країни)? NAME',
    reason: 'Ukrainian "в регіоні Арекіпа", "у місті Ліма"',
  },
  {
    lang: 'pl',
    pattern:
      '(?:region(?:ie|u)?|prowincj[ia]|mie(?:ście|sta|sto)|stolic[ya]|województwie|powiecie|wsi|miejscowości) NAME',
    reason: 'Polish "w regionie Arequipa", "w miejscowości Zduny"',
  },
  {
    lang: 'tr',
    pattern:
      "NAME(?:['’]\\p{L}+)? (?:bölgesi|bölgesinde|kenti|kentinde|ili|ilinde|eyaleti|eyaletinde|şehri|şehrinde|ilçesi|ilçesinde)",
    reason: 'Turkish "Arequipa bölgesinde", "Kulu ilçesinde": the place noun follows the name',
  },
  {
    lang: 'id',
    pattern: '(?:[Pp]rovinsi|[Kk]ota|[Kk]abupaten|[Dd]esa|[Pp]ulau|[Ww]ilayah) NAME',
    reason: 'Indonesian "Provinsi Sulawesi Utara", "Pulau Talise"',
  },
  {
    lang: 'vi',
    pattern: '(?:tỉnh|thành phố|huyện|xã|vùng|đảo|làng|các làng|thị trấn) NAME',
    reason: 'Vietnamese "tỉnh Quảng Nam", "thành phố Huế", "làng Laerma", "đảo Rhodes"',
  },
  {
    lang: 'nl',
    pattern: '(?:provincie|stad|dorp|dorpen|eiland|regio|gemeente|hoofdstad) NAME',
    reason: 'Dutch "het dorp Laerma", "de stad Rhodos", "het eiland Rhodos", "de dorpen Kiotari, Gennadi…"',
  },
  // Scripts without capitals: the one word after the place noun (WORD) is the name.
  {
    lang: 'fa',
    pattern: '(?:شهرستان|استان|شهر|منطقه|روستای|بندر) WORD',
    reason: 'Persian "استان کرمان" (the province of Kerman), "شهر بم"',
  },
  {
    lang: 'ar',
    pattern: '[وفبل]?(?:مدينة|محافظة|إقليم|ولاية|منطقة|بلدة|قرية) WORD',
    reason: 'Arabic "إقليم كرمان" (the province of Kerman), "بمدينة حلب" (in the city of Aleppo)',
  },
  {
    lang: 'he',
    pattern: '(?:[בלמו]?ה?(?:עיר|מחוז|כפר|כפרים|ערים) |[בלמו]?האי (?!ה))WORD',
    reason:
      'Hebrew "במחוז צ\'יאנג" (in the province of), "העיר חיפה", "הכפר לארמה", "האי רודוס" (the island of, but not "האי היווני", the Greek island); not "אזור" (area), which a verb follows as often as a name ("באזור להישמע")',
  },
];

/**
 * Words that make a country a ship's flag ("Malta-flagged", "berbendera Malta", "під прапором
 * Мальти", "Malta bayraklı", "マルタ船籍"): the state a vessel is registered in, not where the
 * event happened. `before` is matched right before the country's name, `after` right after it.
 */
export const flagCues: readonly { lang: string; before?: string; after?: string; reason: string }[] = [
  { lang: 'en', before: 'flag of|flying the flag of', after: '-flagged|-registered| flagged', reason: 'English' },
  { lang: 'fr', before: 'pavillon|sous pavillon', reason: 'French "battant pavillon de Malte"' },
  { lang: 'es', before: 'bandera de|con bandera de|abanderado en', reason: 'Spanish "con bandera de Malta"' },
  { lang: 'it', before: 'bandiera di|battente bandiera di', reason: 'Italian "battente bandiera di Malta"' },
  { lang: 'pt', before: 'bandeira de|bandeira da|bandeira do', reason: 'Portuguese "de bandeira de Malta"' },
  { lang: 'de', before: 'flagge von|unter der flagge|flagge', after: '-geflaggt| geflaggt', reason: 'German' },
  { lang: 'nl', before: 'vlag van|onder de vlag van', reason: 'Dutch' },
  { lang: 'ru', before: 'под флагом', reason: 'Russian "под флагом Мальты"' },
  { lang: 'uk', before: 'під прапором', reason: 'Ukrainian "під прапором Мальти"' },
  { lang: 'pl', before: 'pod banderą|pod flagą', reason: 'Polish "pod banderą Malty"' },
  { lang: 'cs', before: 'pod vlajkou', reason: 'Czech "pod vlajkou Malty"' },
  { lang: 'el', before: 'σημαία|με σημαία|σημαίας', reason: 'Greek "με σημαία Μάλτας"' },
  { lang: 'ro', before: 'sub pavilion|pavilionul', reason: 'Romanian "sub pavilion maltez"' },
  { lang: 'tr', after: ' bayraklı| bandıralı', reason: 'Turkish "Malta bayraklı"' },
  { lang: 'id', before: 'berbendera', reason: 'Indonesian "berbendera Malta"' },
  { lang: 'ms', before: 'berbendera', reason: 'Malay' },
  { lang: 'vi', before: 'mang cờ|treo cờ', reason: 'Vietnamese "mang cờ Malta"' },
  { lang: 'ar', before: 'ترفع علم|يرفع علم|تحمل علم|يحمل علم', reason: 'Arabic "ترفع علم مالطا"' },
  { lang: 'fa', before: 'با پرچم', reason: 'Persian "با پرچم مالت"' },
  { lang: 'he', before: 'בדגל|תחת דגל', reason: 'Hebrew "בדגל מלטה"' },
  { lang: 'zh', after: '籍', reason: 'Chinese "马耳他籍油轮"' },
  { lang: 'ja', after: '船籍|籍', reason: 'Japanese "マルタ船籍"' },
  { lang: 'ko', after: ' 선적|선적|국적', reason: 'Korean "몰타 선적"' },
  { lang: 'sv', before: 'flagg|under .{1,12}flagg', after: '-flaggad| flaggad', reason: 'Swedish' },
];
