/**
 * Small numbers written as words, as news writes counts below ten or a dozen ("nine people were
 * killed", "siete muertos", "девять человек погибли"), with the case and gender forms a count
 * takes. A word is read as a figure only where it counts something of the claim lexicon (see
 * `extract-claims.ts`), so "sei" ("you are", Italian) or "altı" ("its underside", Turkish) are
 * not read as 6 elsewhere.
 *
 * "One" is left out in every language: it is also an article or a pronoun ("un", "ein", "один
 * из"). One and a half is listed where a word says it ("полтора часа", "półtorej godziny"). Languages whose number words are also common words of another sense (Vietnamese "năm",
 * five and year; "ba", three and Mrs) or that write counts with counters (Chinese, Japanese,
 * Korean) are left out; so are words of that kind: Persian "نه" (nine; "no") and "ده" (ten;
 * "village"), Russian "семью" (by seven; "family"). Thai is left out too: a number word is read
 * only as a whole word (`spelledCounts` in `extract-claims.ts`), and Thai writes it inside a run
 * of letters with what it counts ("สองคน", "two people"), which is one word to the tokenizer.
 */
export interface NumberWords {
  lang: string;
  /** Each value with the forms it is written in. */
  values: Readonly<Record<number, readonly string[]>>;
  /**
   * Articles and demonstratives that, right before a number word, make it point back to people or
   * things already named ("the two attended", "cei doi au participat", "οι δύο ηγέτες"), not count them.
   */
  referring?: readonly string[];
  /**
   * Teens written as two words, the unit then ten ("أربعة عشر", fourteen; "ארבע עשרה"): the words
   * for ten after a unit, and the forms of one and two that only stand there ("أحد عشر", eleven).
   */
  teens?: { ten: readonly string[]; ones?: Readonly<Record<number, readonly string[]>> };
  reason: string;
}

