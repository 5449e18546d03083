// Installs the npm dependencies when they are missing (a fresh clone), so that `npm start` and
// `npm test` work as the first command run in a new checkout.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs `npm ci` (or `npm install` without a lockfile) if node_modules is absent. */
export function ensureDeps() {
  if (existsSync('node_modules/.package-lock.json') && existsSync('dist/rpdb.mjs')) return;
  const cmd = existsSync('package-lock.json') ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
  if (!existsSync('node_modules/.package-lock.json')) {
    process.stdout.write(`rpdb-lab: installing dependencies (npm ${cmd[0]})...\n`);
    const r = spawnSync('npm', cmd, { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  if (!existsSync('dist/rpdb.mjs')) {
    const r = spawnSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
