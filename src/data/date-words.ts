/**
 * Words for days and years relative to the day an article was written. Month and weekday
 * names are not listed: they come from the runtime's CLDR data (`Intl.DateTimeFormat`) for
 * every language.
 */

/** A relative date word, and how far from the day of writing it points. */
export interface RelativeDateWord {
  lang: string;
  /** Regular expression source, matched as whole words with the `iu` flags. */
  pattern: string;
  unit: 'day' | 'year';
  /** How far it points; where `counted`, how far for each unit the count `{n}` in the pattern gives. */
  offset: number;
  counted?: boolean;
  reason: string;
}

export const relativeDateWords: readonly RelativeDateWord[] = [
  {
    lang: 'el',
    pattern: 'σήμερα|σημερινή|σημερινής|σημερινό',
    unit: 'day',
    offset: 0,
    reason: 'Greek "today/today\'s"',
  },
  { lang: 'el', pattern: 'χθες|χτες|χθεσινή|χθεσινής', unit: 'day', offset: -1, reason: 'Greek "yesterday"' },
  { lang: 'el', pattern: 'προχθές|προχτές', unit: 'day', offset: -2, reason: 'Greek "the day before yesterday"' },
  { lang: 'el', pattern: 'αύριο', unit: 'day', offset: 1, reason: 'Greek "tomorrow"' },
  { lang: 'el', pattern: 'μεθαύριο', unit: 'day', offset: 2, reason: 'Greek "the day after tomorrow"' },
  { lang: 'el', pattern: 'πέρυσι|πέρσι', unit: 'year', offset: -1, reason: 'Greek "last year"' },
  { lang: 'el', pattern: 'φέτος', unit: 'year', offset: 0, reason: 'Greek "this year"' },
  { lang: 'en', pattern: 'today', unit: 'day', offset: 0, reason: 'English "today"' },
  { lang: 'en', pattern: 'yesterday', unit: 'day', offset: -1, reason: 'English "yesterday"' },
  { lang: 'en', pattern: 'tomorrow', unit: 'day', offset: 1, reason: 'English "tomorrow"' },
  { lang: 'en', pattern: 'last year', unit: 'year', offset: -1, reason: 'English "last year"' },
  { lang: 'en', pattern: 'this year', unit: 'year', offset: 0, reason: 'English "this year"' },
  { lang: 'de', pattern: 'heute|heutigen', unit: 'day', offset: 0, reason: 'German "today"' },
  { lang: 'de', pattern: 'gestern|gestrigen', unit: 'day', offset: -1, reason: 'German "yesterday"' },
  { lang: 'de', pattern: 'vorgestern', unit: 'day', offset: -2, reason: 'German "the day before yesterday"' },
  {
    lang: 'de',
    pattern: 'übermorgen',
    unit: 'day',
    offset: 2,
    reason: 'German "the day after tomorrow" ("morgen" alone also means "morning", so it is left out)',
  },
  {
    lang: 'de',
    pattern: '(?:im )?(?:vergangenen|letzten|vorigen) jahr',
    unit: 'year',
    offset: -1,
    reason: 'German "last year"',
  },
  { lang: 'de', pattern: 'dieses jahres|in diesem jahr', unit: 'year', offset: 0, reason: 'German "this year"' },
  { lang: 'ro', pattern: 'astăzi|azi|astazi', unit: 'day', offset: 0, reason: 'Romanian "today"' },
  { lang: 'ro', pattern: 'ieri', unit: 'day', offset: -1, reason: 'Romanian "yesterday"' },
  {
    lang: 'ro',
    pattern: 'alaltăieri|alaltaieri',
    unit: 'day',
    offset: -2,
    reason: 'Romanian "the day before yesterday"',
  },
  { lang: 'ro', pattern: 'mâine|maine', unit: 'day', offset: 1, reason: 'Romanian "tomorrow"' },
  { lang: 'ro', pattern: 'poimâine|poimaine', unit: 'day', offset: 2, reason: 'Romanian "the day after tomorrow"' },
  { lang: 'ro', pattern: 'anul trecut', unit: 'year', offset: -1, reason: 'Romanian "last year"' },
  {
    lang: 'ro',
    pattern: 'anul acesta|anul acest|în acest an',
    unit: 'year',
    offset: 0,
    reason: 'Romanian "this year"',
  },
  { lang: 'fr', pattern: "aujourd'hui|aujourd’hui", unit: 'day', offset: 0, reason: 'French "today"' },
  { lang: 'fr', pattern: 'hier', unit: 'day', offset: -1, reason: 'French "yesterday"' },
  { lang: 'fr', pattern: 'avant-hier', unit: 'day', offset: -2, reason: 'French "the day before yesterday"' },
  { lang: 'fr', pattern: 'demain', unit: 'day', offset: 1, reason: 'French "tomorrow"' },
  { lang: 'fr', pattern: 'après-demain', unit: 'day', offset: 2, reason: 'French "the day after tomorrow"' },
  {
    lang: 'fr',
    pattern: "l'an dernier|l’an dernier|l'année dernière|l’année dernière",
    unit: 'year',
    offset: -1,
    reason: 'French "last year"',
  },
  { lang: 'es', pattern: 'hoy', unit: 'day', offset: 0, reason: 'Spanish "today"' },
  { lang: 'es', pattern: 'ayer', unit: 'day', offset: -1, reason: 'Spanish "yesterday"' },
  { lang: 'es', pattern: 'anteayer|antier', unit: 'day', offset: -2, reason: 'Spanish "the day before yesterday"' },
  {
    lang: 'es',
    pattern: 'pasado mañana',
    unit: 'day',
    offset: 2,
    reason: 'Spanish "the day after tomorrow" ("mañana" alone also means "morning")',
  },
  { lang: 'es', pattern: 'el año pasado', unit: 'year', offset: -1, reason: 'Spanish "last year"' },
  { lang: 'it', pattern: 'oggi', unit: 'day', offset: 0, reason: 'Italian "today"' },
  { lang: 'it', pattern: 'ieri', unit: 'day', offset: -1, reason: 'Italian "yesterday"' },
  {
    lang: 'it',
    pattern: "l'altro ieri|l’altro ieri|altroieri",
    unit: 'day',
    offset: -2,
    reason: 'Italian "the day before yesterday"',
  },
  { lang: 'it', pattern: 'domani', unit: 'day', offset: 1, reason: 'Italian "tomorrow"' },
  { lang: 'it', pattern: 'dopodomani', unit: 'day', offset: 2, reason: 'Italian "the day after tomorrow"' },
  { lang: 'it', pattern: "l'anno scorso|l’anno scorso", unit: 'year', offset: -1, reason: 'Italian "last year"' },
  { lang: 'ru', pattern: 'сегодня', unit: 'day', offset: 0, reason: 'Russian "today"' },
  { lang: 'ru', pattern: 'вчера', unit: 'day', offset: -1, reason: 'Russian "yesterday"' },
  { lang: 'ru', pattern: 'позавчера', unit: 'day', offset: -2, reason: 'Russian "the day before yesterday"' },
  { lang: 'ru', pattern: 'завтра', unit: 'day', offset: 1, reason: 'Russian "tomorrow"' },
  { lang: 'ru', pattern: 'послезавтра', unit: 'day', offset: 2, reason: 'Russian "the day after tomorrow"' },
  { lang: 'ru', pattern: 'в прошлом году', unit: 'year', offset: -1, reason: 'Russian "last year"' },
  // A count of years before the day of writing ("two years ago" with digits): `{n}` stands for the count.
  { lang: 'en', pattern: '{n} years ago', unit: 'year', offset: -1, counted: true, reason: 'English "N years ago"' },
  { lang: 'de', pattern: 'vor {n} jahren', unit: 'year', offset: -1, counted: true, reason: 'German "vor N Jahren"' },
  { lang: 'fr', pattern: 'il y a {n} ans', unit: 'year', offset: -1, counted: true, reason: 'French "il y a N ans"' },
  { lang: 'es', pattern: 'hace {n} años', unit: 'year', offset: -1, counted: true, reason: 'Spanish "hace N años"' },
  { lang: 'it', pattern: '{n} anni fa', unit: 'year', offset: -1, counted: true, reason: 'Italian "N anni fa"' },
  { lang: 'pt', pattern: 'há {n} anos', unit: 'year', offset: -1, counted: true, reason: 'Portuguese "há N anos"' },
  {
    lang: 'ro',
    pattern: 'acum {n} (?:de )?ani',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Romanian "acum N (de) ani"',
  },
  {
    lang: 'ru',
    pattern: '{n} (?:год|года|лет) назад',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Russian "N лет назад"',
  },
  {
    lang: 'uk',
    pattern: '{n} (?:рік|роки|років) тому',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Ukrainian "N років тому"',
  },
  {
    lang: 'pl',
    pattern: '{n} (?:rok|lata|lat) temu',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Polish "N lat temu"',
  },
  {
    lang: 'el',
    pattern: 'πριν από {n} (?:χρόνια|έτη)',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Greek "πριν από N χρόνια"',
  },
  { lang: 'tr', pattern: '{n} yıl önce', unit: 'year', offset: -1, counted: true, reason: 'Turkish "N yıl önce"' },
  {
    lang: 'nl',
    pattern: '{n} jaar geleden',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Dutch "N jaar geleden"',
  },
  {
    lang: 'sv',
    pattern: 'för {n} år sedan',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Swedish "för N år sedan"',
  },
  {
    lang: 'cs',
    pattern: 'před {n} (?:lety|rokem)',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Czech "před N lety"',
  },
  { lang: 'hu', pattern: '{n} éve', unit: 'year', offset: -1, counted: true, reason: 'Hungarian "N éve"' },
  { lang: 'zh', pattern: '{n}年前', unit: 'year', offset: -1, counted: true, reason: 'Chinese "N年前"' },
  { lang: 'ja', pattern: '{n}年前', unit: 'year', offset: -1, counted: true, reason: 'Japanese "N年前"' },
  { lang: 'ko', pattern: '{n}년 전(?:에|의|인)?', unit: 'year', offset: -1, counted: true, reason: 'Korean "N년 전"' },
  { lang: 'hi', pattern: '{n} (?:साल|वर्ष) पहले', unit: 'year', offset: -1, counted: true, reason: 'Hindi "N साल पहले"' },
  {
    lang: 'fa',
    pattern: '{n} سال (?:پیش|قبل)',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Persian "N سال پیش"',
  },
  { lang: 'vi', pattern: '{n} năm trước', unit: 'year', offset: -1, counted: true, reason: 'Vietnamese "N năm trước"' },
  {
    lang: 'id',
    pattern: '{n} tahun (?:yang )?lalu',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Indonesian "N tahun lalu"',
  },
  { lang: 'he', pattern: 'לפני {n} שנים', unit: 'year', offset: -1, counted: true, reason: 'Hebrew "לפני N שנים"' },
  { lang: 'th', pattern: '{n} ปี(?:ก่อน|ที่แล้ว)', unit: 'year', offset: -1, counted: true, reason: 'Thai "N ปีก่อน"' },
  {
    lang: 'ar',
    pattern: 'قبل {n} (?:سنوات|سنة|أعوام|عاما|عامًا|عام)',
    unit: 'year',
    offset: -1,
    counted: true,
    reason: 'Arabic "قبل N سنوات"',
  },
  { lang: 'ar', pattern: 'قبل (?:عامين|سنتين)', unit: 'year', offset: -2, reason: 'Arabic "two years ago", a dual' },
  { lang: 'he', pattern: 'לפני שנתיים', unit: 'year', offset: -2, reason: 'Hebrew "two years ago", a dual' },
];

