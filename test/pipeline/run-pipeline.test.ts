import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run-pipeline.ts';
import { EventsJsonSchema } from '../../src/schemas/events-json.ts';

const seedsFolder = path.join(import.meta.dirname, '../../content/sources');

function seeds(): VFile[] {
  return readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => new VFile({ path: name, value: readFileSync(path.join(seedsFolder, name)) }));
}

describe('runPipeline', () => {
  it('publishes every seed as an article, with its id, language and event', () => {
    const { articles, eventsJson } = runPipeline({ sources: seeds() });
    expect(articles.map(({ frontmatter: { id, lang } }) => `${id} ${lang}`)).toEqual([
      '000_5a73edd74052446e el',
      '001_cb3a5e9a82b9db3f el',
      '002_8f56b1ec0a0c6f7f de',
      '003_8e1f729e4d00b7cb el',
      '004_ad5852a91d4c9ca1 ro',
    ]);
    expect(EventsJsonSchema.parse(eventsJson)).toEqual(eventsJson);
    const listed = eventsJson.events.flatMap((event) => event.articles).sort();
    expect(listed).toEqual(articles.map((article) => article.frontmatter.id));
    for (const article of eventsJson.articles) {
      expect(eventsJson.events.find((event) => event.id === article.event)?.articles).toContain(article.id);
    }
  });

  it('gives byte-identical output when run twice, whatever order the files come in', () => {
    const first = runPipeline({ sources: seeds() });
    const second = runPipeline({ sources: seeds().reverse() });
    expect(JSON.stringify(second.eventsJson)).toBe(JSON.stringify(first.eventsJson));
    expect(second.articles.map((article) => article.mdx)).toEqual(first.articles.map((article) => article.mdx));
  });

  it('publishes the valid sources and leaves an error on each file it cannot use', () => {
    const empty = new VFile({ path: 'nested/empty.txt', value: new Uint8Array() });
    const clash = new VFile({
      path: 'nested/000_5a73edd74052446e.txt',
      value: new TextEncoder().encode('Ein anderer Text über etwas ganz anderes.'),
    });
    const { articles } = runPipeline({ sources: [...seeds(), empty, clash] });
    expect(articles).toHaveLength(5);
    expect(empty.messages.map((message) => [message.fatal, message.ruleId])).toEqual([[true, 'empty-source']]);
    expect(clash.messages.map((message) => message.reason)).toMatchInlineSnapshot(`
      [
        "Cannot use \`000_5a73edd74052446e\` as article id, \`000_5a73edd74052446e.txt\` already has it: rename one of the two files",
      ]
    `);
  });

  it('warns and uses `und` when the language cannot be told', () => {
    const file = new VFile({ path: 'short.txt', value: new TextEncoder().encode('OK 12:45') });
    const { articles } = runPipeline({ sources: [file] });
    expect(articles[0]?.frontmatter.lang).toBe('und');
    expect(file.messages.map((message) => [message.fatal, message.ruleId])).toEqual([[false, 'unknown-language']]);
  });
});

