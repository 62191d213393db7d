// @ts-check

import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { checkNotesLive } from './src/integrations/check-notes-live.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { publishEventsJson } from './src/integrations/publish-events-json.ts';
import { publishFeed } from './src/integrations/publish-feed.ts';

export default defineConfig({
  markdown: {
    // Article text is shown exactly as the source has it: no typographic quote or dash rewriting.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  // The site's address comes from `npm run build -- --site <url>`; feeds and the sitemap need it.
  integrations: [mdx(), sitemap(), publishEventsJson(), publishFeed(), pagefindIntegration(), checkNotesLive()],
  // Pages link to folders (`/articles/<id>/`), which every static host serves.
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Pages whose data and code are unchanged since the last build are copied from it, not rendered
  // again (their `cacheKey` is a hash of the data they show).
  experimental: { incrementalBuild: true },
  vite: {
    // The dev server watches the project for edits; benchmarks' corpora and built sites under
    // `.cache/` and `dist/` (hundreds of thousands of files) are never edited there.
    server: { watch: { ignored: ['**/.cache/**', '**/dist/**'] } },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX modules all open with this directive; bundling keeps what Astro needs of it.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
