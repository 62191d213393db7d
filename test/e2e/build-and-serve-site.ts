import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { EventsJsonSchema } from '../../src/schemas/events-json.ts';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built test site, served by `astro preview`. */
    siteUrl: string;
    /** The claim an editor's note rates, and the event it belongs to. */
    notedClaim: { id: string; event: string };
  }
}

const root = path.join(import.meta.dirname, '../..');
const work = path.join(root, '.cache/e2e');

/** Build the site from the seeds plus the browser-test fixtures, exactly as `npm run build` does, and serve it. */
export default async function setup(project: TestProject) {
  rmSync(work, { recursive: true, force: true });
  const sources = path.join(work, 'sources');
  mkdirSync(sources, { recursive: true });
  cpSync(path.join(root, 'content/sources'), sources, { recursive: true });
  cpSync(path.join(root, 'test/fixtures/e2e/sources'), sources, { recursive: true });
  // A wire story and its republished copy under another outlet's name.
  const train = path.join(
    root,
    'test/fixtures/claims/polish-train-derailment-with-a-republished-wire-copy-counts-the-copy-as-one-source/sources',
  );
  for (const name of ['d1-pl.txt', 'd2-pl.txt']) cpSync(path.join(train, name), path.join(sources, name));
  // A file name with characters that cannot stand in a URL path as they are.
  writeFileSync(
    path.join(sources, 'zz odd #1 name?.txt'),
    'Ο πρόεδρος μίλησε σήμερα στη Βουλή για την οικονομία και τις εκλογές του επόμενου έτους.\n',
  );

  // An editor's verdict on the "brotherly duty" claim, started with `npm run new-note`, as editors do.
  const run = promisify(execFile);
  const env = { ...process.env, CORROBORATE_SOURCES: sources, NO_COLOR: '1' };
  const generated = path.join(work, 'content');
  const notes = path.join(work, 'notes');
  await run(process.execPath, ['scripts/ingest.ts', '--out', generated], { cwd: root, env });
  const eventsJson = EventsJsonSchema.parse(JSON.parse(readFileSync(path.join(generated, 'events.json'), 'utf8')));
  const event = eventsJson.events.find((each) =>
    each.claims.some((claim) => claim.mentions.some((mention) => mention.text.includes('datorie frățească'))),
  );
  const claim = event?.claims.find((each) =>
    each.mentions.some((mention) => mention.text.includes('datorie frățească')),
  );
  if (!event || !claim) throw new Error('The test corpus has no "brotherly duty" claim to write a note on');
  await run(
    process.execPath,
    [
      'scripts/new-note.ts',
      '--claim',
      claim.id,
      '--verdict',
      'misleading',
      '--author',
      'Ελένη Παππά',
      '--notes',
      notes,
      '--generated',
      generated,
    ],
    { cwd: root, env },
  );
  const [noteFile] = readdirSync(notes);
  appendFileSync(
    path.join(notes, noteFile ?? ''),
    '\nThe phrase is <Source href="https://example.org/kcna">KCNA</Source>’s own wording.\n',
  );
  project.provide('notedClaim', { id: claim.id, event: event.id });

  const args = [
    'scripts/build.ts',
    '--notes',
    notes,
    '--generated',
    generated,
    '--out-dir',
    path.join(work, 'dist'),
    '--site',
    'https://corroborate.example/',
  ];
  try {
    await run(process.execPath, args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`The test site did not build:\n${stdout}\n${stderr}`);
  }

  const server = await preview({
    root,
    outDir: path.join(work, 'dist'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: await freePort() },
  });
  project.provide('siteUrl', `http://127.0.0.1:${server.port}`);
  return () => server.stop();
}
