import { inetAddrTypeTable } from './addr-type';
import { EINVAL, ENETDOWN, ENODEV, fail, ok, type KResult } from './errors';
import { fib4TableLookup } from './fib-lookup';
import { makeFlow } from './flow';
import type { Host } from './host';
import { maskIp } from './ip';
import { RTN, SCOPE, TABLE, type Nexthop, type Route } from './model';
import { RTNH_F, type RouteMessage } from './netlink';
import { fibLookup4 } from './fib-lookup-entry';
import type { GatewayMemo } from './gateway-memo';

/** fib_props[type].scope: the narrowest scope a route type allows. */
const TYPE_MIN_SCOPE: Record<number, number> = {
  [RTN.UNSPEC]: SCOPE.NOWHERE,
  [RTN.UNICAST]: SCOPE.UNIVERSE,
  [RTN.LOCAL]: SCOPE.HOST,
  [RTN.BROADCAST]: SCOPE.LINK,
  [RTN.ANYCAST]: SCOPE.LINK,
  [RTN.MULTICAST]: SCOPE.UNIVERSE,
  [RTN.BLACKHOLE]: SCOPE.UNIVERSE,
  [RTN.UNREACHABLE]: SCOPE.UNIVERSE,
  [RTN.PROHIBIT]: SCOPE.UNIVERSE,
  [RTN.THROW]: SCOPE.UNIVERSE,
  [RTN.NAT]: SCOPE.NOWHERE,
  [RTN.XRESOLVE]: SCOPE.NOWHERE,
};

/** True for route types whose lookup result is an error (fib_props[type].error). */
export function isRejectType(type: number): boolean {
  return type === RTN.BLACKHOLE || type === RTN.UNREACHABLE || type === RTN.PROHIBIT || type === RTN.THROW || type === RTN.NAT || type === RTN.XRESOLVE;
}

/** The table a route message names (RTA_TABLE wins over rtm_table; 0 means main). */
export function messageTable(msg: RouteMessage): number {
  const t = msg.attrs.table ?? msg.table;
  return t === 0 ? TABLE.MAIN : t >>> 0;
}

/** A nexthop as the request gives it (every field present, so each spec has one shape). */
interface NhSpec {
  /** IPv4 gateway, or an IPv6 one given with RTA_VIA (`via inet6 ...`); undefined: none. */
  gateway: number | bigint | undefined;
  oif: number;
  flags: number;
  weight: number;
  /** undefined: no realm. */
  realm: number | undefined;
}

/** The nexthop checkNexthop resolves: `nh`'s gateway, weight and flags on device `dev`. */
function resolvedNexthop(nh: NhSpec, dev: number, scope: number): Nexthop & { scope: number } {
  const n: Nexthop & { scope: number } = { dev, weight: nh.weight, onlink: (nh.flags & RTNH_F.ONLINK) !== 0, scope };
  if (nh.gateway !== undefined) n.gateway = nh.gateway;
  if (nh.realm) n.realm = nh.realm;
  return n;
}

