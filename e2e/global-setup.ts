/**
 * Playwright's global setup: makes sure Debian's Chromium is installed before any test starts.
 * As root it installs the `chromium` package with apt-get; otherwise it stops with the command
 * to run. (`npx playwright install` downloads a browser, which this network does not allow.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH } from './chromium';

function aptGet(args: string[]): boolean {
  const r = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

/** Ensures CHROMIUM_PATH exists, installing Debian's chromium when running as root. */
export default function globalSetup(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const isRoot = process.getuid?.() === 0;
  const defaultPath = CHROMIUM_PATH === '/usr/bin/chromium';
  if (isRoot && defaultPath) {
    process.stderr.write(`${CHROMIUM_PATH} is missing: installing Debian's chromium package\n`);
    if (aptGet(['update']) && aptGet(['install', '-y', 'chromium']) && existsSync(CHROMIUM_PATH)) return;
  }
  throw new Error(
    [
      `The end-to-end tests need Chromium at ${CHROMIUM_PATH}, and it is missing.`,
      defaultPath
        ? isRoot
          ? 'Installing it with apt-get failed; see the apt-get output above, then run:'
          : "Install Debian's chromium package (as root), then run the tests again:"
        : "RPDB_CHROMIUM names a file that does not exist; unset it, or install Debian's chromium:",
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'Do not run "npx playwright install": it downloads a browser, which this network refuses.',
    ].join('\n'),
  );
}
