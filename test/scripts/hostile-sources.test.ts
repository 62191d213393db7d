import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { findBrokenLinks } from '../helpers/find-broken-links.ts';
import { findExecutableMarkup } from '../helpers/find-executable-markup.ts';
import type { HostileCase } from '../helpers/write-hostile-corpus.ts';
import { writeHostileCorpus } from '../helpers/write-hostile-corpus.ts';

const root = path.join(import.meta.dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/hostile');
const stackTrace = /\n\s+at |^\w*Error:|node:internal/m;

interface Run {
  code: number;
  stderr: string;
}

async function run(script: string, env: Record<string, string>, ...args: string[]): Promise<Run> {
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts', script), ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stderr };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { code, stderr };
  }
}

/** The per-file report as `file → ['level rule', …]`, read from vfile-reporter's text. */
function reportedOutcomes(stderr: string): Map<string, string[]> {
  const outcomes = new Map<string, string[]>();
  for (const block of stderr.split(/\n\n/)) {
    const [file, ...lines] = block.split('\n');
    if (!file || lines.length === 0) continue;
    for (const line of lines) {
      const match = /^\s*(?:\d+:\d+)?\s*(error|warning|info)\s+.*\s([\w-]+)\s+corroborate$/.exec(line);
      if (match) outcomes.set(file, [...(outcomes.get(file) ?? []), `${match[1]} ${match[2]}`]);
    }
  }
  return outcomes;
}

/** Each distinct message of a report, once, without its file: the texts users read. */
function distinctMessages(stderr: string): string[] {
  const messages = stderr
    .split('\n')
    .flatMap((line) => /^\s*(?:\d+:\d+)?\s*((?:error|warning|info)\s+.*\s[\w-]+)\s+corroborate$/.exec(line)?.[1] ?? [])
    .map((message) => message.replace(/\s{2,}/g, ' '));
  return [...new Set(messages)].sort();
}

/** `source` (the file's path in the corpus) of every published article, from the generated MDX. */
function publishedSources(generated: string): Map<string, string> {
  const published = new Map<string, string>();
  for (const name of readdirSync(path.join(generated, 'articles'))) {
    const mdx = readFileSync(path.join(generated, 'articles', name), 'utf8');
    const frontmatter = YAML.parse(mdx.split(/^---$/m)[1] ?? '') as { id: string; source: string };
    published.set(frontmatter.source, name);
  }
  return published;
}

/** Every file, link and folder in the corpus, found without following links. */
function everyEntry(folder: string, under = ''): string[] {
  return readdirSync(path.join(folder, under)).flatMap((name) => {
    const relative = under ? `${under}/${name}` : name;
    const stats = lstatSync(path.join(folder, relative));
    return stats.isDirectory() ? everyEntry(folder, relative) : [relative];
  });
}

function filesUnder(folder: string, extensions: RegExp): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.test(file))
    .sort();
}

/**
 * All text of a page, in document order, as a reader sees it (markup gone, entities decoded),
 * less the links from each claim to its row, which stand between the parts of a sentence, and
 * less white space, which the page adds between two claims of one line.
 */
function textOfPage(html: string): string {
  let text = '';
  const visit = (node: DefaultTreeAdapterMap['node']) => {
    if (node.nodeName === '#text' && 'value' in node) text += node.value;
    if ('attrs' in node && node.attrs.some(({ name, value }) => name === 'class' && value === 'claim-link')) return;
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
  };
  visit(parse(html));
  return text.replace(/\s+/g, '');
}

const corpus = mkdtempSync(path.join(tmpdir(), 'corroborate-hostile-'));
const cases: HostileCase[] = writeHostileCorpus(corpus);
const work = mkdtempSync(path.join(tmpdir(), 'corroborate-hostile-out-'));

afterAll(() => {
  for (const folder of [corpus, work]) rmSync(folder, { recursive: true, force: true });
});

