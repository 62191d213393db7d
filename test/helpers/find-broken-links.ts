import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

interface Page {
  links: string[];
  ids: Set<string>;
}

/**
 * Every link of a built site that leads nowhere: a root-relative `href` or `src` whose file is
 * not in `dist`, or whose `#fragment` names no element on its page. Ids made of `#`, `?`, `%` or
 * other scripts are where a page goes missing, so addresses are decoded as a server decodes them.
 *
 * @example
 *   findBrokenLinks('dist') // ['/articles/index.html → /articles/missing/']
 */
export function findBrokenLinks(dist: string): string[] {
  const pages = new Map<string, Page>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }))
    if (file.endsWith('.html')) pages.set(`/${file.split(path.sep).join('/')}`, readPage(path.join(dist, file)));
  const broken: string[] = [];
  for (const [page, { links }] of pages)
    for (const link of links) {
      const url = new URL(link, `https://site.invalid${page}`);
      if (url.origin !== 'https://site.invalid') continue;
      const pathname = decodeURIComponent(url.pathname);
      const file = path.join(dist, pathname);
      const target = existsSync(file) && statSync(file).isDirectory() ? `${pathname}index.html` : pathname;
      if (!existsSync(path.join(dist, target))) broken.push(`${page} → ${link}`);
      else if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!pages.get(target)?.ids.has(id)) broken.push(`${page} → ${link} (no element with id \`${id}\`)`);
      }
    }
  return broken;
}

function readPage(file: string): Page {
  const page: Page = { links: [], ids: new Set() };
  const visit = (node: Node) => {
    if ('attrs' in node)
      for (const { name, value } of node.attrs) {
        if (name === 'id') page.ids.add(value);
        if ((name === 'href' || name === 'src') && !/^[a-z][\w+.-]*:/i.test(value)) page.links.push(value);
      }
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(readFileSync(file, 'utf8')));
  return page;
}
