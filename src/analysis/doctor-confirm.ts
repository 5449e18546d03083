/**
 * Confirms a finding independently of the check that made it: re-runs its probe through the
 * engine (a traced `ip route get`) and looks, in the verdict and the typed trace, for what the
 * finding claims. Tests run it on every finding; it returns null when confirmed, else why not.
 */
import type { TraceEvent } from '../engine/trace';
import type { Session } from '../iproute2/context';
import { traceRouteGet } from '../scenario/trace-route-get';
import { decidingRule, rpFilterFailed, stepsOfRule } from './doctor-probe';
import type { Finding, FindingRule } from './doctor-types';

function mainEvents(events: TraceEvent[]): TraceEvent[] {
  const i = events.findIndex((e) => e.kind === 'stage' && e.stage === 'reverse-path');
  return i < 0 ? events : events.slice(0, i);
}

/** The trace step that tested the rule (by list position: priorities may repeat). */
function ruleEvent(
  events: TraceEvent[],
  rule: FindingRule | undefined,
): Extract<TraceEvent, { kind: 'rule' }> | undefined {
  return events.find(
    (e): e is Extract<TraceEvent, { kind: 'rule' }> =>
      e.kind === 'rule' && rule !== undefined && e.family === rule.family && e.index === rule.index,
  );
}

/** Null when the probe's trace shows what the finding says; otherwise the reason it does not. */
export function confirmFinding(session: Session, f: Finding): string | null {
  const t = traceRouteGet(session, f.probe.args);
  const verdict = (t.record.stdout || t.record.stderr).split('\n')[0] ?? '';
  if (verdict !== f.verdict)
    return `verdict ${JSON.stringify(verdict)} differs from the finding's ${JSON.stringify(f.verdict)}`;
  const ev = mainEvents(t.trace.events);
  const decided = decidingRule(t.trace)?.pref;
  const subject = f.rules[0]?.pref;
  const steps = f.rules[0] ? stepsOfRule(t.trace, f.rules[0].family, f.rules[0].index) : [];
  switch (f.kind) {
    case 'shadowed': {
      const cover = f.rules[1]!.pref;
      if (decided !== cover) return `decided by ${decided}, not the covering rule ${cover}`;
      if (ruleEvent(ev, f.rules[0])) return `the shadowed rule ${subject} was reached`;
      return null;
    }
    case 'unresolved-goto':
      return ev.some((e) => e.kind === 'goto' && e.pref === subject && !e.resolved)
        ? null
        : 'no unresolved goto in the trace';
    case 'duplicate-priority':
      return f.rules.length >= 2 && f.rules.every((r) => r.pref === subject)
        ? null
        : 'rules do not share a priority';
    case 'missing-table':
      return steps.some((e) => e.kind === 'table-missing') ? null : 'no missing-table step';
    case 'empty-table':
      return steps.some((e) => e.kind === 'table-lookup' && e.result === 'no-match')
        ? null
        : 'no empty lookup';
    case 'suppress-never':
      if (decided !== subject) return `decided by ${decided}, not ${subject}`;
      return steps.some((e) => e.kind === 'suppress') ? 'the rule suppressed' : null;
    case 'from-unbound': {
      const r = ruleEvent(ev, f.rules[0]);
      return r && !r.matched && r.tests.some((x) => x.selector === 'from' && !x.pass)
        ? null
        : 'the from selector did not fail';
    }
    case 'main-rule-missing':
      return decidingRule(t.trace)?.table === 254 ? 'main answered' : null;
    case 'local-rule-missing':
      return verdict.startsWith('local ') ? 'delivered locally' : null;
    case 'default-rule-missing':
      return decidingRule(t.trace)?.table === 253 ? 'table default answered' : null;
    case 'rp-filter-drop':
      return rpFilterFailed(t.trace) && t.record.status !== 0 ? null : 'the reverse-path check passed';
    case 'fwmark-never-set': {
      const r = ruleEvent(ev, f.rules[0]);
      return r && r.tests.some((x) => x.selector === 'fwmark' && !x.pass)
        ? null
        : 'the fwmark test did not fail';
    }
    case 'mark-collision':
      return ruleEvent(ev, f.rules[0])?.matched ? null : `rule ${subject} did not match the marked packet`;
    case 'ipv6-leak':
      return t.record.status === 0 && f.probe.family === 6 ? null : 'no IPv6 route';
    case 'foreign-rule':
      return ruleEvent(ev, f.rules[0])?.matched ? null : `rule ${subject} did not match its probe`;
  }
}
