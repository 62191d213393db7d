import leven from 'leven';
import type { VFile } from 'vfile';
import type { Document } from 'yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** YAML inside a larger file (a note's frontmatter): its text and the file line it starts on. */
export interface YamlRegion {
  text: string;
  line: number;
}

/**
 * Read a YAML file editors keep (an override, the glossary, event corrections, a note's
 * frontmatter when `region` is given) and validate it with a zod schema. Returns the data, or
 * `undefined` with an error on the file for each problem, at its line: YAML syntax, an unknown
 * field (with the closest known one), a value of the wrong form.
 */
export function parseYamlFile<T extends z.ZodType>(
  file: VFile,
  schema: T,
  rulePrefix: string,
  region?: YamlRegion,
): z.infer<T> | undefined {
  const lineCounter = new LineCounter();
  const firstLine = region?.line ?? 1;
  let text: string;
  try {
    text = region?.text ?? (typeof file.value === 'string' ? file.value : utf8.decode(file.value));
  } catch {
    const message = file.message(
      'Unexpected byte sequence, expected UTF-8 text: re-save the file as UTF-8 (for example `iconv -f WINDOWS-1252 -t UTF-8`)',
      { place: { line: 1, column: 1 }, ruleId: `${rulePrefix}-yaml`, source: 'corroborate' },
    );
    message.fatal = true;
    return undefined;
  }
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const fail = (reason: string, offset: number, rule: string) => {
    const { line, col } = lineCounter.linePos(offset);
    const message = file.message(reason, {
      place: { line: line + firstLine - 1, column: col },
      ruleId: `${rulePrefix}-${rule}`,
      source: 'corroborate',
    });
    message.fatal = true;
  };

  if (document.errors.length > 0) {
    for (const error of document.errors)
      fail(`Cannot read the YAML: ${error.message.split('\n')[0]}`, error.pos[0], 'yaml');
    return undefined;
  }
  // Aliases resolve only now: one to nowhere, or so many that they would blow up, is an error.
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    fail(`Cannot read the YAML: ${(error as Error).message.split('\n')[0]}`, 0, 'yaml');
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;

  for (const issue of result.error.issues) {
    const offset = offsetOf(document, issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const closest = [...known].sort((a, b) => leven(key, a) - leven(key, b))[0];
        fail(
          `Unexpected field \`${key}\`, expected one of ${known.map((field) => `\`${field}\``).join(', ')}${closest ? ` (did you mean \`${closest}\`?)` : ''}`,
          offsetOf(document, [...issue.path, key]),
          'field',
        );
      }
    } else {
      const where = issue.path.length > 0 ? `\`${issue.path.join('.')}\`` : 'the file';
      fail(`Cannot use the value of ${where}: ${issue.message}`, offset, 'value');
    }
  }
  return undefined;
}

/** Offset of the node at a path (a key's position for map entries), or of its nearest parent. */
function offsetOf(document: Document, path: readonly PropertyKey[]): number {
  let node: unknown = document.contents;
  let offset = 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
      if (!pair) break;
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

/** The field names the schema allows at a path, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const step of path) {
    const def = (current as { def?: { type?: string; element?: unknown; shape?: Record<string, unknown> } }).def;
    if (def?.type === 'array' && typeof step === 'number') current = def.element;
    else if (def?.shape && typeof step === 'string') current = def.shape[step];
  }
  const shape = (current as { def?: { shape?: Record<string, unknown> } }).def?.shape;
  return shape ? Object.keys(shape) : [];
}
