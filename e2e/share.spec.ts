/** Share links: a round trip into a fresh page, and links that are broken or hostile. */
import { deflateSync } from 'fflate';
import { encodeBase64url } from '../src/scenario/share/base64url';
import { MAX_SCRIPT_BYTES } from '../src/scenario/share/share-link';
import { example as gotoNop } from '../src/scenario/examples/goto-nop';
import { AppPage, expect, test } from './app.page';
import { kernelProbes, kernelVerdict } from './kernel-answers';

test('a copied link opens the same scenario and probe in a fresh page', async ({ app, browser }) => {
  await app.open();
  await app.loadExample('goto-nop');
  const probe = kernelProbes('goto-nop')[1];
  await app.probe.selectOption(String(probe.line));
  await app.waitForIdle();
  await app.page.getByTestId('share').click();
  const link = await app.page.getByTestId('share-url').inputValue();
  expect(link).toMatch(/#s=[A-Za-z0-9_-]+&p=/);

  const context = await browser.newContext();
  const fresh = new AppPage(await context.newPage(), context);
  await fresh.page.goto(link);
  await fresh.waitForIdle();
  await expect(fresh.script).toHaveValue(gotoNop.script);
  await expect(fresh.probe).toHaveValue(String(probe.line));
  expect(await fresh.verdictText()).toBe(kernelVerdict(probe));
  await expect(fresh.page).toHaveURL(/\/$/);
  expect(fresh.foreignRequests()).toEqual([]);
  await fresh.screenshot('shared-link-opened');
  await context.close();
});

test('a link with a probe the script lacks adds that probe', async ({ app }) => {
  await app.open(
    '#s=' + encodeBase64url(deflateSync(new TextEncoder().encode(gotoNop.script))) + '&p=8.8.4.4%20mark%201',
  );
  await expect(app.script).toHaveValue(`${gotoNop.script}ip route get 8.8.4.4 mark 1\n`);
  await expect(app.verdict).toContainText('8.8.4.4 via 10.0.0.1 dev eth0');
});

const HOSTILE: [string, string, RegExp][] = [
  ['not base64', '#s=<script>alert(1)</script>', /not base64url/],
  ['not deflate', '#s=AAAAAAAA', /does not decompress/],
  [
    'a zip bomb',
    `#s=${encodeBase64url(deflateSync(new Uint8Array(MAX_SCRIPT_BYTES * 4).fill(0x41)))}`,
    /too large/,
  ],
  ['oversized', `#s=${'A'.repeat(1_200_000)}`, /too long/],
];

for (const [name, fragment, message] of HOSTILE) {
  test(`a hostile link (${name}) shows a clear message and loses nothing`, async ({ app }) => {
    await app.open();
    const mine = `${gotoNop.script}# my own edit\n`;
    await app.script.fill(mine);
    await app.run();
    // A fresh load of the link (not a hash change in the open page).
    await app.page.goto('about:blank');
    await app.page.goto(`./${fragment}`);
    await app.waitForIdle();
    await expect(app.notice).toContainText(message);
    await expect(app.notice).toContainText('Your own work is unchanged');
    await expect(app.script).toHaveValue(mine);
    if (name === 'not base64') await app.screenshot('hostile-link');
    // The same link pasted into the address bar of the open app (a hash change).
    await app.page.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
    await app.page.evaluate((f) => (location.hash = f), fragment);
    await expect(app.notice).toContainText(message);
    await expect(app.script).toHaveValue(mine);
  });
}
