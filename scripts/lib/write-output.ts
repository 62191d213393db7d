import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleSlug } from '../../src/lib/article-slug.ts';
import type { PipelineResult } from '../../src/pipeline/run-pipeline.ts';

/**
 * Write `articles/<slug>.mdx` and `events.json` into `out`. Everything is written to a temporary
 * folder first and then renamed into place, so a failed run never leaves a half-written output.
 */
export async function writeOutput(out: string, result: PipelineResult): Promise<void> {
  await mkdir(out, { recursive: true });
  const staging = path.join(out, `.ingest-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, 'articles'), { recursive: true });
  try {
    for (const article of result.articles) {
      // Named by slug: `#`, `?` and `/` in an id would break the file's URL in the site build.
      await writeFile(path.join(staging, 'articles', `${articleSlug(article.frontmatter.id)}.mdx`), article.mdx);
    }
    await writeFile(path.join(staging, 'events.json'), `${JSON.stringify(result.eventsJson, null, 2)}\n`);

    const previous = path.join(staging, 'previous-articles');
    await rename(path.join(out, 'articles'), previous).catch(ignoreMissing);
    await rename(path.join(staging, 'articles'), path.join(out, 'articles'));
    await rename(path.join(staging, 'events.json'), path.join(out, 'events.json'));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}