describe('npm run ingest on hostile sources', () => {
  let strict: Run;
  let keepGoing: Run;
  const out = path.join(work, 'ingest');

  beforeAll(async () => {
    strict = await run('ingest.ts', {}, '--sources', corpus, '--out', path.join(work, 'strict'));
    keepGoing = await run('ingest.ts', {}, '--sources', corpus, '--out', out, '--keep-going');
  }, 120_000);

  it('exits 1 and writes nothing without --keep-going, and 0 with it', () => {
    expect(strict.code).toBe(1);
    expect(existsSync(path.join(work, 'strict/events.json'))).toBe(false);
    expect(strict.stderr).toMatch(
      /ingest: 32 articles, 32 events, 12 errors, 7 warnings in \d+ ms; nothing written \(fix the errors above, or pass --keep-going to publish the rest\)\n$/,
    );
    expect(keepGoing.code).toBe(0);
    expect(keepGoing.stderr).toMatch(/ingest: 32 articles, 32 events, 12 errors, 7 warnings in \d+ ms → /);
  });

  it('never prints a stack trace', () => {
    expect(strict.stderr).not.toMatch(stackTrace);
    expect(keepGoing.stderr).not.toMatch(stackTrace);
  });

  it('publishes each file or reports it with its rule, as the corpus expects', () => {
    const reported = reportedOutcomes(keepGoing.stderr);
    const published = publishedSources(out);
    const outcomes = cases.map(({ file }) => {
      const messages = reported.get(file) ?? [];
      if (!published.has(file)) return { file, outcome: messages.join(', ') || 'dropped without a word' };
      return { file, outcome: messages.length > 0 ? `published with ${messages.join(', ')}` : 'published' };
    });
    expect(outcomes).toEqual(cases);
  });

  it('drops nothing silently: every entry of the folder is published or named in the report', () => {
    const reported = reportedOutcomes(keepGoing.stderr);
    const published = publishedSources(out);
    const shown = (entry: string) =>
      entry.replace(/\p{Cc}/gu, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
    const named = (entry: string) =>
      reported.has(shown(entry)) ||
      published.has(entry) ||
      reported.has(entry) ||
      [...reported.keys()].some((folder) => entry.startsWith(`${folder}/`));
    expect(everyEntry(corpus).filter((entry) => !named(entry))).toEqual([]);
  });

  it('says what is wrong and what to do in every message', () => {
    expect(distinctMessages(keepGoing.stderr)).toMatchInlineSnapshot(`
      [
        "error Cannot find article text, every line is page furniture (3 lines: 1 newsletter, 1 related-links, 1 share-bar): keep the article's own text in the file, or remove the file no-article-text",
        "error Cannot ingest a source of 5.0 MiB, expected at most 2.0 MiB: keep only the article text, or split the file too-large",
        "error Cannot use \`same-id\` as article id, \`left/same-id.txt\` already has it: rename one of the two files duplicate-id",
        "error Cannot use a file name with control characters (shown as \`\\x…\`), expected printable text: rename the file file-name",
        "error Unexpected NUL byte, expected plain text: this looks like a binary file; convert it to UTF-8 text or remove it from the sources binary-source",
        "error Unexpected UTF-16 text, expected UTF-8: re-save the file as UTF-8 (for example \`iconv -f UTF-16 -t UTF-8\`) utf16-source",
        "error Unexpected byte sequence, expected UTF-8 text: re-save the file as UTF-8 (for example \`iconv -f WINDOWS-1252 -t UTF-8\`) invalid-utf8",
        "error Unexpected empty source, expected article text: add the article text or remove the file empty-source",
        "info Skipped: a hidden file (its name or folder starts with \`.\`); rename it to publish it hidden-file",
        "info Skipped: a hidden folder (its name starts with \`.\`) and every file in it; rename it to publish them hidden-file",
        "info Skipped: a symbolic link (links are not followed); copy the file or folder here instead symlink",
        "info Skipped: not a source; sources are \`<id>.txt\`, overrides \`<id>.yaml\` not-a-source",
        "warning Skipped \`copies/second.txt\`: its article text is the same as \`copies/first.txt\`, published as \`first\`; remove one of the two duplicate-source",
        "warning Unexpected control character U+001B and 4 more, expected plain text: removed; check the file's encoding or how it was copied control-character",
        "warning Unexpected length: 4,062 sentences and clauses, expected a news article's; claims are read from the first 500 only, up to this line: split the file if it holds several articles long-article",
        "warning Unexpected length: 4,347 sentences and clauses, expected a news article's; claims are read from the first 500 only, up to this line: split the file if it holds several articles long-article",
        "warning Unexpected line of 184,001 characters, expected paragraphs on lines of their own: it is kept as one paragraph; restore the line breaks long-line",
        "warning Unexpected line of 199,962 characters, expected paragraphs on lines of their own: it is kept as one paragraph; restore the line breaks long-line",
        "warning Unexpected line of 221,299 characters, expected paragraphs on lines of their own: it is kept as one paragraph; restore the line breaks long-line",
      ]
    `);
  });

  it('writes markup, frontmatter and line ends from a source as text: no BOM, no CR, no second frontmatter', () => {
    const published = publishedSources(out);
    for (const [source, name] of published) {
      const mdx = readFileSync(path.join(out, 'articles', name), 'utf8');
      expect(mdx, source).not.toMatch(/\r|\uFEFF/);
      expect(mdx.split(/^---$/m).slice(0, 1), source).toEqual(['']);
      expect(mdx, source).not.toMatch(/^(?:import|export)\b|^<(?!Claim |Embed |p><Claim |\/)|^\{/m);
    }
    const frontmatter = YAML.parse(
      readFileSync(path.join(out, 'articles/frontmatter-lookalike.mdx'), 'utf8').split(/^---$/m)[1] ?? '',
    );
    expect(frontmatter).toMatchObject({ id: 'frontmatter-lookalike', lang: 'en' });
  });
});

describe('npm run build on hostile sources', () => {
  let built: Run;
  let strict: Run;
  const dist = path.join(work, 'dist');

  beforeAll(async () => {
    const env = { CORROBORATE_SOURCES: corpus };
    built = await run(
      'build.ts',
      env,
      ...['--generated', path.join(work, 'content'), '--out-dir', dist, '--site', 'https://corroborate.example/'],
    );
    strict = await run(
      'build.ts',
      env,
      ...['--generated', path.join(work, 'strict-content'), '--out-dir', path.join(work, 'strict-dist'), '--strict'],
    );
  }, 300_000);

  it('publishes the valid rest and exits 0; with --strict, builds nothing and exits 1', () => {
    expect(built.code).toBe(0);
    expect(built.stderr).toMatch(
      /build: 32 articles, 32 events, 12 errors, 7 warnings; \d+ claims, \d+ pages in [\d.]+ s → /,
    );
    expect(strict.code).toBe(1);
    expect(existsSync(path.join(work, 'strict-dist'))).toBe(false);
    expect(strict.stderr).toContain(
      'build: stopped, nothing built (fix the errors above, or build without --strict to publish the rest)',
    );
  });

  it('never prints a stack trace', () => {
    expect(built.stderr).not.toMatch(stackTrace);
    expect(strict.stderr).not.toMatch(stackTrace);
  });

  it('publishes no script, event handler or javascript: address from a source in any page', () => {
    const pages = filesUnder(dist, /\.html$/);
    expect(pages.length).toBeGreaterThan(30);
    const found = pages.flatMap((page) =>
      findExecutableMarkup(readFileSync(path.join(dist, page), 'utf8')).map((markup) => `${page}: ${markup}`),
    );
    expect(found).toEqual([]);
  });

  it('shows the markup of a source as text on its page', () => {
    const text = textOfPage(readFileSync(path.join(dist, 'articles/markup-injection/index.html'), 'utf8'));
    const lines = readFileSync(path.join(fixtures, 'markup-injection.txt'), 'utf8')
      .split('\n')
      .map((line) => line.replace(/\s+/g, ''))
      .filter((line) => line !== '');
    expect(lines.filter((line) => !text.includes(line))).toEqual([]);
  });

  it('writes feeds and sitemaps with no element from a source, and JSON that parses', () => {
    const vocabulary = new Set(
      'rss channel title description link item guid pubDate urlset url loc lastmod sitemapindex sitemap'.split(' '),
    );
    const xml = filesUnder(dist, /\.xml$/);
    expect(xml).toEqual(['rss.xml', 'sitemap-0.xml', 'sitemap-index.xml']);
    for (const file of xml) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      const elements = [...text.matchAll(/<([A-Za-z][\w:.-]*)/g)].map((match) => match[1]);
      expect(
        elements.filter((element) => !vocabulary.has(element ?? '')),
        file,
      ).toEqual([]);
      expect(text, file).not.toContain('<![CDATA[');
    }
    // JSON carries a source's text as data (events.json quotes each sentence as it is); it must parse.
    for (const file of filesUnder(dist, /\.json$/))
      expect(() => JSON.parse(readFileSync(path.join(dist, file), 'utf8')), file).not.toThrow();
  });

  it('links every page, whatever its id, to pages and anchors that exist', () => {
    expect(findBrokenLinks(dist)).toEqual([]);
  });
});
