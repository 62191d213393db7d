import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { compareCodePoints } from '../../lib/compare-code-points.ts';
import type { EventsJson } from '../../schemas/events-json.ts';
import type { NoteFrontmatter } from '../../schemas/note-frontmatter.ts';
import { NoteFrontmatterSchema, noteTargets } from '../../schemas/note-frontmatter.ts';
import { closestHint, closestIds } from '../closest-ids.ts';
import { parseYamlFile } from '../parse-yaml-file.ts';

/** A note that passed every check: its file and its frontmatter. */
export interface CheckedNote {
  file: VFile;
  frontmatter: NoteFrontmatter;
}

/** The components a note's body may use, and the attributes each takes. */
export const noteComponents = {
  /** `<Quote claim="claim-…" article="000_…" />`: the sentence an article states the claim in. */
  Quote: { required: ['claim'], optional: ['article'] },
  /** `<Source href="https://…">label</Source>`: a link to evidence. */
  Source: { required: ['href'], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

/** HTML a note may not carry: it would run code or pull in other pages on the site. */
const forbiddenElements = new Set(['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form']);

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Check editors' notes (`content/notes/*.mdx`) against the ids the pipeline produced. Each
 * problem is an error on the note's file, at its line, saying what is wrong and what to do, with
 * the closest existing ids where an id is wrong: missing or invalid frontmatter fields, an id that
 * does not exist, a second verdict on one claim, a component or attribute the site does not have,
 * `import`/`export`, `{…}` expressions and HTML that would run code. Returns the notes without
 * problems, sorted by path.
 *
 * @example
 *   checkNotes([new VFile({ path: 'notes/a.mdx', value: '---\nclaim: claim-x\n---\n' })], eventsJson)
 *   // [] and an error on the file: 1:… `author` is missing; 2:1 cannot find claim `claim-x`…
 */
export function checkNotes(files: readonly VFile[], eventsJson: EventsJson): CheckedNote[] {
  const ids = indexIds(eventsJson);
  const checked: CheckedNote[] = [];
  const verdicts = new Map<string, VFile>();

  for (const file of [...files].sort((a, b) => compareCodePoints(a.path, b.path))) {
    const text = String(file.value);
    const errorsBefore = file.messages.length;
    const fail = (reason: string, line: number, column: number, rule: string) => {
      const message = file.message(reason, { place: { line, column }, ruleId: `note-${rule}`, source: 'corroborate' });
      message.fatal = true;
    };

    // 1. Frontmatter: present, and valid against the schema.
    const match = frontmatterPattern.exec(text);
    if (!match) {
      fail(
        'Cannot find the frontmatter: a note starts with `---`, then `claim:`, `event:` or `article:` with an id, `author:` and `date:`, then `---`; `npm run new-note` writes one',
        1,
        1,
        'frontmatter',
      );
      continue;
    }
    const yaml = match[1] ?? '';
    const frontmatter = parseYamlFile(file, NoteFrontmatterSchema, 'note', { text: yaml, line: 2 });
    const lineOf = (key: string) => {
      const index = yaml.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
      return index < 0 ? 1 : index + 2;
    };

    // 2. What it is about exists.
    if (frontmatter) {
      for (const target of noteTargets) {
        const id = frontmatter[target];
        if (id === undefined || ids[target].has(id)) continue;
        fail(
          `Cannot find ${target} \`${id}\`: no ${target} has this id${closestHint(id, [...ids[target].keys()])}; ${howToFind[target]}`,
          lineOf(target),
          1,
          'unknown-id',
        );
      }
      // 3. One verdict per claim.
      if (frontmatter.verdict !== undefined && frontmatter.claim !== undefined) {
        const earlier = verdicts.get(frontmatter.claim);
        if (earlier)
          fail(
            `Cannot give \`${frontmatter.claim}\` a second verdict: \`${earlier.path}\` already rates it; a claim carries one verdict, so keep \`verdict\` in one of the two notes`,
            lineOf('verdict'),
            1,
            'second-verdict',
          );
        else verdicts.set(frontmatter.claim, file);
      }
    }

    // 4. The body: only the site's components, with ids that exist.
    checkBody(text, ids, fail);

    if (frontmatter && !file.messages.slice(errorsBefore).some((message) => message.fatal))
      checked.push({ file, frontmatter });
  }
  return checked;
}

/** The claim, event and article ids of a corpus; a claim's value lists the articles that state it. */
interface IdIndex {
  claim: Map<string, Set<string>>;
  event: Map<string, null>;
  article: Map<string, null>;
}

function indexIds(eventsJson: EventsJson): IdIndex {
  const claims = eventsJson.events.flatMap((event) => event.claims);
  return {
    claim: new Map(claims.map((claim) => [claim.id, new Set(claim.mentions.map((mention) => mention.article))])),
    event: new Map(eventsJson.events.map((event) => [event.id, null])),
    article: new Map(eventsJson.articles.map((article) => [article.id, null])),
  };
}

const howToFind: Record<(typeof noteTargets)[number], string> = {
  claim:
    'copy the id from the address of the claim’s page (`/claims/<id>/`); when new sources regroup a claim its id can change',
  event: 'copy the id from the address of the event’s page (`/events/<id>/`)',
  article: 'an article’s id is its source file name without `.txt`',
};

type Fail = (reason: string, line: number, column: number, rule: string) => void;

function checkBody(text: string, ids: IdIndex, fail: Fail): void {
  let tree: Root;
  try {
    tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(text);
  } catch (error) {
    const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } })
      .place;
    const start = place && 'start' in place && place.start ? place.start : place;
    fail(
      `Cannot read the note as MDX: ${(error as { reason?: string }).reason ?? String(error)}; write \`\\{\` and \`\\<\` for a literal brace or angle bracket`,
      (start as { line?: number } | undefined)?.line ?? 1,
      (start as { column?: number } | undefined)?.column ?? 1,
      'mdx',
    );
    return;
  }
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const column = node.position?.start.column ?? 1;
    if (node.type === 'mdxjsEsm')
      fail(
        'Cannot use `import` or `export` in a note: `<Quote>` and `<Source>` are available as they are; write `\\import` for the word at a line start',
        line,
        column,
        'esm',
      );
    else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value))
      fail(
        'Cannot use a `{…}` expression in a note: notes are text; write `\\{` for a literal brace',
        line,
        column,
        'expression',
      );
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      checkElement(node, ids, (reason, rule) => fail(reason, line, column, rule));
  });
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  ids: IdIndex,
  fail: (reason: string, rule: string) => void,
): void {
  const name = node.name ?? '';
  const attributes = node.attributes.filter(
    (attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute',
  );
  if (attributes.length < node.attributes.length)
    fail(`Cannot use \`{…}\` spread attributes on \`<${name}>\`: write each attribute as name="value"`, 'attribute');
  const value = (attribute: string) => {
    const found = attributes.find((each) => each.name === attribute)?.value;
    return typeof found === 'string' ? found : undefined;
  };

  if (/^[a-z]/.test(name) || name === '') {
    if (forbiddenElements.has(name))
      fail(`Cannot use \`<${name}>\` in a note: it would run code or change the page around it`, 'html');
    for (const attribute of attributes)
      if (/^on/i.test(attribute.name))
        fail(`Cannot use \`${attribute.name}\` on \`<${name}>\`: event handlers run code`, 'html');
    return;
  }

  const component = noteComponents[name as keyof typeof noteComponents];
  if (!component) {
    const known = Object.keys(noteComponents);
    const closest = closestIds(name, known, 1)[0];
    fail(
      `Cannot use \`<${name}>\`: a note has ${known.map((each) => `\`<${each}>\``).join(' and ')}${closest ? ` (did you mean \`<${closest}>\`?)` : ''}`,
      'component',
    );
    return;
  }
  const allowed: readonly string[] = [...component.required, ...component.optional];
  for (const attribute of attributes) {
    if (!allowed.includes(attribute.name))
      fail(
        `Cannot use \`${attribute.name}\` on \`<${name}>\`, expected ${allowed.map((each) => `\`${each}\``).join(' or ')}`,
        'attribute',
      );
    else if (typeof attribute.value !== 'string')
      fail(
        `Cannot use a \`{…}\` value for \`${attribute.name}\` on \`<${name}>\`: write ${attribute.name}="…"`,
        'attribute',
      );
  }
  for (const required of component.required)
    if (!attributes.some((attribute) => attribute.name === required))
      fail(`Missing \`${required}\` on \`<${name}>\`: ${requiredHint[required] ?? ''}`, 'attribute');

  if (name === 'Quote') {
    const claim = value('claim');
    const article = value('article');
    if (claim === undefined) return;
    const stating = ids.claim.get(claim);
    if (!stating) {
      fail(
        `Cannot find claim \`${claim}\` for \`<Quote>\`${closestHint(claim, [...ids.claim.keys()])}; ${howToFind.claim}`,
        'unknown-id',
      );
    } else if (article !== undefined && !stating.has(article)) {
      fail(
        `Cannot quote \`${article}\` for \`${claim}\`: that article does not state the claim; the articles that do are ${[...stating].map((each) => `\`${each}\``).join(', ')}`,
        'unknown-id',
      );
    }
  }
  if (name === 'Source') {
    const href = value('href');
    if (href !== undefined && !isWebAddress(href))
      fail(
        `Cannot link to \`${href}\` with \`<Source>\`: expected an http(s) address such as https://example.org/report`,
        'attribute',
      );
  }
}

/** `{/* … *\/}`: a comment, the one expression a note may hold. */
function isComment(expression: string): boolean {
  return /^\/\*[\s\S]*\*\/$/.test(expression.trim()) && !expression.trim().slice(2, -2).includes('*/');
}

const requiredHint: Record<string, string> = {
  claim: 'the id of the claim whose sentence to quote, as in `/claims/<id>/`',
  href: 'the http(s) address of the source',
};

function isWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

type Node = Root | RootContent;

function visit(node: Node, each: (node: Node) => void): void {
  each(node);
  if ('children' in node) for (const child of node.children) visit(child as Node, each);
}
