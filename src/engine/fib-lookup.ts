import { EACCES, EAGAIN, EHOSTUNREACH, EINVAL } from './errors';
import type { FibAlias } from './fib-alias';
import { DIR_FAST_SHIFT, DIR_LEN_SHIFT, type FibTable } from './fib-table';
import type { Flow } from './flow';
import type { Host } from './host';
import { formatIp, type Ip } from './ip';
import { RTN, type Nexthop, type Route } from './model';
import type { LookupTrace, RouteCandidate } from './trace';

/** A successful table lookup (`struct fib_result` / `struct fib6_result`). */
export interface FibResult {
  /** Table the route was found in (as reported in RTA_TABLE). */
  table: number;
  route: Route;
  /** Index of the chosen nexthop in route.nexthops. */
  nhIndex: number;
  prefix: Ip;
  prefixLen: number;
  type: number;
}

/** Outcome of a table or RPDB lookup: err 0 with a result, or a negative-free errno. */
export interface LookupOutcome {
  err: number;
  res?: FibResult;
}

/** fib_props[type].error: the errno a route type carries (0 for usable types). */
export function routeTypeError(type: number): number {
  switch (type) {
    case RTN.BLACKHOLE:
    case RTN.NAT:
    case RTN.XRESOLVE:
      return EINVAL;
    case RTN.UNREACHABLE:
      return EHOSTUNREACH;
    case RTN.PROHIBIT:
      return EACCES;
    case RTN.THROW:
      return EAGAIN;
    default:
      return 0;
  }
}

/** True when a nexthop's device has no carrier (RTNH_F_LINKDOWN). */
export function nexthopLinkdown(host: Host, nh: Nexthop): boolean {
  return nh.dev !== 0 && !host.carrierOk(nh.dev);
}

/** fib_lookup_good_nhc without its oif test: not dead, and not linkdown on a device ignoring those. */
export function nexthopUsable(host: Host, nh: Nexthop, family: 4 | 6, hostScope = false): boolean {
  if (nh.dead) return false;
  // Host-scope (local) nexthops never carry RTNH_F_LINKDOWN.
  if (hostScope || !nexthopLinkdown(host, nh)) return true;
  const dev = host.link(nh.dev);
  return !dev || !host.sysctl.ignoresLinkdown(family, dev.name);
}

/** fib_lookup_good_nhc: a nexthop usable for this flow. */
function goodNexthop(host: Host, nh: Nexthop, flow: Flow, family: 4 | 6, hostScope = false): boolean {
  if (!nexthopUsable(host, nh, family, hostScope)) return false;
  const oif = flow.oif || flow.strictOif;
  if (oif && oif !== nh.dev) return false;
  return true;
}

/**
 * The next prefix (first route of it) to try after `below` (a prefix length) across the tables:
 * the longest; for one length, the first table (local before main in the merged trie).
 */
function nextPrefix(tables: FibTable[], dst: Ip, below: number[]): FibAlias | undefined {
  let best: FibAlias | undefined;
  let bestI = -1;
  for (let i = 0; i < tables.length; i++) {
    const h = tables[i].firstMatch(dst, below[i]);
    if (h && (!best || h.dstLen > best.dstLen)) {
      best = h;
      bestI = i;
    }
  }
  if (bestI >= 0) below[bestI] = best!.dstLen;
  return best;
}

/**
 * fib_table_lookup (IPv4): longest prefix first, routes of a prefix in order; an error-type
 * route (and throw) ends the lookup at once; otherwise routes without a usable nexthop are
 * skipped and shorter prefixes tried. `resultTable` overrides the reported table (merged mode).
 */
