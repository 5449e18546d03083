/**
 * The edit forms: a rule with realms, a nat rule, a multipath route, a route edited into another
 * type, link mtu/alias/addresses, and what the kernel refuses. Every expected answer is the
 * kernel's, recorded by e2e/record-form-cases.ts for exactly the scripts of e2e/form-cases.ts.
 */
import type { Locator } from '@playwright/test';
import recorded from './fixtures/kernel-forms.json' with { type: 'json' };
import { expect, test, type AppPage } from './app.page';
import { BASE, FIBMATCH_PROBE, FORM_CASES, MULTIPATH_BASE } from './form-cases';
import { encodeShareFragment } from '../src/scenario/share/share-link';
import type { CommandRecord } from '../src/scenario/command-record';

const CASES = (recorded as { cases: Record<string, { script: string; records: CommandRecord[] }> }).cases;

/** The kernel's records of form case `id` (stale recordings fail loudly). */
function kernel(id: string): CommandRecord[] {
  const c = CASES[id];
  if (!c || c.script !== FORM_CASES[id])
    throw new Error(`no recording of ${id}: run e2e/record-form-cases.ts`);
  return c.records;
}

/** The kernel's record of the first line of case `id` that BASE does not have. */
function added(id: string): CommandRecord {
  const known = new Set(BASE.split('\n'));
  const r = kernel(id).find((x) => !known.has(x.command));
  if (!r) throw new Error(`case ${id} adds no line`);
  return r;
}

/** Checks the verdict of every probe of the app against the kernel's answer for case `id`. */
async function expectKernelVerdicts(app: AppPage, id: string): Promise<void> {
  const probes = kernel(id).filter((r) => /^ip( -\d)? route get /.test(r.command));
  expect(probes.length).toBeGreaterThan(0);
  for (const p of probes) {
    await app.selectProbe(p.command);
    expect(await app.verdictText(), p.command).toBe(p.status === 0 ? p.stdout : p.stderr || p.stdout);
  }
}

/** Checks the script (shown in the Script tab, which this opens). */
async function expectScript(app: AppPage, text: string): Promise<void> {
  await app.tab('script');
  await expect(app.script).toHaveValue(text);
}

/** The share-link fragment that opens BASE. */
const OPEN_BASE = encodeShareFragment({ script: BASE });

const byId = (app: AppPage, id: string): Locator => app.page.getByTestId(id);

test("a rule with realms made with the form gives the kernel's verdicts", async ({ app }) => {
  await app.open(OPEN_BASE);
  await byId(app, 'rule-form-toggle').click();
  await byId(app, 'rule-to').fill('192.0.2.0/24');
  await byId(app, 'rule-table').fill('mail.out');
  await byId(app, 'rule-realms').fill('3/4');
  await byId(app, 'rule-pref').fill('100');
  await expect(byId(app, 'rule-command')).toHaveText(added('ruleRealms').command);
  await app.screenshot('rule-form-realms');
  // Keyboard: Enter in a field submits the form.
  await byId(app, 'rule-realms').press('Enter');
  await app.waitForIdle();
  await expectScript(app, FORM_CASES.ruleRealms);
  await expectKernelVerdicts(app, 'ruleRealms');
  await expect(app.ruleRows.nth(1)).toContainText('realms 3/4');
});

test("a nat rule shows iproute2's warning and the kernel's verdict for the packets it matches", async ({
  app,
}) => {
  await app.open(OPEN_BASE);
  await byId(app, 'rule-form-toggle').click();
  await byId(app, 'rule-to').fill('192.0.2.0/24');
  await byId(app, 'rule-action').selectOption('nat');
  await byId(app, 'rule-nat').fill('192.0.2.1');
  await byId(app, 'rule-pref').fill('100');
  await expect(byId(app, 'rule-command')).toHaveText(added('ruleNat').command);
  await byId(app, 'rule-submit').click();
  await app.waitForIdle();
  await expect(byId(app, 'rule-form-warning')).toHaveText(added('ruleNat').stderr, { useInnerText: false });
  await expectScript(app, FORM_CASES.ruleNat);
  await expectKernelVerdicts(app, 'ruleNat');
});

test('a rule iproute2 refuses shows its error and changes nothing', async ({ app }) => {
  await app.open(OPEN_BASE);
  await byId(app, 'rule-form-toggle').click();
  await byId(app, 'rule-l3mdev').check();
  await byId(app, 'rule-table').fill('100');
  await byId(app, 'rule-pref').fill('100');
  await expect(byId(app, 'rule-command')).toHaveText(added('ruleBadL3mdev').command);
  await byId(app, 'rule-submit').click();
  await expect(byId(app, 'rule-form-error')).toHaveText(added('ruleBadL3mdev').stderr, {
    useInnerText: false,
  });
  await expectScript(app, BASE);
  await expect(app.ruleRows).toHaveCount(4);
});

test("a multipath route made with the route form is the route the kernel's fibmatch shows", async ({
  app,
}) => {
  await app.open(
    encodeShareFragment({ script: MULTIPATH_BASE, probe: FIBMATCH_PROBE.replace('ip route get ', '') }),
  );
  await app.tab('tables');
  const form = byId(app, 'route-form');
  await byId(app, 'route-prefix').fill('198.51.100.0/24');
  await byId(app, 'route-multipath').check();
  const hops = form.getByTestId('route-nexthop');
  await expect(hops).toHaveCount(2);
  await hops.nth(0).getByTestId('route-nh-via').fill('10.0.0.1');
  await hops.nth(0).getByTestId('route-nh-dev').fill('eth0');
  await hops.nth(0).getByTestId('route-nh-weight').fill('2');
  await hops.nth(1).getByTestId('route-nh-via').fill('195.96.98.253');
  await hops.nth(1).getByTestId('route-nh-dev').fill('ppp0');
  await expect(byId(app, 'route-command')).toHaveText(added('routeMultipath').command);
  await app.screenshot('route-form-multipath');
  await byId(app, 'route-submit').click();
  await app.waitForIdle();
  await expectScript(app, FORM_CASES.routeMultipath);
  await expectKernelVerdicts(app, 'routeMultipath');
});

