import { eventKinds } from '../../data/event-kinds.ts';
import { compareCodePoints } from '../../lib/compare-code-points.ts';
import { slugify } from '../text/slugify.ts';
import type { EntityMention, EventFeatures } from './extract-event-features.ts';

/** What a group of articles says about its event: day, key people and place, and an English title. */
export interface EventDescription {
  date: string | null;
  /** Where it happened, in English when the glossary or CLDR knows the name; `null` when the leads do not say. */
  place: string | null;
  /** The day (or `undated`) and a slug of the key people and place; an event keeps its first report's (`eventIdOf`). */
  id: string;
  title: string;
}

/** Most people named in a generated title or id. */
const maximumPeople = 2;

/**
 * Describe the event a group of articles reports: the day most of them give, the people and
 * place their leads name most, an id made of those, and an English title from the kind of event.
 *
 * @example
 *   describeEvent(features).title // 'Vladimir Putin and Kim Jong Un meet in Beijing'
 */
export function describeEvent(members: readonly EventFeatures[], fallbackTitle: string): EventDescription {
  const date = mostCommon(members.flatMap((member) => (member.date ? [member.date.value] : [])));
  const kind = mostCommon(members.flatMap((member) => (member.kind ? [member.kind.value] : [])));
  const lead = members.flatMap((member) => member.entities.filter((entity) => entity.lead));
  const people = ranked(
    lead.filter((entity) => entity.kind === 'person' || entity.kind === 'name'),
    members.length,
  ).slice(0, maximumPeople);
  const template = eventKinds.find((entry) => entry.kind === kind)?.english;
  // Only a place named as where it happened ("in Peking") goes in the title, not one merely
  // mentioned; for an event with no participants (a quake, a fire) the country the leads name
  // most is where it happened ("Earthquake in Peru"), as such reports name no other.
  // A place named where it happened is titled as a report writes it in Latin letters ("Kirman"); one
  // named only in other scripts ("كرمان") gives way to the country, which has an English name.
  const located = ranked(
    lead.filter((entity) => entity.kind === 'place' && entity.located),
    members.length,
  )[0];
  const latinName = located && lead.find((entity) => entity.key === located.key && latin.test(entity.label));
  const place =
    (located && latinName ? { ...located, label: latinName.label } : undefined) ??
    (located && latin.test(located.label) ? located : undefined) ??
    (template && !template.includes('{who}')
      ? ranked(
          lead.filter((entity) => entity.key.startsWith('country:')),
          members.length,
        )[0]
      : located);

  const who = people.map((entity) => entity.label).join(' and ');
  let title = fallbackTitle;
  if (template && (who || !template.includes('{who}'))) {
    title = template.replace('{who}', who).replace('{place}', place ? ` in ${place.label}` : '');
    if (people.length === 1)
      title = title.replace(
        /^(.+?) (meet|hold)\b/,
        (_, subject: string, verb: string) => `${subject} ${verb === 'meet' ? 'meets' : 'holds'}`,
      );
  } else if (who) {
    title = `${who}${place ? ` in ${place.label}` : ''}`;
  }
  const parts = [...people.map((entity) => entity.label), ...(place ? [place.label] : []), ...(kind ? [kind] : [])];
  // Cut by code points, so a letter outside the Basic Multilingual Plane is never halved.
  const shortTitle = [...slugify(fallbackTitle)].slice(0, 40).join('').replace(/-+$/, '');
  const slug = slugify(parts.join(' ')) || shortTitle || 'event';
  return {
    date,
    place: place?.label ?? null,
    id: `${date ?? 'undated'}-${slug}`,
    title: title.charAt(0).toUpperCase() + title.slice(1),
  };
}

const latin = /\p{Script=Latin}/u;

/** Entities that most members' leads name, most first; ties by label. */
function ranked(mentions: readonly EntityMention[], memberCount: number): EntityMention[] {
  const counts = new Map<string, { entity: EntityMention; count: number }>();
  for (const entity of mentions) {
    const entry = counts.get(entity.key) ?? { entity, count: 0 };
    entry.count++;
    // An English page names a place as a Latin script writes it, when one of the reports does ("Kirman", not "كرمان").
    if (!latin.test(entry.entity.label) && latin.test(entity.label)) entry.entity = entity;
    counts.set(entity.key, entry);
  }
  const needed = memberCount > 2 ? Math.ceil(memberCount / 2) : 1;
  return [...counts.values()]
    .filter((entry) => entry.count >= needed)
    .sort((a, b) => b.count - a.count || compareCodePoints(a.entity.label, b.entity.label))
    .map((entry) => entry.entity);
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]))[0]?.[0] ?? null;
}

/**
 * The id of an event made from one report of it (see `buildEvents`): its day and a slug of the
 * people, place and kind its lead names, of those the glossary or CLDR knows; a name found only
 * by its spelling in one report ("Barcelona V", "Badan") may be none, where several reports would
 * have had to agree on it.
 *
 * @example
 *   eventIdOf(features, 'Ferry fire') // '2026-07-19-indonesia-fire'
 */
export function eventIdOf(report: EventFeatures, fallbackTitle: string): string {
  const known = report.entities.filter((entity) => entity.kind !== 'name');
  return describeEvent([{ ...report, entities: known }], fallbackTitle).id;
}