/**
 * Month names that are also common words in their language: they count as a month only next
 * to a day number or a year.
 */
export const ambiguousMonthWords: readonly { lang: string; word: string; reason: string }[] = [
  { lang: 'ro', word: 'mai', reason: 'Romanian "mai" is also "more" / "still"' },
  { lang: 'en', word: 'may', reason: 'English "may" is also the modal verb' },
  { lang: 'en', word: 'march', reason: 'English "march" is also the verb and noun' },
  { lang: 'it', word: 'marzo', reason: 'kept for safety: appears in compound names' },
  { lang: 'fr', word: 'mars', reason: 'French "Mars" is also the planet' },
  { lang: 'de', word: 'mai', reason: 'German "Mai" also appears in names' },
  { lang: 'he', word: 'מאי', reason: 'Hebrew "מאי" is also "Mai" in place names (צ\'יאנג מאי)' },
];

/**
 * Years a language counts from another era, by how far ahead of the Gregorian count they run:
 * Thai news dates by the Buddhist Era ("13 สิงหาคม 2569" is 13 August 2026).
 */
export const yearOffsets: Readonly<Record<string, number>> = { th: 543 };

/**
 * Words after which a day and month written with a slash and no year ("4/8") is a date, day first,
 * per language, as alternatives of a regular expression; a bracket before it counts too ("thứ
 * Ba (4/8)"). Vietnamese news dates events so ("chiều 4/8", "ngày 5/8"). Languages not listed
 * leave a bare "4/8" unread: a fraction, a score, or an American month first.
 */
