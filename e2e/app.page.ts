/**
 * The app as the end-to-end tests see it: locators by test id, an idle wait instead of sleeps,
 * screenshots for reviewers, and a record of every request the page and its worker make. The
 * `test` exported here gives each test an `app` and fails the test if any request left the
 * app's origin.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Where screenshots for reviewers go. */
export const SCREENSHOTS = 'test-results/screenshots';

/** The RPDB Lab page. */
export class AppPage {
  readonly root: Locator;
  readonly script: Locator;
  readonly runButton: Locator;
  readonly probe: Locator;
  readonly verdict: Locator;
  readonly output: Locator;
  readonly ruleRows: Locator;
  readonly traceSteps: Locator;
  readonly example: Locator;
  readonly notice: Locator;
  readonly #requests: string[] = [];

  constructor(
    readonly page: Page,
    context: BrowserContext,
  ) {
    this.root = page.getByTestId('app');
    this.script = page.getByTestId('script');
    this.runButton = page.getByTestId('run');
    this.probe = page.getByTestId('probe');
    this.verdict = page.getByTestId('verdict');
    this.output = page.getByTestId('output');
    this.ruleRows = page.getByTestId('rule-row');
    this.traceSteps = page.getByTestId('trace-step');
    this.example = page.getByTestId('example');
    this.notice = page.getByTestId('notice');
    // The context sees the requests of the page and of its workers.
    context.on('request', (r) => this.#requests.push(r.url()));
  }

  /** Opens the app (optionally at a fragment) and waits until its first run has finished. */
  async open(fragment = ''): Promise<void> {
    await this.page.goto(`./${fragment}`);
    await this.waitForIdle();
  }

  /** Waits until no run is in progress (the root's data-status is done or error). */
  async waitForIdle(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-status', /^(done|error)$/);
  }

  /** Clicks Run and waits for the run to finish. */
  async run(): Promise<void> {
    await this.runButton.click();
    await this.waitForIdle();
  }

  /** Shows a side tab: script, tables, links, commands, output. */
  async tab(name: 'script' | 'tables' | 'links' | 'commands' | 'output'): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).click();
  }

  /** Loads a built-in example by id and waits for it to run. */
  async loadExample(id: string): Promise<void> {
    await this.example.selectOption(id);
    await expect(this.example).toHaveValue(id);
    await this.waitForIdle();
  }

  /** Shows the verdict of the probe whose command line is `command`. */
  async selectProbe(command: string): Promise<void> {
    await this.probe.selectOption({ label: command });
    await this.waitForIdle();
  }

  /** The verdict's text exactly as shown, whitespace included. */
  async verdictText(): Promise<string> {
    return (await this.verdict.textContent()) ?? '';
  }

  /** The rule rows' text as `PREF: chips`. */
  async ruleTexts(): Promise<string[]> {
    return this.ruleRows.evaluateAll((rows) =>
      rows.map((r) => {
        const pref = r.getAttribute('data-pref');
        const chips = [...r.querySelectorAll('[data-testid=chip]')].map(
          (c) => c.firstChild?.textContent ?? '',
        );
        return `${pref}: ${chips.join(' ')}`;
      }),
    );
  }

  /** Crafts a packet with the form: fields by name (dst, from, iif, oif, uid, mark, ...). */
  async sendPacket(fields: Record<string, string>, arriving = false): Promise<void> {
    if (arriving) await this.page.getByTestId('packet-arriving').check();
    for (const [k, v] of Object.entries(fields)) await this.page.getByTestId(`packet-${k}`).fill(v);
    await this.page.getByTestId('packet-submit').click();
    await this.waitForIdle();
  }

  /** Saves a full-page screenshot for reviewers under test-results/screenshots/NAME.png. */
  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
  }

  /** Every URL requested so far. */
  requests(): readonly string[] {
    return this.#requests;
  }

  /** The requested URLs whose origin is not the app's (data: and blob: URLs stay in the page). */
  foreignRequests(): string[] {
    const origin = new URL(this.page.url()).origin;
    return this.#requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
  }
}

/** Playwright's `test` with an `app` fixture that also asserts no request left the app's origin. */
export const test = base.extend<{ app: AppPage }>({
  app: async ({ page, context }, use) => {
    const app = new AppPage(page, context);
    await use(app);
    expect(app.foreignRequests(), 'requests to other origins').toEqual([]);
  },
});

export { expect };
