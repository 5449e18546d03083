/**
 * The machine tools of issue 5 in the app: import a recorded snapshot of a real namespace and get
 * back the namespace's own `ip rule show` / `ip route show table all`; the doctor's findings and
 * their probes' traces against the kernel's recorded answers; "which packets reach this?";
 * compare; export downloads. Every test also checks that no request left the app's origin.
 */
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { RULE_DUMP_MAGIC } from '../src/scenario/export-save-wire';
import type { CommandRecord } from '../src/scenario/command-record';
import { type AppPage, expect, test } from './app.page';
import { kernelProbes, kernelVerdict } from './kernel-answers';

const root = new URL('../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** A recorded round trip: the namespace's snapshot and its own dumps (test/import/roundtrip). */
function recorded(id: string) {
  const kernel = JSON.parse(read(`test/import/roundtrip/${id}.kernel.json`)) as { commands: string[]; dumps: string[] };
  const dump = (command: string) => kernel.dumps[kernel.commands.indexOf(command)];
  return { snapshot: read(`test/import/roundtrip/${id}.snapshot.txt`), dump };
}

/** A recorded doctor scenario: the script up to its probes, the expected ids, the kernel's records. */
function doctorCase(id: string) {
  const sh = read(`test/analysis/doctor/kernel/${id}.sh`);
  const records = (JSON.parse(read(`test/analysis/doctor/kernel/${id}.kernel.json`)) as { records: CommandRecord[] }).records;
  const expectIds = /^# expect: (.*)$/m.exec(sh)?.[1].trim().split(/\s+/) ?? [];
  const setup = sh.slice(0, sh.indexOf('# probes')).replace(/^# expect:.*\n/, '');
  return { setup, expectIds, records };
}

async function saved(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

async function openPanel(app: AppPage, name: 'import' | 'doctor' | 'compare' | 'export') {
  await app.page.getByTestId(`machine-${name}`).click();
  await expect(app.page.getByTestId(`${name}-panel`)).toBeVisible();
}

async function replaceScript(app: AppPage, text: string) {
  await app.tab('script');
  await app.script.fill(text);
  await app.run();
}

test('a pasted snapshot gives back the namespace’s own ip rule show and ip route show table all', async ({ app }) => {
  const { snapshot, dump } = recorded('032');
  await app.open();
  const before = await app.script.inputValue();
  await openPanel(app, 'import');
  await app.page.getByTestId('import-text').fill(snapshot);
  await app.page.getByTestId('import-run').click();
  await expect(app.page.getByTestId('import-preview')).toBeVisible();
  await app.page.getByTestId('import-preview').scrollIntoViewIfNeeded();
  await app.screenshot('machine-import');
  // Every warning is shown, located, and clicking it selects its place in the pasted text.
  const warnings = app.page.getByTestId('import-warning');
  expect(await warnings.count()).toBeGreaterThan(0);
  const first = (await warnings.first().textContent()) ?? '';
  const [, line, column] = /^paste:(\d+):(\d+): warning: /.exec(first) ?? [];
  expect(Number(line)).toBeGreaterThan(0);
  await warnings.first().click();
  const lineStart = snapshot.split('\n').slice(0, Number(line) - 1).join('\n').length + 1;
  const selected = await app.page.getByTestId('import-text').evaluate((t: HTMLTextAreaElement) => t.selectionStart);
  expect(selected).toBe(lineStart + Number(column) - 1);
  // The scenario is unchanged until the import is accepted; undo brings it back afterwards.
  expect(await app.script.inputValue()).toBe(before);
  await app.page.getByTestId('import-accept').click();
  await app.waitForIdle();
  const imported = await app.script.inputValue();
  expect(imported).not.toBe(before);
  await app.page.getByTestId('undo').click();
  await app.waitForIdle();
  expect(await app.script.inputValue()).toBe(before);
  await app.page.getByTestId('redo').click();
  await app.waitForIdle();
  expect(await app.script.inputValue()).toBe(imported);
  // The simulator's listings equal the namespace's, to the letter.
  await replaceScript(app, `${imported}ip rule show\nip route show table all\n`);
  await app.tab('output');
  const records = app.output.locator('li');
  const n = await records.count();
  await expect(records.nth(n - 2).locator('.command')).toHaveText('$ ip rule show');
  expect(await records.nth(n - 2).locator('pre.stdout').textContent()).toBe(dump('ip rule show'));
  expect(await records.nth(n - 1).locator('pre.stdout').textContent()).toBe(dump('ip route show table all'));
});

test('the snapshot script downloads from the app as shipped', async ({ app }) => {
  await app.open();
  await openPanel(app, 'import');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('snapshot-download').click()]);
  expect(download.suggestedFilename()).toBe('rpdb-snapshot.sh');
  expect((await saved(download)).toString('utf8')).toBe(read('scripts/rpdb-snapshot.sh'));
});

test('a doctor finding’s probe opens its trace, and its verdict is the kernel’s', async ({ app }) => {
  const { setup, expectIds, records } = doctorCase('priority-fight');
  await app.open();
  await replaceScript(app, setup);
  await openPanel(app, 'doctor');
  const findings = app.page.getByTestId('doctor-finding');
  await expect(findings).toHaveCount(expectIds.length);
  expect((await findings.evaluateAll((f) => f.map((x) => x.getAttribute('data-id')))).sort()).toEqual([...expectIds].sort());
  await expect(app.page.getByTestId('doctor-count')).toHaveText(String(expectIds.length));
  const finding = app.page.locator('[data-testid=doctor-finding][data-id="shadowed:4:5210:5209"]');
  const probe = (await finding.getByTestId('doctor-probe').textContent())?.replace(/^▶\s*/, '').trim() ?? '';
  await finding.getByTestId('doctor-probe').click();
  await app.waitForIdle();
  const kernel = records.find((r) => r.command === probe);
  expect(kernel, `a kernel answer for ${probe}`).toBeDefined();
  await expect(app.probe.locator('option:checked')).toHaveText(probe);
  expect(await app.verdictText()).toBe(kernelVerdict(kernel as CommandRecord));
  expect(await app.traceSteps.count()).toBeGreaterThan(0);
  await app.screenshot('machine-doctor');
});

test('which packets reach a rule: classes with probes that open their trace', async ({ app }) => {
  await app.open();
  const row = app.ruleRows.filter({ hasText: 'fwmark' }).first();
  await row.getByTestId('reach').click();
  const classes = app.page.getByTestId('packet-class');
  await expect(classes.first()).toBeVisible();
  const pref = await row.getAttribute('data-pref');
  for (const text of await classes.allTextContents()) expect(text).toContain(`(rule ${pref})`);
  const probe = (await classes.first().getByTestId('class-probe').textContent())?.replace(/^▶\s*/, '').trim() ?? '';
  await classes.first().getByTestId('class-probe').click();
  await app.waitForIdle();
  await expect(app.probe.locator('option:checked')).toHaveText(probe);
  expect(await app.verdictText()).not.toBe('');
  await app.screenshot('machine-packet-classes');
  // The verdict box and a table ask the same question.
  await app.page.locator('.verdict-box').getByTestId('reach').click();
  await expect(app.page.getByTestId('reach-title')).toContainText('the verdict of line');
  await expect(classes.first()).toBeVisible();
  await app.tab('tables');
  await app.page.locator('[data-testid=table][data-table=main][data-family="4"]').getByTestId('reach').click();
  await expect(app.page.getByTestId('reach-title')).toContainText('table main');
});

test('compare: the kept scenario beside the edited one', async ({ app }) => {
  await app.open();
  const [marked] = kernelProbes('lartc-mail');
  await openPanel(app, 'compare');
  await app.page.getByTestId('compare-start').click();
  const row = app.ruleRows.filter({ hasText: 'fwmark' }).first();
  await row.getByTestId('rule-delete').click();
  await app.waitForIdle();
  const diffs = app.page.getByTestId('compare-diffs');
  await expect(diffs.locator('.um-removed').first()).toContainText('fwmark');
  await expect(app.page.getByTestId('compare-rules-before')).toContainText('fwmark');
  await expect(app.page.getByTestId('compare-rules-after')).not.toContainText('fwmark');
  await expect(app.page.getByTestId('changed-class').first()).toBeVisible();
  const changed = app.page.getByTestId('changed-probe').filter({ hasText: marked.command });
  await expect(changed).toHaveCount(1);
  // The "before" answer of the marked mail probe is the kernel's.
  expect(await changed.locator('pre.um-removed').textContent()).toBe(kernelVerdict(marked).trimEnd());
  await app.screenshot('machine-compare');
});

test('export: script, namespace script and ip rule save binary, which imports back', async ({ app }) => {
  await app.open();
  await openPanel(app, 'export');
  const download = async (id: string) => {
    const [d] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId(id).click()]);
    return d;
  };
  const script = await download('export-script');
  expect(script.suggestedFilename()).toBe('scenario.sh');
  expect((await saved(script)).toString('utf8')).toMatch(/^#!\/bin\/sh -e\n[\s\S]*ip rule add/);
  await app.page.getByTestId('export-netns-name').fill('rpdb-try');
  const netns = await download('export-netns');
  expect(netns.suggestedFilename()).toBe('rpdb-try.sh');
  expect((await saved(netns)).toString('utf8')).toContain('rpdb-try');
  const rules = await download('export-rule-save');
  const bytes = await saved(rules);
  expect(bytes.readUInt32LE(0)).toBe(RULE_DUMP_MAGIC);
  const routes = await download('export-route-save');
  expect((await saved(routes)).length).toBeGreaterThan(4);
  await app.page.getByTestId('export-netns-name').fill('bad name/');
  await app.page.getByTestId('export-netns').click();
  await expect(app.page.getByTestId('export-status')).not.toHaveText(/Saved/);
  // The binary goes back in through the import.
  await openPanel(app, 'import');
  await app.page.getByTestId('import-files').setInputFiles({ name: 'rules.save', mimeType: 'application/octet-stream', buffer: bytes });
  await expect(app.page.getByTestId('import-input').filter({ hasText: 'rules.save (binary' })).toBeVisible();
  await app.page.getByTestId('import-run').click();
  await expect(app.page.getByTestId('import-script')).toContainText('fwmark 0x1');
});