export function fib4TableLookup(
  host: Host,
  tables: FibTable[],
  flow: Flow,
  trace?: LookupTrace,
  pref = -1,
  resultTable?: number,
): LookupOutcome {
  if (!trace && tables.length === 1) return fib4LookupOne(host, tables[0], flow, resultTable);
  if (!trace && tables.length === 2) return fib4LookupPair(host, tables[0], tables[1], flow, resultTable);
  const cands: RouteCandidate[] | undefined = trace ? [] : undefined;
  const finish = (out: LookupOutcome, result: 'route' | 'no-match' | 'error' | 'throw', table: number): LookupOutcome => {
    if (trace) {
      const ev: Extract<LookupTrace['events'][number], { kind: 'table-lookup' }> = {
        kind: 'table-lookup',
        pref,
        table,
        candidates: cands!,
        result,
      };
      if (out.res) {
        ev.prefix = formatIp(out.res.prefix);
        ev.prefixLen = out.res.prefixLen;
        ev.type = out.res.type;
      }
      if (out.err) ev.errno = out.err;
      trace.events.push(ev);
    }
    return out;
  };
  const reportTable = resultTable ?? tables[0].id;
  const below = tables.length === 1 ? [999] : tables.map(() => 999);
  const dst = flow.daddr;
  for (let head = nextPrefix(tables, dst, below); head; head = nextPrefix(tables, dst, below)) {
    const tableId = head.table;
    for (let r: FibAlias | null = head; r; r = r.next) {
      if (r.tos && r.tos !== (flow.tos & 0x1c)) {
        cands?.push(candidate(host, r, 'tos-mismatch'));
        continue;
      }
      if (r.scope < flow.scope) {
        cands?.push(candidate(host, r, 'scope'));
        continue;
      }
      const err = routeTypeError(r.type);
      if (err) {
        cands?.push(candidate(host, r, 'chosen'));
        const res: FibResult = { table: resultTable ?? tableId, route: r, nhIndex: 0, prefix: r.dst, prefixLen: r.dstLen, type: r.type };
        return finish({ err, res }, err === EAGAIN ? 'throw' : 'error', tableId);
      }
      const nhs = r.nexthops;
      let nhIndex = -1;
      for (let i = 0; i < nhs.length; i++) {
        if (goodNexthop(host, nhs[i], flow, 4, r.scope === 254)) {
          nhIndex = i;
          break;
        }
      }
      if (nhIndex < 0) {
        cands?.push(candidate(host, r, flow.oif ? 'oif-mismatch' : 'no-usable-nexthop'));
        continue;
      }
      if (cands) {
        cands.push(candidate(host, r, 'chosen'));
        for (const t of tables) for (const n of t.matches(dst)) if (n.len < r.dstLen) for (const s of n.routes) cands.push(candidate(host, s, 'shorter-prefix'));
      }
      const res: FibResult = { table: resultTable ?? tableId, route: r, nhIndex, prefix: r.dst, prefixLen: r.dstLen, type: r.type };
      return finish({ err: 0, res }, 'route', tableId);
    }
  }
  return finish({ err: EAGAIN }, 'no-match', reportTable);
}

/**
 * fib4TableLookup of two tables (local and main merged) without a trace: the same walk, its
 * per-table positions in two variables instead of an array and no trace closure.
 */
function fib4LookupPair(host: Host, t0: FibTable, t1: FibTable, flow: Flow, resultTable: number | undefined): LookupOutcome {
  const dst = flow.daddr;
  let below0 = 999;
  let below1 = 999;
  for (;;) {
    // nextPrefix: the longer of the two tables' next prefixes, the first table's on a tie.
    const h0 = t0.firstMatch(dst, below0);
    const h1 = t1.firstMatch(dst, below1);
    let head: FibAlias;
    if (h0 && (!h1 || h0.dstLen >= h1.dstLen)) {
      head = h0;
      below0 = h0.dstLen;
    } else if (h1) {
      head = h1;
      below1 = h1.dstLen;
    } else return { err: EAGAIN };
    const tableId = head.table;
    for (let r: FibAlias | null = head; r; r = r.next) {
      if (r.tos && r.tos !== (flow.tos & 0x1c)) continue;
      if (r.scope < flow.scope) continue;
      const err = routeTypeError(r.type);
      if (err) return { err, res: { table: resultTable ?? tableId, route: r, nhIndex: 0, prefix: r.dst, prefixLen: r.dstLen, type: r.type } };
      const nhs = r.nexthops;
      for (let i = 0; i < nhs.length; i++) {
        if (goodNexthop(host, nhs[i], flow, 4, r.scope === 254))
          return { err: 0, res: { table: resultTable ?? tableId, route: r, nhIndex: i, prefix: r.dst, prefixLen: r.dstLen, type: r.type } };
      }
    }
  }
}

/** fib4TableLookup for one table without a trace: the allocation-light hot path. */
export function fib4LookupOne(host: Host, table: FibTable, flow: Flow, resultTable: number | undefined): LookupOutcome {
  return fib4LookupInto({ err: 0, res: undefined }, host, table, flow, resultTable);
}

/**
 * fib4LookupOne writing its outcome into `out` (returned): the untraced rule walk passes one
 * scratch object it reads at once, so a lookup allocates only its FibResult.
 */
export function fib4LookupInto(out: LookupOutcome, host: Host, table: FibTable, flow: Flow, resultTable: number | undefined): LookupOutcome {
  const dst = flow.daddr as number;
  if (table.quickMiss(dst)) return noMatch(out);
  const checkLinkdown = host.sysctl.linkdownMatters(4);
  if (flow.scope === 0 && flow.oif === 0 && !checkLinkdown) {
    // The DIR index answers most lookups of a large table from one typed-array read: the entry
    // says whether the prefix's first route is usable as is (tos 0, no error type, nexthop 0 alive).
    const head = table.dirFind(dst);
    const v = table.dirEntry;
    if (v > 0 && v >> DIR_FAST_SHIFT > 0) {
      const len = (v >>> DIR_LEN_SHIFT) & 31;
      const prefix = len === 0 ? 0 : (dst & (-1 << (32 - len))) >>> 0;
      out.err = 0;
      out.res = { table: resultTable ?? table.id, route: head!, nhIndex: 0, prefix, prefixLen: len, type: (v >> DIR_FAST_SHIFT) - 1 };
      return out;
    }
    if (v === 0) return noMatch(out);
  }
  const tos = flow.tos & 0x1c;
  for (let head = table.firstMatch(dst, 999); head; head = table.firstMatch(dst, head.dstLen)) {
    for (let r: FibAlias | null = head; r; r = r.next) {
      if (r.tos && r.tos !== tos) continue;
      const info = r.info;
      if (info.scope < flow.scope) continue;
      const err = routeTypeError(r.type);
      if (err) {
        out.err = err;
        out.res = { table: resultTable ?? r.table, route: r, nhIndex: 0, prefix: r.dst, prefixLen: r.dstLen, type: r.type };
        return out;
      }
      const nhs = info.nexthops;
      for (let i = 0; i < nhs.length; i++) {
        const nh = nhs[i];
        if (nh.dead || (flow.oif && flow.oif !== nh.dev)) continue;
        if (checkLinkdown && !goodNexthop(host, nh, flow, 4, info.scope === 254)) continue;
        out.err = 0;
        out.res = { table: resultTable ?? r.table, route: r, nhIndex: i, prefix: r.dst, prefixLen: r.dstLen, type: r.type };
        return out;
      }
    }
  }
  return noMatch(out);
}

