import type { VFile } from 'vfile';
import { compareCodePoints } from '../../lib/compare-code-points.ts';
import type { EventCorrection } from '../../schemas/event-corrections.ts';
import type { Event } from '../../schemas/events-json.ts';
import { closestHint } from '../closest-ids.ts';
import { describeEvent, eventIdOf } from './describe-event.ts';
import type { EventFeatures } from './extract-event-features.ts';
import { groupArticlesByEvent } from './group-articles-by-event.ts';

/** An article as event building reads it. */
export interface EventMember {
  features: EventFeatures;
  title: string;
  /** The day the article was published (`YYYY-MM-DD`), when known. */
  published: string | null;
  /** An event id an editor pinned the article to in its override file. */
  pinnedEvent: string | null;
}

/** Events, and per article its event id and what put it there. */
export interface BuiltEvents {
  events: Event[];
  eventOf: Map<string, { id: string; reasons: string[]; byEditor: boolean }>;
}

/**
 * Build the events: articles an editor pinned (in `<id>.yaml` or `content/events.yaml`) go to
 * their event; the rest are grouped by `groupArticlesByEvent`. Each event gets a day, an id and
 * an English title, which `content/events.yaml` may correct. Problems with the corrections are
 * left as errors on `correctionsFile`.
 */
export function buildEvents(
  members: readonly EventMember[],
  corrections: readonly EventCorrection[],
  correctionsFile?: VFile,
): BuiltEvents {
  const ids = members.map((member) => member.features.id);
  const known = new Set(ids);

  // 1. Pins: from override files, then from content/events.yaml.
  const pins = new Map<string, string>();
  for (const member of members) if (member.pinnedEvent) pins.set(member.features.id, member.pinnedEvent);
  for (const correction of corrections) {
    for (const article of correction.articles ?? []) {
      if (!known.has(article)) {
        fatal(
          correctionsFile,
          article,
          `Cannot pin \`${article}\` to \`${correction.id}\`: there is no such article${closestHint(article, ids)}`,
        );
      } else if (pins.has(article) && pins.get(article) !== correction.id) {
        fatal(
          correctionsFile,
          article,
          `Cannot pin \`${article}\` to \`${correction.id}\`: it is already pinned to \`${pins.get(article)}\``,
        );
      } else {
        pins.set(article, correction.id);
      }
    }
  }

  // 2. Group the rest.
  const free = members.filter((member) => !pins.has(member.features.id));
  const groups = groupArticlesByEvent(free.map((member) => member.features));
  const byId = new Map(members.map((member) => [member.features.id, member]));

  // 3. Describe each event; pinned events keep their id.
  const events = new Map<string, Event>();
  const eventOf: BuiltEvents['eventOf'] = new Map();
  const pinnedGroups = new Map<string, string[]>();
  for (const [article, event] of [...pins].sort(([a], [b]) => compareCodePoints(a, b))) {
    pinnedGroups.set(event, [...(pinnedGroups.get(event) ?? []), article]);
  }
  const add = (id: string, articles: string[], reasons: Map<string, string[]>, byEditor: boolean) => {
    const features = articles.flatMap((article) => byId.get(article)?.features ?? []);
    const description = describeEvent(features, byId.get(articles[0] ?? '')?.title ?? id);
    // The id is the first report's (`firstReport`), so that it stays when later reports join.
    const first = firstReport(articles.flatMap((article) => byId.get(article) ?? []));
    const ownId = first ? eventIdOf(first.features, first.title) : description.id;
    let eventId = byEditor ? id : ownId;
    for (let suffix = 2; events.has(eventId); suffix++) eventId = `${ownId}-${suffix}`;
    const correction = corrections.find((entry) => entry.id === eventId);
    events.set(eventId, {
      id: eventId,
      title: correction?.title ?? description.title,
      date: correction?.date !== undefined ? correction.date : description.date,
      place: correction?.place !== undefined ? correction.place : description.place,
      articles,
      evidence: articles.map((article) => ({ article, reasons: reasons.get(article) ?? [] })),
      claims: [],
    });
    for (const article of articles)
      eventOf.set(article, { id: eventId, reasons: reasons.get(article) ?? [], byEditor });
  };
  for (const [event, articles] of pinnedGroups) {
    add(event, articles, new Map(articles.map((article) => [article, ['pinned to this event by an editor']])), true);
  }
  for (const group of groups) {
    const reasons = new Map(
      group.articles.map((article) => {
        const features = byId.get(article)?.features;
        const undated =
          features && !features.date ? ['no usable date: grouped on people, places and kind of event'] : [];
        return [article, [...(group.reasons.get(article) ?? []), ...undated]];
      }),
    );
    add('', group.articles, reasons, false);
  }

  // 4. Corrections for events that do not exist.
  for (const correction of corrections) {
    // A correction that gathers articles makes its event; only a retitle or redate needs one to exist.
    if (!events.has(correction.id) && !correction.articles?.length) {
      fatal(
        correctionsFile,
        correction.id,
        `Cannot correct \`${correction.id}\`: there is no such event${closestHint(correction.id, [...events.keys()])}`,
      );
    }
  }
  return { events: [...events.values()], eventOf };
}

/**
 * The report an event's id is made from: the first published, the first by id among those of one
 * day or of none. Reports that join the event later leave it unchanged, so its address, and the
 * notes that point at it, stay ("date + key entities slug", of this report's lead).
 */
function firstReport(members: readonly EventMember[]): EventMember | undefined {
  return [...members].sort(
    (a, b) =>
      compareCodePoints(a.published ?? '\uffff', b.published ?? '\uffff') ||
      compareCodePoints(a.features.id, b.features.id),
  )[0];
}

/** An error on the corrections file, at the first line that names `subject`. */
function fatal(file: VFile | undefined, subject: string, reason: string): void {
  if (!file) return;
  const lines = String(file.value).split('\n');
  const index = lines.findIndex((line) => line.includes(subject));
  const place = { line: index + 1 || 1, column: (lines[index]?.indexOf(subject) ?? 0) + 1 };
  const message = file.message(reason, { place, ruleId: 'events-correction', source: 'corroborate' });
  message.fatal = true;
}
