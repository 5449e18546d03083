/**
 * Capture import in the web app, printed, never asserted (`npx tsx bench/ui-capture-bench.ts`,
 * run by `npm run bench`):
 *  1. A 1,000,000-packet capture (100 bytes per packet, 1024 flows) read, marked and classified
 *     in the worker against the classify fixtures' scenario, its packets arriving on lan0: packets/s
 *     and MB/s as the worker measured them (from the first slice read to the last packet stored).
 *  2. A 200 MB capture (1,000-byte packets) the same way, with the longest main-thread task while
 *     it is imported (PerformanceObserver 'longtask' entries; target: none over 100 ms).
 * The files are generated in a temporary folder and deleted afterwards.
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium';
import { writeSyntheticPcap } from '../e2e/capture-gen';

const PORT = 5184;
const line = (label: string, value: string) => console.log(`${label.padEnd(58)} ${value}`);

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url}`);
}

/** Imports `path` (its packets mapped to lan0, arriving) and returns the worker's figures. */
async function importCapture(
  page: Page,
  path: string,
): Promise<{ packets: number; bytes: number; ms: number; longest: number; tasks: number; at: string }> {
  await page.getByTestId('capture-file').setInputFiles(path);
  const status = page.getByTestId('capture-status');
  await status.waitFor({ timeout: 600_000 });
  // The first read finds the one unnamed interface; mapping it to lan0 reads the file again,
  // this time through the mangle table and the routing lookup. That second read is measured.
  await page.waitForSelector('[data-testid=capture-status][data-state=done]', { timeout: 600_000 });
  await page.evaluate('window.__longtasks = []; window.__t0 = performance.now()');
  await page.getByTestId('capture-interface').first().getByTestId('capture-link').selectOption('lan0');
  await page.waitForSelector('[data-testid=capture-status][data-state=done]', { timeout: 600_000 });
  const packets = Number(await status.getAttribute('data-packets'));
  const bytes = Number(await status.getAttribute('data-bytes'));
  const ms = Number(await status.getAttribute('data-ms'));
  const tasks = (await page.evaluate('window.__longtasks')) as [number, number][];
  const at = tasks.map(([t, d]) => `${d.toFixed(0)} ms at +${(t / 1000).toFixed(2)} s`).join(', ');
  return { packets, bytes, ms, longest: Math.max(0, ...tasks.map(([, d]) => d)), tasks: tasks.length, at };
}

/** Generates the captures, imports them in Chromium, prints the figures. */
export async function runUiCaptureBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rpdb-ui-capture-bench-'));
  const server = { pid: 0 };
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const million = join(dir, 'million.pcap');
    const big = join(dir, '200mb.pcap');
    await writeSyntheticPcap(million, 1_000_000);
    await writeSyntheticPcap(big, 200_000, 1000);
    const out = join(dir, 'app');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', out, '--emptyOutDir'], {
      stdio: 'inherit',
    });
    const child = spawn(
      'npx',
      ['vite', 'preview', '--outDir', out, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
      {
        stdio: 'ignore',
        detached: true,
      },
    );
    server.pid = child.pid ?? 0;
    const base = `http://127.0.0.1:${PORT}/`;
    await waitForServer(base);
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await context.addInitScript(`
      window.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longtasks.push([e.startTime - (window.__t0 || 0), e.duration]);
      }).observe({ type: 'longtask', buffered: true });
    `);
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector('[data-testid=app][data-status=done]');
    await page.getByTestId('script').fill(readFileSync('test/classify-fixtures/scenario-mangle.sh', 'utf8'));
    await page.getByTestId('run').click();
    await page.waitForSelector('[data-testid=app][data-status=done]');

    const a = await importCapture(page, million);
    line(
      'web capture: 1M packets × 100 B, worker packets/s',
      `${Math.round((a.packets / a.ms) * 1000).toLocaleString('en')} (${a.packets.toLocaleString('en')} in ${(a.ms / 1000).toFixed(1)} s)`,
    );
    line('web capture: 1M packets × 100 B, worker MB/s', `${(a.bytes / 1e6 / (a.ms / 1000)).toFixed(1)}`);
    await page.getByTestId('capture-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await page.waitForSelector('[data-testid=capture-row]');

    const b = await importCapture(page, big);
    line(
      'web capture: 200 MB (1000 B packets), worker packets/s',
      `${Math.round((b.packets / b.ms) * 1000).toLocaleString('en')}`,
    );
    line(
      'web capture: 200 MB (1000 B packets), worker MB/s',
      `${(b.bytes / 1e6 / (b.ms / 1000)).toFixed(1)} (${(b.ms / 1000).toFixed(1)} s)`,
    );
    line(
      'web capture: 200 MB import, longest main-thread task (≤ 100)',
      `${b.longest.toFixed(0)} ms (${b.tasks} tasks over 50 ms${b.at ? `: ${b.at}` : ''})`,
    );
    await context.close();
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (/ui-capture-bench\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runUiCaptureBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
