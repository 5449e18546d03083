// `npm test`: every test the project has, in order, with one closing line "N passed, N failed".
// Stages: build the rpdb bundle, typecheck (browser and DOM-free configs), lint, unit + corpus +
// fuzz tests (Vitest), end-to-end tests in Debian's Chromium (Playwright).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();

let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, opts = {}) {
  process.stdout.write(`\n=== ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
}

function stage(name, cmd, args) {
  const status = run(name, cmd, args);
  if (status === 0) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

stage('build rpdb', 'node', ['scripts/build-cli.mjs']);
stage('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
stage('typecheck (DOM-free folders)', 'npx', ['tsc', '-p', 'tsconfig.pure.json', '--noEmit']);
if (existsSync('eslint.config.js')) stage('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);

const vitestOut = 'test-results/vitest.json';
rmSync(vitestOut, { force: true });
const vs = run('unit, corpus and fuzz tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestOut}`]);
if (existsSync(vitestOut)) {
  const j = JSON.parse(readFileSync(vitestOut, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  if (j.numFailedTests > 0) failures.push(`${j.numFailedTests} vitest test(s)`);
  if (vs !== 0 && j.numFailedTests === 0) {
    failed++;
    failures.push('vitest exited non-zero');
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

if (existsSync('playwright.config.ts')) {
  const pwOut = 'test-results/playwright.json';
  rmSync(pwOut, { force: true });
  const ps = run('end-to-end tests', 'npx', ['playwright', 'test'], {
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut },
  });
  if (existsSync(pwOut)) {
    const j = JSON.parse(readFileSync(pwOut, 'utf8'));
    const s = j.stats ?? {};
    passed += s.expected ?? 0;
    failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
    if ((s.unexpected ?? 0) > 0) failures.push(`${s.unexpected} end-to-end test(s)`);
    if (ps !== 0 && !(s.unexpected > 0)) {
      failed++;
      failures.push('playwright exited non-zero');
    }
  } else {
    failed++;
    failures.push('playwright produced no report');
  }
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
