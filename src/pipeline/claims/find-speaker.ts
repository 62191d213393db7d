import type { WordToken } from '../text/fold-text.ts';

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
 *   // words and persons of "Kim erwiderte, dass …"
 *   findSpeaker(words, [{ name: 'Kim Jong Un', start: 0, end: 3 }], () => false, (w) => w === 'erwiderte') // { reports: true, speaker: 'Kim Jong Un', unnamed: false }
 */
export function findSpeaker(
  words: readonly WordToken[],
  persons: readonly NamedPerson[],
  isQuoted: (offset: number) => boolean,
  isVerb: (folded: string) => boolean,
): { reports: boolean; speaker: string | null; unnamed: boolean } {
  const verb = words.findIndex((word) => !isQuoted(word.start) && isVerb(word.folded));
  const wordAt = (offset: number) => words.findIndex((word) => word.end > offset);
  const outside = persons.filter((person) => !isQuoted(person.start));
  const opener = outside.find((person) => wordAt(person.start) < openingWords);
  // Without a verb of saying, the person the clause opens with is who did it ("Putin hat … seinen Dank ausgesprochen").
  if (verb < 0) return { reports: false, speaker: opener?.name ?? null, unnamed: opener?.name === null };
  const near = outside
    .map((person) => {
      const first = wordAt(person.start);
      const last = wordAt(person.end - 1);
      const distance = first > verb ? first - verb : verb - last;
      const reach = first > verb ? reachAfter : reachBefore;
      return { person, distance, reach };
    })
    .filter(({ distance, reach }) => distance <= reach)
    .sort((a, b) => a.distance - b.distance);
  const speaker = near[0]?.person ?? opener;
  return { reports: true, speaker: speaker?.name ?? null, unnamed: speaker?.name === null };
}
