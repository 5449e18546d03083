import { EAFNOSUPPORT, EEXIST, EINVAL, ENOENT, ESRCH, fail, ok, type KResult } from './errors';
import { fib4Insert } from './fib-insert';
import { nexthopLinkdown } from './fib-lookup';
import type { FibAlias } from './fib-alias';
import type { FibTable } from './fib-table';
import type { Host } from './host';
import { AF_INET, AF_INET6, maskIp, type Family, type Ip } from './ip';
import { RTN, SCOPE, TABLE, type Route } from './model';
import { NLM_F, RTNH_F, type RouteMessage } from './netlink';
import { createRoute4, messageTable } from './route4-config';
import { createRoute6 } from './route6-config';
import type { GatewayMemo } from './gateway-memo';

/** The result of a request that succeeded (shared: it carries nothing). */
const DONE: KResult = ok(undefined);

function familyOfMsg(af: number): Family | undefined {
  return af === AF_INET ? 4 : af === AF_INET6 ? 6 : undefined;
}

/**
 * RTM_NEWROUTE (inet_rtm_newroute / inet6_rtm_newroute); `nlflags` are NLM_F_* bits. `memo`:
 * remembered gateway checks of a bulk load (see GatewayMemo for when one may be passed).
 */
export function routeNew(host: Host, msg: RouteMessage, nlflags: number, memo?: GatewayMemo): KResult {
  const family = familyOfMsg(msg.family);
  if (!family) return fail(EAFNOSUPPORT);
  if (family === 4) {
    if (msg.tos & 0x3) return fail(EINVAL, 'Invalid dsfield (tos): ECN bits must be 0');
    if (msg.type > RTN.XRESOLVE) return fail(EINVAL, 'Invalid route type');
    const dst = typeof msg.attrs.dst === 'number' ? msg.attrs.dst : 0;
    if (msg.dstLen > 32) return fail(EINVAL, 'Invalid prefix length');
    // rtm_to_fib_config refuses host bits before any table exists (kernel 6.18).
    if (maskIp(dst, msg.dstLen) !== dst) return fail(EINVAL, 'Invalid prefix for given prefix length');
    // inet_rtm_newroute creates the table before the route is checked (fib_new_table).
    const table = host.table(4, messageTable(msg), true);
    const r = createRoute4(host, msg, memo);
    if (!r.ok) return r;
    const route = r.value;
    route.seq = host.nextSeq();
    const ins = fib4Insert(table, route, nlflags);
    if (!ins.ok) return ins;
    memo?.routeChanged(dst, msg.dstLen);
    if (route.type === RTN.LOCAL) host.userLocalRoutes4 = true;
    return DONE;
  }
  const tableId = messageTable(msg);
  if (!(nlflags & NLM_F.CREATE) && !host.table(6, tableId)) return fail(ENOENT);
  const table = host.table(6, tableId, true);
  const r = createRoute6(host, msg);
  if (!r.ok) return r;
  const route = r.value;
  route.seq = host.nextSeq();
  return fib6Insert(table, route, nlflags);
}

/** rt6_qualify_for_ecmp: only gateway routes become ECMP siblings. */
function qualifiesForEcmp(r: Route): boolean {
  return r.nexthops.length > 0 && r.nexthops.every((nh) => nh.gateway !== undefined) && (r.type === RTN.UNICAST || r.type === 0);
}

/**
 * fib6_add_rt2node: routes of a prefix stay in metric order; a same-metric route is EEXIST for
 * `add` (NLM_F_EXCL), replaces for `replace`, and otherwise, when both have gateways, joins the
 * existing route as an ECMP sibling (dumped as one multipath route).
 */
