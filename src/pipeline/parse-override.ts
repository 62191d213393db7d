import leven from 'leven';
import type { VFile } from 'vfile';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ArticleOverride } from '../schemas/article-override.ts';
import { ArticleOverrideSchema } from '../schemas/article-override.ts';

const fields = Object.keys(ArticleOverrideSchema.shape);

/**
 * Read an editor's override file (`<id>.yaml`). Returns the override, or `undefined` with an
 * error on the file for each problem: YAML syntax, an unknown field (with the closest known
 * one), or a value of the wrong form, each at its line.
 */
export function parseOverride(file: VFile): ArticleOverride | undefined {
  const lineCounter = new LineCounter();
  const text = typeof file.value === 'string' ? file.value : new TextDecoder().decode(file.value);
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const fail = (reason: string, offset: number, rule: string) => {
    const { line, col } = lineCounter.linePos(offset);
    const message = file.message(reason, { place: { line, column: col }, ruleId: rule, source: 'corroborate' });
    message.fatal = true;
  };

  if (document.errors.length > 0) {
    for (const error of document.errors)
      fail(`Cannot read the override: ${error.message.split('\n')[0]}`, error.pos[0], 'override-yaml');
    return undefined;
  }
  const root = document.contents;
  if (root !== null && !isMap(root)) {
    fail(
      `Unexpected ${isScalar(root) ? 'value' : 'list'}, expected fields such as \`title: …\` (one per line)`,
      0,
      'override-shape',
    );
    return undefined;
  }

  const offsetOf = (key: string) => {
    const pair = root?.items.find((item) => isScalar(item.key) && item.key.value === key);
    return (isScalar(pair?.key) ? pair.key.range?.[0] : undefined) ?? 0;
  };
  const result = ArticleOverrideSchema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;

  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const closest = [...fields].sort((a, b) => leven(key, a) - leven(key, b))[0];
        fail(
          `Unexpected field \`${key}\`, expected one of ${fields.map((f) => `\`${f}\``).join(', ')} (did you mean \`${closest}\`?)`,
          offsetOf(key),
          'override-field',
        );
      }
    } else {
      const key = String(issue.path[0] ?? '');
      fail(`Cannot use the value of \`${key}\`: ${issue.message}`, offsetOf(key), 'override-value');
    }
  }
  return undefined;
}
