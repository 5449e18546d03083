import { example as lartc } from '../src/scenario/examples/lartc-mail';
import { expect, test } from './app.page';
import { kernelProbes, kernelVerdict } from './kernel-answers';

test('the app opens with the LARTC mail example loaded and run', async ({ app }) => {
  await app.open();
  await expect(app.page).toHaveTitle('RPDB Lab');
  await expect(app.script).toHaveValue(lartc.script);
  await expect(app.ruleRows).toHaveCount(4);
  await expect(app.example).toHaveValue('lartc-mail');
  await app.screenshot('main-light');
});

test('the verdict matches the kernel: marked mail leaves through ppp0, the rest through eth0', async ({
  app,
}) => {
  await app.open();
  const [marked, unmarked] = kernelProbes('lartc-mail');
  expect(await app.verdictText()).toBe(kernelVerdict(marked));
  await app.selectProbe(unmarked.command);
  expect(await app.verdictText()).toBe(kernelVerdict(unmarked));
});

test('no request leaves the app origin, from opening to running an edited script', async ({ app }) => {
  await app.open();
  await app.script.fill(`${lartc.script}ip route get 198.51.100.7 mark 1\n`);
  await app.run();
  await app.tab('output');
  // One output entry per command line of the example, plus the added probe.
  const commands = lartc.script.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).length;
  await expect(app.output.locator('li')).toHaveCount(commands + 1);
  // The recording must see the worker's own script, or it proves nothing about the worker.
  expect(app.requests().some((url) => /engine\.worker/.test(url))).toBe(true);
  expect(app.foreignRequests()).toEqual([]);
});
