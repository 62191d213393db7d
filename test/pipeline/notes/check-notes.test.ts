import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkNotes } from '../../../src/pipeline/notes/check-notes.ts';
import { startNote } from '../../../src/pipeline/notes/start-note.ts';
import type { EventsJson } from '../../../src/schemas/events-json.ts';

const event = '2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting';
const eventsJson: EventsJson = {
  articles: [
    {
      id: '000_5a73edd74052446e',
      lang: 'el',
      title: 'Πούτιν – Κιμ',
      outlet: null,
      published: '2025-09-03',
      event,
      copyOf: null,
    },
    {
      id: '002_8f56b1ec0a0c6f7f',
      lang: 'de',
      title: 'Putin und Kim',
      outlet: null,
      published: '2025-09-03',
      event,
      copyOf: null,
    },
    {
      id: '004_ad5852a91d4c9ca1',
      lang: 'ro',
      title: 'Putin și Kim',
      outlet: null,
      published: '2025-09-03',
      event,
      copyOf: null,
    },
  ],
  events: [
    {
      id: event,
      title: 'Putin and Kim meet in Beijing',
      date: '2025-09-03',
      place: 'Beijing',
      articles: ['000_5a73edd74052446e', '002_8f56b1ec0a0c6f7f', '004_ad5852a91d4c9ca1'],
      evidence: [],
      claims: [
        {
          id: 'claim-3f9a1c2b7e',
          status: 'corroborated',
          summary: 'Kim Jong Un: helping Russia is a brotherly duty',
          sources: 2,
          differences: [],
          mentions: [
            { article: '000_5a73edd74052446e', text: 'αποτελεί «αδελφικό καθήκον»', speaker: 'Kim Jong Un' },
            {
              article: '004_ad5852a91d4c9ca1',
              text: 'vom considera că este o datorie frățească',
              speaker: 'Kim Jong Un',
            },
          ],
          related: [],
        },
      ],
    },
  ],
};

/** Check notes given as name → text, and list their messages as `path:line:column reason`. */
function messagesOf(notes: Record<string, string>): { checked: string[]; messages: string[] } {
  const files = Object.entries(notes).map(([name, value]) => new VFile({ path: `content/notes/${name}`, value }));
  const checked = checkNotes(files, eventsJson).map((note) => note.file.path);
  const messages = files.flatMap((file) =>
    file.messages.map((message) => `${file.path}:${message.line}:${message.column} ${message.reason}`),
  );
  return { checked, messages };
}

const valid = `---
claim: claim-3f9a1c2b7e
verdict: mostly-true
author: Ελένη Παππά
date: 2025-09-05
sources: [https://example.org/kcna-statement]
---

Both sources quote the same phrase: <Quote claim="claim-3f9a1c2b7e" article="004_ad5852a91d4c9ca1" />,
as in the <Source href="https://example.org/kcna-statement">KCNA statement</Source>.
`;

