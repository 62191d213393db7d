import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from './is-running.ts';

/** How often a waiting build looks whether the other one is done. */
const pollMilliseconds = 250;

/**
 * Wait until no other build of this project runs, then hold `lockFile` until the returned
 * release is called. Astro keeps its content modules in the project's own `.astro/` whatever the
 * output folders, so two builds at once would render each other's articles (seen as
 * `UnknownContentCollectionError` when two builds of different sources overlapped). A lock left
 * by a build that died is taken over.
 */
export async function holdBuildLock(lockFile: string, onWait: (pid: number) => void): Promise<() => Promise<void>> {
  await mkdir(path.dirname(lockFile), { recursive: true });
  let told = false;
  let unwritten = 0;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(lockFile, 'utf8').catch(() => ''));
    if (!isRunning(holder)) {
      // Left by a build that died, or still being written: an empty lock gets a few polls' grace.
      if (holder > 0 || ++unwritten > 8) await rm(lockFile, { force: true });
      else await sleep(pollMilliseconds);
      continue;
    }
    if (!told) onWait(holder);
    told = true;
    await sleep(pollMilliseconds);
  }
}
