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
