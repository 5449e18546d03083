/** One parsed iptables command line (do_parse's struct xt_cmd_parse plus the rule). */
import type { NfRule } from './types';

/** The command letter (CMD_*), with -D/-Z split by whether a rule number was given. */
export type NfCommandKind =
  'A' | 'C' | 'D' | 'Dnum' | 'I' | 'R' | 'L' | 'S' | 'F' | 'Z' | 'Znum' | 'N' | 'X' | 'E' | 'P';

/** The rule part of a command line before it is checked against the tables. */
export interface ParsedRule extends Omit<NfRule, 'spec' | 'packets' | 'bytes'> {
  /** `-j NAME` that is not a known target: a chain, checked when the command runs. */
  jumpName?: string;
  goto: boolean;
}

/** A parsed command line. */
export interface NfCommand {
  /** Commands in the order given; list+zero may combine (`-L -Z`). */
  kinds: NfCommandKind[];
  table: string;
  chain?: string;
  rulenum?: number;
  policy?: string;
  newName?: string;
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  rule: ParsedRule;
  /** `-V`: print the version and stop. */
  version?: boolean;
}
