import type { VFile } from 'vfile';
import type { ArticleOverride } from '../schemas/article-override.ts';
import { ArticleOverrideSchema } from '../schemas/article-override.ts';
import { parseYamlFile } from './parse-yaml-file.ts';

/**
 * Read an editor's override file (`<id>.yaml`). Returns the override, or `undefined` with an
 * error on the file for each problem, at its line.
 */
export function parseOverride(file: VFile): ArticleOverride | undefined {
  return parseYamlFile(file, ArticleOverrideSchema, 'override');
}
