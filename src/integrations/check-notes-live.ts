import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { checkNotes } from '../pipeline/notes/check-notes.ts';
import { EventsJsonSchema } from '../schemas/events-json.ts';
import { generatedDir, notesDir } from '../site/generated-dir.ts';

/**
 * In `astro dev`, check each note an editor saves against the ingested ids and print what is
 * wrong at once (the page shows the edit live; the build would stop on the same errors).
 */
export function checkNotesLive(): AstroIntegration {
  return {
    name: 'corroborate:check-notes-live',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const folder = notesDir();
        const check = async (changed: string) => {
          if (path.dirname(changed) !== folder || !changed.endsWith('.mdx')) return;
          const eventsJson = EventsJsonSchema.parse(
            JSON.parse(await readFile(path.join(generatedDir(), 'events.json'), 'utf8')),
          );
          const names = (await readdir(folder)).filter((name) => name.endsWith('.mdx'));
          const files = await Promise.all(
            names.map(
              async (name) =>
                new VFile({
                  path: path.relative(process.cwd(), path.join(folder, name)),
                  value: await readFile(path.join(folder, name), 'utf8'),
                }),
            ),
          );
          checkNotes(files, eventsJson);
          const failing = files.filter((file) => file.messages.some((message) => message.fatal));
          if (failing.length > 0) logger.error(`\n${reporter(failing, { quiet: true })}`);
          else logger.info(`notes checked: ${files.length}, no errors`);
        };
        server.watcher.add(folder);
        server.watcher.on('add', (file) => void check(file).catch((error) => logger.error(String(error))));
        server.watcher.on('change', (file) => void check(file).catch((error) => logger.error(String(error))));
      },
    },
  };
}
