/**
 * What the doctor reports: one typed finding per rule-ordering mistake, each with the rules
 * involved (as `ip rule show` prints them), a paragraph that explains it, and a probe — an
 * `ip route get` argument list whose trace demonstrates the problem — with the verdict the probe
 * gets from the engine.
 */

/** How bad a finding is: error = traffic certainly goes wrong, warning = likely a mistake, info = worth knowing. */
export type Severity = 'error' | 'warning' | 'info';

/** The kinds of mistakes the doctor knows. */
export type FindingKind =
  | 'shadowed'
  | 'unresolved-goto'
  | 'duplicate-priority'
  | 'missing-table'
  | 'empty-table'
  | 'suppress-never'
  | 'from-unbound'
  | 'main-rule-missing'
  | 'local-rule-missing'
  | 'default-rule-missing'
  | 'rp-filter-drop'
  | 'fwmark-never-set'
  | 'ipv6-leak'
  | 'mark-collision'
  | 'foreign-rule';

/** A rule a finding is about. */
export interface FindingRule {
  family: 4 | 6;
  pref: number;
  /** Position in the family's rule list (0 = first line of `ip rule show`). */
  index: number;
  /** The rule's `ip rule show` line, e.g. `5209:\tnot from all fwmark 0xca6c lookup 51820`. */
  text: string;
}

/** A packet that shows the problem, as `ip route get` arguments (what the UI's probe form holds). */
export interface Probe {
  family: 4 | 6;
  /** Words after `ip route get`, e.g. ['8.8.8.8', 'mark', '0x80000']. */
  args: string[];
  /** The whole command, `ip route get ARGS` (with `-6` for IPv6 is not needed: the address says it). */
  command: string;
}

/** One problem found in a scenario. */
export interface Finding {
  /** Stable id: kind, family and the priorities involved (`shadowed:4:5230`). */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** One line, e.g. "Rule 5230 can never match: rule 5209 decides first". */
  title: string;
  /** The rules involved; the first is the one the finding is about. */
  rules: FindingRule[];
  /** One paragraph naming the rules, tables and devices involved and why it goes wrong. */
  explanation: string;
  probe: Probe;
  /** What `ip route get PROBE` prints (its first line: the answer or the error). */
  verdict: string;
  /** The priority of the rule that decided the probe, when a rule did. */
  decidedBy?: number;
}

/** Options of runDoctor. */
export interface DoctorOptions {
  /**
   * Whether systemd-networkd manages the host's rules (ManageForeignRoutingPolicyRules=yes):
   * true / false, or undefined to guess from the rules (networkd installs its own with
   * `protocol static`).
   */
  networkd?: boolean;
}
