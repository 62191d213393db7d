import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from './free-port.ts';

const root = path.join(import.meta.dirname, '../..');

/** A note on a claim with this verdict, as an editor would save it. */
const note = (claim: string, verdict: string) =>
  `---\nclaim: ${claim}\nverdict: ${verdict}\nauthor: Anna Nowak\ndate: 2025-09-05\n---\n\nKontekst w przygotowaniu.\n`;

/** Fetch a page until `done` holds for its text, or give up after `tries` quarter seconds. */
async function poll(url: string, done: (html: string) => boolean, tries = 120): Promise<string> {
  let html = '';
  for (let attempt = 0; attempt < tries; attempt++) {
    html = await fetch(url)
      .then((response) => response.text())
      .catch(() => '');
    if (done(html)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return html;
}

describe('npm run dev', () => {
  it('shows an edit to a note without a restart', async () => {
    const { id } = inject('notedClaim');
    const notes = mkdtempSync(path.join(tmpdir(), 'corroborate-dev-notes-'));
    writeFileSync(path.join(notes, 'verdict.mdx'), note(id, 'unproven'));
    // Astro's dev server, as `npm run dev` starts it after the ingest, on the browser tests' corpus
    // (beside any dev server already running for the project).
    const server = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--ignore-lock',
        '--host',
        '127.0.0.1',
        '--port',
        String(await freePort()),
      ],
      {
        cwd: root,
        env: {
          // Not vitest's own environment (NODE_ENV=test, VITEST…): a dev server as an editor starts it.
          ...Object.fromEntries(
            Object.entries(process.env).filter(([name]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(name)),
          ),
          ASTRO_TELEMETRY_DISABLED: '1',
          CORROBORATE_GENERATED: path.join(root, '.cache/e2e/content'),
          CORROBORATE_NOTES: notes,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      // The address it serves on, as it prints it (it moves on when the port is taken meanwhile).
      const origin = await new Promise<string>((resolve, reject) => {
        let printed = '';
        server.stdout.on('data', (chunk: Buffer) => {
          printed += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+/.exec(printed);
          if (found) resolve(found[0]);
        });
        server.once('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${printed}`)));
      });
      const url = `${origin}/claims/${id}/`;
      expect(await poll(url, (html) => html.includes('verdict-'))).toContain('verdict-unproven');
      writeFileSync(path.join(notes, 'verdict.mdx'), note(id, 'false'));
      const edited = await poll(url, (html) => html.includes('verdict-false'));
      expect(edited).toContain('verdict-false');
      expect(edited).not.toContain('verdict-unproven');
    } finally {
      server.kill();
    }
  });
});
