/**
 * The kernel's recorded answers for the built-in examples (e2e/fixtures/kernel-examples.json,
 * made by `npx tsx e2e/record-examples.ts` as root on Linux 6.18 with iproute2 6.1).
 */
import recorded from './fixtures/kernel-examples.json' with { type: 'json' };
import type { CommandRecord } from '../src/scenario/command-record';

interface Recorded {
  kernel: string;
  iproute2: string;
  examples: Record<string, { script: string; records: CommandRecord[] }>;
  cases: Record<string, { script: string; records: CommandRecord[] }>;
}

const data = recorded as Recorded;

/** Kernel release and iproute2 version the answers were recorded with. */
export const RECORDED_ON = `${data.kernel}, ${data.iproute2}`;

/** The kernel's records of example `id`. */
export function kernelRecords(id: string): CommandRecord[] {
  const e = data.examples[id];
  if (!e) throw new Error(`no kernel recording for example ${id}: run e2e/record-examples.ts`);
  return e.records;
}

/** The script the recording was made with (to detect a stale recording). */
export function recordedScript(id: string): string {
  return data.examples[id]?.script ?? '';
}

/** What `ip route get` printed for a probe record: stdout, or stderr when it failed. */
export function kernelVerdict(r: CommandRecord): string {
  return r.status === 0 ? r.stdout : r.stderr || r.stdout;
}

/** The probe records of example `id`. */
export function kernelProbes(id: string): CommandRecord[] {
  return kernelRecords(id).filter((r) => /^ip( -\d)? route get /.test(r.command));
}

/** The kernel's records of the case script `id` (e2e/cases.ts). */
export function kernelCase(id: string): CommandRecord[] {
  const c = data.cases[id];
  if (!c) throw new Error(`no kernel recording for case ${id}: run e2e/record-examples.ts`);
  return c.records;
}