export const dayMonthCues: Readonly<Record<string, string>> = {
  vi: 'ngày|sáng|chiều|tối|đêm|trưa|hôm|khuya',
};

/**
 * Letters a language writes onto the front of a word ("in", "and", "the", "from"), which a month
 * or weekday name may carry: Hebrew "באוגוסט" (in August), "וביום רביעי" (and on Wednesday).
 */
export const calendarPrefixes: Readonly<Record<string, readonly string[]>> = {
  he: ['וב', 'וה', 'ומ', 'ב', 'ה', 'ו', 'ל', 'מ', 'ש', 'כ'],
};

/** Lines or prefixes that state when the article was published. Group 1 is the date text. */
export const publishedTags: readonly {
  pattern: string;
  reason: string;
  /** Whether the match stands inside a line that is furniture as a whole (a byline), taken out whole. */
  wholeLine?: boolean;
}[] = [
  {
    pattern: '^\\s*date:?\\s+(\\d{4}-\\d{2}-\\d{2})\\b',
    reason: 'a "date YYYY-MM-DD" tag left by the tool that saved the page',
  },
  {
    pattern:
      '^\\s*(?:published|updated|posted|δημοσιεύθηκε|δημοσίευση|ενημερώθηκε|veröffentlicht(?: am)?|aktualisiert(?: am)?|publicat(?: la| în)?|actualizat|publié le|mis à jour le|publicado(?: el)?|actualizado|pubblicato(?: il)?|aggiornato|опубликовано|обновлено|opublikowano|aktualizacja|zaktualizowano|data publikacji|publicado em|atualizado(?: em)?|yayınlanma(?: tarihi)?|güncelleme(?: tarihi)?|опубліковано|оновлено|gepubliceerd(?: op)?|bijgewerkt(?: op)?|publikováno|aktualizováno|publicerad|uppdaterad|közzétéve|frissítve|diterbitkan|dipublikasikan|diperbarui|입력|수정|기사입력|发布时间|发布日期|更新时间|公開日|更新日|配信日|تاريخ النشر|نشر في|آخر تحديث|تاریخ انتشار|منتشر شده|प्रकाशित|अपडेट)\\s*[:：]?\\s*(.{6,40}?)\\s*(?:[·|•]\\s.*)?$',
    reason:
      'a "Published: <date>" line, maybe followed by "· Updated: <date>", in the languages of the cue lists and pl, pt, tr, uk, nl, cs, sv, hu, id, ko, zh, ja, ar, fa, hi',
  },
  {
    pattern:
      '^\\s*(?:[\\p{L}\\p{M}\\u200c]+,?\\s+)??(\\d{1,2}\\.?\\s+[\\p{L}\\p{M}]+(?:\\.[\\p{L}\\p{M}]+)*\\.?(?:/[\\p{L}\\p{M}]+)?\\s+\\d{4}|[\\p{L}\\p{M}]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}(?:[./-]|\\.\\s)\\d{1,2}(?:[./-]|\\.\\s)\\d{4}|\\d{4}(?:[./-]|\\.\\s)\\d{1,2}(?:[./-]|\\.\\s)\\d{1,2}\\.?|\\d{4}\\.\\s+[\\p{L}\\p{M}]+\\.?\\s+\\d{1,2}\\.?|\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일])(?:(?:[,\\s]+|\\s+[-–—|]\\s+)(?:[\\p{L}\\p{M}]+,?\\s+)?(?:o\\s+|à\\s+|at\\s+|um\\s+|kl\\.\\s*|เวลา\\s*)?\\d{1,2}(?:[:.h]|\\s*[時时시]\\s*)\\d{2}(?:\\s*[分분]|\\s*น\\.)?)?(?:\\s*[|·•—–-]\\s*\\p{L}[^.!?]{0,30})?\\s*$',
    reason:
      'a line that is only a date, maybe after its weekday and with a time and a section ("2 maja 2026, 07:40 | Kraj", "الأحد 19 يوليو 2026", "الاثنين ١٥ يونيو/حزيران ٢٠٢٦ - ١٢:٢٠", "2026.07.19", "13. 10. 2026 11:20 | Praha", "2026. október 13., kedd 12:47", "2026年11月17日 12時05分", "13 ต.ค. 2569 เวลา 11:42 น."), under the headline',
  },
  {
    pattern:
      '^(?=.{0,160}$)(?!.*[.!?]["»”’)]?\\s*$).*?(\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일]|(?<!\\d)\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{1,2}\\.?\\s+[\\p{L}\\p{M}]+\\.?\\s+\\d{4}|[\\p{L}\\p{M}]+\\.?\\s+\\d{1,2},?\\s+\\d{4})[,\\s]+(?:[-–—|·•]\\s*)?(?:o\\s+|à\\s+|às\\s+|at\\s+|um\\s+|alle\\s+|a las\\s+)?\\d{1,2}[:.h]\\d{2}',
    reason:
      'a byline with the date and time of publication ("Por Redação | 07/04/2025 11h32 — Atualizado…", "Publié le 12 mars 2025 à 09h14, modifié…", "Yossi Cohen | 11.03.25, 22:31", "2026年07月19日 19:02 来源：新华网"): a short line with no sentence end',
    wholeLine: true,
  },
  {
    pattern:
      "^\\s*(?:by|por|par|von|di|da|door|av|af|przez|от|від|του|της)\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}\\s*[|·•,–—-]\\s*(\\d{1,2}\\.?\\s+[\\p{L}\\p{M}]+\\.?\\s+\\d{4}|[\\p{L}\\p{M}]+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*$",
    reason:
      'a byline with the date of publication and no time ("Por Agencia EFE | 29 nov 2026", "By Jane Doe · March 3, 2026")',
    wholeLine: true,
  },
];

