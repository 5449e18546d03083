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
): { diffs: DumpDiff[]; script: string; failed: string[] } {
  const { script } = importMachineState([{ name: 'snapshot', text: snapshot }]);
  const session = createSession();
  const failed = runScript(script, session)
    .filter((r) => r.status !== 0)
    .map((r) => `${r.line}: ${r.command}: ${r.stderr.trim()}`);
  const sim = runScript(DUMPS.join('\n'), session).map((r) => r.stdout);
  const diffs: DumpDiff[] = [];
  DUMPS.forEach((command, i) => {
    if (sim[i] !== kernel[i]) diffs.push({ command, kernel: kernel[i], sim: sim[i] });
  });
  return { diffs, script, failed };
}
