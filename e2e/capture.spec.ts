/**
 * Captures in the app (issue 4): real captures from test/classify-fixtures, whose every packet's
 * `ip route get` answer was recorded from the kernel (record.sh), opened through the file picker;
 * the interface mapping set as `rpdb classify`'s options say; the packet table, groups, flow
 * diagram and trace checked against those recorded answers. A large generated capture checks the
 * progress bar, Cancel, and that scenario edits are not held up while a capture is read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { readCaptureBytes } from '../src/capture/capture-reader';
import { formatCaptureError } from '../src/capture/types';
import { runScript } from '../src/scenario/run-script';
import { writeSyntheticPcap } from './capture-gen';
import { expect, test, type AppPage } from './app.page';

const DIR = 'test/classify-fixtures';
interface Fixture {
  file: string;
  scenario: string;
  args: string[];
}
interface KernelRecord {
  index: number;
  query?: string;
  status?: number;
  stdout?: string;
  stderr?: string;
  skipped?: string;
}
const FIXTURES = JSON.parse(readFileSync(`${DIR}/fixtures.json`, 'utf8')) as Fixture[];

function kernelRecords(file: string): KernelRecord[] {
  return readFileSync(`${DIR}/${file}.kernel.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as KernelRecord);
}

/** Loads a scenario script into the app and waits for it to run. */
async function loadScenario(app: AppPage, file: string): Promise<void> {
  await app.script.fill(readFileSync(`${DIR}/${file}`, 'utf8'));
  await app.run();
}

/** Opens a capture file with the toolbar's button and waits until it is read. */
async function openCapture(app: AppPage, path: string): Promise<void> {
  await app.page.getByTestId('capture-file').setInputFiles(path);
  await expect(app.page.getByTestId('capture-status')).toHaveAttribute('data-state', 'done', {
    timeout: 20_000,
  });
}

/** Sets the interface mapping as `rpdb classify ARGS` would: `--iif X` / `--output X`. */
async function applyArgs(app: AppPage, args: string[]): Promise<void> {
  for (let i = 0; i + 1 < args.length; i += 2) {
    const [flag, link] = [args[i], args[i + 1]];
    const rows = app.page.getByTestId('capture-interface');
    for (const row of await rows.all()) {
      const key = await row.getAttribute('data-key');
      const linkSelect = row.getByTestId('capture-link');
      if (key !== '(unnamed)' && (await linkSelect.inputValue()) !== link) continue;
      if ((await linkSelect.inputValue()) !== link) {
        await linkSelect.selectOption(link);
        await waitDone(app);
      }
      if (flag === '--output') {
        await row.getByTestId('capture-direction').selectOption('output');
        await waitDone(app);
      }
    }
  }
}

async function waitDone(app: AppPage): Promise<void> {
  await expect(app.page.getByTestId('capture-status')).toHaveAttribute('data-state', 'done', {
    timeout: 20_000,
  });
}

/** Every packet row of the table, by scrolling the virtualised list from top to bottom. */
async function allRows(
  app: AppPage,
): Promise<Map<number, { query: string; answer: string; verdict: string }>> {
  const scroller = app.page.getByTestId('capture-scroll');
  const out = new Map<number, { query: string; answer: string; verdict: string }>();
  const total = Number(
    (await app.page.getByTestId('capture-count').textContent())?.split(' ')[0].replace(/,/g, ''),
  );
  for (let top = 0; out.size < total; top += 200) {
    await scroller.evaluate((el, t) => (el.scrollTop = t), top);
    await expect(app.page.getByTestId('capture-row-loading')).toHaveCount(0);
    const rows = await app.page.getByTestId('capture-row').evaluateAll((els) =>
      els.map((e) => ({
        index: Number(e.getAttribute('data-index')),
        query: e.getAttribute('data-query') ?? '',
        answer: e.getAttribute('data-answer') ?? '',
        verdict: e.querySelector('[data-col=verdict]')?.textContent ?? '',
      })),
    );
    for (const r of rows) out.set(r.index, r);
    if (top > total * 30) break;
  }
  return out;
}

const groupCounts = (groups: Locator) =>
  groups.evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-term') ?? '', Number(e.getAttribute('data-count'))] as const),
  );