/**
 * Words next to a clock time ("a las 23.47 hora local", "o godz. 18.40", "um 18.40 Uhr"), so
 * that "23.47" reads as a time and not as a figure. Folded, matched as whole words.
 */
export const clockWords: readonly { lang: string; words: readonly string[]; reason: string }[] = [
  { lang: '*', words: ['gmt', 'utc', 'cet', 'cest', 'h'], reason: 'time zones and the "h" of 18h40, in any language' },
  { lang: 'en', words: ['am', 'pm', 'local', 'time', 'at'], reason: 'English "at 23.47 local time"' },
  { lang: 'es', words: ['hora', 'horas', 'las', 'local'], reason: 'Spanish "a las 23.47 hora local"' },
  { lang: 'pt', words: ['hora', 'horas', 'das', 'as', 'local'], reason: 'Portuguese "às 18.40 hora local"' },
  { lang: 'fr', words: ['heure', 'heures', 'vers', 'locale'], reason: 'French "vers 18.40 heure locale"' },
  { lang: 'it', words: ['ore', 'alle', 'locali'], reason: 'Italian "alle ore 23.47"' },
  { lang: 'de', words: ['uhr', 'ortszeit', 'um', 'gegen'], reason: 'German "um 18.40 Uhr Ortszeit"' },
  { lang: 'pl', words: ['godz', 'godzinie', 'czasu'], reason: 'Polish "o godz. 18.40"' },
  { lang: 'ro', words: ['ora', 'orele', 'locala'], reason: 'Romanian "la ora 18.40"' },
  { lang: 'el', words: ['ωρα', 'ωρες', 'τοπικη'], reason: 'Greek "στις 18.40 ώρα"' },
  { lang: 'ru', words: ['часов', 'часа', 'мск', 'времени'], reason: 'Russian "в 18.40 по местному времени"' },
  { lang: 'uk', words: ['годині', 'годин', 'часу'], reason: 'Ukrainian "о 18.40"' },
  { lang: 'tr', words: ['saat', 'saatinde'], reason: 'Turkish "saat 18.40"' },
  { lang: 'nl', words: ['uur', 'lokale', 'om'], reason: 'Dutch "om 18.40 uur"' },
  {
    lang: 'id',
    words: ['pukul', 'jam', 'wib', 'wita', 'wit'],
    reason: 'Indonesian "pukul 14.20 WIB" and its time zones',
  },
  { lang: 'ms', words: ['pukul', 'jam', 'waktu'], reason: 'Malay "pada pukul 8.30 pagi"' },
  { lang: 'sv', words: ['klockan', 'kl', 'lokal', 'tid'], reason: 'Swedish "klockan 18.40 lokal tid"' },
  { lang: 'cs', words: ['hodin', 'hod', 'místního', 'času'], reason: 'Czech "v 18.40 hodin místního času"' },
  { lang: 'hu', words: ['órakor', 'óra', 'helyi', 'idő'], reason: 'Hungarian "helyi idő szerint 18.40 órakor"' },
  {
    lang: 'th',
    words: ['น', 'นาฬิกา', 'เวลา', 'เวลาประมาณ'],
    reason: 'Thai "เวลา 03.30 น.", the น. of นาฬิกา (o’clock)',
  },
];

