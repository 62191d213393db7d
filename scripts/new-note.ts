import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { verdictScale } from '../src/data/verdict-scale.ts';
import { closestHint } from '../src/pipeline/closest-ids.ts';
import { startNote } from '../src/pipeline/notes/start-note.ts';
import { EventsJsonSchema } from '../src/schemas/events-json.ts';
import { parseCliArgs } from './lib/parse-cli-args.ts';
import { runCli, UserError } from './lib/user-error.ts';

const usage = `Usage: npm run new-note -- (--claim <id> | --event <id> | --article <id>) [--verdict <verdict>] [--author <name>]
  --claim, --event, --article   what the note is about (ids as in the page addresses)
  --verdict    rate the claim: ${verdictScale.map((verdict) => verdict.id).join(', ')}
  --author     who writes it (default: git config user.name)
  --notes      the notes folder (default: content/notes)
  --generated  where the ingest wrote events.json (default: content)`;

// 1. Parse arguments.
const values = parseCliArgs(
  {
    claim: { type: 'string' },
    event: { type: 'string' },
    article: { type: 'string' },
    verdict: { type: 'string' },
    author: { type: 'string' },
    notes: { type: 'string', default: 'content/notes' },
    generated: { type: 'string', default: 'content' },
  },
  usage,
);

await runCli('new-note', async () => {
  const targets = (['claim', 'event', 'article'] as const).filter((target) => values[target] !== undefined);
  const [target] = targets;
  if (targets.length !== 1 || !target)
    throw new UserError(`say what the note is about with one of --claim, --event or --article\n${usage}`);
  const id = values[target] ?? '';
  const verdicts = verdictScale.map((verdict) => verdict.id) as string[];
  if (values.verdict !== undefined && (target !== 'claim' || !verdicts.includes(values.verdict)))
    throw new UserError(
      target !== 'claim'
        ? 'a verdict rates a claim: use --verdict with --claim'
        : `cannot use \`${values.verdict}\` as a verdict, expected one of ${verdicts.join(', ')}`,
    );

  // 2. The id must exist in the last ingest's events.json.
  const eventsPath = path.join(values.generated, 'events.json');
  if (!existsSync(eventsPath))
    throw new UserError(`cannot find \`${eventsPath}\`: run \`npm run ingest\` (or \`npm run build\`) first`);
  const eventsJson = EventsJsonSchema.parse(JSON.parse(await readFile(eventsPath, 'utf8')));
  const known =
    target === 'claim'
      ? eventsJson.events.flatMap((event) => event.claims.map((claim) => claim.id))
      : target === 'event'
        ? eventsJson.events.map((event) => event.id)
        : eventsJson.articles.map((article) => article.id);
  if (!known.includes(id))
    throw new UserError(`cannot find ${target} \`${id}\` in \`${eventsPath}\`${closestHint(id, known)}`);

  // 3. Who writes it, and when.
  const author = values.author ?? gitUserName();
  if (!author) throw new UserError('cannot tell who writes the note: pass --author "Your Name"');
  const date = new Date().toISOString().slice(0, 10);

  // 4. Write it under a name that is free, never over an existing note.
  await mkdir(values.notes, { recursive: true });
  const base = `${date}-${id.replace(/[^\p{L}\p{N}_-]+/gu, '-')}`;
  let file = path.join(values.notes, `${base}.mdx`);
  for (let n = 2; existsSync(file); n += 1) file = path.join(values.notes, `${base}-${n}.mdx`);
  await writeFile(file, startNote({ target, id, author, date, verdict: values.verdict }, eventsJson), { flag: 'wx' });
  console.error(`new-note: wrote ${file}; edit it, then \`npm run dev\` shows it beside the ${target}`);
});

function gitUserName(): string {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}