export const numberWords: readonly NumberWords[] = [
  {
    lang: 'en',
    values: {
      2: ['two'],
      3: ['three'],
      4: ['four'],
      5: ['five'],
      6: ['six'],
      7: ['seven'],
      8: ['eight'],
      9: ['nine'],
      10: ['ten'],
      11: ['eleven'],
      12: ['twelve', 'dozen'],
    },
    referring: ['the', 'these', 'those'],
    reason: 'English, which house styles spell out below ten',
  },
  {
    lang: 'es',
    values: {
      2: ['dos'],
      3: ['tres'],
      4: ['cuatro'],
      5: ['cinco'],
      6: ['seis'],
      7: ['siete'],
      8: ['ocho'],
      9: ['nueve'],
      10: ['diez'],
      11: ['once'],
      12: ['doce'],
    },
    referring: ['los', 'las', 'estos', 'estas', 'esos', 'esas', 'aquellos', 'aquellas'],
    reason: 'Spanish',
  },
  {
    lang: 'fr',
    values: {
      2: ['deux'],
      3: ['trois'],
      4: ['quatre'],
      5: ['cinq'],
      6: ['six'],
      7: ['sept'],
      8: ['huit'],
      9: ['neuf'],
      10: ['dix'],
      11: ['onze'],
      12: ['douze'],
    },
    referring: ['les', 'ces'],
    reason: 'French ("neuf" is also "new", but never next to a count word)',
  },
  {
    lang: 'it',
    values: {
      2: ['due'],
      3: ['tre'],
      4: ['quattro'],
      5: ['cinque'],
      6: ['sei'],
      7: ['sette'],
      8: ['otto'],
      9: ['nove'],
      10: ['dieci'],
      11: ['undici'],
      12: ['dodici'],
    },
    referring: ['i', 'gli', 'le', 'questi', 'queste', 'quei', 'quelle'],
    reason: 'Italian',
  },
  {
    lang: 'pt',
    values: {
      2: ['dois', 'duas'],
      3: ['três'],
      4: ['quatro'],
      5: ['cinco'],
      6: ['seis'],
      7: ['sete'],
      8: ['oito'],
      9: ['nove'],
      10: ['dez'],
      11: ['onze'],
      12: ['doze'],
    },
    referring: ['os', 'as', 'estes', 'estas', 'esses', 'essas', 'aqueles', 'aquelas'],
    reason: 'Portuguese, with the feminine "duas"',
  },
  {
    lang: 'ro',
    values: {
      2: ['doi', 'două'],
      3: ['trei'],
      4: ['patru'],
      5: ['cinci'],
      6: ['șase'],
      7: ['șapte'],
      8: ['opt'],
      9: ['nouă'],
      10: ['zece'],
      11: ['unsprezece'],
      12: ['doisprezece', 'douăsprezece'],
    },
    referring: ['cei', 'cele', 'acești', 'aceste', 'acei', 'acele'],
    reason: 'Romanian, with the feminine forms',
  },
  {
    lang: 'de',
    values: {
      2: ['zwei'],
      3: ['drei'],
      4: ['vier'],
      5: ['fünf'],
      6: ['sechs'],
      7: ['sieben'],
      8: ['acht'],
      9: ['neun'],
      10: ['zehn'],
      11: ['elf'],
      12: ['zwölf'],
    },
    referring: ['die', 'den', 'der', 'diese', 'diesen', 'dieser'],
    reason: 'German',
  },
  {
    lang: 'nl',
    values: {
      2: ['twee'],
      3: ['drie'],
      4: ['vier'],
      5: ['vijf'],
      6: ['zes'],
      7: ['zeven'],
      8: ['acht'],
      9: ['negen'],
      10: ['tien'],
      11: ['elf'],
      12: ['twaalf'],
    },
    referring: ['de', 'die', 'deze'],
    reason: 'Dutch',
  },
  {
    lang: 'el',
    values: {
      2: ['δύο'],
      3: ['τρεις', 'τρία', 'τριών'],
      4: ['τέσσερις', 'τέσσερα', 'τεσσάρων'],
      5: ['πέντε'],
      6: ['έξι'],
      7: ['επτά', 'εφτά'],
      8: ['οκτώ', 'οχτώ'],
      9: ['εννέα', 'εννιά'],
      10: ['δέκα'],
      11: ['έντεκα', 'ένδεκα'],
      12: ['δώδεκα'],
    },
    referring: ['οι', 'τα', 'τις', 'τους', 'των', 'αυτοί', 'αυτές', 'αυτά', 'αυτών'],
    reason: 'Greek, with the neuter and genitive forms and the spoken spellings',
  },
  {
    lang: 'ru',
    values: {
      1.5: ['полтора', 'полторы', 'полутора'],
      2: ['два', 'две', 'двух', 'двум', 'двумя', 'двое', 'двоих'],
      3: ['три', 'трёх', 'трем', 'трём', 'тремя', 'трое', 'троих'],
      4: ['четыре', 'четырёх', 'четырем', 'четырём', 'четырьмя', 'четверо', 'четверых'],
      5: ['пять', 'пяти', 'пятью', 'пятеро', 'пятерых'],
      6: ['шесть', 'шести', 'шестью', 'шестеро', 'шестерых'],
      7: ['семь', 'семи', 'семеро', 'семерых'],
      8: ['восемь', 'восьми', 'восемью', 'восьмеро', 'восьмерых'],
      9: ['девять', 'девяти', 'девятью', 'девятеро', 'девятерых'],
      10: ['десять', 'десяти', 'десятью', 'десятеро', 'десятерых'],
      11: ['одиннадцать', 'одиннадцати'],
      12: ['двенадцать', 'двенадцати'],
    },
    referring: ['эти', 'этих', 'этим', 'этими', 'те', 'тех', 'тем', 'теми'],
    reason: 'Russian, in every case, with the collective forms ("пятеро")',
  },
  {
    lang: 'uk',
    values: {
      1.5: ['півтора', 'півтори'],
      2: ['два', 'дві', 'двох', 'двом', 'двома', 'двоє'],
      3: ['три', 'трьох', 'трьом', 'трьома', 'троє'],
      4: ['чотири', 'чотирьох', 'чотирьом', 'чотирма', 'четверо'],
      5: ["п'ять", 'п’ять', "п'яти", 'п’яти', "п'ятьох", 'п’ятьох', "п'ятеро", 'п’ятеро'],
      6: ['шість', 'шести', 'шістьох', 'шестеро'],
      7: ['сім', 'семи', 'сімох', 'семеро'],
      8: ['вісім', 'восьми', 'вісьмох', 'восьмеро'],
      9: ["дев'ять", 'дев’ять', "дев'яти", 'дев’яти', "дев'ятьох", 'дев’ятьох', "дев'ятеро", 'дев’ятеро'],
      10: ['десять', 'десяти', 'десятьох', 'десятеро'],
      11: ['одинадцять', 'одинадцяти'],
      12: ['дванадцять', 'дванадцяти'],
    },
    referring: ['ці', 'цих', 'цим', 'цими', 'ті', 'тих', 'тим', 'тими'],
    reason: 'Ukrainian, in every case, with the collective forms ("п’ятеро") and either apostrophe',
  },
  {
    lang: 'pl',
    values: {
      1.5: ['półtora', 'półtorej'],
      2: ['dwa', 'dwie', 'dwóch', 'dwu', 'dwoma', 'dwaj', 'dwoje'],
      3: ['trzy', 'trzech', 'trzem', 'trzema', 'trzej', 'troje'],
      4: ['cztery', 'czterech', 'czterem', 'czterema', 'czterej', 'czworo'],
      5: ['pięć', 'pięciu', 'pięcioro'],
      6: ['sześć', 'sześciu', 'sześcioro'],
      7: ['siedem', 'siedmiu'],
      8: ['osiem', 'ośmiu'],
      9: ['dziewięć', 'dziewięciu'],
      10: ['dziesięć', 'dziesięciu'],
      11: ['jedenaście', 'jedenastu'],
      12: ['dwanaście', 'dwunastu'],
    },
    referring: ['ci', 'te', 'tych', 'tymi'],
    reason: 'Polish, in every case, with the masculine-personal and collective forms',
  },
  {
    lang: 'tr',
    values: {
      2: ['iki'],
      3: ['üç'],
      4: ['dört'],
      5: ['beş'],
      6: ['altı'],
      7: ['yedi'],
      8: ['sekiz'],
      9: ['dokuz'],
      10: ['on'],
    },
    referring: ['bu', 'şu'],
    reason: 'Turkish (eleven and twelve are two words)',
  },
  {
    lang: 'ar',
    values: {
      2: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين'],
      3: ['ثلاثة', 'ثلاث'],
      4: ['أربعة', 'أربع'],
      5: ['خمسة', 'خمس'],
      6: ['ستة', 'ست'],
      7: ['سبعة', 'سبع'],
      8: ['ثمانية', 'ثماني', 'ثمان'],
      9: ['تسعة', 'تسع'],
      10: ['عشرة', 'عشر'],
    },
    teens: { ten: ['عشر', 'عشرة'], ones: { 1: ['أحد', 'إحدى'], 2: ['اثنا', 'اثني', 'اثنتا', 'اثنتي'] } },
    reason: 'Arabic, masculine and feminine; the teens are two words ("أربعة عشر", fourteen)',
  },
  {
    lang: 'he',
    values: {
      2: ['שניים', 'שתיים', 'שתי', 'שני'],
      3: ['שלושה', 'שלוש'],
      4: ['ארבעה', 'ארבע'],
      5: ['חמישה', 'חמש'],
      6: ['שישה', 'שש'],
      7: ['שבעה'],
      8: ['שמונה'],
      9: ['תשעה', 'תשע'],
      10: ['עשרה', 'עשר'],
      12: ['תריסר'],
    },
    teens: { ten: ['עשר', 'עשרה'], ones: { 1: ['אחד', 'אחת'], 2: ['שנים', 'שתים'] } },
    // "שני" is also Monday, after "day": "ביום שני נהרגו" is "on Monday … were killed".
    referring: ['יום', 'ביום', 'מיום', 'ליום', 'וביום', 'שביום'],
    reason:
      'Hebrew, masculine and feminine ("חמישה בני אדם", "חמש נשים"), with "שתי" and "שני" (two, before a ' +
      'noun: "שני בני אדם נהרגו"); "שני" after "day" is Monday, and "the second" (השני) takes the ' +
      'article as a prefix, another word. The teens are two words ("ארבעה עשר", fourteen), and so is ' +
      'twelve ("שנים עשר"), also "תריסר" (a dozen). Left out: the construct forms ("חמשת ההרוגים", "the five dead"), which point back ' +
      'and name wars ("ששת הימים"); "שבע" (seven, feminine), also Beersheba ("באר שבע")',
  },
  {
    lang: 'fa',
    values: {
      2: ['دو'],
      3: ['سه'],
      4: ['چهار'],
      5: ['پنج'],
      6: ['شش'],
      7: ['هفت'],
      8: ['هشت'],
      11: ['یازده'],
      12: ['دوازده'],
    },
    referring: ['این', 'آن'],
    reason: 'Persian, without نه and ده (also "no" and "village")',
  },
  {
    lang: 'hi',
    values: {
      2: ['दो'],
      3: ['तीन'],
      4: ['चार'],
      5: ['पाँच', 'पांच'],
      6: ['छह', 'छः'],
      7: ['सात'],
      8: ['आठ'],
      9: ['नौ'],
      10: ['दस'],
      11: ['ग्यारह'],
      12: ['बारह'],
    },
    referring: ['ये', 'इन', 'वे', 'उन'],
    reason: 'Hindi, with both spellings of five and six',
  },
  {
    lang: 'id',
    values: {
      2: ['dua'],
      3: ['tiga'],
      4: ['empat'],
      5: ['lima'],
      6: ['enam'],
      7: ['tujuh'],
      8: ['delapan'],
      9: ['sembilan'],
      10: ['sepuluh'],
      11: ['sebelas'],
    },
    reason: 'Indonesian ("Lima", the city, is written as a name and not read)',
  },
  {
    lang: 'sv',
    values: {
      2: ['två'],
      3: ['tre'],
      4: ['fyra'],
      5: ['fem'],
      6: ['sex'],
      7: ['sju'],
      8: ['åtta'],
      9: ['nio'],
      10: ['tio'],
      11: ['elva'],
      12: ['tolv', 'dussin'],
    },
    referring: ['de', 'dessa'],
    reason: 'Swedish, which house styles spell out below thirteen ("ett dussin", a dozen)',
  },
  {
    lang: 'cs',
    values: {
      2: ['dva', 'dvě', 'dvou', 'dvěma'],
      3: ['tři', 'tří', 'třem', 'třemi'],
      4: ['čtyři', 'čtyř', 'čtyřem', 'čtyřmi'],
      5: ['pět', 'pěti'],
      6: ['šest', 'šesti'],
      7: ['sedm', 'sedmi'],
      8: ['osm', 'osmi'],
      9: ['devět', 'devíti'],
      10: ['deset', 'deseti'],
      11: ['jedenáct', 'jedenácti'],
      12: ['dvanáct', 'dvanácti', 'tucet', 'tuctu'],
    },
    referring: ['ti', 'ty', 'tito', 'tyto', 'oba', 'obě'],
    reason: 'Czech, in every case ("tucet", a dozen)',
  },
  {
    lang: 'hu',
    values: {
      2: ['két', 'kettő', 'ketten'],
      3: ['három', 'hárman'],
      4: ['négy', 'négyen'],
      5: ['öt', 'öten'],
      6: ['hat', 'hatan'],
      7: ['hét', 'heten'],
      8: ['nyolc', 'nyolcan'],
      9: ['kilenc', 'kilencen'],
      10: ['tíz', 'tízen'],
      11: ['tizenegy'],
      12: ['tizenkét', 'tizenkettő'],
    },
    referring: ['a', 'az', 'ezek', 'azok'],
    reason: 'Hungarian, with the forms that count people ("kilencen", nine of them)',
  },
];

