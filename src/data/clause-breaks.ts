/**
 * Where a sentence holds two statements that sources report apart: a comma followed by a
 * participle of saying with "that" ("…, τονίζοντας ότι…", "…, saying that…"), or by a participle
 * of result that gives a toll ("…, killing at least 41", "…, faisant au moins 38 morts"), which
 * sources report on its own and often with other figures. The second clause starts at the match.
 * Patterns are matched on the sentence as written, with the `u` flag.
 */
export const clauseBreaks: readonly { lang: string; pattern: string; reason: string }[] = [
  {
    lang: 'el',
    pattern: ',\\s+(?=\\p{L}+(?:οντας|ώντας|όντας)\\s+(?:ότι|πως))',
    reason: 'Greek participle of saying + ότι ("τονίζοντας ότι" = stressing that)',
  },
  {
    lang: 'en',
    pattern: ',\\s+(?=(?:saying|adding|stressing|noting|stating)\\s+(?:that\\s+)?)',
    reason: 'English participle of saying',
  },
  {
    lang: 'de',
    pattern: ',\\s+(?=(?:und\\s+)?(?:betonte|fügte|erklärte)\\b)',
    reason: 'German "…, and stressed/added…"',
  },
  {
    lang: 'de',
    pattern: '\\s+(?=und\\s+(?:werde|werden|wolle|wollen|habe|haben|sei|seien|könne|können)\\s)',
    reason:
      'German "…und werde/habe/sei…": the reported-speech subjunctive after "und" starts a second reported statement',
  },
  {
    lang: 'ro',
    pattern: ',\\s+(?=(?:subliniind|adăugând|precizând|arătând)\\s+că)',
    reason: 'Romanian gerund of saying + că',
  },
  {
    lang: 'fr',
    pattern: ',\\s+(?=(?:soulignant|ajoutant|affirmant|précisant)\\s+que)',
    reason: 'French participle of saying + que',
  },
  {
    lang: 'es',
    pattern: ',\\s+(?=(?:subrayando|añadiendo|afirmando|señalando)\\s+que)',
    reason: 'Spanish gerund of saying + que',
  },
  {
    lang: 'it',
    pattern: ',\\s+(?=(?:sottolineando|aggiungendo|affermando)\\s+che)',
    reason: 'Italian gerund of saying + che',
  },
  {
    lang: 'ru',
    pattern: ',\\s+(?=(?:подчеркнув|добавив|отметив|заявив),?\\s+что)',
    reason: 'Russian adverbial participle of saying + что',
  },
  // Participles of result that bring a toll or the damage done.
  {
    lang: 'en',
    pattern: ',\\s+(?=(?:killing|leaving|injuring|wounding)\\s)',
    reason: 'English "…, killing/leaving…" (the toll of what the clause before tells)',
  },
  {
    lang: 'fr',
    pattern: ',\\s+(?=(?:faisant|tuant|blessant)\\s)',
    reason: 'French "…, faisant au moins 38 morts"',
  },
  {
    lang: 'es',
    pattern: ',\\s+(?=(?:dejando|matando|hiriendo)\\s)',
    reason: 'Spanish "…, dejando al menos 41 muertos"',
  },
  {
    lang: 'it',
    pattern: ',\\s+(?=(?:uccidendo|lasciando|ferendo)\\s)',
    reason: 'Italian "…, uccidendo almeno 38 persone"',
  },
  {
    lang: 'pt',
    pattern: ',\\s+(?=(?:deixando|matando|ferindo)\\s)',
    reason: 'Portuguese "…, deixando pelo menos 12 mortos"',
  },
  {
    lang: 'ro',
    pattern: ',\\s+(?=(?:ucigând|lăsând|rănind)\\s)',
    reason: 'Romanian "…, ucigând cel puțin 12 persoane"',
  },
  {
    lang: 'ru',
    pattern: ',\\s+(?=(?:убив|ранив|унеся|унёсший|унесший)\\s)',
    reason: 'Russian "…, унеся жизни 41 человека"',
  },
  {
    lang: 'uk',
    pattern: ',\\s+(?=(?:вбивши|поранивши|забравши)\\s)',
    reason: 'Ukrainian "…, вбивши щонайменше 12 людей"',
  },
  {
    lang: 'pl',
    pattern: ',\\s+(?=(?:zabijając|raniąc)\\s)',
    reason: 'Polish "…, zabijając co najmniej 12 osób"',
  },
  {
    lang: 'el',
    pattern: ',\\s+(?=(?:σκοτώνοντας|αφήνοντας|τραυματίζοντας)\\s)',
    reason: 'Greek "…, σκοτώνοντας τουλάχιστον 12 ανθρώπους"',
  },
  {
    lang: 'de',
    pattern: ',\\s+(?=(?:wobei|dabei)\\s)',
    reason: 'German "…, wobei mindestens 12 Menschen starben"',
  },
  {
    lang: 'nl',
    pattern: ',\\s+(?=waarbij\\s)',
    reason: 'Dutch "…, waarbij zeker 12 doden vielen"',
  },
];
