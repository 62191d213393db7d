import { createHash } from 'node:crypto';
import leven from 'leven';
import { compareCodePoints } from '../../lib/compare-code-points.ts';
import { isDay, weekdayOf } from '../../lib/iso-date.ts';
import type { Claim, ClaimDifference } from '../../schemas/events-json.ts';
import { consonantKey, nameKey, sameName } from '../events/name-key.ts';
import { stemOf } from '../text/fold-text.ts';
import { isYear } from './claim-features.ts';
import { conceptFrame, conceptLabel, conceptRank, isRoleConcept } from './concept-lexicon.ts';
import type { ClaimUnit } from './extract-claims.ts';
import { isCurrency } from './extract-claims.ts';
import { comparableSpeakers, sameSpeaker } from './find-speaker.ts';

/**
 * A claim from its aligned clauses: `single-source` when one independent source states it,
 * `differing` when sources differ in a slot (number, date, place, attribution, quote wording,
 * framing), else `corroborated`; with an English gloss and an id derived from its first
 * mention (article and exact text), which stays when other articles join.
 */
export function describeClaim(mentions: readonly ClaimUnit[], context: ClaimContext): Claim {
  const sources = new Set(mentions.map((unit) => context.sourceOf(unit.article))).size;
  const differences = sources < 2 ? [] : findDifferences(mentions, context);
  const first = mentions[0] as ClaimUnit;
  return {
    id: `claim-${createHash('sha256').update(`${first.article}\n${first.text}`).digest('hex').slice(0, 10)}`,
    status: sources < 2 ? 'single-source' : differences.length > 0 ? 'differing' : 'corroborated',
    summary: summarize(mentions),
    sources,
    differences,
    mentions: mentions.map((unit) => ({ article: unit.article, text: unit.text, speaker: unit.speaker })),
    related: [],
  };
}

/** What describing a claim needs to know of its articles. */
export interface ClaimContext {
  /** The independent source of an article: its outlet, or the text it copies. */
  sourceOf: (article: string) => string;
  /** Every place an article names, in any of its clauses. */
  placesOf: (article: string) => readonly string[];
}

/** The slots in which the mentions differ, each with every stating article's value. */
function findDifferences(mentions: readonly ClaimUnit[], { placesOf, sourceOf }: ClaimContext): ClaimDifference[] {
  const differences: ClaimDifference[] = [];
  const disagree = disagreement(sourceOf);
  // An article that states the claim twice (a lead and the body retelling it) gives a value once.
  const add = (slot: ClaimDifference['slot'], stating: readonly ClaimUnit[], valueIn: (unit: ClaimUnit) => string) => {
    const values = stating.map((unit) => ({ article: unit.article, value: valueIn(unit) }));
    differences.push({
      slot,
      values: values.filter(
        (value, index) =>
          values.findIndex((other) => other.article === value.article && other.value === value.value) === index,
      ),
    });
  };

  const numbersOf = (unit: ClaimUnit) => [...unit.numbers].filter((number) => !isYear(number)).sort();
  const numbered = mentions.filter((unit) => numbersOf(unit).length > 0);
  if (disagree(numbered, figuresAgree))
    add('number', numbered, (unit) =>
      numbersOf(unit)
        .map((number) => {
          const counted = unit.units.get(number);
          // An amount shows its currency's code before it ("USD 48000000"), however it was written.
          if (isCurrency(counted)) return `${counted} ${number}`;
          return [number, counted].filter(Boolean).join(' ');
        })
        .join(', '),
    );

  // Days and times of day: a clause giving only one of them does not disagree on the other.
  const dated = mentions.filter((unit) => unit.dates.size > 0 || unit.times.size > 0);
  const sameDay = (a: ClaimUnit, b: ClaimUnit) =>
    a.dates.size === 0 || b.dates.size === 0 || [...a.dates].some((x) => [...b.dates].some((y) => sameDate(x, y)));
  const sameTime = (a: ClaimUnit, b: ClaimUnit) =>
    a.times.size === 0 || b.times.size === 0 || [...a.times].some((time) => b.times.has(time));
  if (disagree(dated, (a, b) => sameDay(a, b) && sameTime(a, b)))
    add('date', dated, (unit) => [...[...unit.dates].sort().map(readableDate), ...[...unit.times].sort()].join(', '));

  const placed = mentions.filter((unit) => unit.places.length > 0);
  // "in the Pacific" against "in Beijing" is no difference when the other article names Beijing too.
  const names = (unit: ClaimUnit, places: readonly string[]) =>
    unit.places.some((x) => places.some((y) => samePlace(x, y)));
  if (disagree(placed, (a, b) => names(a, placesOf(b.article)) || names(b, placesOf(a.article))))
    add('place', placed, (unit) => unit.places.join(', '));

  const spoken = mentions.filter((unit) => unit.speaker);
  const credited = mentions.filter((unit) => unit.according.length > 0);
  if (
    disagree(spoken, (a, b) => {
      const [x, y] = [a.speaker ?? '', b.speaker ?? ''];
      return !comparableSpeakers(x, y) || sameSpeaker(x, y);
    }) ||
    disagree(credited, (a, b) => a.according.some((name) => b.according.includes(name)))
  )
    add('attribution', mentions, attributionOf);

  const quoting = mentions.filter((unit) => quotedConcepts(unit).size > 0);
  const nested = (a: Set<string>, b: Set<string>) => [...a].every((concept) => b.has(concept));
  if (
    disagree(
      quoting,
      (a, b) => nested(quotedConcepts(a), quotedConcepts(b)) && nested(quotedConcepts(b), quotedConcepts(a)),
    )
  )
    add('quote', quoting, (unit) => unit.quotes.map((quote) => `“${quote.text}”`).join(' … '));

  const framing = framingOf(mentions, sourceOf);
  if (framing) add('framing', mentions, framing);
  return differences;
}

