/**
 * The snapshot round trip, shared by the recorded replay test (roundtrip.test.ts) and the live
 * run (test/kernel/live-snapshot.ts): import a snapshot, run the script in the simulator, and
 * compare its rule and route dumps with the ones the namespace printed.
 */
import { importMachineState } from '../../src/import/index';
import { createSession, runScript } from '../../src/scenario/run-script';

/** The four dumps the round trip must give back to the letter. */
export const DUMPS = [
  'ip rule show',
  'ip -6 rule show',
  'ip route show table all',
  'ip -6 route show table all',
] as const;

/** One dump that differs: the command, the namespace's output and the simulator's. */
export interface DumpDiff {
  command: string;
  kernel: string;
  sim: string;
}

/** Imports `snapshot`, runs the script, and returns the dumps that differ from `kernel` (by DUMPS order). */
export function replaySnapshot(
  snapshot: string,
  kernel: readonly string[],
): { diffs: DumpDiff[]; script: string; failed: string[]; warnings: string[] } {
  const { script, warnings } = importMachineState([{ name: 'snapshot', text: snapshot }]);
  const session = createSession();
  const failed = runScript(script, session)
    .filter((r) => r.status !== 0)
    .map((r) => `${r.line}: ${r.command}: ${r.stderr.trim()}`);
  const sim = runScript(DUMPS.join('\n'), session).map((r) => r.stdout);
  const diffs: DumpDiff[] = [];
  DUMPS.forEach((command, i) => {
    if (sim[i] !== kernel[i]) diffs.push({ command, kernel: kernel[i], sim: sim[i] });
  });
  return { diffs, script, failed, warnings: warnings.map((w) => w.message) };
}

const ROUTE_TYPES = /^(unicast|local|broadcast|multicast|unreachable|blackhole|prohibit|throw|nat|anycast)$/;

/**
 * True when a dump differs only by routes the import warned it cannot rebuild: every line the
 * simulator lacks belongs to a route named by a "cannot be rebuilt" warning (a state only its
 * history made, such as a source address removed since, or a nexthop whose device went down
 * after the route was added), and the simulator has no line the kernel lacks.
 */
export function onlyWarnedRoutesMissing(d: DumpDiff, warnings: readonly string[]): boolean {
  const count = (text: string) => {
    const m = new Map<string, number>();
    for (const l of text.split('\n')) if (l) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const kernel = count(d.kernel);
  const sim = count(d.sim);
  for (const [l, n] of sim) if (n > (kernel.get(l) ?? 0)) return false;
  const unbuilt = warnings.filter((w) => w.startsWith('cannot be rebuilt: `ip '));
  let headCovered = false;
  let missing = 0;
  for (const l of d.kernel.split('\n')) {
    if (!l) continue;
    const isNexthop = /^\s/.test(l);
    if (!isNexthop) {
      const w = l.split(' ');
      const dst = ROUTE_TYPES.test(w[0]) ? w[1] : w[0];
      headCovered = unbuilt.some((u) => u.includes(` ${dst} `));
    }
    const left = sim.get(l) ?? 0;
    if (left > 0) {
      sim.set(l, left - 1);
      continue;
    }
    missing++;
    if (!headCovered) return false;
  }
  return missing > 0;
}
