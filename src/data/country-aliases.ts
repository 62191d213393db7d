/**
 * Names news uses for a country besides the one CLDR gives (`Intl.DisplayNames`): a former or
 * common name ("Turkey" where CLDR now says "Türkiye"), a short form ("Palestine"), a second
 * spelling. Matched like CLDR's names: inflected in the language's own words, whole in English.
 * A bare "America" is left out: news writes it for the continents too ("Latin America").
 */
export interface CountryAlias {
  /** ISO 3166 region code. */
  code: string;
  /** BCP 47 language the names are written in. */
  lang: string;
  names: readonly string[];
  reason: string;
}

export const countryAliases: readonly CountryAlias[] = [
  { code: 'TR', lang: 'en', names: ['Turkey'], reason: 'CLDR says Türkiye; most English news still writes Turkey' },
  { code: 'TR', lang: 'hi', names: ['तुर्की'], reason: 'CLDR says तुर्किये; Hindi news writes तुर्की' },
  { code: 'TR', lang: 'ko', names: ['터키'], reason: 'the name Korean news used before 튀르키예' },
  { code: 'TR', lang: 'ja', names: ['トルコ共和国'], reason: 'the full name beside トルコ' },
  { code: 'CZ', lang: 'en', names: ['Czech Republic'], reason: 'the long name news still uses beside Czechia' },
  { code: 'CZ', lang: 'de', names: ['Tschechische Republik'], reason: 'the long name beside Tschechien' },
  { code: 'CI', lang: 'en', names: ['Ivory Coast'], reason: 'the English name news uses for Côte d’Ivoire' },
  { code: 'CI', lang: 'de', names: ['Elfenbeinküste'], reason: 'the German name news uses for Côte d’Ivoire' },
  { code: 'CI', lang: 'es', names: ['Costa de Marfil'], reason: 'the Spanish name news uses for Côte d’Ivoire' },
  { code: 'CI', lang: 'ro', names: ['Coasta de Fildeș'], reason: 'the Romanian name news uses for Côte d’Ivoire' },
  { code: 'CI', lang: 'tr', names: ['Fildişi Sahili'], reason: 'the Turkish name news uses for Côte d’Ivoire' },
  {
    code: 'CD',
    lang: 'en',
    names: ['DR Congo', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'DRC'],
    reason: 'CLDR says "Congo - Kinshasa", which news never writes',
  },
  {
    code: 'CD',
    lang: 'fr',
    names: ['RDC', 'République démocratique du Congo'],
    reason: 'CLDR says "Congo-Kinshasa"',
  },
  { code: 'CD', lang: 'de', names: ['Demokratische Republik Kongo'], reason: 'CLDR says "Kongo-Kinshasa"' },
  {
    code: 'CD',
    lang: 'ru',
    names: ['ДР Конго', 'Демократическая Республика Конго', 'ДРК'],
    reason: 'CLDR says "Конго - Киншаса"',
  },
  {
    code: 'CD',
    lang: 'it',
    names: ['Repubblica Democratica del Congo', 'RDC'],
    reason: 'CLDR says "Congo - Kinshasa"',
  },
  { code: 'CD', lang: 'pt', names: ['República Democrática do Congo', 'RDC'], reason: 'CLDR says "Congo - Kinshasa"' },
  { code: 'CD', lang: 'es', names: ['RDC', 'RD Congo'], reason: 'short forms beside the long name' },
  { code: 'CD', lang: 'zh', names: ['刚果民主共和国', '刚果（金）'], reason: 'the full name beside 刚果（金）' },
  { code: 'PS', lang: 'en', names: ['Palestine'], reason: 'CLDR says "Palestinian Territories"' },
  { code: 'PS', lang: 'de', names: ['Palästina'], reason: 'CLDR says "Palästinensische Autonomiegebiete"' },
  { code: 'PS', lang: 'fr', names: ['Palestine'], reason: 'CLDR says "Territoires palestiniens"' },
  { code: 'PS', lang: 'es', names: ['Palestina'], reason: 'CLDR says "Territorios Palestinos"' },
  { code: 'PS', lang: 'it', names: ['Palestina'], reason: 'CLDR says "Territori Palestinesi"' },
  { code: 'PS', lang: 'pt', names: ['Palestina'], reason: 'CLDR says "Territórios palestinos"' },
  { code: 'PS', lang: 'ru', names: ['Палестина'], reason: 'CLDR says "Палестинские территории"' },
  { code: 'PS', lang: 'uk', names: ['Палестина'], reason: 'CLDR says "Палестинські території"' },
  { code: 'PS', lang: 'el', names: ['Παλαιστίνη'], reason: 'CLDR says "Παλαιστινιακά Εδάφη"' },
  { code: 'PS', lang: 'ro', names: ['Palestina'], reason: 'CLDR says "Teritoriile Palestiniene"' },
  { code: 'PS', lang: 'pl', names: ['Palestyna'], reason: 'CLDR says "Terytoria Palestyńskie"' },
  { code: 'PS', lang: 'tr', names: ['Filistin'], reason: 'CLDR says "Filistin Bölgeleri"' },
  { code: 'PS', lang: 'ar', names: ['فلسطين'], reason: 'CLDR says "الأراضي الفلسطينية"' },
  { code: 'PS', lang: 'fa', names: ['فلسطین'], reason: 'CLDR says "سرزمین‌های فلسطینی"' },
  { code: 'PS', lang: 'zh', names: ['巴勒斯坦'], reason: 'CLDR says 巴勒斯坦领土' },
  { code: 'PS', lang: 'ja', names: ['パレスチナ'], reason: 'CLDR says パレスチナ自治区' },
  { code: 'PS', lang: 'ko', names: ['팔레스타인'], reason: 'CLDR says 팔레스타인 지구' },
  { code: 'PS', lang: 'hi', names: ['फ़िलिस्तीन', 'फिलिस्तीन'], reason: 'CLDR says फ़िलिस्तीनी क्षेत्र' },
  { code: 'PS', lang: 'id', names: ['Palestina'], reason: 'CLDR says "Wilayah Palestina"' },
  { code: 'PS', lang: 'vi', names: ['Palestine'], reason: 'CLDR says "Lãnh thổ Palestine"' },
  { code: 'US', lang: 'en', names: ['United States of America', 'USA'], reason: 'the long name and its abbreviation' },
  { code: 'US', lang: 'ru', names: ['США'], reason: 'the usual name beside Соединенные Штаты' },
  { code: 'US', lang: 'uk', names: ['США'], reason: 'the usual name beside Сполучені Штати' },
  { code: 'US', lang: 'el', names: ['ΗΠΑ'], reason: 'the usual name beside Ηνωμένες Πολιτείες' },
  { code: 'US', lang: 'de', names: ['USA'], reason: 'the usual name beside Vereinigte Staaten' },
  { code: 'US', lang: 'es', names: ['EE. UU.', 'EEUU', 'EE.UU.'], reason: 'the usual abbreviations of Estados Unidos' },
  { code: 'US', lang: 'ro', names: ['SUA'], reason: 'the usual name beside Statele Unite ale Americii' },
  { code: 'US', lang: 'pl', names: ['USA'], reason: 'the usual name beside Stany Zjednoczone' },
  { code: 'US', lang: 'tr', names: ['ABD'], reason: 'the usual name beside Amerika Birleşik Devletleri' },
  { code: 'US', lang: 'id', names: ['AS'], reason: 'the usual name beside Amerika Serikat' },
  { code: 'US', lang: 'vi', names: ['Mỹ'], reason: 'the usual name beside Hoa Kỳ' },
  {
    code: 'GB',
    lang: 'en',
    names: ['Britain', 'Great Britain', 'UK'],
    reason: 'the usual names beside United Kingdom',
  },
  { code: 'GB', lang: 'hi', names: ['ब्रिटेन'], reason: 'the usual name beside यूनाइटेड किंगडम' },
  { code: 'GB', lang: 'ar', names: ['بريطانيا'], reason: 'the usual name beside المملكة المتحدة' },
  { code: 'GB', lang: 'id', names: ['Inggris'], reason: 'the usual name beside Inggris Raya' },
  { code: 'KR', lang: 'ko', names: ['한국'], reason: 'the usual name beside 대한민국' },
  { code: 'KR', lang: 'ru', names: ['Южная Корея'], reason: 'the usual name beside Республика Корея' },
  { code: 'KP', lang: 'ru', names: ['Северная Корея'], reason: 'the usual name beside КНДР' },
  { code: 'MM', lang: 'en', names: ['Burma'], reason: 'the former name, still in use' },
  { code: 'NL', lang: 'en', names: ['Holland'], reason: 'the part that names the whole in news' },
  { code: 'SZ', lang: 'en', names: ['Swaziland'], reason: 'the name before Eswatini' },
  { code: 'MK', lang: 'en', names: ['Macedonia'], reason: 'the name before North Macedonia' },
  { code: 'CV', lang: 'en', names: ['Cape Verde'], reason: 'the English name beside Cabo Verde' },
  { code: 'TL', lang: 'en', names: ['East Timor'], reason: 'the English name beside Timor-Leste' },
];
