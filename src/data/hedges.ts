/**
 * Words that distance a writer from a statement ("reportedly", "φέρεται", "angeblich"). A claim
 * hedged in one source and stated flatly in another is framed differently. Patterns are folded
 * (lower case, no accents) and matched at word starts.
 */
export const hedges: readonly { lang: string; pattern: string; reason: string }[] = [
  {
    lang: 'en',
    pattern: 'reportedly|allegedly|purportedly|is said to|are said to|is believed to|claimed|unconfirmed',
    reason: 'English hedges',
  },
  {
    lang: 'el',
    pattern: 'φερεται|φερονται|λεγεται|φημολογειται|εικαζεται|πιθανως|ενδεχομενως|μπορει να',
    reason: 'Greek hedges ("φέρεται" = is said to)',
  },
  {
    lang: 'de',
    pattern: 'angeblich|mutmasslich|soll|sollen|sollte|vermutlich|offenbar',
    reason: 'German hedges ("soll" = is said to)',
  },
  {
    lang: 'ro',
    pattern: 'se pare|ar fi|ar avea|presupus|aparent|unele surse',
    reason: 'Romanian hedges ("ar fi" = would have, reportedly)',
  },
  {
    lang: 'fr',
    pattern: 'aurait|auraient|presume|pretendument|selon certaines sources|apparemment',
    reason: 'French conditional of reported speech and hedges',
  },
  {
    lang: 'es',
    pattern: 'presuntamente|supuestamente|al parecer|habria|habrian|segun algunas fuentes',
    reason: 'Spanish hedges',
  },
  {
    lang: 'it',
    pattern: 'presumibilmente|presunt|avrebbe|avrebbero|sarebbe|sarebbero|secondo alcune fonti',
    reason: 'Italian conditional of reported speech and hedges',
  },
  { lang: 'ru', pattern: 'якобы|предположительно|по некоторым данным|вероятно|по слухам', reason: 'Russian hedges' },
];
