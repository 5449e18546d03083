/**
 * The test side of the fuzz worker: sends command lines one at a time, kills and replaces the
 * worker when one does not answer within HANG_MS, and resets the session every few commands so
 * state stays small and failures stay reproducible from a short history.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HANG_MS } from './fuzz-checks';
import type { WorkerReply, WorkerRequest } from './fuzz-worker';

/** A preamble like the live scenarios': lo, two veth pairs, addresses, a default route, a rule. */
export const FUZZ_PREAMBLE = [
  'ip link set lo up',
  'ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1 address 02:00:00:00:00:a1',
  'ip link add b0 address 02:00:00:00:00:b0 type veth peer name b1 address 02:00:00:00:00:b1',
  'ip link set a0 up',
  'ip link set a1 up',
  'ip link set b0 up',
  'ip link set b1 up',
  'ip addr add 10.0.1.1/24 dev a0',
  'ip addr add 10.0.2.1/24 dev b0',
  'ip addr add 2001:db8:1::1/64 dev a0 nodad',
  'ip addr add 2001:db8:2::1/64 dev b0 nodad',
  'echo 100 t100 >> /etc/iproute2/rt_tables',
  'ip route add default via 10.0.1.254',
  'ip route add table 100 default via 10.0.2.254',
  'ip -6 route add default via 2001:db8:1::254',
  'ip rule add pref 100 from 10.0.2.0/24 lookup 100',
  'ip -6 rule add pref 100 from 2001:db8:2::/64 lookup 100',
].join('\n');

/** The ESM build of tsx's API (`tsx/esm/api`, import condition), found through its package.json. */
function tsxEsmApi(): string {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return join(dirname(pkgPath), pkg.exports['./esm/api'].import.default);
}

/** Runs fuzz lines in a worker; count() tells how many lines ran. */
export class FuzzHarness {
  private worker: Worker | undefined;
  private sinceReset = 0;
  private lines = 0;
  private readonly resetEvery: number;

  constructor(resetEvery = 40) {
    this.resetEvery = resetEvery;
  }

  /** Number of command lines (or scripts) run so far. */
  count(): number {
    return this.lines;
  }

  /** Runs one line in the current session (resetting it first when due); returns its problems. */
  async line(line: string): Promise<string[]> {
    if (this.worker === undefined || this.sinceReset >= this.resetEvery) {
      const reset = await this.ask({ kind: 'reset', preamble: FUZZ_PREAMBLE }, 'the preamble');
      if (reset.problems.length > 0) return reset.problems;
      this.sinceReset = 0;
    }
    this.sinceReset++;
    this.lines++;
    return (await this.ask({ kind: 'line', line }, JSON.stringify(line))).problems;
  }

  /** Runs a whole script in a fresh session; returns its problems. */
  async script(script: string): Promise<string[]> {
    this.lines++;
    return (await this.ask({ kind: 'script', script }, 'a script')).problems;
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private spawn(): Worker {
    // A TypeScript worker: the eval'd bootstrap loads fuzz-worker.ts through tsx's API.
    const api = pathToFileURL(tsxEsmApi()).href;
    const entry = new URL('./fuzz-worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
    const w = new Worker(boot, { eval: true });
    w.unref();
    return w;
  }

  private ask(req: WorkerRequest, what: string): Promise<WorkerReply> {
    const w = (this.worker ??= this.spawn());
    return new Promise((resolve) => {
      const done = (reply: WorkerReply): void => {
        clearTimeout(timer);
        w.off('message', done);
        w.off('error', failed);
        resolve(reply);
      };
      const failed = (e: Error): void => {
        this.worker = undefined;
        void w.terminate();
        done({ problems: [`the worker died on ${what}: ${e.stack ?? e.message}`], statuses: [], ms: 0 });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void w.terminate();
        done({
          problems: [`no answer within ${HANG_MS} ms for ${what}: the simulator hangs`],
          statuses: [],
          ms: HANG_MS,
        });
      }, HANG_MS);
      w.on('message', done);
      w.on('error', failed);
      w.postMessage(req);
    });
  }
}
