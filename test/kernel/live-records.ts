/** Record-by-record comparison of the kernel's and the simulator's answers for the live comparison. */
import type { CommandRecord } from '../../src/scenario/command-record';
import { diffText } from './text-diff';

/** One differing record. */
export interface Mismatch {
  line: number;
  command: string;
  detail: string[];
}

/** The diff block of one field, or nothing when equal. */
function fieldDiff(
  name: string,
  first: string,
  second: string,
  cap: number,
  labels: readonly [string, string],
): string[] {
  if (first === second) return [];
  return [
    `  ${name} (- ${labels[0]}, + ${labels[1]}; $ marks line ends):`,
    ...diffText(first, second, cap).map((l) => `    ${l}`),
  ];
}

/** True when both lists hold the same records (line, status, stdout, stderr). */
export function sameRecords(a: CommandRecord[], b: CommandRecord[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i];
    return x.line === y.line && x.status === y.status && x.stdout === y.stdout && x.stderr === y.stderr;
  });
}

/**
 * Compares two record lists by line number (`labels` name them in the diffs); returns how many
 * records were compared and the mismatches, each with at most `cap` diff lines per field.
 */
export function compareRecords(
  kernel: CommandRecord[],
  sim: CommandRecord[],
  cap: number,
  labels: readonly [string, string] = ['kernel', 'simulator'],
): { records: number; mismatches: Mismatch[] } {
  const simByLine = new Map(sim.map((r) => [r.line, r]));
  const kernelLines = new Set(kernel.map((r) => r.line));
  const mismatches: Mismatch[] = [];
  for (const k of kernel) {
    const s = simByLine.get(k.line);
    if (!s) {
      mismatches.push({
        line: k.line,
        command: k.command,
        detail: [`  the ${labels[1]} gave no record for this line`],
      });
      continue;
    }
    const detail = [
      ...(k.status !== s.status ? [`  status: ${labels[0]} ${k.status}, ${labels[1]} ${s.status}`] : []),
      ...fieldDiff('stdout', k.stdout, s.stdout, cap, labels),
      ...fieldDiff('stderr', k.stderr, s.stderr, cap, labels),
    ];
    if (detail.length > 0) mismatches.push({ line: k.line, command: k.command, detail });
  }
  const extra = sim.filter((r) => !kernelLines.has(r.line));
  for (const s of extra)
    mismatches.push({
      line: s.line,
      command: s.command,
      detail: [`  the ${labels[0]} gave no record for this line`],
    });
  mismatches.sort((a, b) => a.line - b.line);
  return { records: kernel.length + extra.length, mismatches };
}
