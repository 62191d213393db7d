import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashCodeVersion } from '../../scripts/lib/hash-code-version.ts';

/** A project with a stage, a data file, a lock file and a README. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'corroborate-version-'));
  mkdirSync(path.join(root, 'src/pipeline/claims'), { recursive: true });
  mkdirSync(path.join(root, 'src/data'));
  writeFileSync(path.join(root, 'src/pipeline/claims/align-claims.ts'), 'export const threshold = 0.34;\n');
  writeFileSync(path.join(root, 'src/data/hedges.ts'), "export const hedges = ['reportedly'];\n");
  writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/franc":{"version":"6.2.0"}}}\n');
  writeFileSync(path.join(root, 'README.md'), '# Corroborate\n');
  return root;
}

describe('hashCodeVersion', () => {
  it('gives the same version for the same code', async () => {
    const root = project();
    expect(await hashCodeVersion(root)).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashCodeVersion(root)).toBe(await hashCodeVersion(root));
  });

  it('gives another version when a stage, a data file or a locked package changes', async () => {
    const root = project();
    const versions = [await hashCodeVersion(root)];
    writeFileSync(path.join(root, 'src/pipeline/claims/align-claims.ts'), 'export const threshold = 0.35;\n');
    versions.push(await hashCodeVersion(root));
    writeFileSync(path.join(root, 'src/data/hedges.ts'), "export const hedges = ['reportedly', 'allegedly'];\n");
    versions.push(await hashCodeVersion(root));
    writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/franc":{"version":"6.2.1"}}}\n');
    versions.push(await hashCodeVersion(root));
    writeFileSync(path.join(root, 'src/pipeline/claims/new-stage.ts'), 'export {};\n');
    versions.push(await hashCodeVersion(root));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('keeps the version when only files the pipeline does not read change', async () => {
    const root = project();
    const before = await hashCodeVersion(root);
    writeFileSync(path.join(root, 'README.md'), '# Corroborate, a fact-check site\n');
    expect(await hashCodeVersion(root)).toBe(before);
  });
});