/** fib_check_nh_v4_gw / fib_check_nh_nongw: validates a nexthop and resolves its device. */
function checkNexthop(host: Host, nh: NhSpec, table: number, scope: number, memo?: GatewayMemo): KResult<Nexthop & { scope: number }> {
  if (typeof nh.gateway === 'bigint') {
    // fib_check_nh_v6_gw: an IPv6 gateway needs the egress device and is on-link there.
    if (!nh.oif) return fail(EINVAL, 'Egress device not specified');
    const dev = host.link(nh.oif);
    if (!dev) return fail(ENODEV);
    if (!dev.up) return fail(ENETDOWN, 'Nexthop device is not up');
    return ok(resolvedNexthop(nh, dev.ifindex, SCOPE.LINK));
  }
  if (nh.gateway === undefined) {
    if (nh.flags & (RTNH_F.PERVASIVE | RTNH_F.ONLINK))
      return fail(EINVAL, 'Invalid flags for nexthop - PERVASIVE and ONLINK can not be set');
    const dev = host.link(nh.oif);
    if (!dev) return fail(ENODEV);
    if (!dev.up) return fail(ENETDOWN, 'Device for nexthop is not up');
    return ok(resolvedNexthop(nh, dev.ifindex, SCOPE.HOST));
  }
  if (nh.flags & RTNH_F.ONLINK) {
    const gw = nh.gateway;
    if (scope >= SCOPE.LINK) return fail(EINVAL, 'Nexthop has invalid scope');
    const dev = host.link(nh.oif);
    if (!dev) return fail(ENODEV, 'Nexthop device required for onlink');
    if (!dev.up) return fail(ENETDOWN, 'Nexthop device is not up');
    if (inetAddrTypeTable(host, gw, dev.vrfTable ?? TABLE.LOCAL, dev.ifindex) !== RTN.UNICAST)
      return fail(EINVAL, 'Nexthop has invalid gateway');
    return ok(resolvedNexthop(nh, dev.ifindex, SCOPE.LINK));
  }
  // The gateway must be reachable by a route of narrower scope (a connected or host route).
  const seen = memo?.find(nh.gateway as number, nh.oif, table, scope);
  if (seen) {
    const dev = host.link(seen.dev);
    if (dev && dev.up) return ok(resolvedNexthop(nh, seen.dev, seen.nhScope));
  }
  const flow = makeFlow(4, nh.gateway as number, { scope: Math.max(scope + 1, SCOPE.LINK), oif: nh.oif, iif: 1 });
  let res = undefined;
  const tbl = table && table !== TABLE.MAIN ? host.table(4, table) : undefined;
  if (tbl) {
    const o = fib4TableLookup(host, [tbl], flow);
    if (!o.err) res = o.res;
  }
  if (!res) {
    const o = fibLookup4(host, flow);
    if (o.err) return fail(EINVAL, 'Nexthop has invalid gateway');
    res = o.res;
  }
  if (!res || (res.type !== RTN.UNICAST && res.type !== RTN.LOCAL)) return fail(EINVAL, 'Nexthop has invalid gateway');
  const dev = host.link(res.route.nexthops[res.nhIndex]?.dev ?? 0);
  if (!dev) return fail(EINVAL, 'No egress device for nexthop gateway');
  if (!dev.up) return fail(ENETDOWN);
  memo?.remember(nh.gateway as number, nh.oif, table, scope, dev.ifindex, res.route.scope);
  return ok(resolvedNexthop(nh, dev.ifindex, res.route.scope));
}

/** The one nexthop of a route message without RTA_MULTIPATH. */
function singleSpec(msg: RouteMessage): NhSpec {
  const a = msg.attrs;
  const gateway = typeof a.via === 'bigint' ? a.via : typeof a.gateway === 'number' && a.gateway ? a.gateway : undefined;
  return { gateway, oif: a.oif ?? 0, flags: msg.flags, weight: 1, realm: a.flow ? a.flow : undefined };
}

/** One rtnexthop of RTA_MULTIPATH. */
function multipathSpec(m: NonNullable<RouteMessage['attrs']['multipath']>[number]): NhSpec {
  const gateway = typeof m.via === 'bigint' ? m.via : typeof m.gateway === 'number' && m.gateway ? m.gateway : undefined;
  return { gateway, oif: m.ifindex, flags: m.flags, weight: m.hops + 1, realm: m.flow ? m.flow : undefined };
}

/**
 * fib_valid_key_len + fib_create_info: the IPv4 route a RTM_NEWROUTE message describes, after
 * every check the kernel makes, with the kernel's extack texts.
 */
