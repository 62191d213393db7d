import type { DefaultTreeAdapterMap } from 'parse5';
import { parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Attributes whose value a browser loads or follows as an address. */
const urlAttributes = new Set([
  'action',
  'background',
  'cite',
  'codebase',
  'data',
  'formaction',
  'href',
  'manifest',
  'ping',
  'poster',
  'src',
  'srcset',
  'xlink:href',
]);

/** Elements the site never writes and a source must never bring in: each runs, loads or redirects. */
const foreignElements = new Set(['applet', 'base', 'embed', 'frame', 'frameset', 'iframe', 'object', 'portal']);

/** The site's own scripts: its bundles, and the one inline module the event pages carry. */
function isSiteScript(script: Element, text: string): boolean {
  const src = attribute(script, 'src');
  const type = attribute(script, 'type');
  if (src !== undefined) return /^\/(?:_astro|pagefind)\/[\w.-]+\.js$/.test(src) && text.trim() === '';
  if (type === 'application/ld+json') return isJson(text);
  // `src/scripts/translate-cells.ts`, small enough for Astro to inline.
  return type === 'module' && text.includes('globalThis.Translator') && text.includes('.claim-matrix');
}

/**
 * Everything in an HTML page that would run or redirect and is not the site's own: a `<script>`
 * other than the site's bundles, its inline translator and JSON-LD data, an `on…` attribute, a
 * `javascript:` (or `vbscript:`, `data:text/html`) address, a `<meta http-equiv=refresh>`, and
 * elements that embed or re-base the page. Parsed as a browser parses it (parse5 implements the
 * WHATWG algorithm), so text that only looks like markup does not count and markup that hides in
 * odd places does.
 *
 * @example
 *   findExecutableMarkup('<p onclick="x()">a</p>') // ['<p onclick="x()">']
 */
export function findExecutableMarkup(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const element = node as Element;
      const tag = element.tagName;
      const describe = (detail = '') => `<${tag}${detail}>`;
      if (tag === 'script') {
        const text = textOf(element);
        if (!isSiteScript(element, text)) found.push(`${describe(attributesOf(element))}${text.slice(0, 80)}`);
      }
      if (foreignElements.has(tag)) found.push(describe(attributesOf(element)));
      if (tag === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh')
        found.push(describe(attributesOf(element)));
      for (const { name, value } of element.attrs) {
        const qualified = name.toLowerCase();
        if (qualified.startsWith('on')) found.push(describe(` ${name}="${value}"`));
        if (urlAttributes.has(qualified) && isScriptAddress(value)) found.push(describe(` ${name}="${value}"`));
        if (qualified === 'style' && /javascript:|expression\(/i.test(value))
          found.push(describe(` ${name}="${value}"`));
      }
      if (tag === 'style' && /javascript:|expression\(|@import/i.test(textOf(element)))
        found.push(`${describe()}${textOf(element).slice(0, 80)}`);
    }
    if ('content' in node && node.content) visit(node.content as Node);
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return found;
}

/**
 * Whether an address runs code when followed: browsers drop tabs and newlines and trim spaces
 * and control characters before they read the scheme.
 */
function isScriptAddress(value: string): boolean {
  const address = value.replace(/[\t\n\r]/g, '');
  let start = 0;
  while (start < address.length && address.charCodeAt(start) <= 0x20) start++;
  const scheme = address.slice(start).toLowerCase();
  return /^(?:javascript|vbscript):|^data:text\/html/.test(scheme) || /,\s*javascript:/.test(scheme);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((each) => each.name === name)?.value;
}

function attributesOf(element: Element): string {
  return element.attrs.map(({ name, value }) => ` ${name}="${value}"`).join('');
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => ('value' in child ? child.value : '')).join('');
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
