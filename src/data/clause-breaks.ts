/**
 * Where a sentence holds two statements that sources report apart: a comma followed by a
 * participle of saying with "that" ("…, τονίζοντας ότι…", "…, saying that…"). The second clause
 * starts at the match. Patterns are matched on the sentence as written, with the `u` flag.
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
];
