/** A problem with what the user gave (a path, a flag): printed as one line, never as a stack trace. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Run a CLI's main function; a `UserError` prints `<cli>: <message>` and exits 2. */
export async function runCli(cli: string, main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`${cli}: ${error.message}`);
    process.exitCode = 2;
  }
}
