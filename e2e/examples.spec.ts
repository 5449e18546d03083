/** Every built-in example opens, and every probe's verdict is what the kernel printed for it. */
import { EXAMPLES } from '../src/scenario/examples/index';
import { expect, test } from './app.page';
import { kernelProbes, kernelVerdict, recordedScript } from './kernel-answers';

for (const example of EXAMPLES) {
  test(`example "${example.id}": every probe shows the kernel's verdict`, async ({ app }) => {
    expect(recordedScript(example.id), 'recording is stale: run e2e/record-examples.ts').toBe(example.script);
    await app.open();
    if (example.id !== 'lartc-mail') await app.loadExample(example.id);
    await expect(app.script).toHaveValue(example.script);
    await expect(app.page.getByTestId('intro')).toContainText(example.lesson);
    for (const probe of kernelProbes(example.id)) {
      await app.probe.selectOption(String(probe.line));
      await app.waitForIdle();
      await expect(app.verdict, `${example.id} line ${probe.line}: ${probe.command}`).toHaveText(
        kernelVerdict(probe),
        {
          useInnerText: false,
        },
      );
    }
    await app.page.getByTestId('step-forward').click();
    await app.screenshot(`example-${example.id}`);
  });
}