export function fib6Insert(table: FibTable, route: Route, nlflags: number): KResult {
  const node = table.node(route.dst, route.dstLen);
  const list = (node?.routes ?? []).filter((r) => sameSrc(r, route));
  const sameMetric = list.filter((r) => r.priority === route.priority);
  if (sameMetric.length) {
    if (nlflags & NLM_F.EXCL) return fail(EEXIST);
    if (nlflags & NLM_F.REPLACE) {
      const old = sameMetric.find((r) => qualifiesForEcmp(r) === qualifiesForEcmp(route)) ?? sameMetric[0];
      table.replaceAt(node!, node!.routes.indexOf(old), route);
      return ok(undefined);
    }
    for (const r of sameMetric) {
      const dup = route.nexthops.some((n) => r.nexthops.some((m) => m.dev === n.dev && m.gateway === n.gateway));
      if (dup && (r.type === route.type || qualifiesForEcmp(r))) return fail(EEXIST);
    }
    const sib = sameMetric.find((r) => qualifiesForEcmp(r));
    if (sib && qualifiesForEcmp(route)) {
      table.update(sib, { nexthops: [...sib.nexthops.map((n) => ({ ...n })), ...route.nexthops], multipath: true });
      return ok(undefined);
    }
  } else if (nlflags & NLM_F.REPLACE && !(nlflags & NLM_F.CREATE)) return fail(ENOENT, 'Can not replace route - no match found');
  const all = node?.routes ?? [];
  let at = 0;
  while (at < all.length && all[at].priority <= route.priority) at++;
  table.insertAt(route, at);
  return ok(undefined);
}

function sameSrc(a: Route, b: Route): boolean {
  return (a.src?.len ?? 0) === (b.src?.len ?? 0) && (a.src?.addr ?? 0n) === (b.src?.addr ?? 0n);
}


/** RTM_DELROUTE (inet_rtm_delroute / inet6_rtm_delroute). */
export function routeDel(host: Host, msg: RouteMessage): KResult {
  const family = familyOfMsg(msg.family);
  if (!family) return fail(EAFNOSUPPORT);
  const table = host.table(family, messageTable(msg));
  if (family === 4 && msg.tos & 0x3) return fail(EINVAL, 'Invalid dsfield (tos): ECN bits must be 0');
  if (!table) return fail(ESRCH, 'FIB table does not exist');
  const found = family === 4 ? findForDelete4(table, msg) : findForDelete6(table, msg);
  if (!found.ok) return found;
  // A sibling removed from a multipath route leaves the (updated) route in place.
  if (family === 6 && typeof msg.attrs.gateway === 'bigint' && found.value.nexthops.every((nh) => nh.gateway !== msg.attrs.gateway)) return ok(undefined);
  table.remove(found.value);
  return ok(undefined);
}

/** fib_table_delete: the first route of the prefix and TOS that matches every key given. */
function findForDelete4(table: FibTable, msg: RouteMessage): KResult<Route> {
  const a = msg.attrs;
  const dst = typeof a.dst === 'number' ? a.dst : 0;
  if (msg.dstLen > 32) return fail(EINVAL, 'Invalid prefix length');
  if (maskIp(dst, msg.dstLen) !== dst) return fail(EINVAL, 'Invalid prefix for given prefix length');
  const node = table.node(dst, msg.dstLen);
  if (!node) return fail(ESRCH);
  const gw = typeof a.gateway === 'number' && a.gateway ? a.gateway : undefined;
  for (const r of node.routes) {
    if (r.tos > msg.tos) continue;
    if (r.tos !== msg.tos) break;
    if (msg.type && r.type !== msg.type) continue;
    if (msg.scope !== SCOPE.NOWHERE && r.scope !== msg.scope) continue;
    if (typeof a.prefsrc === 'number' && a.prefsrc && r.prefsrc !== a.prefsrc) continue;
    if (msg.protocol && r.protocol !== msg.protocol) continue;
    if (a.priority && a.priority !== r.priority) continue;
    // fib_nh_match compares the first nexthop for single-path requests.
    const nh = r.nexthops[0];
    if (a.oif && (!nh || nh.dev !== a.oif)) continue;
    if (gw !== undefined && (!nh || nh.gateway !== gw)) continue;
    if (a.multipath && !multipathMatches(r, msg)) continue;
    return ok(r);
  }
  return fail(ESRCH);
}

