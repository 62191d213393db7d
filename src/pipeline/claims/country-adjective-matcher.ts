import { countryNameEndings, notCountryWords } from '../../data/place-cues.ts';
import { attachedArticles } from '../../data/role-nouns.ts';
import { memoizeByKey } from '../../lib/memoize-by-key.ts';
import { countryIndex } from '../describe/find-places.ts';
import { foldText, isWrittenAsName } from '../text/fold-text.ts';

/** Shortest start a country's adjective shares with its name ("rus" of "Rusia", "ρωσ" of "Ρωσία"). */
const sharedLetters = 3;
/** Share of the shorter word the common start must cover: "russisch" and "Russia" share 5 of 6, "Senate" and "Senegal" 3 of 6. */
const sharedShare = 0.6;
/** Letters that may join the two halves of a compound adjective ("βορει-ο-κορεάτης", "северо-корейский"). */
const linkingLetters = 2;

/**
 * A test for which country an adjective or a short phrase names, by how it starts like the
 * country's name in the language or in English (the names the describe stage finds, from CLDR):
 * "Ρώσος" like "Ρωσία", "russische" like "Russia", "nord-coreean" like "Coreea de Nord",
 * "Βορειοκορεάτης" like "Βόρεια Κορέα". Takes folded words (one or two), answers a region code,
 * or `null` when none or two countries fit equally well.
 *
 * @example
 *   countryAdjectiveMatcher('ro')(['nord-coreean']) // 'KP'
 */
export const countryAdjectiveMatcher = memoizeByKey((lang): ((words: readonly string[]) => string | null) => {
  const bestCountry = countryFit(lang);
  return (words) => bestCountry(words)?.code ?? null;
});

/**
 * A stricter test for a single word met anywhere in a text, not only beside an office: the
 * word must share five letters with the country's name, cover at least three quarters of it,
 * and go on past it by an ending of one to seven letters ("russische", "nordkoreanischen",
 * "ucraineni", "catarí"). So "parade" does not name Paraguay, "sudden" Sudan, "liberate"
 * Liberia nor "reunió" Réunion (and, at the cost of missing them, "chinese" does not name China
 * nor "Ρώσος" Russia). A lower-case "pan-" word can still pass ("panamericana").
 *
 * @example
 *   countryWordMatcher('de')('nordkoreanischen') // 'KP'
 *   countryWordMatcher('es')('reunió') // null
 */
export const countryWordMatcher = memoizeByKey((lang): ((word: string) => string | null) => {
  const bestCountry = countryFit(lang);
  const common = new Set((notCountryWords[lang] ?? []).map(foldText));
  const countryOf = (word: string) => {
    if (common.has(word)) return null;
    const found = bestCountry([word]);
    if (!found) return null;
    const ending = word.replace(/-/g, '').length - found.score;
    // A stem of a name ("tysk" of "Tyskland", see `stemFits`) is the word, or its start before a short ending.
    if (found.stem) return ending <= longestStemEnding ? found.code : null;
    if (found.score < strictLetters || found.score < strictCover * found.letters) return null;
    return ending >= 1 && ending <= longestEnding ? found.code : null;
  };
  // News repeats its words: each is weighed once.
  const known = new Map<string, string | null>();
  return (word) => {
    if (word.length < strictLetters) return null;
    let code = known.get(word);
    if (code === undefined) {
      code = countryOf(word);
      if (known.size < knownWordsLimit) known.set(word, code);
    }
    return code;
  };
});

/** Words whose country `countryWordMatcher` keeps, per language. */
const knownWordsLimit = 100_000;

/** What a word met anywhere must share with a country's name (see `countryWordMatcher`). */
const strictLetters = 5;
const strictCover = 0.75;
const longestEnding = 7;
/** Least letters of a country's stem (`countryNameEndings`), the letters an adjective may change at its end, and its longest ending. */
const stemLetters = 4;
const stemChange = 2;
const longestStemEnding = 6;

/**
 * The country words fit best, with the letters they share with its name and the letters of the
 * name that tell, or `null` when none or two fit equally well.
 */