/**
 * Words that multiply the figure before them ("400 tys.", "2,3 milhões", "5 binden", "3 mil
 * millones"), per language, as a pattern for one whole folded word (lower case, no accents) and
 * its factor, so that "400 tysięcy", "400 bin" and "400 000" are one figure. Two in a row
 * multiply together ("mil millones", a thousand millions). Forms that are also other words are
 * left out (Turkish "bina", a building, is no "bin").
 */
/**
 * Words that stand between a figure and its multiplier, per language: Romanian writes "de"
 * after a number from twenty ("840 de mii de voturi", 840,000 votes; "20 de milioane").
 */
export const multiplierLinks: Readonly<Record<string, readonly string[]>> = {
  ro: ['de'],
};

export const multiplierWords: readonly { lang: string; pattern: string; factor: number; reason: string }[] = [
  { lang: 'en', pattern: 'thousands?', factor: 1e3, reason: 'English thousand' },
  { lang: 'en', pattern: 'millions?|mln', factor: 1e6, reason: 'English million ("m" alone is also metres)' },
  { lang: 'en', pattern: 'billions?|bn', factor: 1e9, reason: 'English billion (short scale)' },
  { lang: 'de', pattern: 'tausend|tsd\\.?', factor: 1e3, reason: 'German thousand' },
  { lang: 'de', pattern: 'million(?:en)?|mio\\.?', factor: 1e6, reason: 'German million' },
  { lang: 'de', pattern: 'milliarden?|mrd\\.?', factor: 1e9, reason: 'German milliard' },
  { lang: 'fr', pattern: 'mille', factor: 1e3, reason: 'French thousand' },
  { lang: 'fr', pattern: 'millions?', factor: 1e6, reason: 'French million' },
  { lang: 'fr', pattern: 'milliards?|mds?', factor: 1e9, reason: 'French milliard' },
  { lang: 'es', pattern: 'mil', factor: 1e3, reason: 'Spanish thousand ("3 mil millones", a thousand millions)' },
  { lang: 'es', pattern: 'millon(?:es)?', factor: 1e6, reason: 'Spanish million' },
  { lang: 'pt', pattern: 'mil', factor: 1e3, reason: 'Portuguese thousand' },
  { lang: 'pt', pattern: 'milh(?:ao|oes)', factor: 1e6, reason: 'Portuguese million' },
  { lang: 'pt', pattern: 'bilh(?:ao|oes)', factor: 1e9, reason: 'Portuguese billion' },
  { lang: 'it', pattern: 'mila|mille', factor: 1e3, reason: 'Italian thousand' },
  { lang: 'it', pattern: 'milion[ei]|mln', factor: 1e6, reason: 'Italian million' },
  { lang: 'it', pattern: 'miliard[io]|mld', factor: 1e9, reason: 'Italian milliard' },
  { lang: 'ro', pattern: 'mii|mie', factor: 1e3, reason: 'Romanian thousand' },
  { lang: 'ro', pattern: 'milio(?:n|ane)', factor: 1e6, reason: 'Romanian million' },
  { lang: 'ro', pattern: 'miliard(?:e)?', factor: 1e9, reason: 'Romanian milliard' },
  { lang: 'nl', pattern: 'duizend', factor: 1e3, reason: 'Dutch thousand' },
  { lang: 'nl', pattern: 'miljoen', factor: 1e6, reason: 'Dutch million' },
  { lang: 'nl', pattern: 'miljard', factor: 1e9, reason: 'Dutch milliard' },
  { lang: 'sv', pattern: 'tusen', factor: 1e3, reason: 'Swedish thousand' },
  { lang: 'sv', pattern: 'miljon(?:er)?|milj\\.?', factor: 1e6, reason: 'Swedish million' },
  { lang: 'sv', pattern: 'miljard(?:er)?|mdr', factor: 1e9, reason: 'Swedish milliard' },
  { lang: 'pl', pattern: 'tys\\.?|tysiac[ey]?|tysiecy', factor: 1e3, reason: 'Polish thousand, and "tys."' },
  { lang: 'pl', pattern: 'mln|milion(?:y|ow)?', factor: 1e6, reason: 'Polish million' },
  { lang: 'pl', pattern: 'mld|miliard(?:y|ow)?', factor: 1e9, reason: 'Polish milliard' },
  { lang: 'cs', pattern: 'tis\\.?|tisic[ei]?', factor: 1e3, reason: 'Czech thousand' },
  {
    lang: 'cs',
    pattern: 'mil\\.?|milion(?:u|y)?',
    factor: 1e6,
    reason: 'Czech million ("mil." is a million in Czech)',
  },
  { lang: 'cs', pattern: 'mld\\.?|miliard(?:a|y|u)?', factor: 1e9, reason: 'Czech milliard' },
  { lang: 'hu', pattern: 'ezer', factor: 1e3, reason: 'Hungarian thousand' },
  { lang: 'hu', pattern: 'millio|millio[a-z]*', factor: 1e6, reason: 'Hungarian million' },
  { lang: 'hu', pattern: 'milliard[a-z]*|mrd', factor: 1e9, reason: 'Hungarian milliard' },
  { lang: 'tr', pattern: 'bin(?:den|e|i|in|lerce)?', factor: 1e3, reason: 'Turkish thousand, with its case endings' },
  { lang: 'tr', pattern: 'milyon(?:dan|a|u|un)?', factor: 1e6, reason: 'Turkish million' },
  { lang: 'tr', pattern: 'milyar(?:dan|a|ı|in)?', factor: 1e9, reason: 'Turkish milliard' },
  { lang: 'el', pattern: 'χιλιαδ\\p{L}*|χιλ\\.?', factor: 1e3, reason: 'Greek thousand' },
  { lang: 'el', pattern: 'εκατομμυρι\\p{L}*|εκατ\\.?', factor: 1e6, reason: 'Greek million' },
  { lang: 'el', pattern: 'δισεκατομμυρι\\p{L}*|δισ\\.?', factor: 1e9, reason: 'Greek billion' },
  { lang: 'ru', pattern: 'тыс\\.?|тысяч[аиу]?', factor: 1e3, reason: 'Russian thousand, and "тыс."' },
  { lang: 'ru', pattern: 'млн\\.?|миллион(?:а|ов)?', factor: 1e6, reason: 'Russian million' },
  { lang: 'ru', pattern: 'млрд\\.?|миллиард(?:а|ов)?', factor: 1e9, reason: 'Russian milliard' },
  { lang: 'uk', pattern: 'тис\\.?|тисяч[аіу]?', factor: 1e3, reason: 'Ukrainian thousand' },
  { lang: 'uk', pattern: 'млн\\.?|мiльион\\p{L}*|мільйон\\p{L}*', factor: 1e6, reason: 'Ukrainian million' },
  { lang: 'uk', pattern: 'млрд\\.?|мільярд\\p{L}*', factor: 1e9, reason: 'Ukrainian milliard' },
  { lang: 'ar', pattern: 'الف|ألف|آلاف|الاف', factor: 1e3, reason: 'Arabic thousand' },
  { lang: 'ar', pattern: 'مليون|ملايين', factor: 1e6, reason: 'Arabic million' },
  { lang: 'ar', pattern: 'مليار|مليارات', factor: 1e9, reason: 'Arabic milliard' },
  { lang: 'fa', pattern: 'هزار', factor: 1e3, reason: 'Persian thousand' },
  { lang: 'fa', pattern: 'میلیون', factor: 1e6, reason: 'Persian million' },
  { lang: 'fa', pattern: 'میلیارد', factor: 1e9, reason: 'Persian milliard' },
  { lang: 'he', pattern: 'אלף|אלפים', factor: 1e3, reason: 'Hebrew thousand' },
  { lang: 'he', pattern: 'מיליון', factor: 1e6, reason: 'Hebrew million' },
  { lang: 'he', pattern: 'מיליארד', factor: 1e9, reason: 'Hebrew milliard' },
  { lang: 'hi', pattern: 'हज़ार|हजार', factor: 1e3, reason: 'Hindi thousand' },
  { lang: 'hi', pattern: 'लाख', factor: 1e5, reason: 'Hindi lakh, a hundred thousand' },
  { lang: 'hi', pattern: 'करोड़|करोड', factor: 1e7, reason: 'Hindi crore, ten million' },
  { lang: 'hi', pattern: 'मिलियन', factor: 1e6, reason: 'Hindi million, borrowed' },
  { lang: 'hi', pattern: 'अरब', factor: 1e9, reason: 'Hindi arab, a thousand million' },
  { lang: 'hi', pattern: 'खरब', factor: 1e11, reason: 'Hindi kharab, a hundred arab' },
  { lang: 'hi', pattern: 'बिलियन', factor: 1e9, reason: 'Hindi billion, borrowed' },
  { lang: 'id', pattern: 'ribu|rb', factor: 1e3, reason: 'Indonesian thousand' },
  { lang: 'id', pattern: 'juta|jt', factor: 1e6, reason: 'Indonesian million' },
  { lang: 'id', pattern: 'miliar|milyar', factor: 1e9, reason: 'Indonesian milliard' },
  { lang: 'vi', pattern: 'nghin|ngan', factor: 1e3, reason: 'Vietnamese thousand (tones folded away)' },
  { lang: 'vi', pattern: 'trieu', factor: 1e6, reason: 'Vietnamese million' },
  { lang: 'vi', pattern: 'ty', factor: 1e9, reason: 'Vietnamese milliard' },
  // Thai writes a multiplier with what it counts ("400 ล้านบาท", "2 หมื่นคน"): in a language
  // without spaces, a multiplier is read where it opens the run of letters after the figure.
  { lang: 'th', pattern: 'พัน', factor: 1e3, reason: 'Thai thousand' },
  { lang: 'th', pattern: 'หมื่น', factor: 1e4, reason: 'Thai ten thousand' },
  { lang: 'th', pattern: 'แสน', factor: 1e5, reason: 'Thai hundred thousand' },
  { lang: 'th', pattern: 'ล้าน', factor: 1e6, reason: 'Thai million' },
  { lang: 'th', pattern: 'พันล้าน', factor: 1e9, reason: 'Thai milliard, "a thousand million", written as one word' },
  { lang: 'th', pattern: 'หมื่นล้าน', factor: 1e10, reason: 'Thai ten milliards, written as one word' },
  { lang: 'th', pattern: 'แสนล้าน', factor: 1e11, reason: 'Thai hundred milliards, written as one word' },
];