/**
 * Half hours told in words, as Germanic, Slavic, Hungarian and Finnish speech tells them: half
 * towards the next hour ("halb vier", "halv fyra", "půl čtvrté", "fél négy", "половина
 * четвёртого": 3:30), and in English half past it ("half past three"). `half` and each of
 * `hours` are regular expression sources, matched on the text as written and in any case:
 * `hours` the words of the hours one to twelve in the form they take there (Czech, Polish,
 * Russian and Ukrainian an ordinal in its case), alternatives joined by `|`; `past` says the
 * half follows the hour named.
 * A time so told meets the same time in digits ("03.30").
 */
export const halfHours: readonly {
  lang: string;
  half: string;
  hours: readonly string[];
  past?: true;
  reason: string;
}[] = [
  {
    lang: 'en',
    half: 'half past',
    hours: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
    past: true,
    reason: 'English "half past three"',
  },
  {
    lang: 'de',
    half: 'halb',
    hours: ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
    reason: 'German "halb vier"',
  },
  {
    lang: 'nl',
    half: 'half',
    hours: ['een|één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'],
    reason: 'Dutch "half vier"',
  },
  {
    lang: 'sv',
    half: 'halv',
    hours: ['ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'],
    reason: 'Swedish "halv fyra"',
  },
  {
    lang: 'da',
    half: 'halv',
    hours: ['et', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv'],
    reason: 'Danish "halv fire"',
  },
  {
    lang: 'nb',
    half: 'halv',
    hours: ['ett', 'to', 'tre', 'fire', 'fem', 'seks', 'sju|syv', 'åtte', 'ni', 'ti', 'elleve', 'tolv'],
    reason: 'Norwegian Bokmål "halv fire"',
  },
  {
    lang: 'cs',
    half: 'půl',
    hours: [
      'jedné',
      'druhé',
      'třetí',
      'čtvrté',
      'páté',
      'šesté',
      'sedmé',
      'osmé',
      'deváté',
      'desáté',
      'jedenácté',
      'dvanácté',
    ],
    reason: 'Czech "půl čtvrté", the hour an ordinal',
  },
  {
    lang: 'sk',
    half: 'pol',
    hours: [
      'jednej',
      'druhej',
      'tretej',
      'štvrtej',
      'piatej',
      'šiestej',
      'siedmej',
      'ôsmej',
      'deviatej',
      'desiatej',
      'jedenástej',
      'dvanástej',
    ],
    reason: 'Slovak "pol štvrtej"',
  },
  {
    lang: 'hu',
    half: 'fél',
    hours: [
      'egy',
      'kettő|két',
      'három',
      'négy',
      'öt',
      'hat',
      'hét',
      'nyolc',
      'kilenc',
      'tíz',
      'tizenegy',
      'tizenkettő',
    ],
    reason: 'Hungarian "fél négy"',
  },
  {
    lang: 'pl',
    half: 'wpół do',
    hours: [
      'pierwszej',
      'drugiej',
      'trzeciej',
      'czwartej',
      'piątej',
      'szóstej',
      'siódmej',
      'ósmej',
      'dziewiątej',
      'dziesiątej',
      'jedenastej',
      'dwunastej',
    ],
    reason: 'Polish "wpół do czwartej"',
  },
  {
    lang: 'ru',
    half: 'половин[аеуы]',
    hours: [
      'первого',
      'второго',
      'третьего',
      'четв[её]ртого',
      'пятого',
      'шестого',
      'седьмого',
      'восьмого',
      'девятого',
      'десятого',
      'одиннадцатого',
      'двенадцатого',
    ],
    reason: 'Russian "половина четвёртого"',
  },
  {
    lang: 'uk',
    half: 'пів на',
    hours: [
      'першу',
      'другу',
      'третю',
      'четверту',
      "п['’ʼ]яту",
      'шосту',
      'сьому',
      'восьму',
      "дев['’ʼ]яту",
      'десяту',
      'одинадцяту',
      'дванадцяту',
    ],
    reason: 'Ukrainian "пів на четверту"',
  },
  {
    lang: 'fi',
    half: 'puoli',
    hours: [
      'yksi',
      'kaksi',
      'kolme',
      'neljä',
      'viisi',
      'kuusi',
      'seitsemän',
      'kahdeksan',
      'yhdeksän',
      'kymmenen',
      'yksitoista',
      'kaksitoista',
    ],
    reason: 'Finnish "puoli neljä"',
  },
];

/**
 * Prepositions before a day that dates an action, in languages that always set one there
 * ("ogłosił w poniedziałek", announced on Monday): a day right after a verb of saying with none
 * before it is what was said, not when ("ogłosił poniedziałek dniem żałoby", declared Monday a day
 * of mourning). Languages that date with a bare day ("a declarat miercuri", "said Monday") are
 * not listed.
 */
export const dayPrepositions: Readonly<Record<string, readonly string[]>> = {
  pl: ['w', 'we'],
  cs: ['v', 've'],
  sk: ['v', 'vo'],
  ru: ['в', 'во'],
  uk: ['в', 'у'],
  bg: ['в', 'във'],
  sr: ['u'],
  hr: ['u'],
  bs: ['u'],
  sl: ['v'],
};

/**
 * Words before a day that name the night leading into it ("in der Nacht zum Montag", "natten
 * till tisdagen", "в ночь на понедельник", the night of Sunday to Monday): what happened then is
 * dated by other sources to the day before ("Sunday night"), so both days are read. Languages
 * that name both days ("dans la nuit de dimanche à lundi") need none.
 */
export const nightBeforeCues: Readonly<Record<string, readonly string[]>> = {
  en: ['overnight into', 'night into'],
  de: ['nacht zum', 'nacht zur', 'nacht auf'],
  nl: ['nacht naar'],
  sv: ['natten till', 'natten mot'],
  da: ['natten til', 'natten mod'],
  no: ['natt til', 'natten til', 'natten mot'],
  ru: ['ночь на'],
  uk: ['ніч на'],
  be: ['ноч на'],
  cs: ['noci na', 'noc na'],
  sk: ['noci na', 'noc na'],
  pl: ['nocy na', 'noc na'],
  bg: ['нощта срещу', 'нощта на'],
};

/**
 * Words after a weekday written in lower case that tell it is the day, where the language's
 * calendar names otherwise take a capital (Turkish writes "salı günü", "salı sabahı" in running
 * text, and "Salı" only in a full date; "pazar" alone is also a market).
 */
export const lowercaseWeekdayCues: Readonly<Record<string, readonly string[]>> = {
  tr: ['günü', 'sabahı', 'sabah', 'akşamı', 'akşam', 'gecesi', 'gece', 'öğleden', 'öğle', 'öğlen', 'şafak'],
};