const countryFit = memoizeByKey((lang) => {
  const written = [...countryIndex(lang).byPrefix.values()].flat().map(({ parts, value }) => ({
    // Words of a name written in lower case join it ("Corea del Nord", "Coreea de Nord"): only the others tell.
    parts: parts
      .filter((part) => isWrittenAsName(part.text) || part.text.toLowerCase() === part.text.toUpperCase())
      .map((part) => withoutArticle(part.folded, lang))
      .filter((part) => part.length >= sharedLetters),
    code: value,
    stem: false,
  }));
  // A name made of the people's stem and the word for land is read by its stem too ("Németország": "német").
  const endings = countryNameEndings[lang] ?? [];
  const stems = written.flatMap(({ parts, code }) => {
    const [part] = parts;
    const found = part && parts.length === 1 ? endings.find(({ ending }) => part.endsWith(ending)) : undefined;
    const stem = part && found ? part.slice(0, -found.ending.length) + found.stem : '';
    return stem.length >= stemLetters ? [{ parts: [stem], code, stem: true }] : [];
  });
  const names = [...written, ...stems];
  // A name fits only when one of its parts starts as one of the words do (`sharedStart`), so it is
  // looked up by the starts of its parts rather than every name scored.
  const namesByStart = new Map<string, Set<(typeof names)[number]>>();
  for (const name of names)
    for (const part of name.parts) {
      const start = part.slice(0, sharedLetters);
      namesByStart.set(start, (namesByStart.get(start) ?? new Set()).add(name));
    }
  return (words: readonly string[]): { code: string; score: number; letters: number; stem: boolean } | null => {
    const parts = words
      .flatMap((word) => withoutArticle(word, lang).split('-'))
      .filter((part) => part.length >= sharedLetters);
    if (parts.length === 0) return null;
    let best = 0;
    let found: (typeof names)[number][] = [];
    const candidates = new Set(parts.flatMap((part) => [...(namesByStart.get(part.slice(0, sharedLetters)) ?? [])]));
    for (const name of candidates) {
      const score = stemFits(matchScore(parts, name.parts), name);
      if (score > best) [best, found] = [score, [name]];
      else if (score === best && score > 0) found.push(name);
    }
    const [first] = found;
    if (!first || found.some((name) => name.code !== first.code)) return null;
    return {
      code: first.code,
      score: best,
      letters: Math.min(...found.map((name) => name.parts.join('').length)),
      stem: found.some((name) => name.stem),
    };
  };
});

/**
 * A score against a country's stem (`countryNameEndings`) counts only when the word holds the
 * whole stem, but for the two letters an adjective may change at its end ("griech|isch" of
 * "Griechen|land"): "nemzet" (nation) shares no more than "nem" with "német".
 */
function stemFits(score: number, name: { parts: readonly string[]; stem: boolean }): number {
  const letters = name.parts.join('').length;
  return !name.stem || score >= Math.max(stemLetters, letters - stemChange) ? score : 0;
}

/** How well words fit a country's name, part for part or as one compound of two parts; 0 when they do not. */
function matchScore(words: readonly string[], name: readonly string[]): number {
  if (name.length === 0) return 0;
  if (words.length === name.length && words.length <= 2) {
    const inOrder = pairScore(words, name);
    return Math.max(inOrder, words.length === 2 ? pairScore(words, [...name].reverse()) : 0);
  }
  const [word] = words;
  const [first, second] = name;
  if (words.length !== 1 || name.length !== 2 || !word || !first || !second) return 0;
  return Math.max(compoundScore(word, first, second), compoundScore(word, second, first));
}

/** How well one word fits two parts of a name written as one: "nordcoreano" for "Nord" and "Corea". */
function compoundScore(word: string, first: string, second: string): number {
  const head = sharedStart(word, first);
  if (head === 0) return 0;
  for (let skip = 0; skip <= linkingLetters; skip++) {
    const tail = sharedStart(word.slice(head + skip), second);
    if (tail > 0) return head + tail;
  }
  return 0;
}

function pairScore(words: readonly string[], name: readonly string[]): number {
  let total = 0;
  for (const [index, word] of words.entries()) {
    const shared = sharedStart(word, name[index] ?? '');
    if (shared === 0) return 0;
    total += shared;
  }
  return total;
}

/** Letters two words share at their start, or 0 when too few to tell a country by. */
function sharedStart(word: string, name: string): number {
  let shared = 0;
  while (shared < word.length && shared < name.length && word[shared] === name[shared]) shared++;
  const shorter = Math.min(word.length, name.length);
  // A short word must cover most of the name itself: "rus" names "Rusia", "les" does not name "Lesotho".
  const covered = word.length <= sharedLetters ? shared >= sharedShare * name.length : shared >= sharedShare * shorter;
  return shared >= sharedLetters && covered ? shared : 0;
}

function withoutArticle(word: string, lang: string): string {
  const article = (attachedArticles[lang] ?? []).find(
    (prefix) => word.startsWith(prefix) && word.length - prefix.length >= sharedLetters,
  );
  return article ? word.slice(article.length) : word;
}
