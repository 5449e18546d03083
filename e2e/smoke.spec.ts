import { script } from '../src/scenario/examples/lartc-mail';
import { runScript } from '../src/scenario/run-script';
import { verdictText } from '../src/state/store';
import { expect, test } from './app.page';

const MARKED = 'ip route get 192.0.2.25 mark 1';
const UNMARKED = 'ip route get 192.0.2.25';

/** What Linux 6.18.44-fc-v657 with iproute2 6.1.0 printed for the example's probes (recorded with test/kernel/recorder.ts). */
const KERNEL = {
  [MARKED]:
    '192.0.2.25 via 195.96.98.253 dev ppp0 table mail.out src 195.96.98.254 mark 1 uid 0 \n    cache \n',
  [UNMARKED]: '192.0.2.25 via 10.0.0.1 dev eth0 src 10.0.0.2 uid 0 \n    cache \n',
};

/** The same runner in Node: what the page must show, whatever state the engine is in. */
const inNode = runScript(script);
/** Commands of the example the simulator cannot run yet (its runner says so on stderr). */
const unsupported = inNode.filter((r) => /not implemented/.test(r.stderr)).map((r) => r.command);

test('the app opens with the LARTC mail example loaded and run', async ({ app }) => {
  await app.open();
  await expect(app.page).toHaveTitle('RPDB Lab');
  await expect(app.script).toHaveValue(script);
  await expect(app.output.locator('li')).toHaveCount(inNode.length);
  await expect(app.output).toContainText('$ ip rule add fwmark 1 table mail.out');
});

test('the verdict shows what the worker answered for the first probe', async ({ app }) => {
  await app.open();
  const first = inNode.find((r) => r.command === MARKED);
  expect(first).toBeDefined();
  await expect(app.probe).toHaveValue(String(first?.line));
  expect(await app.verdictText()).toBe(first && verdictText(first));
});

test('the verdict matches the kernel: marked mail leaves through ppp0, the rest through eth0', async ({
  app,
}) => {
  test.fixme(unsupported.length > 0, `the simulator cannot run yet: ${unsupported.join('; ')}`);
  await app.open();
  expect(await app.verdictText()).toBe(KERNEL[MARKED]);
  await app.selectProbe(UNMARKED);
  expect(await app.verdictText()).toBe(KERNEL[UNMARKED]);
});

test('no request leaves the app origin, from opening to running an edited script', async ({ app }) => {
  await app.open();
  await app.script.fill(`${script}ip route get 198.51.100.7 mark 1\n`);
  await app.run();
  await expect(app.output.locator('li')).toHaveCount(inNode.length + 1);
  // The recording must see the worker's own script, or it proves nothing about the worker.
  expect(app.requests().some((url) => /engine\.worker/.test(url))).toBe(true);
  expect(app.foreignRequests()).toEqual([]);
});
