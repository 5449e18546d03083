/**
 * Web app figures, printed, never asserted (`npx tsx bench/ui-bench.ts`; bench/run.ts may import
 * `runUiBench`):
 *  1. Initial JavaScript: the gzipped size of the scripts index.html loads (target ≤ 300 KB), and
 *     of the engine worker, which the first run starts.
 *  2. Time from navigation to the first trace on screen, and to the trace animated to its verdict
 *     (LARTC example, speed 64 steps/s), median of 5 fresh loads.
 *  3. Frame rate while the trace of a 500-rule scenario animates (target ≥ 50 fps), measured
 *     with requestAnimationFrame over 3 s in Debian's Chromium.
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { encodeShareFragment } from '../src/scenario/share/share-link';

const PORT = 5183;
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A scenario whose probe walks past 500 rules (none matches) before main answers. */
export function fiveHundredRules(): string {
  const rules = Array.from({ length: 500 }, (_, i) => `ip rule add pref ${1000 + i} fwmark ${i + 1} lookup 100`);
  return [
    'ip link add eth0 type veth peer name eth0-p',
    'ip link set eth0 up',
    'ip link set eth0-p up',
    'ip addr add 10.0.0.2/24 dev eth0',
    'ip route add default via 10.0.0.1 dev eth0',
    'ip route add default via 10.0.0.254 dev eth0 table 100',
    ...rules,
    'ip route get 192.0.2.1',
    '',
  ].join('\n');
}

function jsSizes(dir: string): { initial: number; worker: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gz = (f: string) => gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
  const worker = readdirSync(join(dir, 'assets')).filter((f) => /^engine\.worker.*\.js$/.test(f));
  return { initial: refs.reduce((n, f) => n + gz(f), 0), worker: worker.reduce((n, f) => n + gz(`assets/${f}`), 0) };
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Builds the app, serves it on 127.0.0.1, and prints the figures. */
export async function runUiBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rpdb-ui-bench-'));
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dir, '--emptyOutDir'], { stdio: 'inherit' });
  const sizes = jsSizes(dir);
  line('web: initial JavaScript, gzipped (target ≤ 300 KB)', kb(sizes.initial));
  line('web: engine worker JavaScript, gzipped', kb(sizes.worker));

  const server = spawn('npx', ['vite', 'preview', '--outDir', dir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${PORT}/`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await waitForServer(base);
    const shown: number[] = [];
    const animated: number[] = [];
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(base);
      await page.getByTestId('trace-step').first().waitFor();
      shown.push(Date.now() - t0);
      await page.getByTestId('speed').selectOption('64');
      await page.getByTestId('play').click();
      const steps = await page.getByTestId('trace-step').count();
      await page.waitForSelector(`[data-testid=trace][data-step="${steps - 1}"]`);
      animated.push(Date.now() - t0);
      await context.close();
    }
    line('web: load → first trace on screen (median of 5)', `${median(shown)} ms`);
    line('web: load → trace animated to its verdict at 64 steps/s', `${median(animated)} ms`);

    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(`${base}${encodeShareFragment({ script: fiveHundredRules(), probe: '192.0.2.1' })}`);
    await page.getByTestId('trace-step').first().waitFor();
    line('web: 500 rules: load → first trace on screen', `${Date.now() - t0} ms`);
    const steps = await page.getByTestId('trace-step').count();
    await page.getByTestId('speed').selectOption('64');
    await page.getByTestId('play').click();
    // A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page lacks.
    const fps = (await page.evaluate(`new Promise((resolve) => {
      let frames = 0, worst = 0;
      const start = performance.now();
      let last = start;
      const tick = (now) => {
        frames++;
        worst = Math.max(worst, now - last);
        last = now;
        if (now - start < 3000) requestAnimationFrame(tick);
        else resolve({ fps: (frames * 1000) / (now - start), worst });
      };
      requestAnimationFrame(tick);
    })`)) as { fps: number; worst: number };
    const reached = await page.getByTestId('trace').getAttribute('data-step');
    line('web: 500 rules: frame rate while animating (target ≥ 50)', `${fps.fps.toFixed(1)} fps`);
    line('web: 500 rules: longest frame while animating', `${fps.worst.toFixed(1)} ms`);
    line('web: 500 rules: trace steps / reached after 3 s at 64 steps/s', `${steps} / ${Number(reached) + 1}`);
    await context.close();
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
    rmSync(dir, { recursive: true, force: true });
  }
}

// Run when started as this file (`npx tsx bench/ui-bench.ts`), not when bundled into another bench.
if (/ui-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runUiBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
