/**
 * What every simulated userland command works with: the host (the "kernel"), the files under
 * /etc/iproute2 that name tables, protocols and groups, and the output of one command.
 */
import type { Host } from '../engine/host';
import type { LookupTrace } from '../engine/trace';
import type { NetfilterState } from '../netfilter/types';

/** A simulated machine as the script runner holds it: the kernel state plus its /etc files. */
export interface Session {
  host: Host;
  /** Virtual files by absolute path (at least /etc/iproute2/rt_tables and friends). */
  files: Map<string, string>;
  /** When set, `ip route get` records the lookup's decisions here (rpdb trace, the web app). */
  trace?: LookupTrace;
  /** iptables/ip6tables state; created by the first `iptables` command (undefined = no rules). */
  netfilter?: NetfilterState;
}

/** ip(8) global options (`ip [-4|-6] [-j] [-p] [-d] [-s] [-o] [-n] ...`). */
export interface IpOptions {
  /** 0 = unspecified (AF_UNSPEC), 4 or 6. */
  family: 0 | 4 | 6;
  json: boolean;
  pretty: boolean;
  /** Count of `-d`. */
  details: number;
  /** Count of `-s`. */
  stats: number;
  oneline: boolean;
  /** `-N`/`-numeric`. */
  numeric: boolean;
  /** `-r`/`-resolve`. */
  resolve: boolean;
  /** `-br`/`-brief`. */
  brief: boolean;
  color: boolean;
}

/** Collects what one command writes, in order, and its exit status. */
export class CommandOutput {
  stdout = '';
  stderr = '';
  status = 0;

  /** Writes to standard output. */
  out(text: string): void {
    this.stdout += text;
  }

  /**
   * Writes one whole route line as print_route ends it (`line` then ` \n`): `line` is
   * single-spaced, without other white space, and no `nexthop` line follows it. Readers of
   * route dumps (import's check) take it as it is instead of cutting the text into lines again.
   */
  outRouteLine(line: string): void {
    this.out(`${line} \n`);
  }

  /** Writes to standard error. */
  err(text: string): void {
    this.stderr += text;
  }

  /** Ends the command with `status` (like exit(status)); returns this for chaining. */
  exit(status: number): this {
    this.status = status;
    return this;
  }
}

/** Thrown by a userland command to stop at once with the status set (like exit()). */
export class CommandExit extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`exit ${status}`);
    this.status = status;
  }
}
