import { nameKey, sameName } from '../events/name-key.ts';
import type { WordToken } from '../text/fold-text.ts';
import type { VerbMatcher } from './reporting-verb-matcher.ts';
import { saysAt } from './reporting-verb-matcher.ts';

/** A person named in a clause, and where. */
export interface NamedPerson {
  /** English glossary name, or `null` for someone the article does not name ("the Ukrainian president" where no one named is). */
  name: string | null;
  start: number;
  end: number;
}

/**
 * Words between a verb of saying and its speaker: "Kim a declarat" (before), "a declarat Kim"
 * (after), and after it with an office between, as wires write it ("said Russian President
 * Vladimir Putin", "dijo el presidente ruso, Vladímir Putin").
 */
const reachBefore = 4;
const reachAfter = 4;
/** A person named among a clause's first words is its subject ("Ο Βλαντίμιρ Πούτιν, σε συνάντηση…"). */
const openingWords = 4;

/**
 * Who a clause says made its statement or did what it tells: the person named next to its verb
 * of saying ("a declarat Kim", "Kim erwiderte"), else the person the clause opens with. `reports` tells
 * whether the clause reports speech at all; a clause that does but names nobody ("a declarat el")
 * takes its speaker from the text before it. `unnamed` tells that the speaker is someone the
 * article does not name, so the text before does not tell who.
 *
 * @example
 *   // text, words and persons of "Kim erwiderte, dass …"
 *   findSpeaker(text, words, [{ name: 'Kim Jong Un', start: 0, end: 3 }], () => false, (w) => w === 'erwiderte') // { reports: true, speaker: 'Kim Jong Un', unnamed: false }
 */
export function findSpeaker(
  text: string,
  words: readonly WordToken[],
  persons: readonly NamedPerson[],
  isQuoted: (offset: number) => boolean,
  isVerb: VerbMatcher,
): { reports: boolean; speaker: string | null; unnamed: boolean } {
  const verb = words.findIndex((word, at) => !isQuoted(word.start) && saysAt(isVerb, words, at));
  const wordAt = (offset: number) => words.findIndex((word) => word.end > offset);
  const outside = persons.filter((person) => !isQuoted(person.start));
  const opening = outside.filter((person) => wordAt(person.start) < openingWords);
  // People named by name first, in the order the clause names them; one named twice is one.
  const openers = [
    ...new Set(
      opening
        .filter((person) => person.name !== null)
        .sort((a, b) => a.start - b.start)
        .map((person) => person.name),
    ),
  ];
  const opener = opening.find((person) => person.name === openers[0]) ?? opening[0];
  // Without a verb of saying, the person the clause opens with is who did it ("Putin hat … seinen
  // Dank ausgesprochen"); two who open it together ("이재명 대통령과 시진핑 주석이…", "Lee and Xi
  // agreed") did it together, and neither is its speaker.
  if (verb < 0) {
    // The next person named, a title's length from the first ("Lee Jae-myung and Chinese President Xi Jinping").
    const second = outside
      .filter((person) => opener && person.start >= opener.end && person.name !== opener.name)
      .sort((a, b) => a.start - b.start)[0];
    const between = opener && second ? text.slice(opener.end, second.start) : '';
    const together = !!second && between.length <= jointReach && joinedByAnd(between);
    const alone = together ? undefined : opener;
    return { reports: false, speaker: alone?.name ?? null, unnamed: alone?.name === null };
  }
  const near = outside
    .map((person) => {
      const first = wordAt(person.start);
      const last = wordAt(person.end - 1);
      const distance =
        first > verb ? wordsApart(words, verb, first, isQuoted) : wordsApart(words, last, verb, isQuoted);
      const reach = first > verb ? reachAfter : reachBefore;
      return { person, distance, reach };
    })
    .filter(({ distance, reach }) => distance <= reach)
    .sort((a, b) => a.distance - b.distance);
  const speaker = near[0]?.person ?? opener;
  return { reports: true, speaker: speaker?.name ?? null, unnamed: speaker?.name === null };
}

/**
 * How far apart two words of a clause stand, the words of a quotation between them not counted:
 * 1 for neighbours, as for a name and its verb on either side of what was said ("Bakan Uraloğlu,
 * "Durum kontrol altında…" dedi").
 */
export function wordsApart(
  words: readonly WordToken[],
  from: number,
  to: number,
  isQuoted: (offset: number) => boolean,
): number {
  let apart = 1;
  for (let at = from + 1; at < to; at++) if (!isQuoted(words[at]?.start ?? 0)) apart++;
  return apart;
}

/** Most characters between two people who open a clause together: an "and" and a title. */
const jointReach = 40;

/** "And" between two people who open a clause together, in the languages of the pipeline. */
const andWords = new Set(
  'and und et y e i и і та й και și ve dan và och og és és ja en و ו और 및 그리고 及 和 与 與'.split(' '),
);

/**
 * Whether the words between two offsets join two people as one subject: an "and" among them
 * ("Lee Jae-myung and Chinese President Xi Jinping"), or the "and" Korean and Japanese write
 * onto the word before ("이재명 대통령과 시진핑", "李在明大統領と中国の習近平").
 */
function joinedByAnd(between: string): boolean {
  return (
    /[と和与與及]/u.test(between) ||
    between
      .toLowerCase()
      .split(/[\s\p{P}]+/u)
      .some((word) => andWords.has(word) || /\p{Script=Hangul}[과와]$/u.test(word))
  );
}

/**
 * Whether two speakers are one person: the same glossary name, or a name the glossary does not
 * know written in two scripts or spellings ("Wichian Thongsuk", "Вичиан Тхонгсук"), or with an
 * office before it in one ("Governor Wichian Thongsuk"), or in characters by the surname that
 * opens it ("藤森" of "藤森圭介", as Japanese news names a person again).
 *
 * @example
 *   sameSpeaker('Wichian Thongsuk', 'Governor Wichian Thongsuk') // true
 */
export function sameSpeaker(a: string, b: string): boolean {
  if (a === b || sameName(nameKey(a), nameKey(b))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return caselessName.test(a) && caselessName.test(b) && [...short].length >= 2 && long.startsWith(short);
}

/**
 * Whether two speakers may be told apart at all: a name the glossary does not know written in
 * Chinese characters or in Thai has no spelling to meet in another script (藤森圭介 is Keisuke
 * Fujimori in Japanese, and reads otherwise in Chinese; Thai spells วิเชียร ทองสุข with letters
 * that romanise otherwise than "Wichian Thongsuk"), so it is compared with names in its script only.
 *
 * @example
 *   comparableSpeakers('藤森圭介', 'Keisuke Fujimori') // false
 */
export function comparableSpeakers(a: string, b: string): boolean {
  return closedScriptOf(a) === closedScriptOf(b);
}

/** The script a name is written in when no other script's spelling of it can be compared, else `null`. */
function closedScriptOf(name: string): string | null {
  if (/^[\p{Script=Han}・·]+$/u.test(name)) return 'Han';
  if (/^[\p{Script=Thai} ]+$/u.test(name)) return 'Thai';
  return null;
}

/** A name written in characters with no case: Chinese or Japanese characters, Korean syllables, katakana. */
const caselessName = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}ー・ ]+$/u;
