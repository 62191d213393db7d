import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Paragraph, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Handler } from 'mdast-util-to-hast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { eventHref } from './build-home-page.ts';

/** Reads a generated article's body: Markdown with GFM, and the MDX elements the ingest writes. */
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

/**
 * The HTML of a generated article's body (`content/articles/*.mdx` after its frontmatter, as
 * `article-to-mdx.ts` writes it): its paragraphs, each sentence that states a claim as a `<Claim>` anchored by the
 * claim's id and linked to the claim's row on its event page, and each embedded post as an
 * `<Embed>` figure, attributed. Rendered once per article when the site's content is loaded,
 * instead of compiling every article into a module of the site's bundle.
 *
 * Text reads literally, as the ingest escaped it. Nothing in a file runs: an element other than
 * those the ingest writes keeps its text and loses its tag and attributes, and expressions and
 * `import`/`export` statements are left out.
 *
 * @example
 *   renderArticleBody('<p><Claim id="claim-1" event="e">Kim said so.</Claim></p>\n')
 *   // '<p><span class="claim" id="claim-1">Kim said so. <a class="claim-link" href="/events/e/#claim-1" …>…</a></span></p>'
 */
export function renderArticleBody(body: string): string {
  const tree = parser.runSync(parser.parse(body)) as Root;
  const hast = toHast(tree, {
    handlers: {
      paragraph,
      mdxJsxFlowElement: element,
      mdxJsxTextElement: element,
      mdxFlowExpression: nothing,
      mdxTextExpression: nothing,
      mdxjsEsm: nothing,
    },
  });
  return toHtml(hast);
}

/** What the ingest never writes and a reader is never shown: code. */
const nothing: Handler = () => undefined;

/** A paragraph; one the ingest wrote as `<p>…</p>` (so that a claim may open it) is that element alone. */
const paragraph: Handler = (state, node: Paragraph) => {
  const [only] = node.children;
  if (node.children.length === 1 && only?.type === 'mdxJsxTextElement' && only.name === 'p')
    return state.one(only, node);
  return { type: 'element', tagName: 'p', properties: {}, children: state.all(node) };
};

/** The elements the ingest writes, as HTML. */
const element: Handler = (state, node: MdxJsxFlowElement | MdxJsxTextElement) => {
  const children = state.all(node);
  const attributes = attributesOf(node);
  switch (node.name) {
    case 'p':
      return { type: 'element', tagName: 'p', properties: {}, children };
    case 'Claim':
      return claim(attributes, children);
    case 'Embed':
      return embed(attributes, node.type === 'mdxJsxTextElement' ? [h('p', {}, children)] : children);
    default:
      // Not written by the ingest: its text, as text.
      return children;
  }
};

/** A sentence that states a claim, anchored by the claim's id, and a link to the claim across sources. */
function claim(attributes: Map<string, string>, children: ElementContent[]): Element {
  const id = attributes.get('id') ?? '';
  // A claim an article states twice anchors its second sentence apart, linking to the same row.
  const row = attributes.get('claim') ?? id;
  const event = attributes.get('event') ?? '';
  return h('span', { className: ['claim'], id }, [
    ...children,
    h(
      'a',
      {
        className: ['claim-link'],
        href: `${eventHref(event)}#${row}`,
        lang: 'en',
        dir: 'ltr',
        dataPagefindIgnore: true,
      },
      [
        h('span', { className: ['visually-hidden'] }, [{ type: 'text', value: 'See this claim across sources' }]),
        h('span', { ariaHidden: 'true' }, [{ type: 'text', value: '↗' }]),
      ],
    ),
  ]);
}

/** Names of the platforms an embedded post can come from, as readers know them. */
const platformNames: Record<string, string> = {
  x: 'X',
  instagram: 'Instagram',
  telegram: 'Telegram',
  tiktok: 'TikTok',
  bluesky: 'Bluesky',
};

/** An address a link may point to: web addresses only. */
function safe(href: string | undefined): string | undefined {
  return href && /^https?:\/\//.test(href) ? href : undefined;
}

/** An embedded social post, quoted and attributed, never shown as the outlet's own words. */
function embed(attributes: Map<string, string>, children: ElementContent[]): Element {
  const get = (name: string) => attributes.get(name);
  const [author, handle, date, dateText] = [get('author'), get('handle'), get('date'), get('dateText')];
  const [url, profileUrl] = [safe(get('url')), safe(get('profileUrl'))];
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const who = author ?? handle;
  const caption: ElementContent[] = [
    text(`Embedded post on ${platformNames[get('platform') ?? ''] ?? 'social media'} by `),
    profileUrl && who
      ? h('a', { href: profileUrl, rel: ['nofollow', 'noopener'] }, [text(who)])
      : h('span', {}, [text(who ?? 'an unknown account')]),
    ...(handle && author ? [text(` (${handle})`)] : []),
    ...(dateText ? [text(' · '), date ? h('time', { dateTime: date }, [text(dateText)]) : text(dateText)] : []),
    ...(url ? [text(' · '), h('a', { href: url, rel: ['nofollow', 'noopener'] }, [text('link in the post')])] : []),
  ];
  return h('figure', { className: ['embed'] }, [
    h('blockquote', url ? { cite: url } : {}, children),
    h('figcaption', { lang: 'en', dir: 'ltr', dataPagefindIgnore: true }, caption),
  ]);
}

/** An element's string attributes; expression attributes (`{…}`) are not the ingest's and are left out. */
function attributesOf(node: MdxJsxFlowElement | MdxJsxTextElement): Map<string, string> {
  return new Map(
    node.attributes.flatMap((attribute) =>
      attribute.type === 'mdxJsxAttribute' && typeof (attribute as MdxJsxAttribute).value === 'string'
        ? [[attribute.name, attribute.value as string] as const]
        : [],
    ),
  );
}

function h(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/**
 * The code this module renders with, as text: what an article's stored HTML depends on besides
 * its file, so that HTML rendered by an earlier version of it is not reused.
 */
export const rendererSource = [
  renderArticleBody,
  nothing,
  paragraph,
  element,
  claim,
  embed,
  safe,
  attributesOf,
  h,
  eventHref,
]
  .map(String)
  .concat(JSON.stringify(platformNames))
  .join('\n');
