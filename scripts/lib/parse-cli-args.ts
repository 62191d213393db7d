import type { ParseArgsOptionsConfig } from 'node:util';
import { parseArgs } from 'node:util';

/**
 * Parse command-line flags; on `--help` print the usage and exit 0; on a wrong flag print
 * what is wrong and the usage, and exit 2.
 */
export function parseCliArgs<T extends ParseArgsOptionsConfig>(options: T, usage: string) {
  if (process.argv.slice(2).includes('--help')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ options }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