function noMatch(out: LookupOutcome): LookupOutcome {
  out.err = EAGAIN;
  out.res = undefined;
  return out;
}

/**
 * IPv6 table lookup (fib6_table_lookup + rt6_select with backtracking): in the longest matching
 * prefix the first route with a usable nexthop (routes are kept in metric order); none → shorter
 * prefixes. A miss is the null entry (EAGAIN here). Error-type routes are results; the caller
 * turns them into errors (ip6_rt_type_to_error).
 */
export function fib6TableLookup(host: Host, table: FibTable, flow: Flow, trace?: LookupTrace, pref = -1): LookupOutcome {
  const cands: RouteCandidate[] | undefined = trace ? [] : undefined;
  let out: LookupOutcome = { err: EAGAIN };
  search: for (let head = table.firstMatch(flow.daddr, 999); head; head = table.firstMatch(flow.daddr, head.dstLen)) {
    for (let r: FibAlias | null = head; r; r = r.next) {
      if (r.src && !(flow.hasSaddr && prefixHas(r.src.addr, r.src.len, flow.saddr))) {
        cands?.push(candidate(host, r, 'no-usable-nexthop'));
        continue;
      }
      // Local and anycast routes never carry RTNH_F_LINKDOWN (fib6_nh_init skips RTF_LOCAL | RTF_ANYCAST).
      const nhIndex = r.nexthops.findIndex((nh) => goodNexthop(host, nh, flow, 6, r.type === RTN.LOCAL || r.type === RTN.ANYCAST || routeTypeError(r.type) !== 0));
      if (nhIndex < 0) {
        cands?.push(candidate(host, r, flow.oif || flow.strictOif ? 'oif-mismatch' : 'no-usable-nexthop'));
        continue;
      }
      cands?.push(candidate(host, r, 'chosen'));
      out = { err: routeTypeError(r.type), res: { table: table.id, route: r, nhIndex, prefix: r.dst, prefixLen: r.dstLen, type: r.type } };
      break search;
    }
  }
  if (trace) {
    const result = !out.res ? 'no-match' : out.err === EAGAIN ? 'throw' : out.err ? 'error' : 'route';
    const ev: Extract<LookupTrace['events'][number], { kind: 'table-lookup' }> = { kind: 'table-lookup', pref, table: table.id, candidates: cands!, result };
    if (out.res) {
      ev.prefix = formatIp(out.res.prefix);
      ev.prefixLen = out.res.prefixLen;
      ev.type = out.res.type;
    }
    if (out.err && out.res) ev.errno = out.err;
    trace.events.push(ev);
  }
  return out;
}

function prefixHas(addr: Ip, len: number, ip: Ip): boolean {
  if (len === 0) return true;
  const shift = BigInt(128 - len);
  return (addr as bigint) >> shift === (ip as bigint) >> shift;
}

function candidate(host: Host, r: Route, outcome: RouteCandidate['outcome']): RouteCandidate {
  return { prefix: formatIp(r.dst), len: r.dstLen, route: describeRoute(r, host), outcome };
}

/** A short route description for traces: `TYPE PREFIX via GW dev DEV metric M`. */
export function describeRoute(r: Route, host?: Host): string {
  const parts: string[] = [];
  const typeName = ['unspec', '', 'local', 'broadcast', 'anycast', 'multicast', 'blackhole', 'unreachable', 'prohibit', 'throw', 'nat', 'xresolve'][r.type] ?? String(r.type);
  if (typeName) parts.push(typeName);
  const full = r.family === 4 ? 32 : 128;
  parts.push(r.dstLen === 0 ? 'default' : r.dstLen === full ? formatIp(r.dst) : `${formatIp(r.dst)}/${r.dstLen}`);
  if (r.tos) parts.push(`tos 0x${r.tos.toString(16).padStart(2, '0')}`);
  for (const nh of r.nexthops) {
    if (nh.gateway !== undefined) parts.push(`via ${formatIp(nh.gateway)}`);
    if (nh.dev) parts.push(`dev ${host?.link(nh.dev)?.name ?? `#${nh.dev}`}`);
  }
  if (r.priority) parts.push(`metric ${r.priority}`);
  return parts.join(' ');
}
