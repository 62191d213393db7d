import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleSlug } from '../../src/lib/article-slug.ts';
import type { PipelineResult } from '../../src/pipeline/run-pipeline.ts';
import { recoverInterruptedWrite, stagingPrefix } from './recover-interrupted-write.ts';
import { UserError } from './user-error.ts';

/**
 * Write `articles/<slug>.mdx` and `events.json` into `out`. Everything is written to a staging
 * folder first and then renamed into place; a run that fails puts the previous output back, and
 * one that was killed mid-swap is repaired by the next, so `out` never holds half of a run.
 */
export async function writeOutput(out: string, result: PipelineResult): Promise<void> {
  // 1. A folder to write into, repaired first if a run was killed while swapping its output in.
  await mkdir(out, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw cannotWrite(out, error);
  });
  await recoverInterruptedWrite(out);

  // 2. Stage: write every file beside the output, on the same file system, so renames are atomic.
  const staging = path.join(out, `${stagingPrefix}${process.pid}`);
  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(path.join(staging, 'articles'), { recursive: true });
    for (const article of result.articles) {
      // Named by slug: `#`, `?` and `/` in an id would break the file's URL in the site build.
      await writeFile(path.join(staging, 'articles', `${articleSlug(article.frontmatter.id)}.mdx`), article.mdx);
    }
    await writeFile(path.join(staging, 'events.json'), `${JSON.stringify(result.eventsJson, null, 2)}\n`);

    // 3. Swap, deaf to Ctrl-C for the few renames it takes and the clean-up after them.
    await withSignalsDeferred(async () => {
      await swapIn(out, staging);
      await rm(staging, { recursive: true, force: true });
    });
  } catch (error) {
    throw cannotWrite(out, error as NodeJS.ErrnoException);
  } finally {
    // Kept only when the previous articles could not be put back: the next run puts them back.
    const stranded = existsSync(path.join(staging, 'previous-articles')) && !existsSync(path.join(out, 'articles'));
    if (!stranded) await rm(staging, { recursive: true, force: true });
  }
}

/** Move the staged `articles/` and `events.json` into `out`; on failure, put the previous ones back. */
async function swapIn(out: string, staging: string): Promise<void> {
  const articles = path.join(out, 'articles');
  const previous = path.join(staging, 'previous-articles');
  const hadArticles = await rename(articles, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      return false;
    },
  );
  let swapped = false;
  try {
    await rename(path.join(staging, 'articles'), articles);
    swapped = true;
    await rename(path.join(staging, 'events.json'), path.join(out, 'events.json'));
  } catch (error) {
    if (swapped) await rename(articles, path.join(staging, 'articles'));
    if (hadArticles) await rename(previous, articles);
    throw error;
  }
}

/** Run `task` with SIGINT and SIGTERM held back, then act on one that came meanwhile. */
async function withSignalsDeferred(task: () => Promise<void>): Promise<void> {
  let received: NodeJS.Signals | undefined;
  const hold = (signal: NodeJS.Signals) => {
    received = signal;
  };
  process.on('SIGINT', hold).on('SIGTERM', hold);
  try {
    await task();
  } finally {
    process.off('SIGINT', hold).off('SIGTERM', hold);
    if (received) process.kill(process.pid, received);
  }
}

/** What a file-system error means for the output folder, and what to do about it. */
const writeProblems: Record<string, [problem: string, fix: string]> = {
  EEXIST: ['a file stands where a folder goes', 'pass a folder with --out (or --generated), or move the file away'],
  ENOTDIR: ['a file stands where a folder goes', 'pass a folder with --out (or --generated), or move the file away'],
  EISDIR: ['a folder stands where a file goes', 'move the folder away'],
  ENOTEMPTY: ['a folder stands where a file goes', 'move the folder away'],
  EACCES: ['permission denied', 'make the folder writable, or write elsewhere with --out (or --generated)'],
  EPERM: ['permission denied', 'make the folder writable, or write elsewhere with --out (or --generated)'],
  EROFS: ['the file system is read-only', 'write elsewhere with --out (or --generated)'],
  ENOSPC: ['the disk is full', 'free some space'],
  EDQUOT: ['the disk quota is used up', 'free some space'],
  ENAMETOOLONG: ['a file name is too long', 'shorten the name of the source file'],
};

/** A file-system error while writing, as one line naming the file, the problem and the fix. */
function cannotWrite(out: string, error: NodeJS.ErrnoException & { dest?: string }): Error {
  if (!error.code) return error;
  // The file inside `out` that failed, without the staging folder it was written to first.
  const file = path
    .relative(out, error.dest ?? error.path ?? out)
    .split(path.sep)
    .filter((part) => !part.startsWith(stagingPrefix))
    .join('/');
  const what = file && !file.startsWith('..') ? `write \`${file}\` in \`${out}\`` : `make the output folder \`${out}\``;
  const [problem, fix] = writeProblems[error.code] ?? [error.code, 'check the folder and try again'];
  return new UserError(`Cannot ${what}: ${problem} (${error.code}); ${fix}. The previous output is left as it was`);
}
