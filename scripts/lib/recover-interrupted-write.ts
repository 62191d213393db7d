import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { isRunning } from './is-running.ts';

/** Name of the staging folders a write makes inside the output folder, followed by its process id. */
export const stagingPrefix = '.ingest-';

/**
 * Repair what a write that was killed (power cut, `kill -9`) left in `out`, and remove its
 * staging folder. Killed after the previous `articles/` was moved aside but before the new one
 * came in, the previous one is put back; killed between the new `articles/` and its
 * `events.json`, the swap is finished. Staging folders of runs still going are left alone.
 */
export async function recoverInterruptedWrite(out: string): Promise<void> {
  for (const entry of await readdir(out, { withFileTypes: true })) {
    if (!entry.isDirectory() || !entry.name.startsWith(stagingPrefix)) continue;
    const pid = Number(entry.name.slice(stagingPrefix.length));
    if (pid !== process.pid && isRunning(pid)) continue;
    const staging = path.join(out, entry.name);
    const articles = path.join(out, 'articles');
    const previous = path.join(staging, 'previous-articles');
    const staged = existsSync(path.join(staging, 'articles'));
    if (!staged && existsSync(path.join(staging, 'events.json')))
      await rename(path.join(staging, 'events.json'), path.join(out, 'events.json'));
    else if (staged && !existsSync(articles) && existsSync(previous)) await rename(previous, articles);
    await rm(staging, { recursive: true, force: true });
  }
}