function multipathMatches(r: Route, msg: RouteMessage): boolean {
  const mp = msg.attrs.multipath ?? [];
  return mp.every((m, i) => {
    const nh = r.nexthops[i];
    if (!nh) return false;
    if (m.ifindex && nh.dev !== m.ifindex) return false;
    if (m.gateway !== undefined && m.gateway !== 0 && nh.gateway !== m.gateway) return false;
    return true;
  });
}

/** ip6_route_del: exact prefix, then device, gateway, metric and protocol when given. */
function findForDelete6(table: FibTable, msg: RouteMessage): KResult<Route> {
  const siblingGw = typeof msg.attrs.gateway === 'bigint' ? msg.attrs.gateway : undefined;
  if (siblingGw !== undefined) {
    // With a gateway, only that sibling of a multipath route goes.
    const dst = maskIp(typeof msg.attrs.dst === 'bigint' ? msg.attrs.dst : 0n, msg.dstLen);
    for (const r of table.node(dst, msg.dstLen)?.routes ?? []) {
      if (r.nexthops.length < 2) continue;
      const i = r.nexthops.findIndex((nh) => nh.gateway === siblingGw && (!msg.attrs.oif || nh.dev === msg.attrs.oif));
      if (i < 0 || (msg.attrs.priority && msg.attrs.priority !== r.priority)) continue;
      const rest = r.nexthops.filter((_, j) => j !== i).map((n) => ({ ...n }));
      return ok(table.update(r as FibAlias, { nexthops: rest, multipath: rest.length > 1 }));
    }
  }
  const a = msg.attrs;
  const dst = maskIp(typeof a.dst === 'bigint' ? a.dst : 0n, msg.dstLen);
  const node = table.node(dst, msg.dstLen);
  if (!node) {
    // An empty tree root holds the null entry (lo, metric 0xffffffff, proto kernel): when the
    // request does not rule it out, fib6_del is asked to delete it and answers ENOENT.
    const nullEntry =
      msg.dstLen === 0 &&
      !msg.srcLen &&
      (!a.oif || a.oif === 1) &&
      typeof a.gateway !== 'bigint' &&
      (!a.priority || a.priority >>> 0 === 0xffffffff) &&
      (!msg.protocol || msg.protocol === 2);
    return fail(nullEntry ? ENOENT : ESRCH);
  }
  for (const r of node.routes) {
    const nh = r.nexthops[0];
    if (a.oif && (!nh || nh.dev !== a.oif)) continue;
    if (typeof a.gateway === 'bigint' && (!nh || nh.gateway !== a.gateway)) continue;
    if (a.priority && a.priority !== r.priority) continue;
    if (msg.protocol && msg.protocol !== r.protocol) continue;
    return ok(r);
  }
  return fail(ESRCH);
}

/** Nexthop flags as fib_nexthop_info reports them (dead, linkdown, onlink). */
export function nexthopFlags(host: Host, r: Route, i: number): number {
  const nh = r.nexthops[i];
  let f = 0;
  if (!nh) return f;
  if (nh.dead) f |= RTNH_F.DEAD;
  if (nh.onlink) f |= RTNH_F.ONLINK;
  // fib_check_nh marks LINKDOWN on link/universe nexthops only; host-scope (local) routes never,
  // and IPv6 anycast routes never either (fib6_nh_init and rt6_sync_down_dev skip RTF_ANYCAST).
  const exempt = r.scope === SCOPE.HOST || r.type === RTN.LOCAL || (r.family === 6 && (nh.dev === 1 || r.type === RTN.ANYCAST));
  if (!exempt && nexthopLinkdown(host, nh)) {
    f |= RTNH_F.LINKDOWN;
    const dev = host.link(nh.dev);
    if (dev && host.sysctl.ignoresLinkdown(r.family, dev.name)) f |= RTNH_F.DEAD;
  }
  return f;
}