describe('runPipeline with editors and awkward sources', () => {
  const text = (value: string) => new TextEncoder().encode(value);

  it('lets an override win, and says the value was set by an editor', () => {
    const { articles } = runPipeline({
      sources: seeds(),
      overrides: [
        new VFile({
          path: '001_cb3a5e9a82b9db3f.yaml',
          value: 'title: Putin and Kim speak by phone\npublished: 2025-08-13\noutlet: AFP\n',
        }),
      ],
    });
    const article = articles.find((entry) => entry.frontmatter.id === '001_cb3a5e9a82b9db3f')?.frontmatter;
    expect([article?.title, article?.published, article?.outlet]).toEqual([
      'Putin and Kim speak by phone',
      '2025-08-13',
      'AFP',
    ]);
    expect(article?.provenance.title.by).toBe('editor');
    // With the editor's date as the day of writing, "χθες Τρίτη" resolves to the Tuesday before.
    expect(article?.dates.find((date) => date.text === 'χθες Τρίτη')?.resolved).toBe('2025-08-12');
  });

  it('reads an article in the language an editor set: its weekdays and countries', () => {
    const source = () =>
      new VFile({
        path: 'gempa.txt',
        value: text(
          'Gempa guncang Turki timur\nGempa bermagnitudo 6,2 mengguncang Turki timur pada hari Senin, kata pejabat setempat.\n',
        ),
      });
    const override = new VFile({ path: 'gempa.yaml', value: 'lang: id\n' });
    const read = (overrides: VFile[]) =>
      runPipeline({ sources: [source()], overrides }).articles[0]?.frontmatter ?? expect.unreachable();
    const withOverride = read([override]);
    expect(withOverride.lang).toBe('id');
    expect(withOverride.places.map((place) => place.name)).toContain('Türkiye');
    expect(read([]).lang).not.toBe('id');
    expect(withOverride.dates.map((date) => date.text)).toContain('Senin');
  });

  it('refuses an override for a source that does not exist, naming the closest ids', () => {
    const orphan = new VFile({ path: '004_ad5852.yaml', value: 'title: x\n' });
    runPipeline({ sources: seeds(), overrides: [orphan] });
    expect(orphan.messages.map((message) => message.reason)).toMatchInlineSnapshot(`
      [
        "Cannot apply \`004_ad5852.yaml\`: there is no source \`004_ad5852.txt\`; rename it after a source (closest: \`004_ad5852a91d4c9ca1\`, \`000_5a73edd74052446e\`, \`001_cb3a5e9a82b9db3f\`)",
      ]
    `);
  });

  it('refuses an override or glossary entry with a field it does not know, at its line, with the closest field', () => {
    const override = new VFile({
      path: '000_5a73edd74052446e.yaml',
      value: 'title: Πούτιν και Κιμ\npublised: 2025-09-03\n',
    });
    const glossary = new VFile({
      path: 'content/glossary.yaml',
      value: '- name: Sergei Shoigu\n  kind: person\n  alias: [Σοϊγκού]\n- name: Pyongyang\n  kind: city\n',
    });
    runPipeline({ sources: seeds(), overrides: [override], glossary });
    const lines = (file: VFile) =>
      file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`);
    expect([...lines(override), ...lines(glossary)]).toEqual([
      '2:1 Unexpected field `publised`, expected one of `title`, `lang`, `outlet`, `url`, `published`, `event` (did you mean `published`?)',
      '3:3 Unexpected field `alias`, expected one of `name`, `kind`, `aliases`, `note` (did you mean `aliases`?)',
      '5:3 Cannot use the value of `1.kind`: Invalid option: expected one of "person"|"place"|"organization"',
    ]);
  });

  it('refuses an override whose event id is a path, whose YAML aliases resolve to nowhere or to a billion copies, that is not UTF-8, or whose text is not printable or too long, without throwing', () => {
    const overrides = {
      '000_5a73edd74052446e': 'event: ../../outside/x y\n',
      '001_cb3a5e9a82b9db3f': 'title: *nowhere\n',
      '002_8f56b1ec0a0c6f7f': [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'title: *c',
        '',
      ].join('\n'),
    };
    const files = [
      ...Object.entries(overrides).map(([id, value]) => new VFile({ path: `${id}.yaml`, value })),
      new VFile({
        path: '003_8e1f729e4d00b7cb.yaml',
        value: Buffer.from('title: Le ministre a d\xe9missionn\xe9\n', 'latin1'),
      }),
      new VFile({
        path: '004_ad5852a91d4c9ca1.yaml',
        value: `title: "Ein\\u001b[2J Titel"\noutlet: ${'X'.repeat(200)}\n`,
      }),
    ];
    const { articles } = runPipeline({ sources: seeds(), overrides: files });
    expect(articles).toHaveLength(0);
    expect(files.map((file) => file.messages.map((message) => `${message.ruleId} ${message.reason}`))).toEqual([
      [
        'override-value Cannot use the value of `event`: expected an event id of letters, digits and hyphens, as events.json writes it',
      ],
      ['override-yaml Cannot read the YAML: Unresolved alias (the anchor must be set before the alias): nowhere'],
      ['override-yaml Cannot read the YAML: Excessive alias count indicates a resource exhaustion attack'],
      [
        'override-yaml Unexpected byte sequence, expected UTF-8 text: re-save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`)',
      ],
      [
        'override-value Cannot use the value of `title`: expected printable text on one line, without control characters',
        'override-value Cannot use the value of `outlet`: Too big: expected string to have <=120 characters',
      ],
    ]);
  });

  it('refuses a source that is all page furniture, saying what cleaning took, rather than publish it empty or call two such files copies', () => {
    const prompts = new VFile({
      path: 'prompts.txt',
      value: text('Διαβάστε ακόμη\nΚοινοποίηση στο Facebook\nΕγγραφείτε στο newsletter μας\n'),
    });
    const links = new VFile({
      path: 'links.txt',
      value: text('Read more\nShare on Facebook\nSubscribe to our newsletter\n'),
    });
    const { articles } = runPipeline({ sources: [...seeds(), prompts, links] });
    expect(articles).toHaveLength(5);
    for (const file of [prompts, links])
      expect(file.messages.map((message) => [message.fatal, message.ruleId])).toEqual([[true, 'no-article-text']]);
    expect(links.messages[0]?.reason).toMatch(/^Cannot find article text, every line is page furniture \(3 lines: /);
  });

  it('publishes the same article text once, and links the copy to it', () => {
    const copy = new VFile({
      path: 'copies/zz_copy.txt',
      value: text(
        `${readFileSync(path.join(seedsFolder, '002_8f56b1ec0a0c6f7f.txt'), 'utf8').replace('(SeaPRwire) –', '').replaceAll('\n', '\r\n')}\nFolgen Sie uns auf Google News`,
      ),
    });
    const { articles } = runPipeline({ sources: [...seeds(), copy] });
    expect(articles.map((article) => article.frontmatter.id)).not.toContain('zz_copy');
    expect(
      articles.find((article) => article.frontmatter.id === '002_8f56b1ec0a0c6f7f')?.frontmatter.duplicates,
    ).toEqual(['zz_copy']);
    expect(copy.messages.map((message) => [message.fatal, message.ruleId])).toEqual([[false, 'duplicate-source']]);
  });

  it('refuses a source over the size limit, and warns about a line that lost its breaks and about more clauses than a news article has', () => {
    const huge = new VFile({ path: 'huge.txt', value: new Uint8Array(3 * 1024 * 1024).fill(0x61) });
    const oneLine = new VFile({
      path: 'one-line.txt',
      value: text(`${'Der Präsident eröffnete heute eine Brücke. '.repeat(600)}\n`),
    });
    const { articles } = runPipeline({ sources: [huge, oneLine] });
    expect(articles.map((article) => article.frontmatter.id)).toEqual(['one-line']);
    expect(
      [...huge.messages, ...oneLine.messages].map(
        (message) => `${message.fatal ? 'error' : 'warning'} ${message.ruleId}: ${message.reason}`,
      ),
    ).toMatchInlineSnapshot(`
      [
        "error too-large: Cannot ingest a source of 3.0 MiB, expected at most 2.0 MiB: keep only the article text, or split the file",
        "warning long-line: Unexpected line of 25,800 characters, expected paragraphs on lines of their own: it is kept as one paragraph; restore the line breaks",
        "warning long-article: Unexpected length: 600 sentences and clauses, expected a news article's; claims are read from the first 500 only, up to this line: split the file if it holds several articles",
      ]
    `);
  });
});
