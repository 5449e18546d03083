/**
 * `iptables` / `ip6tables` (v1.8.9, nf_tables): parse, check, run, and print exactly what the
 * real tool prints. A failing command leaves the state as it was (the table is changed on a copy).
 */
import type { Family } from '../engine/ip';
import { NfError, formatNfError } from './errors';
import { BadArgument, parseCommand } from './parse-command';
import { runCommand } from './run-command';
import { cloneTable, isTableName, newTable } from './state';
import type { NetfilterState } from './types';

/** Where a command writes (iproute2's CommandOutput fits). */
export interface NfOutput {
  out(text: string): void;
  err(text: string): void;
  exit(status: number): unknown;
}

/** Runs `iptables ARGV` (family 4) or `ip6tables ARGV` (family 6). Never throws on user input. */
export function iptablesMain(
  nf: NetfilterState,
  family: Family,
  argv: readonly string[],
  out: NfOutput,
): void {
  const prog = family === 4 ? 'iptables' : 'ip6tables';
  try {
    const cmd = parseCommand(argv, family);
    if (cmd.version) {
      out.out(`${prog} v1.8.9 (nf_tables)\n`);
      return;
    }
    if (!isTableName(cmd.table))
      throw new NfError(
        'other',
        `table '${cmd.table}' does not exist\nPerhaps ${prog} or your kernel needs to be upgraded.`,
        3,
      );
    const fam = family === 4 ? nf.v4 : nf.v6;
    const before = fam.tables.get(cmd.table);
    const readOnly = cmd.kinds.every((k) => k === 'L' || k === 'S');
    const table = readOnly ? (before ?? newTable(cmd.table)) : cloneTable(before ?? newTable(cmd.table));
    const text = runCommand(cmd, table, family);
    if (!readOnly) {
      fam.tables.set(cmd.table, table);
      fam.generation++;
    }
    out.out(text);
  } catch (e) {
    if (e instanceof BadArgument) {
      out.err(`Bad argument \`${e.message}'\nTry \`${prog} -h' or '${prog} --help' for more information.\n`);
      out.exit(2);
    } else if (e instanceof NfError) {
      out.err(formatNfError(e, prog));
      out.exit(e.status);
    } else throw e;
  }
}