/**
 * Words that say there were none, per language: right before a toll ("no deaths", "geen doden",
 * "keine Toten", "aucun mort") or a word or two before it ("nobody was killed"), or right after
 * it in languages that put it there ("загиблих немає", "погибших нет", "can kaybı yok"), they
 * give the toll as 0, so that "no deaths" and "two people died" differ in number rather than
 * stand apart. Only tolls take them: "no agreement" counts nothing.
 */
export const noneWords: Readonly<Record<string, readonly string[]>> = {
  en: ['no', 'nobody'],
  nl: ['geen', 'niemand'],
  de: ['keine', 'kein', 'keiner', 'niemand'],
  fr: ['aucun', 'aucune', 'personne'],
  es: ['ningún', 'ninguna', 'ninguno', 'nadie'],
  it: ['nessun', 'nessuna', 'nessuno'],
  pt: ['nenhum', 'nenhuma', 'ninguém'],
  ro: ['niciun', 'nicio', 'nimeni'],
  el: ['κανένας', 'κανένα', 'καμία', 'κανείς'],
  ru: ['нет', 'никто', 'никого'],
  uk: ['немає', 'нема', 'ніхто', 'нікого'],
  pl: ['brak', 'nikt', 'żadnych', 'żadnej'],
  cs: ['žádné', 'žádní', 'nikdo'],
  sv: ['inga', 'ingen', 'ingenting'],
  tr: ['yok', 'hiç'],
  he: ['אין', 'לא נרשמו'],
};

