/**
 * The RPDB walk run on packet sets instead of one packet: the packets arriving at each rule, the
 * ones it matches, and where every packet ends (fib_lookup → fib_rules_lookup, with the
 * fast path before the first custom rule). The outcome sets are disjoint and cover the universe.
 */
import { gotoTargetIndex } from '../engine/rules-lookup';
import { ipv4LookupTables } from '../engine/addr-type';
import type { FibTable } from '../engine/fib-table';
import type { Host } from '../engine/host';
import { FR_ACT, TABLE, type Rule } from '../engine/model';
import { EACCES, EINVAL, ENETUNREACH } from '../engine/errors';
import { coalesce, intersectSets, subtractSets, type BoxSet } from './packet-class-space';
import { packetUniverse } from './packet-class-universe';
import { ruleMatchSet } from './packet-class-rules';
import { answerThrows, tableEntries, type TableAnswer, type TableEntry } from './packet-class-tables';
import { NO_ROUTE, routeVerdict, ruleErrorVerdict, type Verdict } from './packet-class-verdict';

/** Packets that end with one verdict, decided at one place. */
export interface WalkOutcome {
  verdict: Verdict;
  set: BoxSet;
  /** Index (in list order) of the rule that decided; undefined on the fast path or "no rule". */
  ruleIndex?: number;
  /** The table whose route (or error route) decided. */
  table?: number;
}

/** The walk of one family. */
export interface PacketWalk {
  family: 4 | 6;
  /** False before the first custom rule: the rules are bypassed (fast path). */
  rulesUsed: boolean;
  rules: readonly Rule[];
  universe: BoxSet;
  /** Per rule index: the packets that reach the rule. */
  reach: BoxSet[];
  /** Per rule index: the packets the rule matches (and acts on). */
  matched: BoxSet[];
  outcomes: WalkOutcome[];
}

type Cache = Map<string, TableEntry[]>;

/**
 * Reach sets of more boxes than this go on to the next rule as "reach minus decided" (same
 * packets, fewer boxes); smaller ones as "not matched, then missed", the decomposition the
 * recorded class probes were made with.
 */
export const WIDE_REACH = 64;

function entriesOf(host: Host, tables: FibTable[], family: 4 | 6, cache: Cache): TableEntry[] {
  const key = tables.map((t) => t.id).join(',');
  let e = cache.get(key);
  if (!e) cache.set(key, (e = tableEntries(host, tables, family)));
  return e;
}

/** Splits `set` by a decision list: the decided pieces, and the packets no entry takes. */
export function splitByTable(
  set: BoxSet,
  entries: TableEntry[],
): { hits: { answer: TableAnswer; set: BoxSet }[]; miss: BoxSet } {
  const hits: { answer: TableAnswer; set: BoxSet }[] = [];
  let rest = set;
  for (const e of entries) {
    if (rest.length === 0) break;
    const hit = intersectSets(rest, [e.cond]);
    if (hit.length === 0) continue;
    hits.push({ answer: e.answer, set: hit });
    rest = subtractSets(rest, [e.cond]);
  }
  return { hits, miss: rest.length > 24 ? coalesce(rest) : rest };
}

/** fib4_rule_suppress / fib6_rule_suppress for a usable answer. */
function suppressed(host: Host, rule: Rule, a: TableAnswer): boolean {
  if (a.route.dstLen <= rule.suppressPrefixlen) return true;
  if (rule.suppressIfgroup === -1) return false;
  const nh = a.route.nexthops[a.route.family === 4 ? 0 : a.nhIndex];
  const dev = nh ? host.link(nh.dev) : undefined;
  return dev !== undefined && dev.group === rule.suppressIfgroup;
}

function answerVerdict(host: Host, a: TableAnswer): Verdict {
  const r = a.route;
  return routeVerdict(
    host,
    { table: r.table, route: r, nhIndex: a.nhIndex, prefix: r.dst, prefixLen: r.dstLen, type: r.type },
    a.err,
  );
}

function fastPath(host: Host, family: 4 | 6, universe: BoxSet, cache: Cache): WalkOutcome[] {
  const outcomes: WalkOutcome[] = [];
  const stages: FibTable[][] = [];
  if (family === 4) {
    stages.push(ipv4LookupTables(host, TABLE.MAIN) ?? []);
    const def = host.table(4, TABLE.DEFAULT);
    if (def) stages.push([def]);
  } else {
    for (const id of [TABLE.LOCAL, TABLE.MAIN]) {
      const t = host.table(6, id);
      if (t) stages.push([t]);
    }
  }
  let rest = universe;
  for (const tables of stages) {
    const { hits, miss } = splitByTable(rest, entriesOf(host, tables, family, cache));
    rest = miss;
    for (const h of hits) {
      if (answerThrows(h.answer)) rest = rest.concat(h.set);
      else outcomes.push({ verdict: answerVerdict(host, h.answer), set: h.set, table: h.answer.route.table });
    }
  }
  if (rest.length) outcomes.push({ verdict: NO_ROUTE, set: rest });
  return outcomes;
}