/**
 * Whether two clauses give the same figures: the same figure for everything both count ("41
 * muertos" against "38 morts" differ, whatever else they count), else some figure in common.
 * Amounts in two currencies are the same only in a currency both give (`inOtherCurrencies`):
 * an article's two amounts in two currencies are two figures.
 */
export function sameFigures(a: ClaimUnit, b: ClaimUnit): boolean {
  return compareFigures(a, b, false);
}

/**
 * Whether two clauses give no figures that disagree: as `sameFigures`, but amounts in currencies
 * with none in common are not set against each other ("3500億円" and "3.5 अरब डॉलर").
 */
function figuresAgree(a: ClaimUnit, b: ClaimUnit): boolean {
  return compareFigures(a, b, true);
}

/** `sameFigures` and `figuresAgree`: `uncomparedAgree` says what amounts with no currency in common are. */
function compareFigures(a: ClaimUnit, b: ClaimUnit, uncomparedAgree: boolean): boolean {
  const counted = [...a.counts.keys()].filter((concept) => b.counts.has(concept));
  if (counted.length > 0)
    return counted.every(
      (concept) =>
        a.counts.get(concept) === b.counts.get(concept) ||
        givesToo(a, b, concept) ||
        givesToo(b, a, concept) ||
        (inOtherCurrencies(a, b, concept) ?? uncomparedAgree),
    );
  const figures = [...b.numbers].filter((number) => !isYear(number));
  if ([...a.numbers].some((number) => !isYear(number) && figures.includes(number))) return true;
  // Amounts alone, in currencies none of which both give, cannot be set against each other.
  const currencies = (unit: ClaimUnit) =>
    [...unit.numbers].filter((number) => !isYear(number)).map((number) => unit.units.get(number));
  const [inA, inB] = [currencies(a), currencies(b)];
  return (
    uncomparedAgree &&
    [...inA, ...inB].every((currency) => isCurrency(currency)) &&
    !inA.some((currency) => inB.includes(currency))
  );
}

/**
 * Whether two clauses that count a concept in amounts of different currencies agree in a currency
 * both give, as no exchange rate is to hand; `undefined` where they give none in common, and
 * `false` where the amounts are in one currency or none. "3500亿日元（约合24亿美元）" and "3,500억 엔"
 * agree on the yen; "3.5 अरब डॉलर" cannot be set against "3500億円", but is against "24亿美元".
 */
function inOtherCurrencies(a: ClaimUnit, b: ClaimUnit, concept: string): boolean | undefined {
  const [x, y] = [a.counts.get(concept) ?? '', b.counts.get(concept) ?? ''];
  const [inA, inB] = [a.units.get(x), b.units.get(y)];
  if (!isCurrency(inA) || !isCurrency(inB) || inA === inB) return false;
  const amountsIn = (unit: ClaimUnit, currency: string | undefined) =>
    [...unit.numbers].filter((number) => unit.units.get(number) === currency);
  const [yInA, xInB] = [amountsIn(a, inB), amountsIn(b, inA)];
  if (yInA.length === 0 && xInB.length === 0) return undefined;
  return yInA.includes(y) || xInB.includes(x);
}

