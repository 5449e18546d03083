import { EACCES, EAGAIN, EINVAL, ENETUNREACH, ESRCH } from './errors';
import { fib4LookupInto, fib4TableLookup, fib6TableLookup, type FibResult, type LookupOutcome } from './fib-lookup';
import type { FibTable } from './fib-table';
import type { Flow } from './flow';
import type { Host } from './host';
import { formatIp } from './ip';
import { FR_ACT, type Rule } from './model';
import { ruleMatches } from './rule-match';
import { ruleScanner } from './rule-compile';
import type { LookupTrace, SelectorTest } from './trace';

/** Outcome of the RPDB walk: err 0 with a result, or an errno; the rule that decided. */
export interface RulesOutcome {
  err: number;
  res?: FibResult;
  rule?: Rule;
}

/** The index of a goto rule's target: the first rule with the target priority (ctarget). */
export function gotoTargetIndex(rules: readonly Rule[], target: number): number {
  return rules.findIndex((r) => r.pref === target);
}

/** Name of a rule action for traces. */
export function actionName(action: number): string {
  switch (action) {
    case FR_ACT.TO_TBL:
      return 'lookup';
    case FR_ACT.GOTO:
      return 'goto';
    case FR_ACT.NOP:
      return 'nop';
    case FR_ACT.BLACKHOLE:
      return 'blackhole';
    case FR_ACT.UNREACHABLE:
      return 'unreachable';
    case FR_ACT.PROHIBIT:
      return 'prohibit';
    case 10:
      return 'nat';
    default:
      return `action ${action}`;
  }
}

/** fib_rule_get_table: the rule's table, or the VRF table of the flow for l3mdev rules. */
function ruleTable(host: Host, rule: Rule, flow: Flow): number {
  if (rule.l3mdev) return host.link(flow.l3mdev)?.vrfTable ?? 0;
  return rule.table;
}

/**
 * host.table for the rule walk, remembering the last two answers (most walks end in local and
 * main). Tables are never deleted (the kernel frees them only with the namespace), so a table
 * map of the same size has the same tables.
 */
function cachedTable(host: Host, family: 4 | 6, id: number): FibTable | undefined {
  const map = host.tables[family];
  if (map !== tableCache.map || map.size !== tableCache.size) {
    tableCache.map = map;
    tableCache.size = map.size;
    tableCache.id0 = tableCache.id1 = -1;
  }
  if (id === tableCache.id0) return tableCache.table0;
  if (id === tableCache.id1) return tableCache.table1;
  const t = map.get(id);
  tableCache.id1 = tableCache.id0;
  tableCache.table1 = tableCache.table0;
  tableCache.id0 = id;
  tableCache.table0 = t;
  return t;
}

const tableCache: { map: Map<number, FibTable> | null; size: number; id0: number; table0: FibTable | undefined; id1: number; table1: FibTable | undefined } = {
  map: null,
  size: -1,
  id0: -1,
  table0: undefined,
  id1: -1,
  table1: undefined,
};

/** The untraced IPv4 table lookup's outcome, reused: read at once by fibRulesLookup, never kept. */
const scratch: LookupOutcome = { err: 0, res: undefined };

/** fib4_rule_action / fib6_rule_action for one rule. */
function ruleAction(host: Host, rule: Rule, flow: Flow, trace?: LookupTrace): { err: number; res?: FibResult } {
  switch (rule.action) {
    case FR_ACT.TO_TBL:
      break;
    case FR_ACT.UNREACHABLE:
      return { err: ENETUNREACH };
    case FR_ACT.PROHIBIT:
      return { err: EACCES };
    default:
      return { err: EINVAL }; // blackhole, and every action number the kernel does not know
  }
  const id = ruleTable(host, rule, flow);
  const table = cachedTable(host, flow.family, id);
  if (!table) {
    trace?.events.push({ kind: 'table-missing', pref: rule.pref, table: id });
    return { err: EAGAIN };
  }
  if (flow.family === 4) return trace ? fib4TableLookup(host, [table], flow, trace, rule.pref) : fib4LookupInto(scratch, host, table, flow, undefined);
  const out = fib6TableLookup(host, table, flow, trace, rule.pref);
  if (!out.res) return { err: EAGAIN };
  return out; // err is the route type's error: EAGAIN for throw, an errno for reject routes
}