export function createRoute4(host: Host, msg: RouteMessage, memo?: GatewayMemo): KResult<Route> {
  const a = msg.attrs;
  const dst = typeof a.dst === 'number' ? a.dst : 0;
  if (msg.dstLen > 32) return fail(EINVAL, 'Invalid prefix length');
  if (maskIp(dst, msg.dstLen) !== dst) return fail(EINVAL, 'Invalid prefix for given prefix length');
  if (msg.type > RTN.XRESOLVE) return fail(EINVAL, 'Invalid route type');
  if ((TYPE_MIN_SCOPE[msg.type] ?? 0) > msg.scope) return fail(EINVAL, 'Invalid scope');
  if (msg.flags & (RTNH_F.DEAD | RTNH_F.LINKDOWN)) return fail(EINVAL, 'Invalid rtm_flags - can not contain DEAD or LINKDOWN');
  const table = messageTable(msg);
  if (a.nhId !== undefined) {
    if (a.oif || (a.gateway !== undefined && a.gateway !== 0) || a.multipath) return fail(EINVAL, 'Nexthop specification and nexthop id are mutually exclusive');
    return fail(EINVAL, 'Nexthop id does not exist'); // nexthop objects are not simulated: none exists
  }
  // RTA_MULTIPATH's nexthops, else null: the one nexthop of the message (the common route).
  const specs: NhSpec[] | null = a.multipath ? a.multipath.map(multipathSpec) : null;
  if (specs && specs.length === 0) return fail(EINVAL, 'Invalid nexthop configuration - no valid nexthops');
  const reject = isRejectType(msg.type);
  let nexthops: Nexthop[];
  if (reject) {
    if ((a.gateway !== undefined && a.gateway !== 0) || a.via !== undefined || a.oif || a.multipath)
      return fail(EINVAL, 'Gateway, device and multipath can not be specified for this route type');
    nexthops = [];
  } else if (msg.scope > SCOPE.HOST) return fail(EINVAL, 'Invalid scope');
  else if (msg.scope === SCOPE.HOST) {
    if (specs && specs.length !== 1) return fail(EINVAL, 'Route with host scope can not have multiple nexthops');
    const s = specs ? specs[0] : singleSpec(msg);
    if (s.gateway !== undefined) return fail(EINVAL, 'Route with host scope can not have a gateway');
    if (!host.link(s.oif)) return fail(ENODEV);
    nexthops = [{ dev: s.oif, weight: 1, onlink: false }];
  } else if (!specs) {
    const nh = checkNexthop(host, singleSpec(msg), table, msg.scope, memo);
    if (!nh.ok) return nh;
    nexthops = [nh.value];
  } else {
    nexthops = [];
    for (const s of specs) {
      const nh = checkNexthop(host, s, table, msg.scope, memo);
      if (!nh.ok) return nh;
      nexthops.push(nh.value);
    }
  }
  const route: Route = {
    family: 4,
    table,
    dst,
    dstLen: msg.dstLen,
    tos: msg.tos,
    type: msg.type,
    protocol: msg.protocol,
    scope: msg.scope,
    priority: a.priority ?? 0,
    nexthops,
    multipath: a.multipath !== undefined && a.multipath.length > 1,
    metrics: a.metrics ? a.metrics.map((m) => ({ ...m })) : [],
    seq: 0,
  };
  if (a.prefsrc !== undefined && typeof a.prefsrc === 'number' && a.prefsrc) route.prefsrc = a.prefsrc;
  if (!reject && route.prefsrc !== undefined && !validPrefsrc(host, route, table)) return fail(EINVAL, 'Invalid prefsrc address');
  return ok(route);
}

/** fib_valid_prefsrc: a preferred source must be one of our addresses (or the local route's own). */
function validPrefsrc(host: Host, route: Route, table: number): boolean {
  if (route.type === RTN.LOCAL && route.dst && route.prefsrc === route.dst) return true;
  const tb = table === TABLE.MAIN ? TABLE.LOCAL : table;
  let rc = inetAddrTypeTable(host, route.prefsrc as number, tb);
  if (rc !== RTN.LOCAL && tb !== TABLE.LOCAL) rc = inetAddrTypeTable(host, route.prefsrc as number, TABLE.LOCAL);
  return rc === RTN.LOCAL;
}
