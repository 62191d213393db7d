import type { WordToken } from '../text/fold-text.ts';
import { foldedVowels, foldText, isWrittenAsName, tokenizeWords } from '../text/fold-text.ts';

/** Names to look for, indexed by how their first word starts, so a text is scanned once. */
export interface PhraseIndex<T> {
  /** First three folded letters of the first word → names that start so. */
  byPrefix: Map<string, { parts: WordToken[]; acronym: boolean; whole: boolean; named: boolean; value: T }[]>;
  /** Names in scripts without spaces, matched as substrings. */
  unspaced: { name: string; value: T }[];
  /** The same names by their first character, so a text is scanned once for them all. */
  unspacedByFirst: Map<string, { name: string; value: T }[]>;
}

const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/**
 * Index names for `findPhrases`.
 *
 * @example
 *   createPhraseIndex([{ phrase: 'Κρεμλίνο', value: 'Kremlin' }]).byPrefix.has('κρε') // true
 */
export function createPhraseIndex<T>(
  entries: readonly { phrase: string; value: T; whole?: boolean; named?: boolean }[],
): PhraseIndex<T> {
  const index: PhraseIndex<T> = { byPrefix: new Map(), unspaced: [], unspacedByFirst: new Map() };
  for (const { phrase, value, whole = false, named = false } of entries) {
    if (unspacedScript.test(phrase)) {
      index.unspaced.push({ name: phrase, value });
      const first = phrase.charAt(0);
      index.unspacedByFirst.set(first, [...(index.unspacedByFirst.get(first) ?? []), { name: phrase, value }]);
      continue;
    }
    const parts = tokenizeWords(phrase);
    const first = parts[0];
    if (!first) continue;
    const key = first.folded.slice(0, 3);
    const list = index.byPrefix.get(key) ?? [];
    list.push({
      parts,
      acronym: /^[\p{Lu}\p{N}-]{2,7}$/u.test(phrase),
      whole,
      named: named && isWrittenAsName(phrase),
      value,
    });
    index.byPrefix.set(key, list);
  }
  return index;
}

/**
 * Where indexed names stand in a text, allowing inflection endings (Κρεμλίνο → Κρεμλίνου,
 * Rusia → Rusiei; see `isInflectionOf`). Acronyms (all capitals) match exactly and
 * case-sensitively, names indexed as `whole` match uninflected, names indexed as `named` and
 * written with a capital only where the text writes them so; names in scripts without spaces
 * match as substrings.
 *
 * @example
 *   const text = 'ανακοίνωση του Κρεμλίνου';
 *   findPhrases(createPhraseIndex([{ phrase: 'Κρεμλίνο', value: 1 }]), text, tokenizeWords(text)) // [{ value: 1, start: 15, end: 24 }]
 */
export function findPhrases<T>(
  index: PhraseIndex<T>,
  text: string,
  words: readonly WordToken[],
): { value: T; start: number; end: number }[] {
  const found: { value: T; start: number; end: number }[] = [];
  words.forEach((word, position) => {
    // A name found in the whole word ("Putin's" inflected) is not found again in its part.
    const forms = formsOf(word);
    const matched = forms.length > 1 ? new Set<unknown>() : undefined;
    for (const form of forms)
      for (const candidate of index.byPrefix.get(form.folded.slice(0, 3)) ?? []) {
        if (matched?.has(candidate)) continue;
        const { parts } = candidate;
        const matches = parts.every((part, offset) => {
          const other = offset === 0 ? form : words[position + offset];
          if (!other) return false;
          if (candidate.acronym) return other.text === part.text;
          if (part.folded.length <= maximumShortName) return isSameShortWord(other, part);
          return candidate.whole ? other.folded === part.folded : isInflectionOf(other.folded, part.folded);
        });
        const last = parts.length === 1 ? form : words[position + parts.length - 1];
        // A name written with a capital is found only where it is so written ("Putin", not Romanian "puțin").
        if (!matches || !last || (candidate.named && !isWrittenAsName(form.text))) continue;
        matched?.add(candidate);
        found.push({ value: candidate.value, start: form.start, end: last.end });
      }
  });
  const written: { value: T; start: number; end: number }[] = [];
  // Each place in the text is tried against the names that start with its character, in order;
  // a name found is not found again inside itself.
  if (index.unspaced.length > 0 && unspacedScript.test(text)) {
    const after = new Map<{ name: string; value: T }, number>();
    for (let at = 0; at < text.length; at++) {
      for (const entry of index.unspacedByFirst.get(text.charAt(at)) ?? []) {
        if ((after.get(entry) ?? 0) > at || !text.startsWith(entry.name, at)) continue;
        written.push({ value: entry.value, start: at, end: at + entry.name.length });
        after.set(entry, at + entry.name.length);
      }
    }
  }
  // Without spaces a name may stand inside another's ("印度" India in "印度尼西亚" Indonesia): the longer holds.
  const inside = (match: (typeof written)[number]) =>
    written.some(
      (other) =>
        other.value !== match.value &&
        other.start <= match.start &&
        other.end >= match.end &&
        other.end - other.start > match.end - match.start,
    );
  for (const match of written) if (!inside(match)) found.push(match);
  return found;
}

