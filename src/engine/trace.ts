/**
 * The structured trace of one lookup: typed events, in the order the kernel makes its
 * decisions. The UI animates these; `explainTrace` (explain.ts) turns them into sentences.
 * Addresses are kept as text so a trace can be stored, sent to a worker or shown as JSON.
 */

/** One selector of a rule tested against the packet (fib_rule_match / fib4_rule_match). */
export interface SelectorTest {
  selector:
    | 'iif'
    | 'oif'
    | 'fwmark'
    | 'tun_id'
    | 'l3mdev'
    | 'uidrange'
    | 'from'
    | 'to'
    | 'tos'
    | 'dscp'
    | 'flowlabel'
    | 'ipproto'
    | 'sport'
    | 'dport';
  /** The packet's value, as text. */
  packet: string;
  /** The rule's value, as text. */
  rule: string;
  pass: boolean;
  /** Why it passed or failed, when the comparison is not plain equality. */
  note?: string;
}

/** A route the longest-prefix match looked at. */
export interface RouteCandidate {
  prefix: string;
  len: number;
  /** Route text in `ip route show` style without table (filled in by the engine). */
  route: string;
  /** Why it was not chosen, or 'chosen'. */
  outcome: 'chosen' | 'shorter-prefix' | 'tos-mismatch' | 'no-usable-nexthop' | 'oif-mismatch' | 'scope' | 'dead' | 'shadowed';
}

/** Trace events. */
export type TraceEvent =
  | { kind: 'stage'; stage: 'output' | 'input' | 'reverse-path' | 'fast-path'; detail: string }
  | { kind: 'check'; check: string; pass: boolean; detail: string; errno?: number }
  | {
      kind: 'rule';
      family: 4 | 6;
      index: number;
      pref: number;
      matched: boolean;
      inverted: boolean;
      tests: SelectorTest[];
    }
  | { kind: 'goto'; pref: number; target: number; resolved: boolean; targetIndex?: number }
  | { kind: 'nop'; pref: number }
  | { kind: 'rule-action'; pref: number; action: string; errno: number }
  | { kind: 'table-missing'; pref: number; table: number }
  | {
      kind: 'table-lookup';
      pref: number;
      table: number;
      candidates: RouteCandidate[];
      result: 'route' | 'no-match' | 'error' | 'throw';
      prefix?: string;
      prefixLen?: number;
      errno?: number;
      type?: number;
    }
  | {
      kind: 'suppress';
      pref: number;
      reason: 'prefixlength' | 'ifgroup';
      prefix: string;
      prefixLen: number;
      threshold?: number;
      dev?: string;
      group?: number;
    }
  | { kind: 'continue'; pref: number; why: 'no-match' | 'throw' | 'missing-table' | 'suppressed' | 'unresolved-goto' }
  | { kind: 'source'; address: string; why: string }
  | { kind: 'result'; text: string; errno: number; pref?: number; table?: number };

/** A growable trace; lookups append to it only when one is passed in. */
export interface LookupTrace {
  events: TraceEvent[];
}

/** A new, empty trace. */
export function newTrace(): LookupTrace {
  return { events: [] };
}