/** fib_dump_info / rt6_fill_node: a route as the kernel dumps it. */
export function routeToMessage(host: Host, r: Route): RouteMessage {
  const attrs: RouteMessage['attrs'] = { table: r.table };
  if (r.dstLen) attrs.dst = r.dst;
  if (r.src && r.src.len) attrs.src = r.src.addr;
  if (r.family === 4 && r.priority) attrs.priority = r.priority;
  if (r.metrics.length) attrs.metrics = r.metrics.map((m) => ({ ...m }));
  if (r.prefsrc !== undefined) attrs.prefsrc = r.prefsrc;
  let flags = 0;
  const reject = r.family === 4 && r.nexthops.length === 0;
  if (!reject) {
    if (r.nexthops.length === 1 && !r.multipath) {
      const nh = r.nexthops[0];
      flags = nexthopFlags(host, r, 0);
      if (typeof nh.gateway === 'bigint' && r.family === 4) attrs.via = nh.gateway;
      else if (nh.gateway !== undefined) attrs.gateway = nh.gateway as Ip;
      if (nh.dev) attrs.oif = nh.dev;
      if (nh.realm) attrs.flow = nh.realm;
    } else {
      attrs.multipath = r.nexthops.map((nh, i) => {
        const m: NonNullable<RouteMessage['attrs']['multipath']>[number] = { flags: nexthopFlags(host, r, i), hops: nh.weight - 1, ifindex: nh.dev };
        if (typeof nh.gateway === 'bigint' && r.family === 4) m.via = nh.gateway;
        else if (nh.gateway !== undefined) m.gateway = nh.gateway;
        if (nh.realm) m.flow = nh.realm;
        return m;
      });
    }
  }
  if (r.family === 6) {
    attrs.priority = r.priority;
    attrs.pref = r.pref ?? 0;
    if (r.expires !== undefined) attrs.expires = r.expires;
  }
  return {
    family: r.family === 4 ? AF_INET : AF_INET6,
    dstLen: r.dstLen,
    srcLen: r.src?.len ?? 0,
    tos: r.tos,
    table: r.table < 256 ? r.table : TABLE.COMPAT,
    protocol: r.protocol,
    scope: r.family === 4 ? r.scope : SCOPE.UNIVERSE,
    type: r.type,
    flags,
    attrs,
  };
}

/**
 * RTM_GETROUTE dump (inet_dump_fib / inet6_dump_fib) with the request's filter: family (0 =
 * IPv4 then IPv6) and table (RTA_TABLE or rtm_table; 0 = every table). A named table that does
 * not exist is an error only when the dump asked for that one family.
 */
export function routeDump(host: Host, filter: RouteMessage): KResult<RouteMessage[]> {
  const out: RouteMessage[] = [];
  const res = routeDumpEach(host, filter, (r) => out.push(routeToMessage(host, r)));
  return res.ok ? ok(out) : res;
}

/** routeDump's walk route by route, without the messages: `each` gets every route in dump order. */
export function routeDumpEach(host: Host, filter: RouteMessage, each: (r: FibAlias) => void): KResult {
  const fams: Family[] = filter.family === AF_INET ? [4] : filter.family === AF_INET6 ? [6] : [4, 6];
  const tableId = (filter.attrs.table ?? filter.table) >>> 0;
  for (const f of fams) {
    let tables: FibTable[];
    if (tableId) {
      const t = host.table(f, tableId);
      if (!t) {
        if (fams.length === 1) return fail(ENOENT, f === 4 ? 'ipv4: FIB table does not exist' : 'ipv6: FIB table does not exist');
        continue;
      }
      tables = [t];
    } else tables = host.tablesInDumpOrder(f);
    for (const t of tables) for (const r of t.routes()) each(r);
  }
  return DONE;
}
