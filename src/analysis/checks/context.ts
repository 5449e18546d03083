/**
 * What every check works with: the session, the `ip rule show` lines of both families, and a
 * helper that turns a probe into a finding with the engine's verdict.
 */
import type { Rule } from '../../engine/model';
import type { Session } from '../../iproute2/context';
import { Names } from '../../iproute2/names';
import { ruleLines } from '../../scenario/trace-route-get';
import { runProbe, type ProbeResult, type ProbeSpec } from '../doctor-probe';
import type { DoctorOptions, Finding, FindingKind, FindingRule, Severity } from '../doctor-types';

/** The inputs of one doctor run. */
export interface DoctorContext {
  session: Session;
  options: DoctorOptions;
  /** `ip rule show` lines per family, in list order. */
  lines: { 4: string[]; 6: string[] };
}

/** A new context for `session`. */
export function doctorContext(session: Session, options: DoctorOptions = {}): DoctorContext {
  return { session, options, lines: { 4: ruleLines(session, 4), 6: ruleLines(session, 6) } };
}

/** The FindingRule of the rule at `index` of `family`. */
export function ruleRef(ctx: DoctorContext, family: 4 | 6, index: number): FindingRule {
  const rule = ctx.session.host.rules[family][index]!;
  return { family, pref: rule.pref, index, text: ctx.lines[family][index] ?? `${rule.pref}:` };
}

/** The FindingRule of `rule` (found by identity in its family's list). */
export function refOf(ctx: DoctorContext, rule: Rule): FindingRule {
  return ruleRef(ctx, rule.family, ctx.session.host.rules[rule.family].indexOf(rule));
}

/** A rule's `ip rule show` text without the priority, for sentences: `not from all fwmark 0xca6c lookup 51820`. */
export function ruleBody(ref: FindingRule): string {
  return ref.text.replace(/^\d+:\s*/, '');
}

/** A table's name as `ip rule show` prints it. */
export function tableName(ctx: DoctorContext, id: number): string {
  return new Names(ctx.session.files).rttableN2a(id);
}

/** What a check hands in to become a finding. */
export interface FindingDraft {
  kind: FindingKind;
  severity: Severity;
  /** Extra id parts after kind and family (priorities involved). */
  key: (string | number)[];
  family: 4 | 6;
  title: string;
  rules: FindingRule[];
  explanation: string;
}

/** A finding from a draft and a probe already run. */
export function findingOf(d: FindingDraft, r: ProbeResult): Finding {
  return {
    id: [d.kind, d.family, ...d.key].join(':'),
    kind: d.kind,
    severity: d.severity,
    title: d.title,
    rules: d.rules,
    explanation: d.explanation,
    probe: r.probe,
    verdict: r.verdict,
    ...(r.decidedBy !== undefined ? { decidedBy: r.decidedBy } : {}),
  };
}

/** Runs the probe and builds the finding. */
export function probeFinding(ctx: DoctorContext, d: FindingDraft, p: ProbeSpec): Finding {
  return findingOf(d, runProbe(ctx.session, p));
}
