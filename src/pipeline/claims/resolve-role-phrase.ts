import type { RolePhrase } from './find-role-phrases.ts';

/** A person named in an article, where, and the office and country the text gave them there. */
export interface RoleHolder {
  name: string;
  /** The line of the paragraph the name stands in, and its offset there. */
  line: number;
  at: number;
  role: string | null;
  country: string | null;
}

/** What an office stands for: a person named before, someone the article does not name, or it cannot tell. */
export type RoleResolution = { kind: 'named'; name: string } | { kind: 'unnamed' } | { kind: 'unknown' };

/** Offices that lead a country; "leader" and "head of state" stand for any of them. */
const headsOfCountry = new Set(['president', 'prime-minister', 'chancellor', 'monarch', 'leader']);

function isSameOffice(asked: string, held: string): boolean {
  if (asked === held) return true;
  return (asked === 'leader' || held === 'leader') && headsOfCountry.has(asked) && headsOfCountry.has(held);
}

/**
 * The person an office stands for ("the Russian president", "der nordkoreanische Führer"), among
 * those named before it in the article (`holders`, in reading order): one the article gave that
 * office, of that country when the phrase names one, the most recent first. An office of a
 * country no one named holds, in an article that tells its people's countries, is someone the
 * article does not name; otherwise, when no one fits, it cannot tell.
 *
 * @example
 *   resolveRolePhrase({ role: 'leader', country: 'RU', start: 0, end: 14 }, [{ name: 'Vladimir Putin', line: 1, at: 0, role: 'president', country: 'RU' }])
 *   // { kind: 'named', name: 'Vladimir Putin' }
 */
export function resolveRolePhrase(phrase: RolePhrase, holders: readonly RoleHolder[]): RoleResolution {
  const offices = new Map<string, { roles: Set<string>; countries: Set<string> }>();
  for (const holder of holders) {
    const known = offices.get(holder.name) ?? { roles: new Set(), countries: new Set() };
    if (holder.role) known.roles.add(holder.role);
    if (holder.country) known.countries.add(holder.country);
    offices.set(holder.name, known);
  }
  const fits = (name: string) => {
    const known = offices.get(name);
    if (!known || ![...known.roles].some((held) => isSameOffice(phrase.role, held))) return false;
    return phrase.country === null || known.countries.has(phrase.country);
  };
  const found = holders.findLast((holder) => fits(holder.name));
  if (found) return { kind: 'named', name: found.name };
  const { country } = phrase;
  const tellsCountries = [...offices.values()].some((known) => known.countries.size > 0);
  const held = [...offices.values()].some((known) => country !== null && known.countries.has(country));
  return country !== null && tellsCountries && !held ? { kind: 'unnamed' } : { kind: 'unknown' };
}
