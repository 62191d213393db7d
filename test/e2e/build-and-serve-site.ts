import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built test site, served by `astro preview`. */
    siteUrl: string;
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

  const args = [
    'scripts/build.ts',
    '--generated',
    path.join(work, 'content'),
    '--out-dir',
    path.join(work, 'dist'),
    '--site',
    'https://corroborate.example/',
  ];
  try {
    await promisify(execFile)(process.execPath, args, {
      cwd: root,
      env: { ...process.env, CORROBORATE_SOURCES: sources, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