/** The errno of a non-lookup rule action (fib4_rule_action: everything unknown is EINVAL). */
function actionErrno(action: number): number {
  return action === FR_ACT.UNREACHABLE ? ENETUNREACH : action === FR_ACT.PROHIBIT ? EACCES : EINVAL;
}

/**
 * Runs the walk of `family` over the whole packet space of the host (`wideReach`: see
 * WIDE_REACH; tests lower it to compare both decompositions). With `lastRule`, the walk stops
 * after that rule index: the outcomes of the rules up to it are complete, the others missing.
 */
export function walkPackets(
  host: Host,
  family: 4 | 6,
  wideReach = WIDE_REACH,
  lastRule = Infinity,
): PacketWalk {
  const universe = packetUniverse(host, family);
  const rules = host.rules[family];
  const rulesUsed = family === 4 ? host.customRules4 : host.customRules6;
  const cache: Cache = new Map();
  const walk: PacketWalk = { family, rulesUsed, rules, universe, reach: [], matched: [], outcomes: [] };
  if (!rulesUsed) {
    walk.outcomes = fastPath(host, family, universe, cache);
    return walk;
  }
  const arriving: BoxSet[] = rules.map(() => []);
  let end: BoxSet = [];
  const send = (i: number, set: BoxSet) => {
    if (set.length === 0) return;
    if (i >= rules.length) end = end.concat(set);
    else arriving[i] = arriving[i].concat(set);
  };
  if (rules.length) arriving[0] = universe;
  else end = universe;
  for (let i = 0; i < rules.length && i <= lastRule; i++) {
    const rule = rules[i];
    const s = arriving[i].length > 24 ? coalesce(arriving[i]) : arriving[i];
    walk.reach[i] = s;
    const sel = ruleMatchSet(host, rule);
    const m = intersectSets(s, sel);
    walk.matched[i] = m;
    // A wide reach set goes on as itself minus what the rule decides: the boxes the rule matches
    // but does not decide (table misses, throws) stay whole instead of piling up as steps.
    const wide = s.length > wideReach;
    const leave = (decided: BoxSet) => send(i + 1, decided.length ? subtractSets(s, decided) : s);
    if (!wide) send(i + 1, subtractSets(s, sel));
    else if (m.length === 0) send(i + 1, s);
    if (m.length === 0) continue;
    if (rule.action === FR_ACT.GOTO) {
      const t = gotoTargetIndex(rules, rule.gotoTarget ?? -1);
      // Targets sit later in the list (backward gotos are refused); unresolved ones continue.
      if (wide) leave(m);
      send(t > i ? t : i + 1, m);
      continue;
    }
    if (rule.action === FR_ACT.NOP) {
      send(i + 1, wide ? s : m);
      continue;
    }
    if (rule.action !== FR_ACT.TO_TBL) {
      const errno = actionErrno(rule.action);
      walk.outcomes.push({ verdict: ruleErrorVerdict(rule.action, errno), set: m, ruleIndex: i });
      if (wide) leave(m);
      continue;
    }
    const table = rule.l3mdev ? undefined : host.table(family, rule.table);
    if (!table) {
      send(i + 1, wide ? s : m);
      continue;
    }
    const { hits, miss } = splitByTable(m, entriesOf(host, [table], family, cache));
    if (!wide) send(i + 1, miss);
    const decided: BoxSet = [];
    for (const h of hits) {
      if (answerThrows(h.answer) || (h.answer.err === 0 && suppressed(host, rule, h.answer))) {
        if (!wide) send(i + 1, h.set);
      } else {
        walk.outcomes.push({
          verdict: answerVerdict(host, h.answer),
          set: h.set,
          ruleIndex: i,
          table: h.answer.route.table,
        });
        for (const b of h.set) decided.push(b);
      }
    }
    if (wide) leave(decided);
  }
  if (end.length && lastRule >= rules.length) walk.outcomes.push({ verdict: NO_ROUTE, set: coalesce(end) });
  return walk;
}