test("a nexthop the kernel refuses shows the kernel's error and changes nothing", async ({ app }) => {
  await app.open(OPEN_BASE);
  await app.tab('tables');
  const form = byId(app, 'route-form');
  await byId(app, 'route-prefix').fill('198.51.100.0/24');
  await byId(app, 'route-multipath').check();
  const hops = form.getByTestId('route-nexthop');
  await hops.nth(0).getByTestId('route-nh-via').fill('10.0.0.1');
  await hops.nth(0).getByTestId('route-nh-dev').fill('eth0');
  await hops.nth(1).getByTestId('route-nh-via').fill('203.0.113.1');
  await expect(byId(app, 'route-command')).toHaveText(added('routeBadNexthop').command);
  await byId(app, 'route-submit').click();
  await expect(byId(app, 'route-form-error')).toHaveText(added('routeBadNexthop').stderr, {
    useInnerText: false,
  });
  await expectScript(app, BASE);
});

test('editing a route into a prohibit route runs del + add, undo and redo walk it back and forth', async ({
  app,
}) => {
  await app.open(OPEN_BASE);
  await app.tab('tables');
  const table = app.page.locator('[data-testid=table][data-table="mail.out"]');
  await table.getByRole('button', { name: /^Edit route default/ }).click();
  const edit = byId(app, 'route-edit-form');
  await expect(edit.getByTestId('route-edit-via')).toHaveValue('195.96.98.253');
  await edit.getByTestId('route-edit-type').selectOption('prohibit');
  const [del, add] = kernel('routeEdit').filter((r) => !BASE.split('\n').includes(r.command));
  await expect(edit.getByTestId('route-edit-command')).toHaveText(`${del.command}\n${add.command}`);
  await app.screenshot('route-form-edit');
  await edit.getByTestId('route-edit-submit').click();
  await app.waitForIdle();
  await expectScript(app, FORM_CASES.routeEdit);
  await expectKernelVerdicts(app, 'routeEdit');
  await app.page.keyboard.press('Control+z');
  await app.waitForIdle();
  await expectScript(app, BASE);
  await expectKernelVerdicts(app, 'routeBadNexthop'); // BASE's own verdicts, the same script's
  await app.page.keyboard.press('Control+Shift+z');
  await app.waitForIdle();
  await expectScript(app, FORM_CASES.routeEdit);
});

/** Hides what the kernel picks at random (MAC addresses and the link-local addresses made from them). */
const unrandom = (s: string) =>
  s.replace(/link\/ether \S+/g, 'link/ether MAC').replace(/fe80::[0-9a-f:]+\/64/g, 'fe80::EUI64/64');

test('mtu, alias and an IPv6 address set in the Links tab show as the kernel shows them', async ({ app }) => {
  await app.open(OPEN_BASE);
  await app.tab('links');
  const ppp0 = app.page.locator('[data-testid=link-row][data-link=ppp0]');
  await ppp0.getByTestId('link-mtu').fill('1400');
  await ppp0.getByTestId('link-set-mtu').click();
  await app.waitForIdle();
  await ppp0.getByTestId('link-alias').fill('cheap link');
  await ppp0.getByTestId('link-alias').press('Enter');
  await app.waitForIdle();
  const eth0 = app.page.locator('[data-testid=link-row][data-link=eth0]');
  await eth0.getByTestId('link-addr').fill('2001:db8:1::2/64');
  await expect(eth0.getByTestId('link-addr-add')).toHaveText('Add IPv6 address');
  await eth0.getByTestId('link-addr-add').click();
  await app.waitForIdle();
  await app.screenshot('links-form');
  // The form's commands went where visual edits go; the case adds the two `show` lines after.
  const shows = '\nip link show ppp0\nip -6 addr show dev eth0\n';
  await app.tab('script');
  await app.script.fill(`${(await app.script.inputValue()).trimEnd()}${shows}`);
  await app.run();
  await expectScript(app, FORM_CASES.linkSettings);
  await app.tab('output');
  for (const r of kernel('linkSettings').filter((x) => shows.includes(`\n${x.command}\n`))) {
    const out = app.output.locator(`li[data-line="${r.line}"] pre.stdout`);
    expect(unrandom((await out.textContent()) ?? ''), r.command).toBe(unrandom(r.stdout));
  }
});

test("an mtu the kernel refuses shows the kernel's error", async ({ app }) => {
  await app.open(OPEN_BASE);
  await app.tab('links');
  const ppp0 = app.page.locator('[data-testid=link-row][data-link=ppp0]');
  await ppp0.getByTestId('link-mtu').fill('10');
  await ppp0.getByTestId('link-set-mtu').click();
  await expect(byId(app, 'link-error')).toHaveText(added('linkBadMtu').stderr, { useInnerText: false });
  await expectScript(app, BASE);
});

test('a VRF gets the table typed in the form', async ({ app }) => {
  await app.open(OPEN_BASE);
  await app.tab('links');
  await byId(app, 'link-name').fill('blue');
  await byId(app, 'link-kind').selectOption('vrf');
  await byId(app, 'link-vrf-table').fill('1001');
  // No recording: this kernel has no vrf links (README); the command is what the form must build.
  await expect(byId(app, 'link-command')).toHaveText('ip link add blue type vrf table 1001');
});
