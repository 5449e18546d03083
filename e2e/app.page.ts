/**
 * The app as the end-to-end tests see it: locators by test id, an idle wait instead of sleeps,
 * and a record of every request the page and its worker make. The `test` exported here gives each
 * test an `app` and fails the test if any request left the app's origin.
 */
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** The RPDB Lab page. */
export class AppPage {
  readonly root: Locator;
  readonly script: Locator;
  readonly runButton: Locator;
  readonly probe: Locator;
  readonly verdict: Locator;
  readonly output: Locator;
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
    // The context sees the requests of the page and of its workers.
    context.on('request', (r) => this.#requests.push(r.url()));
  }

  /** Opens the app and waits until its first run has finished. */
  async open(): Promise<void> {
    await this.page.goto('./');
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

  /** Shows the verdict of the probe whose command line is `command`. */
  async selectProbe(command: string): Promise<void> {
    await this.probe.selectOption({ label: command });
  }

  /** The verdict's text exactly as shown, whitespace included. */
  async verdictText(): Promise<string> {
    return (await this.verdict.textContent()) ?? '';
  }

  /** Every URL requested so far. */
  requests(): readonly string[] {
    return this.#requests;
  }

  /** The requested URLs whose origin is not the app's. */
  foreignRequests(): string[] {
    const origin = new URL(this.page.url()).origin;
    return this.#requests.filter((url) => new URL(url).origin !== origin);
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
