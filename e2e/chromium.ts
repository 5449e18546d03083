/**
 * Which Chromium the end-to-end tests drive, and how it must be started on these machines.
 * Playwright cannot download its own browser here; Debian's `chromium` package is used instead.
 */

/** The Chromium binary: Debian's, unless RPDB_CHROMIUM names another. */
export const CHROMIUM_PATH = process.env.RPDB_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags for a closed network: without the background-networking ones Chromium keeps trying to
 * reach Google's hosts. Playwright itself adds --headless and a fresh temporary --user-data-dir
 * (it refuses a --user-data-dir flag), and --no-sandbox, which root needs.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
