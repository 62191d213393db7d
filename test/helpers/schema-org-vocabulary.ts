import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The schema.org vocabulary as schema-dts publishes it (generated from the current
 * schemaorg-current-https release): each type's properties with their ranges, and each type's
 * subtypes. Read from its `schema.d.ts`, so tests check JSON-LD against the real vocabulary.
 */
interface Vocabulary {
  /** Type name → its properties, each with the type names it accepts. */
  properties: Map<string, Map<string, string[]>>;
  /** Type name → the names it stands for: itself and every subtype, transitively. */
  members: (type: string) => Set<string>;
}

function readVocabulary(): Vocabulary {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('schema-dts/package.json')), 'dist/schema.d.ts');
  const text = readFileSync(file, 'utf8');

  // `interface XBase extends YBase, ZBase { "prop"?: SchemaValue<A | B, "prop">; … }`
  const bases = new Map<string, { parents: string[]; properties: Map<string, string[]> }>();
  for (const match of text.matchAll(/^interface (\w+) extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
    const properties = new Map<string, string[]>();
    for (const property of (match[3] ?? '').matchAll(/^\s+"([\w@-]+)"\?: SchemaValue<([^,>]+(?:<[^>]*>)?)/gm))
      properties.set(
        property[1] ?? '',
        (property[2] ?? '').split('|').map((name) => name.trim()),
      );
    const parents = (match[2] ?? '').split(',').map((name) => name.trim().replace(/^Partial<(\w+)>$/, '$1'));
    bases.set(match[1] ?? '', { parents, properties });
  }
  // `export interface XLeaf extends XBase { "@type": "X"; }`
  const properties = new Map<string, Map<string, string[]>>();
  for (const match of text.matchAll(/^export interface \w+Leaf extends (\w+) \{\s+"@type": "(\w+)";/gm)) {
    const all = new Map<string, string[]>();
    const collect = (base: string) => {
      const entry = bases.get(base);
      if (!entry) return;
      for (const [name, range] of entry.properties) if (!all.has(name)) all.set(name, range);
      for (const parent of entry.parents) collect(parent);
    };
    collect(match[1] ?? '');
    properties.set(match[2] ?? '', all);
  }
  // `export type CreativeWork = CreativeWorkLeaf | Article | Claim | …`
  const aliases = new Map<string, string[]>();
  for (const match of text.matchAll(/^export type (\w+) = ([^;]+);/gm))
    aliases.set(
      match[1] ?? '',
      (match[2] ?? '').split('|').map((name) => name.trim().replace(/Leaf$/, '')),
    );
  const members = (type: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(type)) return seen;
    seen.add(type);
    for (const sub of aliases.get(type) ?? []) members(sub, seen);
    return seen;
  };
  return { properties, members: (type) => members(type) };
}

let vocabulary: Vocabulary | undefined;

/**
 * Problems of a JSON-LD node against schema.org: a `@type` that is no schema.org type, a property
 * the type does not have, or a nested node whose type is outside the property's range. Empty when valid.
 */
export function schemaOrgProblems(node: unknown, where = '$'): string[] {
  vocabulary ??= readVocabulary();
  if (Array.isArray(node)) return node.flatMap((item, index) => schemaOrgProblems(item, `${where}[${index}]`));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  if (typeof type !== 'string') return [`${where}: no @type`];
  const properties = vocabulary.properties.get(type);
  if (!properties) return [`${where}: ${type} is not a schema.org type`];
  const problems: string[] = [];
  for (const [name, value] of Object.entries(record)) {
    if (name === '@context' || name === '@type' || name === '@id') continue;
    const range = properties.get(name);
    if (!range) {
      problems.push(`${where}.${name}: ${type} has no property ${name}`);
      continue;
    }
    for (const [index, item] of (Array.isArray(value) ? value : [value]).entries()) {
      const at = Array.isArray(value) ? `${where}.${name}[${index}]` : `${where}.${name}`;
      if (typeof item === 'object' && item !== null && typeof (item as Record<string, unknown>)['@type'] === 'string') {
        const itemType = (item as Record<string, string>)['@type'] ?? '';
        if (!range.some((accepted) => vocabulary?.members(accepted).has(itemType)))
          problems.push(`${at}: ${itemType} is outside the range of ${name} (${range.join(', ')})`);
        problems.push(...schemaOrgProblems(item, at));
      }
    }
  }
  return problems;
}