/**
 * Whether `b` gives the figure `a` counts for `concept` as a second figure of that kind: a clause
 * counts the first figure beside a concept, and one with two percentages ("after 99.6% of the
 * votes were counted, the party has 31.4%") gives the other in the same unit, counting nothing
 * else with it.
 */
function givesToo(a: ClaimUnit, b: ClaimUnit, concept: string): boolean {
  const [value, counted] = [a.counts.get(concept), b.counts.get(concept)];
  if (value === undefined || counted === undefined || !b.numbers.has(value)) return false;
  const unit = b.units.get(value);
  return unit !== undefined && unit === b.units.get(counted) && ![...b.counts.values()].includes(value);
}

/**
 * Whether two dates can be one: one a prefix of the other (`2024` and `2024-06`), the same month
 * and day when one has no year (`--05-04`), a day on the weekday the other names (`~1`); dates
 * too unlike to compare (a year and a weekday) do not disagree.
 *
 * @example
 *   sameDate('--05-04', '2026-05-05') // false
 */
function sameDate(a: string, b: string): boolean {
  if (a.startsWith('~') || b.startsWith('~')) {
    const [weekday, other] = a.startsWith('~') ? [a, b] : [b, a];
    if (other.startsWith('~')) return other === weekday;
    return !isDay(other) || weekdayOf(other) === Number(weekday.slice(1));
  }
  if (a.startsWith('--') || b.startsWith('--')) {
    const [x, y] = [a, b].map((date) => date.replace(/^(?:--|\d{4}-)/, ''));
    return (x ?? '').startsWith(y ?? '') || (y ?? '').startsWith(x ?? '');
  }
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * Whether two place names can name one place, across scripts and case endings: as names match
 * for events, by their consonants (לארמה and Laerma, Родос and Rhodes), or, for one-word names,
 * by their romanised stems a letter apart (Дохе and Doha, Гому and Goma).
 */
function samePlace(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (sameName(x, y)) return true;
  const skeleton = consonantKey(a);
  if (skeleton.length >= 3 && skeleton === consonantKey(b)) return true;
  if (x.length !== 1 || y.length !== 1) return false;
  const [p, q] = [stemOf(x[0] ?? ''), stemOf(y[0] ?? '')];
  return Math.min(p.length, q.length) >= 3 && leven(p, q) <= 1;
}

/**
 * A test for whether some two of the units disagree: `agree` fails for a pair from different
 * sources. Copies of one text, and articles of one outlet, do not differ from each other.
 */
function disagreement(
  sourceOf: (article: string) => string,
): (units: readonly ClaimUnit[], agree: (a: ClaimUnit, b: ClaimUnit) => boolean) => boolean {
  return (units, agree) =>
    units.some((a, index) =>
      units.slice(index + 1).some((b) => sourceOf(a.article) !== sourceOf(b.article) && !agree(a, b)),
    );
}

function attributionOf(unit: ClaimUnit): string {
  const according = unit.according.length > 0 ? `according to ${unit.according.join(', ')}` : '';
  return [unit.speaker ?? 'unattributed', according].filter(Boolean).join(', ');
}

function quotedConcepts(unit: ClaimUnit): Set<string> {
  return new Set(unit.quotes.flatMap((quote) => [...quote.concepts]));
}

/**
 * How each mention frames the claim, when they differ: rival words for one thing (concepts
 * sharing a `frame` in the lexicon: "liberation" against "expel"), a word kept in scare quotes
 * by one source and used plainly by another, or a hedge against a flat statement.
 */
function framingOf(
  mentions: readonly ClaimUnit[],
  sourceOf: (article: string) => string,
): ((unit: ClaimUnit) => string) | null {
  const disagree = disagreement(sourceOf);
  const rivalsOf = (unit: ClaimUnit) => [...unit.concepts].filter((concept) => conceptFrame(concept)).sort();
  const framed = mentions.filter((unit) => rivalsOf(unit).length > 0);
  const rival = disagree(framed, (a, b) => {
    const [x, y] = [rivalsOf(a), rivalsOf(b)];
    return (
      x.some((concept) => y.includes(concept)) || !x.some((c) => y.some((d) => conceptFrame(c) === conceptFrame(d)))
    );
  });
  const scare = mentions.some((a) =>
    [...a.scareQuoted].some((concept) =>
      mentions.some(
        (b) => sourceOf(b.article) !== sourceOf(a.article) && b.concepts.has(concept) && !b.scareQuoted.has(concept),
      ),
    ),
  );
  const hedge = disagree(mentions, (a, b) => a.hedged === b.hedged);
  if (!rival && !scare && !hedge) return null;
  return (unit) =>
    [
      ...rivalsOf(unit).map((concept) => {
        const label = conceptLabel(concept);
        return unit.scareQuoted.has(concept) ? `“${label}” in scare quotes` : label;
      }),
      ...[...unit.scareQuoted]
        .filter((concept) => !conceptFrame(concept))
        .map((concept) => `“${conceptLabel(concept)}” in scare quotes`),
      ...(unit.hedged ? ['hedged'] : []),
    ].join(', ') || 'stated plainly';
}

/**
 * An English gloss from what survives translation: who said it, the concepts it states, and
 * the entities, numbers and dates it names ("Kim Jong Un: brotherly, duty, help — Russia"); of
 * several sources, the concepts and names two or more of them state.
 */
function summarize(mentions: readonly ClaimUnit[]): string {
  const count = (values: readonly string[]) => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0])).map(([value]) => value);
  };
  /** Values two mentions or more state, when some are: what the sources share, not one source's word. */
  const shared = (lists: readonly (readonly string[])[]) => {
    const values = count(lists.flatMap((list) => [...new Set(list)]));
    const common = values.filter((value) => lists.filter((list) => list.includes(value)).length >= 2);
    return common.length > 0 ? common : values;
  };
  const speaker = mostNamedSpeaker(mentions.flatMap((unit) => (unit.speaker ? [unit.speaker] : [])));
  const concepts = shared(mentions.map((unit) => [...unit.concepts].filter((c) => !isRoleConcept(c)))).slice(0, 5);
  const stated = concepts.sort((a, b) => conceptRank(a) - conceptRank(b)).map(conceptLabel);
  const named = shared(mentions.map((unit) => [...unit.entities.values()]))
    .filter((name) => name !== speaker)
    .slice(0, 3);
  const figures = count(mentions.flatMap((unit) => [...unit.numbers].filter((number) => !isYear(number)))).slice(0, 2);
  const dates = count(mentions.flatMap((unit) => [...unit.dates]))
    .slice(0, 1)
    .map(readableDate);
  const times = count(mentions.flatMap((unit) => [...unit.times])).slice(0, 1);
  const about = [...named, ...figures, ...dates, ...times].join(', ');
  const what = [stated.join(', '), about].filter(Boolean).join(' — ');
  return (speaker ? `${speaker}: ${what || 'statement'}` : what) || (mentions[0]?.text.slice(0, 80) ?? '');
}

