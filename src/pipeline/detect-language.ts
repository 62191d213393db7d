import { francAll } from 'franc';

/** The language of a text, as a BCP 47 tag, with what the guess rests on. */
export interface LanguageGuess {
  /** BCP 47 tag (`el`, `de`, `ro`, `zh`…), or `und` when the text is too short or too mixed to tell. */
  lang: string;
  /** ISO 639-3 code as franc returned it (`ell`, `deu`, `ron`…), or `und`. */
  iso6393: string;
  /** How far ahead of the runner-up the guess is, from 0 (a tie) to 1 (no contest). */
  margin: number;
}

/** Fewer letters than this and trigram statistics say little; franc's own default is 10. */
const minimumLetters = 20;
/** Characters read: past a thousand, more text no longer changes franc's answer, only its cost. */
const sampleLength = 1000;

/**
 * Detect the language of a text with franc (trigram statistics over 180+ languages)
 * and turn franc's ISO 639-3 code into the canonical BCP 47 tag with `Intl.getCanonicalLocales`
 * (CLDR aliases: `ell` → `el`, `cmn` → `zh`, `arb` → `ar`).
 *
 * @example
 *   detectLanguage('Der russische Präsident hat den Soldaten gedankt.').lang // 'de'
 */
export function detectLanguage(text: string): LanguageGuess {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < minimumLetters) return { lang: 'und', iso6393: 'und', margin: 0 };
  const [best, second] = francAll(text.slice(0, sampleLength), { minLength: minimumLetters });
  if (!best || best[0] === 'und') return { lang: 'und', iso6393: 'und', margin: 0 };
  const margin = second ? 1 - second[1] : 1;
  return { lang: iso6393ToBcp47(best[0]), iso6393: best[0], margin: Math.round(margin * 1000) / 1000 };
}

/**
 * Turn an ISO 639-3 code into its canonical BCP 47 tag.
 *
 * @example
 *   iso6393ToBcp47('ell') // 'el'
 */
export function iso6393ToBcp47(code: string): string {
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return 'und';
  }
}
