/** Crafting packets, editing and reordering rules, the script view, undo/redo, and autosave. */
import { expect, test } from './app.page';
import { CASES } from './cases';
import { kernelCase, kernelVerdict } from './kernel-answers';

const MARKED = 'ip route get 192.0.2.25 mark 1';

/** The kernel's verdict for the probe `command` of case `id`. */
function kernel(id: string, command: string): string {
  const r = kernelCase(id).find((x) => x.command === command);
  if (!r) throw new Error(`case ${id} has no probe ${command}`);
  return kernelVerdict(r);
}

test('crafting a packet adds a probe and shows the verdict the kernel gives', async ({ app }) => {
  await app.open();
  await app.sendPacket({ dst: '192.0.2.25', mark: '0x1', ipproto: 'tcp', dport: '25' });
  await expect(app.script).toHaveValue(CASES.craft);
  await expect(app.probe).toHaveValue(String(CASES.craft.split('\n').length - 1));
  expect(await app.verdictText()).toBe(
    kernel('craft', 'ip route get 192.0.2.25 mark 0x1 ipproto tcp dport 25'),
  );
  await expect(app.traceSteps.first()).toBeVisible();
  await app.screenshot('packet-crafted');
});

test("editing a rule changes the verdict to the kernel's for the edited rules", async ({ app }) => {
  await app.open();
  expect(await app.verdictText()).toBe(kernelVerdict(kernelCase('craft').find((r) => r.command === MARKED)!));
  await app.ruleRows.nth(1).getByRole('button', { name: 'Edit rule 32765' }).click();
  await app.page.getByTestId('rule-fwmark').fill('2');
  await expect(app.page.getByTestId('rule-command')).toHaveText(
    'ip rule add fwmark 2 lookup mail.out pref 32765',
  );
  await app.page.getByTestId('rule-submit').click();
  await app.waitForIdle();
  await expect(app.script).toHaveValue(CASES.editRule);
  await expect(app.ruleRows.nth(1)).toContainText('fwmark 0x2');
  expect(await app.verdictText()).toBe(kernel('editRule', MARKED));
  await app.screenshot('rule-edited');
});

test('a rule the kernel refuses shows its error inline and changes nothing', async ({ app }) => {
  await app.open();
  await app.page.getByTestId('rule-form-toggle').click();
  await app.page.getByTestId('rule-pref').fill('40000');
  await app.page.getByTestId('rule-action').selectOption('goto');
  await app.page.getByTestId('rule-goto').fill('100');
  await app.page.getByTestId('rule-submit').click();
  const bad = kernelCase('badLine').find((r) => r.command === 'ip rule add pref 40000 goto 100')!;
  await expect(app.page.getByTestId('rule-form-error')).toHaveText(bad.stderr, { useInnerText: false });
  await expect(app.ruleRows).toHaveCount(4);
  await expect(app.page.getByTestId('undo')).toBeDisabled();
});

test("dragging a rule below main reorders it with del/add commands and the kernel's verdict follows", async ({
  app,
}) => {
  await app.open();
  await app.ruleRows.nth(1).dragTo(app.ruleRows.nth(2));
  await app.waitForIdle();
  await expect(app.page.getByTestId('reorder-commands')).toContainText(
    'ip rule add from all fwmark 0x1 lookup mail.out pref 32766',
  );
  await expect(app.script).toHaveValue(CASES.drag);
  expect(await app.ruleTexts()).toEqual([
    '0: from all lookup local',
    '32766: from all lookup main',
    '32766: from all fwmark 0x1 lookup mail.out',
    '32767: from all lookup default',
  ]);
  expect(await app.verdictText()).toBe(kernel('drag', MARKED));
  await app.screenshot('rule-dragged');
});

test("a failing script line is located by its line number with the kernel's error", async ({ app }) => {
  await app.open();
  await app.script.fill(CASES.badLine);
  await app.run();
  const bad = kernelCase('badLine').find((r) => r.status !== 0)!;
  const error = app.page.getByTestId('script-error');
  await expect(error).toHaveAttribute('data-line', String(bad.line));
  await expect(error).toContainText(bad.stderr.trim());
  await app.screenshot('script-error');
});

test('pasting a transcript with # and $ prompts gives a runnable script', async ({ app }) => {
  await app.open();
  await app.script.fill('');
  await app.script.focus();
  await app.page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '# ip rule add fwmark 1 table 201\n$ ip rule show\n0:\tfrom all lookup local\n');
    document
      .querySelector('[data-testid=script]')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(app.script).toHaveValue(
    'ip rule add fwmark 1 table 201\nip rule show\n# 0:\tfrom all lookup local\n',
  );
  await app.run();
  await expect(app.ruleRows).toHaveCount(4);
});

test('undo and redo (Ctrl+Z, Ctrl+Shift+Z) walk back and forth over an edit', async ({ app }) => {
  await app.open();
  const before = await app.verdictText();
  await app.ruleRows.nth(1).dragTo(app.ruleRows.nth(2));
  await app.waitForIdle();
  await expect(app.script).toHaveValue(CASES.drag);
  await app.page.locator('body').click({ position: { x: 5, y: 5 } });
  await app.page.keyboard.press('Control+z');
  await app.waitForIdle();
  await expect(app.script).not.toHaveValue(CASES.drag);
  expect(await app.verdictText()).toBe(before);
  await app.page.keyboard.press('Control+Shift+z');
  await app.waitForIdle();
  await expect(app.script).toHaveValue(CASES.drag);
  expect(await app.verdictText()).toBe(kernel('drag', MARKED));
});

test('reloading the page keeps the work', async ({ app }) => {
  await app.open();
  await app.script.fill(CASES.badLine);
  await app.run();
  await app.page.reload();
  await app.waitForIdle();
  await expect(app.script).toHaveValue(CASES.badLine);
});

test('Alt+↓ on a rule moves it like a drag, from the keyboard', async ({ app }) => {
  await app.open();
  await app.ruleRows.nth(1).focus();
  await app.page.keyboard.press('Alt+ArrowDown');
  await app.waitForIdle();
  await expect(app.script).toHaveValue(CASES.drag);
  expect(await app.verdictText()).toBe(kernel('drag', MARKED));
});

test('setting a link down in the Links tab changes the verdict as the kernel does', async ({ app }) => {
  await app.open();
  await app.tab('links');
  await app.page.locator('[data-testid=link-row][data-link=ppp0]').getByTestId('link-toggle').click();
  await app.waitForIdle();
  await app.screenshot('links-tab');
  await app.tab('script');
  await expect(app.script).toHaveValue(CASES.linkDown);
  expect(await app.verdictText()).toBe(kernel('linkDown', MARKED));
});

test('adding a route in the Tables tab changes the verdict as the kernel does', async ({ app }) => {
  await app.open();
  await app.tab('tables');
  await app.page.getByTestId('route-prefix').fill('192.0.2.0/24');
  await app.page.getByTestId('route-via').fill('10.0.0.254');
  await app.page.getByTestId('route-table').fill('mail.out');
  await expect(app.page.getByTestId('route-command')).toHaveText(
    'ip route add 192.0.2.0/24 via 10.0.0.254 table mail.out',
  );
  await app.page.getByTestId('route-submit').click();
  await app.waitForIdle();
  await expect(app.page.locator('[data-testid=table][data-table=local][data-family="4"]')).toContainText(
    'derived from addresses',
  );
  await app.screenshot('tables-tab');
  await app.tab('script');
  await expect(app.script).toHaveValue(CASES.routeAdd);
  expect(await app.verdictText()).toBe(kernel('routeAdd', MARKED));
});