describe('checkNotes', () => {
  it('accepts a note about an existing claim, with a verdict and components', () => {
    expect(messagesOf({ 'brotherly-duty.mdx': valid })).toEqual({
      checked: ['content/notes/brotherly-duty.mdx'],
      messages: [],
    });
  });

  it('names an unknown claim, event or article with its line and the closest ids', () => {
    const { checked, messages } = messagesOf({
      'a.mdx': valid.replace('claim: claim-3f9a1c2b7e', 'claim: claim-3f9a1c2b7f'),
      'b.mdx':
        '---\nevent: 2025-09-03-kim-jong-un-vladimir-putin-beijing\nauthor: Anna Nowak\ndate: 2025-09-05\n---\nΚείμενο.\n',
      'c.mdx': '---\nauthor: Anna Nowak\ndate: 2025-09-05\narticle: 004_ad5852a9\n---\nText.\n',
    });
    expect(checked).toEqual([]);
    expect(messages).toEqual([
      'content/notes/a.mdx:2:1 Cannot find claim `claim-3f9a1c2b7f`: no claim has this id (closest: `claim-3f9a1c2b7e`); copy the id from the address of the claim’s page (`/claims/<id>/`); when new sources regroup a claim its id can change',
      'content/notes/b.mdx:2:1 Cannot find event `2025-09-03-kim-jong-un-vladimir-putin-beijing`: no event has this id (closest: `2025-09-03-kim-jong-un-vladimir-putin-beijing-meeting`); copy the id from the address of the event’s page (`/events/<id>/`)',
      'content/notes/c.mdx:4:1 Cannot find article `004_ad5852a9`: no article has this id (closest: `004_ad5852a91d4c9ca1`, `000_5a73edd74052446e`, `002_8f56b1ec0a0c6f7f`); an article’s id is its source file name without `.txt`',
    ]);
  });

  it('reports invalid fields at their line, with the closest field name', () => {
    const { messages } = messagesOf({
      'fields.mdx': `---
claim: claim-3f9a1c2b7e
verdict: mostly true
auther: Ελένη Παππά
date: 2025-09-31
sources: [kcna.kp]
---
`,
    });
    expect(messages).toEqual([
      'content/notes/fields.mdx:3:1 Cannot use the value of `verdict`: expected one of false, misleading, unproven, mostly-true, true',
      'content/notes/fields.mdx:2:1 Cannot use the value of `author`: expected the name of who wrote the note',
      'content/notes/fields.mdx:5:1 Cannot use the value of `date`: expected a date that exists in the calendar',
      'content/notes/fields.mdx:6:11 Cannot use the value of `sources.0`: expected an http(s) address such as `https://example.org/report`',
      'content/notes/fields.mdx:4:1 Unexpected field `auther`, expected one of `claim`, `event`, `article`, `title`, `verdict`, `claimReviewed`, `author`, `date`, `sources` (did you mean `author`?)',
    ]);
  });

  it('allows one verdict per claim, and verdicts only on claims', () => {
    const { checked, messages } = messagesOf({
      'a.mdx': valid,
      'b.mdx': valid.replace('mostly-true', 'misleading'),
      'c.mdx': `---\nevent: ${event}\nverdict: false\nauthor: Anna Nowak\ndate: 2025-09-05\n---\n`,
      'd.mdx': '---\nclaim: claim-3f9a1c2b7e\nevent: x\nauthor: Anna Nowak\ndate: 2025-09-05\n---\n',
    });
    expect(checked).toEqual(['content/notes/a.mdx']);
    expect(messages).toEqual([
      'content/notes/b.mdx:3:1 Cannot give `claim-3f9a1c2b7e` a second verdict: `content/notes/a.mdx` already rates it; a claim carries one verdict, so keep `verdict` in one of the two notes',
      'content/notes/c.mdx:3:1 Cannot use the value of `verdict`: a verdict rates a claim: set `claim` to the id of the claim it rates, or remove `verdict`',
      'content/notes/d.mdx:3:1 Cannot use the value of `event`: expected one of `claim`, `event` or `article`, not `claim` and `event`',
    ]);
  });

  it('checks the body: components, their ids, and nothing that runs code', () => {
    const frontmatter = '---\nclaim: claim-3f9a1c2b7e\nauthor: Anna Nowak\ndate: 2025-09-05\n---\n\n';
    const { checked, messages } = messagesOf({
      'body.mdx': `${frontmatter}<Qoute claim="claim-3f9a1c2b7e" />

<Quote claim="claim-3f9a1c2b7e" article="002_8f56b1ec0a0c6f7f" />

<Source href="javascript:alert(1)">x</Source>

<img src="x.png" onerror="alert(1)" />

<script>alert(1)</script>

export const x = 1

{1 + 1}
`,
    });
    expect(checked).toEqual([]);
    expect(messages).toEqual([
      'content/notes/body.mdx:7:1 Cannot use `<Qoute>`: a note has `<Quote>` and `<Source>` (did you mean `<Quote>`?)',
      'content/notes/body.mdx:9:1 Cannot quote `002_8f56b1ec0a0c6f7f` for `claim-3f9a1c2b7e`: that article does not state the claim; the articles that do are `000_5a73edd74052446e`, `004_ad5852a91d4c9ca1`',
      'content/notes/body.mdx:11:1 Cannot link to `javascript:alert(1)` with `<Source>`: expected an http(s) address such as https://example.org/report',
      'content/notes/body.mdx:13:1 Cannot use `onerror` on `<img>`: event handlers run code',
      'content/notes/body.mdx:15:1 Cannot use `<script>` in a note: it would run code or change the page around it',
      'content/notes/body.mdx:17:1 Cannot use `import` or `export` in a note: `<Quote>` and `<Source>` are available as they are; write `\\import` for the word at a line start',
      'content/notes/body.mdx:19:1 Cannot use a `{…}` expression in a note: notes are text; write `\\{` for a literal brace',
    ]);
  });

  it('says where MDX it cannot read goes wrong, and when frontmatter is missing', () => {
    const { messages } = messagesOf({
      'broken.mdx':
        '---\nclaim: claim-3f9a1c2b7e\nauthor: Anna Nowak\ndate: 2025-09-05\n---\n\nΗ φράση <Quote claim="claim-3f9a1c2b7e"\n',
      'bare.mdx': 'Just text.\n',
    });
    expect(messages).toEqual([
      'content/notes/broken.mdx:7:40 Cannot read the note as MDX: Unexpected end of file before attribute name, expected a character that can start an attribute name, such as a letter, `$`, or `_`; whitespace before attributes; or the end of the tag; write `\\{` and `\\<` for a literal brace or angle bracket',
      'content/notes/bare.mdx:1:1 Cannot find the frontmatter: a note starts with `---`, then `claim:`, `event:` or `article:` with an id, `author:` and `date:`, then `---`; `npm run new-note` writes one',
    ]);
  });
});

describe('startNote', () => {
  it('writes a note that passes the checks, quoting each source, for a claim with or without a verdict', () => {
    const start = { target: 'claim' as const, id: 'claim-3f9a1c2b7e', author: 'Ελένη Παππά', date: '2025-09-05' };
    for (const verdict of [undefined, 'false']) {
      const file = new VFile({ path: 'content/notes/new.mdx', value: startNote({ ...start, verdict }, eventsJson) });
      const [note] = checkNotes([file], eventsJson);
      expect(file.messages.map((message) => message.reason)).toEqual([]);
      expect(note?.frontmatter.verdict).toBe(verdict);
      expect(String(file.value)).toContain('<Quote claim="claim-3f9a1c2b7e" article="004_ad5852a91d4c9ca1" />');
    }
  });

  it('writes a note on an event without a verdict line', () => {
    const file = new VFile({
      path: 'content/notes/event.mdx',
      value: startNote({ target: 'event', id: event, author: 'O’Brien, Anna "AJ"', date: '2025-09-05' }, eventsJson),
    });
    expect(checkNotes([file], eventsJson).map((note) => note.frontmatter)).toEqual([
      { event, author: 'O’Brien, Anna "AJ"', date: '2025-09-05', sources: [] },
    ]);
  });
});
