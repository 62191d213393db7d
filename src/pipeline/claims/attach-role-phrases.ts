import { unspacedLanguages } from '../../data/unspaced-languages.ts';
import { findPhrases } from '../describe/find-phrase.ts';
import { countryIndex } from '../describe/find-places.ts';
import type { RolePhrase } from './find-role-phrases.ts';
import type { NamedPerson } from './find-speaker.ts';

/** An office written beside a person's name, and the country it is of. */
export interface AttachedRole {
  person: NamedPerson;
  role: string;
  country: string | null;
}

/** An office right before the name: "Russian President Vladimir Putin", "Президент России Владимир Путин". */
const beforeName = /^\s*,?\s*$/u;
/** An office right after the name: "Kim Jong Un, the North Korean leader", "푸틴 러시아 대통령", "プーチン大統領". */
const afterName = /^\s*(?:,\s*(?:\p{L}{1,3}\s+)?)?$/u;

/**
 * Which offices of a text stand beside a person's name, telling what the person is: an office
 * right before a name is that person's first, then one after a name and a comma (or, as Korean
 * and Japanese write it, right after the name). In a language written without spaces, a country
 * just before the name counts for an office after it ("ロシアのプーチン大統領").
 *
 * @example
 *   // "Der russische Präsident Wladimir Putin"
 *   attachRolePhrases(text, [{ role: 'president', country: 'RU', start: 4, end: 27 }], [{ name: 'Vladimir Putin', start: 28, end: 42 }], 'de')
 *   // Map { phrase → { person: Vladimir Putin, role: 'president', country: 'RU' } }
 */
export function attachRolePhrases(
  text: string,
  phrases: readonly RolePhrase[],
  persons: readonly NamedPerson[],
  lang: string,
): Map<RolePhrase, AttachedRole> {
  const attached = new Map<RolePhrase, AttachedRole>();
  const taken = new Set<NamedPerson>();
  for (const phrase of phrases) {
    const person = persons.find(
      (candidate) =>
        !taken.has(candidate) &&
        candidate.start >= phrase.end &&
        beforeName.test(text.slice(phrase.end, candidate.start)),
    );
    if (!person) continue;
    taken.add(person);
    attached.set(phrase, { person, role: phrase.role, country: phrase.country });
  }
  for (const phrase of phrases) {
    if (attached.has(phrase)) continue;
    const person = persons.find(
      (candidate) => candidate.end <= phrase.start && afterName.test(text.slice(candidate.end, phrase.start)),
    );
    if (!person) continue;
    const country =
      phrase.country ?? (unspacedLanguages.has(lang) ? countryJustBefore(text, person.start, lang) : null);
    attached.set(phrase, { person, role: phrase.role, country });
  }
  return attached;
}

/** A country named just before an offset, with at most one character between ("ロシアの"). */
function countryJustBefore(text: string, offset: number, lang: string): string | null {
  const found = findPhrases(countryIndex(lang), text, []).filter(
    ({ end }) => end <= offset && offset - end <= 1 && !/[\p{P}\s]/u.test(text.slice(end, offset)),
  );
  return found[0]?.value ?? null;
}