for (const f of FIXTURES) {
  test(`${f.file}: every packet's query and answer in the table are the kernel's`, async ({ app }) => {
    await app.open();
    await loadScenario(app, f.scenario);
    await openCapture(app, `${DIR}/${f.file}`);
    await applyArgs(app, f.args);
    const kernel = kernelRecords(f.file);
    const rows = await allRows(app);
    expect(rows.size).toBe(kernel.length);
    for (const k of kernel) {
      const row = rows.get(k.index);
      if (k.skipped !== undefined) expect(row?.verdict).toBe(`skipped: ${k.skipped}`);
      else expect([row?.query, row?.answer]).toEqual([k.query, (k.stdout ?? '') + (k.stderr ?? '')]);
    }
  });
}

test('groups count the packets per verdict, rule and table; a group filters the table', async ({ app }) => {
  await app.open();
  await loadScenario(app, 'scenario-mangle.sh');
  await openCapture(app, `${DIR}/mangle-sll2.pcap`);
  const kernel = kernelRecords('mangle-sll2.pcap');
  const groups = app.page.getByTestId('capture-group');
  for (const field of ['verdict', 'rule', 'table'] as const) {
    await app.page.getByTestId(`capture-groupby-${field}`).check();
    const counts = await groupCounts(groups);
    expect(counts.reduce((n, [, c]) => n + c, 0)).toBe(kernel.length);
  }
  // The kernel's answers grouped by device: the "dev X" groups must count the same.
  await app.page.getByTestId('capture-groupby-verdict').check();
  const byDev = new Map<string, number>();
  for (const k of kernel) {
    const dev =
      k.status === 0 ? /\bdev (\S+)/.exec(k.stdout ?? '')?.[1] : undefined;
    if (dev && !/^(local|broadcast|multicast)\b/.test(k.stdout ?? ''))
      byDev.set(dev, (byDev.get(dev) ?? 0) + 1);
  }
  const counts = new Map(await groupCounts(groups));
  for (const [dev, n] of byDev) expect(counts.get(`verdict:"dev ${dev}"`), `dev ${dev}`).toBe(n);
  await app.screenshot('capture-flow');
  // Clicking a group filters the table to exactly its packets.
  const [term, count] = [...counts.entries()].find(([t]) => t.startsWith('verdict:"dev '))!;
  await app.page.locator(`[data-testid=capture-group][data-term='${term}'] button`).click();
  await expect(app.page.getByTestId('capture-count')).toHaveText(
    new RegExp(`^${count} of ${kernel.length} packets`),
  );
  await expect(app.page.getByTestId('capture-flow').locator('g.flow-node')).not.toHaveCount(0);
  await app.screenshot('capture-groups');
});

test('clicking a packet shows its trace, whose verdict is the kernel answer', async ({ app }) => {
  await app.open();
  await loadScenario(app, 'scenario-mangle.sh');
  await openCapture(app, `${DIR}/mangle-sll2.pcap`);
  const kernel = kernelRecords('mangle-sll2.pcap');
  // A packet the mangle table marked (NTP sent by the host: OUTPUT --dport 123 MARK 1).
  await app.page.getByTestId('capture-filter').fill('dport:123 dir:out');
  const ntp = kernel.filter((r) => / dport 123\b/.test(r.query ?? '')).length;
  expect(ntp).toBeGreaterThan(0);
  await expect(app.page.getByTestId('capture-count')).toHaveText(`${ntp} of ${kernel.length} packets`);
  const row = app.page.getByTestId('capture-row').first();
  const index = Number(await row.getAttribute('data-index'));
  const k = kernel.find((r) => r.index === index)!;
  await row.click();
  await app.waitForIdle();
  await expect.poll(() => app.verdictText()).toBe(k.status === 0 ? k.stdout : k.stderr || k.stdout);
  await expect(app.traceSteps).not.toHaveCount(0);
  // The mangle rule that set the mark, as the rules panel lists it (`iptables -t mangle -S`).
  const rule =
    (await app.page.getByTestId('nf-rule').filter({ hasText: '-A OUTPUT' }).locator('code').textContent()) ??
    '';
  expect(rule).toMatch(/^-A OUTPUT .*-j MARK/);
  await expect(app.page.getByTestId('capture-selected-mark')).toContainText(rule);
  // The packet path: OUTPUT's mangle rule, then the re-route that keeps the source chosen before.
  await expect(app.page.getByTestId('capture-path')).toContainText(rule);
  await expect(app.page.getByTestId('capture-path')).toContainText('Re-routed after OUTPUT');
  await app.screenshot('capture-trace');
});

