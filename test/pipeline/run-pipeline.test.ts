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
    const { articles, eventsJson } = runPipeline(seeds());
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
    const first = runPipeline(seeds());
    const second = runPipeline(seeds().reverse());
    expect(JSON.stringify(second.eventsJson)).toBe(JSON.stringify(first.eventsJson));
    expect(second.articles.map((article) => article.mdx)).toEqual(first.articles.map((article) => article.mdx));
  });

  it('publishes the valid sources and leaves an error on each file it cannot use', () => {
    const empty = new VFile({ path: 'nested/empty.txt', value: new Uint8Array() });
    const clash = new VFile({
      path: 'nested/000_5a73edd74052446e.txt',
      value: new TextEncoder().encode('Ein anderer Text über etwas ganz anderes.'),
    });
    const { articles } = runPipeline([...seeds(), empty, clash]);
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
    const { articles } = runPipeline([file]);
    expect(articles[0]?.frontmatter.lang).toBe('und');
    expect(file.messages.map((message) => [message.fatal, message.ruleId])).toEqual([[false, 'unknown-language']]);
  });
});
