/** The trace animation: play, step, keyboard, suppress events, rule explanations, themes. */
import { expect, test } from './app.page';
import { kernelProbes, kernelVerdict } from './kernel-answers';

test('play runs the steps to the verdict; step back and forward move one step', async ({ app }) => {
  await app.open();
  const steps = await app.traceSteps.count();
  expect(steps).toBeGreaterThan(3);
  await app.page.getByTestId('speed').selectOption('16');
  await app.page.getByTestId('play').click();
  await expect(app.page.getByTestId('trace')).toHaveAttribute('data-step', String(steps - 1));
  await expect(app.traceSteps.last()).toHaveAttribute('aria-current', 'step');
  await app.page.getByTestId('step-back').click();
  await expect(app.page.getByTestId('trace')).toHaveAttribute('data-step', String(steps - 2));
  await expect(app.page.getByTestId('step-sentence')).toHaveText(
    (await app.traceSteps.nth(steps - 2).textContent()) ?? '',
  );
});

test('the keyboard steps through the trace and the matching rule lights up', async ({ app }) => {
  await app.open();
  await app.page.locator('body').click({ position: { x: 5, y: 5 } });
  const kinds = await app.traceSteps.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  // The second rule tested is 32765, fwmark 1 (rule 0 comes first).
  const index = kinds.indexOf('rule', kinds.indexOf('rule') + 1);
  for (let i = 0; i < index; i++) await app.page.keyboard.press('ArrowRight');
  await expect(app.page.getByTestId('trace')).toHaveAttribute('data-step', String(index));
  const row = app.ruleRows.nth(1);
  await expect(row).toHaveAttribute('aria-current', 'step');
  await expect(row.locator('.chip.pass')).toHaveText(/fwmark 0x1/);
  await app.screenshot('trace-rule-matched');
});

test('wg-quick: the suppress rejection is its own visible step', async ({ app }) => {
  await app.open();
  await app.loadExample('wg-quick-full-tunnel');
  const probe = kernelProbes('wg-quick-full-tunnel').find((p) => p.command === 'ip route get 1.1.1.1')!;
  await app.probe.selectOption(String(probe.line));
  await app.waitForIdle();
  const suppress = app.page.locator('[data-testid=trace-step][data-kind=suppress]');
  await expect(suppress).toHaveCount(1);
  await expect(suppress).toContainText('prefix length 0 <= suppress_prefixlength 0: rejected, continue');
  await suppress.click();
  await expect(app.page.getByTestId('suppress-event')).toBeVisible();
  await app.screenshot('trace-suppress');
});

test('goto-nop: the goto jump and the nop are visible steps', async ({ app }) => {
  await app.open();
  await app.loadExample('goto-nop');
  const marked = kernelProbes('goto-nop').find((p) => p.command.endsWith('mark 1'))!;
  await app.probe.selectOption(String(marked.line));
  await app.waitForIdle();
  // The marked probe's own trace (the unmarked one also has a goto step: rule 90's unresolved one).
  await expect.poll(() => app.verdictText()).toBe(kernelVerdict(marked));
  await expect(app.page.locator('[data-testid=trace-step][data-kind=goto]').first()).toBeVisible();
  await app.page.locator('[data-testid=trace-step][data-kind=goto]').last().click();
  await expect(app.page.locator('.goto-arc.taken')).toHaveCount(1);
  await expect(app.page.locator('[data-testid=rule-row][data-status=jumped]').first()).toBeVisible();
  await app.screenshot('trace-goto');
});

test('clicking a rule explains why it did or did not match', async ({ app }) => {
  await app.open();
  await app.page.getByTestId('play').click();
  await app.ruleRows.nth(2).click();
  await expect(app.page.getByTestId('rule-explain')).toContainText('Not tested');
  await app.ruleRows.nth(1).click();
  await expect(app.page.getByTestId('rule-explain')).toContainText('matches');
  await expect(app.page.getByTestId('rule-explain')).toContainText(
    "second rule's priority (32766) minus one",
  );
});

test('dark theme and presentation mode', async ({ app }) => {
  await app.open();
  await app.page.getByTestId('theme').click();
  await expect(app.root).toHaveAttribute('data-theme', 'dark');
  await app.page.getByTestId('step-forward').click();
  await app.screenshot('main-dark');
  await app.page.getByTestId('presentation').click();
  await expect(app.root).toHaveClass(/presentation/);
  await app.screenshot('presentation');
});
