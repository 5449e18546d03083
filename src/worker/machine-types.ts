/**
 * What the machine tools (import, doctor, packet classes, compare, export) return to the page:
 * plain structured-cloneable data, with the text exactly as the analyses and iproute2 print it.
 */
import type { Finding } from '../analysis/doctor-types';
import type { LineDiff } from '../analysis/compare-diff';
import type { ImportInput, ImportResult, ImportWarning } from '../import/types';

export type { Finding, ImportInput, ImportResult, ImportWarning, LineDiff };

/** What "Which packets reach this?" asks about: a rule, a table, or the verdict of a probe line. */
export type ReachTarget =
  | { kind: 'rule'; family: 4 | 6; pref: number }
  | { kind: 'table'; family: 4 | 6; table: number; name: string }
  | { kind: 'verdict'; line: number };

/** One packet class as the UI lists it. */
export interface ClassRow {
  family: 4 | 6;
  /** The packets, one readable line. */
  text: string;
  /** The verdict's key, e.g. `table main: default via 10.0.0.1 dev eth0`. */
  verdict: string;
  /** Priority of the rule that decided, when one did. */
  rulePref?: number;
  /** `ip route get` arguments of a packet of the class. */
  probe: string;
}

/** The answer to "Which packets reach this?". */
export interface ReachResult {
  /** What was asked, in words ("rule 5209", "table main", "the verdict of line 12"). */
  title: string;
  classes: ClassRow[];
  /** Why there is no answer (the probe line is gone, the analysis failed). */
  error?: string;
}

/** A packet class whose verdict changes between the two scenarios. */
export interface ChangedClassRow {
  family: 4 | 6;
  text: string;
  before: string;
  after: string;
  probe: string;
  /** What `ip route get PROBE` prints in each scenario. */
  answerBefore: string;
  answerAfter: string;
}

/** A comparison of the kept scenario (before) with the current one (after). */
export interface CompareResult {
  diffs: LineDiff[];
  classes: ChangedClassRow[];
  probes: { command: string; before: string; after: string }[];
  /** `ip rule show` of both, for the side-by-side listing. */
  rules: { before: string; after: string };
  error?: string;
}

/** Export formats the app offers. */
export type ExportKind = 'script' | 'netns' | 'rule-save' | 'rule6-save' | 'route-save';

/** An exported file (text or bytes), or why it could not be made. */
export type ExportResult =
  | { ok: true; filename: string; mime: string; text?: string; bytes?: Uint8Array }
  | { ok: false; error: string };