/** The toll concepts "none" counts (`noneWords`). */
export const noneCounted: readonly string[] = ['killed', 'injured', 'missing'];

/**
 * Words that qualify a figure ("at least", "more than", "about"), per language: they stand between
 * a toll and the word for what it counts ("жертвами стихии стали по меньшей мере 41 человек", "the
 * toll rose to at least 41") and are not counted among the words a figure may stand from it.
 */
export const figureQualifiers: Readonly<Record<string, readonly string[]>> = {
  en: ['at least', 'more than', 'over', 'about', 'around', 'nearly', 'almost', 'some', 'up to', 'roughly'],
  de: ['mindestens', 'mehr als', 'über', 'rund', 'etwa', 'fast', 'knapp', 'bis zu', 'ungefähr'],
  fr: ['au moins', 'plus de', 'environ', 'près de', 'quelque', "jusqu'à", 'jusqu’à'],
  es: ['al menos', 'por lo menos', 'más de', 'unos', 'unas', 'cerca de', 'casi', 'alrededor de', 'hasta'],
  it: ['almeno', 'più di', 'oltre', 'circa', 'quasi', 'fino a'],
  pt: ['pelo menos', 'ao menos', 'mais de', 'cerca de', 'quase', 'até'],
  ro: ['cel puțin', 'cel putin', 'peste', 'aproximativ', 'circa', 'aproape', 'până la'],
  el: ['τουλάχιστον', 'πάνω από', 'περίπου', 'σχεδόν', 'έως'],
  ru: ['по меньшей мере', 'по крайней мере', 'не менее', 'более', 'свыше', 'около', 'почти'],
  uk: ['щонайменше', 'принаймні', 'понад', 'більше', 'близько', 'майже'],
  pl: ['co najmniej', 'ponad', 'około', 'prawie', 'blisko'],
  cs: ['nejméně', 'alespoň', 'více než', 'přes', 'zhruba', 'téměř'],
  sk: ['najmenej', 'aspoň', 'viac ako', 'takmer'],
  nl: ['minstens', 'ten minste', 'meer dan', 'ruim', 'ongeveer', 'bijna'],
  sv: ['minst', 'mer än', 'omkring', 'cirka', 'nästan'],
  hu: ['legalább', 'több mint', 'mintegy', 'körülbelül', 'csaknem'],
  tr: ['en az', 'en azından', 'yaklaşık', 'neredeyse'],
  id: ['sedikitnya', 'setidaknya', 'lebih dari', 'sekitar', 'hampir'],
  vi: ['ít nhất', 'hơn', 'khoảng', 'gần'],
  ar: ['ما لا يقل عن', 'أكثر من', 'نحو', 'حوالي', 'قرابة', 'على الأقل'],
  fa: ['دست‌کم', 'دست کم', 'حداقل', 'بیش از', 'حدود', 'نزدیک به'],
  he: ['לפחות', 'יותר מ', 'כמעט'],
  hi: ['कम से कम', 'से अधिक', 'करीब', 'लगभग'],
};