test('the mangle panel adds a rule, shows iptables errors, and deletes it', async ({ app }) => {
  await app.open();
  await loadScenario(app, 'scenario.sh');
  const command = app.page.getByTestId('nf-command');
  await command.fill('iptables -t mangle -A PREROUTING -i lan0 -p tcp --dport 25 -j MARK --set-mark 1');
  await app.page.getByTestId('nf-add').click();
  await app.waitForIdle();
  await expect(app.page.getByTestId('nf-rule').filter({ hasText: '--dport 25' })).toHaveCount(1);
  const bad = 'iptables -t mangle -A PREROUTING --dport 25 -j MARK --set-mark 1';
  await command.fill(bad);
  await app.page.getByTestId('nf-add').click();
  // iptables' own words, as the engine prints them for the same line (its netfilter corpus
  // checks those against the real iptables).
  const [rec] = runScript(`${bad}\n`);
  expect(rec.status).not.toBe(0);
  await expect(app.page.getByTestId('nf-error')).toHaveText(rec.stderr.trimEnd());
  await app.page.getByTestId('nf-rule').filter({ hasText: '--dport 25' }).getByTestId('nf-delete').click();
  await app.waitForIdle();
  await expect(app.page.getByTestId('nf-rule').filter({ hasText: '--dport 25' })).toHaveCount(0);
});

test('a truncated capture keeps the packets before the damage and names where it is', async ({ app }) => {
  await app.open();
  await loadScenario(app, 'scenario.sh');
  const whole = readFileSync(`${DIR}/multi.pcapng`);
  const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
  const dir = mkdtempSync(join(tmpdir(), 'uc-e2e-cut-'));
  try {
    writeFileSync(join(dir, 'cut.pcapng'), cut);
    // What the capture reader itself says about these bytes (src/capture tests it against tshark).
    const expected = readCaptureBytes(new Uint8Array(cut));
    expect(expected.ok).toBe(false);
    await app.page.getByTestId('capture-file').setInputFiles(join(dir, 'cut.pcapng'));
    await expect(app.page.getByTestId('capture-status')).toHaveAttribute('data-state', 'error');
    if (!expected.ok)
      await expect(app.page.getByTestId('capture-error')).toContainText(formatCaptureError(expected.error));
    await expect(app.page.getByTestId('capture-count')).toHaveText(
      `${expected.records.length} of ${expected.records.length} packets`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('a large capture', () => {
  let dir = '';
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'uc-e2e-'));
    // Big enough that reading it takes over a second even at the worker's full speed (~1.4 M packets/s).
    await writeSyntheticPcap(join(dir, 'large.pcap'), 2_000_000);
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('shows progress, can be cancelled, and does not hold up scenario edits', async ({ app }) => {
    test.setTimeout(90_000);
    await app.open();
    await loadScenario(app, 'scenario.sh');
    await app.page.getByTestId('capture-file').setInputFiles(join(dir, 'large.pcap'));
    const progress = app.page.getByTestId('capture-progress');
    await expect(progress).toBeVisible();
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await app.screenshot('capture-progress');
    // An edit while the capture is read: the engine answers it at once.
    await app.script.fill(`${await app.script.inputValue()}ip route get 192.0.2.77\n`);
    await app.run();
    await expect(app.verdict).toContainText('192.0.2.77 dev wan0');
    // The first read may have ended meanwhile on a fast machine: cancel a second read of the same
    // file as soon as its progress shows (reading 200 MB takes over a second, clicking milliseconds).
    await app.page.getByTestId('capture-file').setInputFiles([]);
    await app.page.getByTestId('capture-file').setInputFiles(join(dir, 'large.pcap'));
    await expect(progress).toBeVisible();
    // Nothing slow (such as a screenshot) between the read starting and the click.
    await app.page.getByTestId('capture-cancel').click();
    const status = app.page.getByTestId('capture-status');
    await expect(status).toHaveAttribute('data-state', 'cancelled', { timeout: 10_000 });
    const count = Number(
      (await app.page.getByTestId('capture-count').textContent())?.split(' ')[0].replace(/,/g, ''),
    );
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(2_000_000);
    await expect(app.page.getByTestId('capture-row').first()).toBeVisible();
  });
});
