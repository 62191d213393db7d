import { francAll } from 'franc';
import { claimConcepts } from '../data/claim-concepts.ts';
import { closeLanguages } from '../data/close-languages.ts';

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
  const sample = text.slice(0, sampleLength);
  const guesses = francAll(sample, { minLength: minimumLetters });
  const [first, second] = guesses;
  if (!first || first[0] === 'und') return { lang: 'und', iso6393: 'und', margin: 0 };
  const margin = second ? 1 - second[1] : 1;
  const close = guesses.filter(([, score]) => 1 - score < closeMargin).map(([code]) => code);
  const best = second && margin < closeMargin ? closerOf(first[0], second[0], sample, close) : first[0];
  return { lang: iso6393ToBcp47(best), iso6393: best, margin: Math.round(margin * 1000) / 1000 };
}

/** Languages the pipeline reads claims in (those `claim-concepts.ts` lists stems for), as BCP 47 tags. */
const readLanguages = new Set(claimConcepts.flatMap((concept) => Object.keys(concept.stems)));

/** Guesses closer than this are a tie between languages listed in `close-languages.ts`. */
const closeMargin = 0.02;

/**
 * Of two close languages (`close-languages.ts`), the one whose own words the text holds more
 * of. When the pair is not listed: franc's first guess, unless the pipeline does not read it and
 * reads another guess as close (`close`, best first): English that franc ranks as Sardinian or
 * Scots by a hair, Hindi as Bhojpuri, Spanish as Galician. A text really in such a language
 * leads by far more.
 */
function closerOf(first: string, second: string, text: string, close: readonly string[]): string {
  const entry = closeLanguages.find(({ pair }) => pair.includes(first) && pair.includes(second));
  if (!entry) {
    if (readLanguages.has(iso6393ToBcp47(first))) return first;
    return close.find((code) => readLanguages.has(iso6393ToBcp47(code))) ?? first;
  }
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const [a, b] = entry.words.map((list) => list.filter((word) => words.has(word)).length);
  const [x, y] = entry.pair;
  if (a === b) return first;
  return (a ?? 0) > (b ?? 0) ? x : y;
}

/**
 * Turn an ISO 639-3 code into the BCP 47 tag of its language: CLDR's canonical tag without the
 * region some aliases carry, as the pipeline reads a language's words whatever country writes it
 * (Dari, `prs`, is Persian as `fa-AF`: it is read as `fa`, as `pes` is).
 *
 * @example
 *   iso6393ToBcp47('ell') // 'el'
 *   iso6393ToBcp47('prs') // 'fa'
 */
export function iso6393ToBcp47(code: string): string {
  try {
    const tag = Intl.getCanonicalLocales(code)[0];
    return tag ? new Intl.Locale(tag).language : code;
  } catch {
    return 'und';
  }
}
