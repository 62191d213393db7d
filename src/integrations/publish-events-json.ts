import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generatedDir } from '../site/generated-dir.ts';

/** Publish the ingest's `events.json`, byte for byte, at `/data/events.json`. */
export function publishEventsJson(): AstroIntegration {
  return {
    name: 'corroborate:events-json',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const target = new URL('data/', dir);
        await mkdir(target, { recursive: true });
        await copyFile(`${generatedDir()}/events.json`, fileURLToPath(new URL('events.json', target)));
      },
    },
  };
}
