/**
 * The views the worker derives from a script: everything the UI shows, as plain structured-
 * cloneable data. The text fields are exactly what iproute2 prints, so the UI never formats
 * kernel state itself.
 */
import type { LookupTrace } from '../engine/trace';
import type { CommandRecord } from '../scenario/command-record';

/** One rule as `ip rule show` lists it. */
export interface RuleView {
  family: 4 | 6;
  /** Index in the family's rule list (the trace's `index`). */
  index: number;
  pref: number;
  /** The line without `PREF:\t`, e.g. `from all fwmark 0x1 lookup mail.out`. */
  text: string;
  /** Script line that added it when no `pref` was given: the kernel chose the priority. */
  auto?: AutoPref;
}

/** A priority the kernel picked for an `ip rule add` without `pref` (fib_default_rule_pref). */
export interface AutoPref {
  /** Script line of the `ip rule add`. */
  line: number;
  family: 4 | 6;
  pref: number;
  /** Why this number, in one sentence. */
  why: string;
}

/** One routing table as `ip route show table ID` lists it. */
export interface TableView {
  family: 4 | 6;
  id: number;
  /** Its name from rt_tables (the number when it has none). */
  name: string;
  /** One entry per route (a multipath route's nexthop lines joined to it). */
  routes: string[];
  /** Table local is derived from addresses: shown, not edited. */
  readOnly: boolean;
}

/** One network device. */
export interface LinkView {
  ifindex: number;
  name: string;
  kind: string;
  up: boolean;
  carrier: boolean;
  group: number;
  mtu: number;
  /** `ip link set DEV alias TEXT`, when set. */
  alias?: string;
  peer?: string;
  master?: string;
  /** Addresses as `ADDR/LEN`, IPv4 then IPv6, kernel-added ones marked. */
  addrs: { text: string; family: 4 | 6; kernel: boolean }[];
}

/** One routing sysctl and its value. */
export interface SysctlView {
  key: string;
  value: number;
}

/** One probe of the script: an `ip route get` line and its answer. */
export interface ProbeView {
  line: number;
  command: string;
  /** The arguments after `ip route get`. */
  args: string;
  status: number;
  /** What it printed: stdout, or stderr when it failed. */
  verdict: string;
}

/** Everything derived from one run of a script. */
export interface ScenarioView {
  records: CommandRecord[];
  rules: { 4: RuleView[]; 6: RuleView[] };
  tables: TableView[];
  links: LinkView[];
  sysctls: SysctlView[];
  probes: ProbeView[];
  autoPrefs: AutoPref[];
  /** The whole scenario as the commands that rebuild it, then the probes. */
  canonical: string;
}

/** A probe re-run with tracing on, at the point of the script where its line stands. */
export interface ProbeTrace {
  line: number;
  args: string;
  family: 4 | 6;
  record: CommandRecord;
  trace: LookupTrace;
  /** One sentence per trace event. */
  sentences: string[];
  /** `ip rule show` lines (with `PREF:\t`) at the time of the lookup. */
  rules: { 4: string[]; 6: string[] };
}

/** What one analysis returns: the views, and the trace of the selected probe (if any). */
export interface Analysis {
  view: ScenarioView;
  trace: ProbeTrace | null;
}
