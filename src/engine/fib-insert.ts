import { EEXIST, ENOENT, ESRCH, fail, ok, type KResult } from './errors';
import type { FibAlias } from './fib-alias';
import type { FibTable } from './fib-table';
import type { Route } from './model';
import { NLM_F } from './netlink';

/** fib_find_info: two routes share one fib_info (same type, path, source, metric, protocol...). */
export function sameFibInfo(a: Route, b: Route): boolean {
  return a.type === b.type && samePath(a, b);
}

/** The fib_info fields other than the type: protocol, scope, source, metric, nexthops, metrics. */
export function samePath(a: Pick<Route, 'protocol' | 'scope' | 'prefsrc' | 'priority' | 'realm' | 'nexthops' | 'metrics'>, b: Route): boolean {
  if (
    a.protocol !== b.protocol ||
    a.scope !== b.scope ||
    a.prefsrc !== b.prefsrc ||
    a.priority !== b.priority ||
    a.realm !== b.realm ||
    a.nexthops.length !== b.nexthops.length ||
    a.metrics.length !== b.metrics.length
  )
    return false;
  for (let i = 0; i < a.metrics.length; i++) {
    const x = a.metrics[i];
    const y = b.metrics[i];
    if (x.name !== y.name || x.value !== y.value || x.locked !== y.locked) return false;
  }
  for (let i = 0; i < a.nexthops.length; i++) {
    const x = a.nexthops[i];
    const y = b.nexthops[i];
    if (x.dev !== y.dev || x.gateway !== y.gateway || x.weight !== y.weight || x.onlink !== y.onlink || x.realm !== y.realm || x.scope !== y.scope || !!x.dead !== !!y.dead)
      return false;
  }
  return true;
}

/**
 * fib_table_insert for IPv4: keeps a prefix's routes in (TOS descending, metric ascending)
 * order and applies NLM_F_EXCL / REPLACE / APPEND / CREATE exactly as the kernel does.
 */
export function fib4Insert(table: FibTable, route: Route, nlflags: number): KResult<{ replaced?: Route }> {
  const tos = route.tos;
  const priority = route.priority;
  // fib_find_alias(..., tos, priority): first alias with tos <= new tos and (priority >= new or tos <).
  // Walked on the prefix's chain: a new prefix (the common case) allocates nothing here.
  let fa = -1;
  let length = 0;
  let found: FibAlias | undefined;
  const head = table.head(route.dst, route.dstLen) ?? null;
  for (let a = head; a; a = a.next, length++) {
    if (fa < 0 && a.tos <= tos && (a.priority >= priority || a.tos < tos)) {
      fa = length;
      found = a;
    }
  }
  if (found && found.tos === tos && found.priority === priority) {
    if (nlflags & NLM_F.EXCL) return fail(EEXIST);
    const node = table.node(route.dst, route.dstLen)!;
    const list = node.routes;
    const first = fa;
    let match = -1;
    let i = fa;
    for (; i < list.length; i++) {
      const r = list[i];
      if (r.tos !== tos || r.priority !== priority) break;
      if (r.type === route.type && sameFibInfo(r, route)) {
        match = i;
        break;
      }
    }
    if (nlflags & NLM_F.REPLACE) {
      if (match >= 0) return match === first ? ok({}) : fail(EEXIST);
      const old = list[first];
      table.replaceAt(node, first, route);
      return ok({ replaced: old });
    }
    if (match >= 0) return fail(EEXIST);
    if (nlflags & NLM_F.APPEND) {
      // Insert after the last route of the same (tos, priority).
      let j = first;
      while (j < list.length && list[j].tos === tos && list[j].priority === priority) j++;
      fa = j;
    } else fa = first;
  }
  if (!(nlflags & NLM_F.CREATE)) return fail(ENOENT);
  table.insertAt(route, fa < 0 ? length : fa);
  return INSERTED;
}

/** The result of a plain insertion (shared: nothing reads or changes its value). */
const INSERTED: KResult<{ replaced?: Route }> = ok({});

/** A delete request's keys (fib_table_delete); undefined fields match anything. */
export interface RouteDeleteMatch {
  dst: number | bigint;
  dstLen: number;
  tos: number;
  /** 0 = any type. */
  type: number;
  /** undefined = any scope (RT_SCOPE_NOWHERE in the request). */
  scope?: number;
  prefsrc?: number | bigint;
  /** 0 = any protocol. */
  protocol: number;
  /** undefined = any metric. */
  priority?: number;
  /** Nexthop keys (fib_nh_match): each given field must match. */
  dev?: number;
  gateway?: number | bigint;
}

/** fib_table_delete: the first route of the prefix matching every key given, or ESRCH. */
export function fib4FindForDelete(table: FibTable, m: RouteDeleteMatch): KResult<Route> {
  const node = table.node(m.dst, m.dstLen);
  if (!node) return fail(ESRCH);
  for (const r of node.routes) {
    if (r.tos > m.tos) continue;
    if (r.tos !== m.tos) break;
    if (m.type && r.type !== m.type) continue;
    if (m.scope !== undefined && r.scope !== m.scope) continue;
    if (m.prefsrc !== undefined && r.prefsrc !== m.prefsrc) continue;
    if (m.protocol && r.protocol !== m.protocol) continue;
    if (m.priority !== undefined && m.priority !== r.priority) continue;
    if (m.dev !== undefined || m.gateway !== undefined) {
      const hit = r.nexthops.some(
        (nh) => (m.dev === undefined || nh.dev === m.dev) && (m.gateway === undefined || nh.gateway === m.gateway),
      );
      if (!hit) continue;
    }
    return ok(r);
  }
  return fail(ESRCH);
}