/**
 * The speaker most mentions name, counting one person's spellings together (`sameSpeaker`:
 * "Τάντσεφ" and "Tantschew" are one, ahead of a third source's "Desislava Koleva"), written
 * as the Latin script spells them where one does, for an English gloss.
 */
function mostNamedSpeaker(speakers: readonly string[]): string | undefined {
  const people: string[][] = [];
  for (const speaker of speakers) {
    const same = people.find((spellings) => sameSpeaker(spellings[0] as string, speaker));
    if (same) same.push(speaker);
    else people.push([speaker]);
  }
  const byName = (a: string, b: string) =>
    Number(!latinName.test(a)) - Number(!latinName.test(b)) || compareCodePoints(a, b);
  const spellingOf = (spellings: readonly string[]) => [...spellings].sort(byName)[0] as string;
  return people
    .sort((a, b) => b.length - a.length || compareCodePoints(spellingOf(a), spellingOf(b)))
    .map(spellingOf)[0];
}

const latinName = /^[\p{Script=Latin}\p{M}\s.'’-]+$/u;

const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date as a gloss shows it: a weekday named alone (`~4`) by its English name, a day or month
 * with no year (`--03-19`, `--06`) by its English month, any other date in ISO form.
 *
 * @example
 *   readableDate('~4') // 'Thursday'
 *   readableDate('--03-19') // '19 March'
 */
function readableDate(date: string): string {
  if (/^~\d$/.test(date)) return weekdayNames[Number(date.slice(1))] ?? date;
  const yearless = /^--(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!yearless) return date;
  const [, month = '', day] = yearless;
  const monthName = monthNames.format(new Date(Date.UTC(2000, Number(month) - 1, 1)));
  return day ? `${Number(day)} ${monthName}` : monthName;
}

const monthNames = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
