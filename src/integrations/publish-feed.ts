import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getRssString } from '@astrojs/rss';
import type { AstroIntegration } from 'astro';
import { EventsJsonSchema } from '../schemas/events-json.ts';
import { buildFeed } from '../site/build-feed.ts';
import { generatedDir } from '../site/generated-dir.ts';

/**
 * Write `/rss.xml`, the feed of events, when the site's address is known (`--site`): a feed
 * links by absolute address, which a static build cannot guess.
 */
export function publishFeed(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'corroborate:feed',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) {
          logger.warn('rss.xml and sitemap.xml need the site address: build with --site <https://…>');
          return;
        }
        const data = EventsJsonSchema.parse(JSON.parse(await readFile(`${generatedDir()}/events.json`, 'utf8')));
        await writeFile(fileURLToPath(new URL('rss.xml', dir)), await getRssString(buildFeed(data, site)));
      },
    },
  };
}