/** fib4_rule_suppress / fib6_rule_suppress: reject a successful result. */
function suppressed(host: Host, rule: Rule, res: FibResult, trace?: LookupTrace): boolean {
  if (res.prefixLen <= rule.suppressPrefixlen) {
    trace?.events.push({
      kind: 'suppress',
      pref: rule.pref,
      reason: 'prefixlength',
      prefix: formatIp(res.prefix),
      prefixLen: res.prefixLen,
      threshold: rule.suppressPrefixlen,
    });
    return true;
  }
  if (rule.suppressIfgroup !== -1) {
    // IPv4 looks at nexthop #0 (fib_info_nhc(fi, 0)), not the nexthop the lookup chose.
    const nh = res.route.nexthops[res.route.family === 4 ? 0 : res.nhIndex];
    const dev = nh ? host.link(nh.dev) : undefined;
    if (dev && dev.group === rule.suppressIfgroup) {
      trace?.events.push({
        kind: 'suppress',
        pref: rule.pref,
        reason: 'ifgroup',
        prefix: formatIp(res.prefix),
        prefixLen: res.prefixLen,
        dev: dev.name,
        group: dev.group,
      });
      return true;
    }
  }
  return false;
}

/**
 * fib_rules_lookup: walk the rules in order; goto jumps (unresolved ones are skipped), nop
 * continues, a lookup that misses, throws or is suppressed continues; anything else decides.
 * Returns ESRCH when no rule decided.
 */
export function fibRulesLookup(host: Host, flow: Flow, trace?: LookupTrace, noSuppress = false): RulesOutcome {
  const rules = host.rules[flow.family];
  const scan = trace ? undefined : ruleScanner(host, rules);
  for (let i = 0; i < rules.length; i++) {
    if (scan) {
      i = scan(flow, i); // the next matching rule, found by compiled selectors
      if (i < 0) break;
    } else {
      const tests: SelectorTest[] = [];
      const matched = ruleMatches(host, rules[i], flow, tests);
      trace!.events.push({ kind: 'rule', family: flow.family, index: i, pref: rules[i].pref, matched, inverted: rules[i].invert, tests });
      if (!matched) continue;
    }
    const rule = rules[i];
    if (rule.action === FR_ACT.GOTO) {
      const target = gotoTargetIndex(rules, rule.gotoTarget ?? -1);
      trace?.events.push({ kind: 'goto', pref: rule.pref, target: rule.gotoTarget ?? 0, resolved: target >= 0, ...(target >= 0 ? { targetIndex: target } : {}) });
      if (target < 0) {
        trace?.events.push({ kind: 'continue', pref: rule.pref, why: 'unresolved-goto' });
        continue;
      }
      // "goto jumped": the target is tested as if reached normally; the walk goes on from it.
      // Targets always sit later in the list (backward gotos are refused), so this ends.
      if (target > i) i = target - 1;
      continue;
    }
    if (rule.action === FR_ACT.NOP) {
      trace?.events.push({ kind: 'nop', pref: rule.pref });
      continue;
    }
    if (rule.action !== FR_ACT.TO_TBL) {
      const err = ruleAction(host, rule, flow, trace).err;
      trace?.events.push({ kind: 'rule-action', pref: rule.pref, action: actionName(rule.action), errno: err });
      return { err, rule };
    }
    let out = ruleAction(host, rule, flow, trace);
    // fib6_rule_action_alt (the fib6_lookup flavour) takes any route the table returns, throw and
    // reject routes included: only a miss goes on to the next rule.
    if (noSuppress && flow.family === 6 && out.res) out = { err: 0, res: out.res };
    // fib6_lookup (fib6_rule_action_alt) leaves res->rt6 unset, so its suppressors never fire.
    if (out.err === 0 && out.res && !noSuppress && suppressed(host, rule, out.res, trace)) {
      trace?.events.push({ kind: 'continue', pref: rule.pref, why: 'suppressed' });
      continue;
    }
    if (out.err === EAGAIN) {
      trace?.events.push({ kind: 'continue', pref: rule.pref, why: out.res ? 'throw' : host.table(flow.family, ruleTable(host, rule, flow)) ? 'no-match' : 'missing-table' });
      continue;
    }
    return { err: out.err, res: out.res, rule };
  }
  return { err: ESRCH };
}

/** True when some rule needs the packet's protocol and ports (fib_rule_requires_fldissect). */
export function rulesNeedDissect(host: Host, family: 4 | 6): boolean {
  return host.rules[family].some((r) => r.iifname !== 'lo' && (r.ipproto !== 0 || r.sport !== undefined || r.dport !== undefined));
}
