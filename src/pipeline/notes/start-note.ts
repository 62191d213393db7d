import { verdictScale } from '../../data/verdict-scale.ts';
import { shorten } from '../../lib/shorten.ts';
import type { EventsJson } from '../../schemas/events-json.ts';
import type { noteTargets } from '../../schemas/note-frontmatter.ts';
import { claimReviewedMaxLength } from '../../schemas/note-frontmatter.ts';

/** What a new note is about, and who writes it when. */
export interface NoteStart {
  target: (typeof noteTargets)[number];
  id: string;
  author: string;
  date: string;
  verdict?: string | undefined;
}

/**
 * The text of a new note: valid frontmatter for what it is about, the verdict line ready to
 * uncomment (or set), and for a claim, the sentence each source states it in as `<Quote>`s.
 * The caller checks that the id exists.
 *
 * @example
 *   startNote({ target: 'event', id: '2025-09-03-…', author: 'Anna Nowak', date: '2025-09-05' }, eventsJson)
 *   // '---\nevent: 2025-09-03-…\nauthor: Anna Nowak\ndate: 2025-09-05\nsources: []\n---\n…'
 */
export function startNote(start: NoteStart, eventsJson: EventsJson): string {
  const scale = verdictScale.map((verdict) => verdict.id).join(', ');
  const lines = ['---', `${start.target}: ${start.id}`];
  const claim = eventsJson.events.flatMap((event) => event.claims).find((each) => each.id === start.id);
  if (start.target === 'claim') {
    const rate = start.verdict ? '' : '# ';
    lines.push(
      `${rate}verdict: ${start.verdict ?? 'unproven'}  # one of ${scale} (see /verdicts/)${start.verdict ? '' : '; remove the leading # to rate the claim'}`,
      `${rate}claimReviewed: ${JSON.stringify(shorten(claim?.summary ?? '', claimReviewedMaxLength))}  # the claim as rated, in under 75 characters`,
    );
  }
  lines.push(
    `author: ${JSON.stringify(start.author)}`,
    `date: ${start.date}`,
    'sources: []  # addresses of the evidence',
    '---',
    '',
  );
  lines.push(
    '{/* Write for readers: the context they need and the evidence for any verdict. <Quote claim="…" article="…" /> quotes the sentence a source states a claim in; <Source href="https://…">label</Source> links to evidence. */}',
    '',
  );
  if (start.target === 'claim' && claim) {
    lines.push('The sources state it as:', '');
    for (const mention of claim.mentions) lines.push(`- <Quote claim="${claim.id}" article="${mention.article}" />`);
    lines.push('');
  }
  return lines.join('\n');
}