/**
 * A word, and the parts an apostrophe joins into it: a name with a Turkish case ending
 * ("Türkiye'nin", "Ankara'dan") or after a French or Italian article ("l'Ukraine", "dell'Iran");
 * an Arabic word also without the "and", "so", "in", "for" or "as" written onto it ("بإندونيسيا",
 * "وبوتين", "للصين" as "الصين"), a Hebrew word without its prefixes ("ביוון" as "יוון").
 */
function formsOf(word: WordToken): WordToken[] {
  const forms = [word];
  if (/['’]/.test(word.text)) {
    let start = word.start;
    for (const part of word.text.split(/['’]/)) {
      if (part !== '') forms.push({ text: part, folded: foldText(part), start, end: start + part.length });
      start += part.length + 1;
    }
  }
  if (arabicProclitic.test(word.text)) forms.push(...withoutProclitics(word));
  if (hebrewPrefixed.test(word.text)) forms.push(...withoutHebrewPrefixes(word));
  return forms;
}

/**
 * A Hebrew word that may start with prefixes: "and" (ו), "the" (ה), "in" (ב), "to" (ל), "from"
 * (מ), "as" (כ), "that" (ש), one or two of them, before two letters more ("ביוון", in Greece;
 * "ולרודוס", and to Rhodes; "בתל אביב", in Tel Aviv, whose first word is short).
 */
const hebrewPrefixed = /^[והבלמכש]\p{Script=Hebrew}{2}/u;

function withoutHebrewPrefixes(word: WordToken): WordToken[] {
  const forms: WordToken[] = [];
  for (let skipped = 1; skipped <= 2; skipped++) {
    const prefix = word.text.slice(0, skipped);
    const rest = word.text.slice(skipped);
    if (!/^[והבלמכש]+$/u.test(prefix) || !/^\p{Script=Hebrew}{2}/u.test(rest)) break;
    forms.push({ text: rest, folded: foldText(rest), start: word.start + skipped, end: word.end });
  }
  return forms;
}

/** An Arabic word that may start with a proclitic: "و" or "ف", then "ب", "ل" or "ك", before three letters more. */
const arabicProclitic = /^[وفبلك]\p{Script=Arabic}{3}/u;

function withoutProclitics(word: WordToken): WordToken[] {
  const forms: WordToken[] = [];
  const add = (text: string, skipped: number) =>
    forms.push({ text, folded: foldText(text), start: word.start + skipped, end: word.end });
  const conjoined = /^[وف]/u.test(word.text) ? 1 : 0;
  if (conjoined) add(word.text.slice(1), 1);
  const rest = word.text.slice(conjoined);
  // "لل" is "ل" before the article "ال": "للصين" is "for China (الصين)".
  if (rest.startsWith('لل')) add(`ا${rest.slice(1)}`, conjoined + 1);
  else if (/^[بلك]\p{Script=Arabic}{3}/u.test(rest)) add(rest.slice(1), conjoined + 1);
  return forms;
}

/** Longest name (in folded letters) that is also a common word somewhere: "Lào" and "lao", "Bỉ" and "bị". */
const maximumShortName = 4;

/**
 * Whether a word is a short name: the same folded, written as a name when the name is (in a
 * script with case), and with the same marks when both have marks (Vietnamese tones tell "Bỉ",
 * Belgium, from "bị").
 *
 * @example
 *   isSameShortWord(tokenizeWords('bị')[0], tokenizeWords('Bỉ')[0]) // false
 */
function isSameShortWord(word: WordToken, name: WordToken): boolean {
  if (word.folded !== name.folded) return false;
  if (isWrittenAsName(name.text) && !isWrittenAsName(word.text)) return false;
  const marked = (text: string) => /\p{M}/u.test(text.normalize('NFD'));
  const plain = (text: string) => text.normalize('NFC').toLowerCase();
  return !(marked(word.text) && marked(name.text) && plain(word.text) !== plain(name.text));
}

/** Longest ending a word may add to a name. */
const maximumEnding = 4;

/**
 * A last letter that inflection replaces: a vowel of Latin, Greek or Cyrillic (Rusia → Rusiei,
 * Франция → Франции, Rosja → Rosji). A consonant stays, and so does every letter of a script that
 * inflects names by adding to them (Arabic اليمن → اليمني, never اليمين, "the oath").
 */
const replaceableLast = new RegExp(`[${foldedVowels}й]$`, 'u');

/**
 * Whether a folded word is the folded name, inflected: at least as long as the name, the same
 * but for the name's last letter when that is a vowel, and at most three letters longer. Names
 * of four letters or fewer must match whole.
 *
 * @example
 *   isInflectionOf('rusiei', 'rusia') // true
 *   isInflectionOf('اليمين', 'اليمن') // false
 */
export function isInflectionOf(word: string, name: string): boolean {
  if (name.length <= 4) return word === name;
  const kept = replaceableLast.test(name) ? name.slice(0, -1) : name;
  return word.length >= name.length && word.startsWith(kept) && word.length - name.length < maximumEnding;
}
