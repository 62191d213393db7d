import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Make sure Debian's Chromium is there for the browser tests: the tests drive it with
 * playwright-core and never download a browser. As root with apt-get at hand, install it;
 * otherwise say how.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
  if (!canInstall) {
    console.error(
      `test: Chromium is missing at ${chromium}: install it with \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH`,
    );
    process.exit(1);
  }
  console.error('test: installing Debian’s Chromium for the browser tests (apt-get install -y chromium)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
