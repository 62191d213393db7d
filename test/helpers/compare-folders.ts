import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `folder`, relative and sorted, with its bytes. */
export function filesOf(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [path.relative(folder, file), readFileSync(file)]),
  );
}

/** Files whose bytes differ between two folders, or that only one of them has. */
export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((name) => {
    const left = a.get(name);
    const right = b.get(name);
    return left === undefined || right === undefined || !left.equals(right);
  });
}
