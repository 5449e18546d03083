import { EINVAL, ENETUNREACH, ENODEV, EHOSTUNREACH, fail, ok, type KResult } from './errors';
import type { FibResult } from './fib-lookup';
import { fib4TableLookup, routeTypeError } from './fib-lookup';
import { ipv4LookupTables } from './addr-type';
import { makeFlow } from './flow';
import { fibLookup4 } from './fib-lookup-entry';
import type { Flow } from './flow';
import type { Host } from './host';
import { formatIp, isLimitedBroadcast4, isLocalMulticast4, isLoopback4, isMulticast4 } from './ip';
import { RTN, SCOPE, TABLE, type RouteMetric } from './model';
import { RTCF } from './netlink';
import { inetSelectAddr } from './source-select';
import type { LookupTrace } from './trace';

/** An IPv4 routing cache entry (`struct rtable`) plus what rt_fill_info needs of the lookup. */
export interface Rt4 {
  type: number;
  /** RTCF_* flags. */
  flags: number;
  /** Output device (lo for local delivery). */
  dev: number;
  gateway?: number | bigint;
  /** Source chosen for the flow (fl4->saddr after the lookup). */
  saddr: number;
  /** Table of the FIB result (0 when none). */
  table: number;
  /** TOS of the matched route (res.dscp). */
  tos: number;
  metrics: RouteMetric[];
  realm?: number;
  res?: FibResult;
  doRedirect?: boolean;
  /** Error `fibmatch` reports when there is no FIB entry (fib_props[res.type].error). */
  errorIfNoFib?: number;
}

/**
 * __ip_dev_find: the device owning `addr` — an address of the host, or else (so loopback subnets
 * work) a `local` route of table local covering it.
 */
export function devOfLocalAddr(host: Host, addr: number): number | undefined {
  const own = host.addrs.find((a) => a.family === 4 && a.local === addr)?.ifindex;
  if (own !== undefined) return own;
  const tables = ipv4LookupTables(host, TABLE.LOCAL);
  if (!tables) return undefined;
  const out = fib4TableLookup(host, tables, makeFlow(4, addr));
  if (out.err || !out.res || out.res.type !== RTN.LOCAL) return undefined;
  return out.res.route.nexthops[out.res.nhIndex]?.dev;
}

/**
 * ip_route_output_key_hash_rcu: an output lookup for a locally generated packet (iif lo).
 * Checks the given source and oif, runs fib_lookup, falls back to "on-link through oif" when
 * the tables have no answer, and picks the source address.
 */
export function ipv4Output(host: Host, fl: Flow, trace?: LookupTrace): KResult<Rt4> {
  trace?.events.push({ kind: 'stage', stage: 'output', detail: `locally generated packet to ${formatIp(fl.daddr)}: iif is lo, source ${fl.saddr ? formatIp(fl.saddr as number) : 'not chosen yet (0.0.0.0)'}` });
  const daddr = fl.daddr as number;
  let saddr = fl.saddr as number;
  const origOif = fl.oif;
  let flags = 0;
  let res: FibResult | undefined;
  let type: number = RTN.UNSPEC;
  let devOut = 0;
  let ruleRealms = 0;
  makeRoute: {
    if (saddr) {
      if (isMulticast4(saddr) || isLimitedBroadcast4(saddr) || saddr === 0) {
        traceCheck(trace, 'source', false, 'a multicast or broadcast source address is invalid', EINVAL);
        return fail(EINVAL);
      }
      const owner = devOfLocalAddr(host, saddr);
      if (fl.oif === 0 && (isMulticast4(daddr) || isLimitedBroadcast4(daddr))) {
        if (owner === undefined) return fail(ENETUNREACH);
        fl.oif = owner;
        devOut = owner;
        break makeRoute;
      }
      if (owner === undefined) {
        traceCheck(trace, 'source', false, `${formatIp(saddr)} is not an address of this host, so the kernel refuses before any rule is consulted`, ENETUNREACH);
        return fail(ENETUNREACH);
      }
    }
    if (fl.oif) {
      const dev = host.link(fl.oif);
      if (!dev) return fail(ENODEV);
      if (!dev.up) {
        traceCheck(trace, 'oif', false, `${dev.name} is down`, ENETUNREACH);
        return fail(ENETUNREACH);
      }
      devOut = dev.ifindex;
      if (isLocalMulticast4(daddr) || isLimitedBroadcast4(daddr) || fl.proto === 2) {
        if (!saddr) saddr = inetSelectAddr(host, devOut, 0, SCOPE.LINK);
        break makeRoute;
      }
      if (!saddr) {
        if (isMulticast4(daddr)) saddr = inetSelectAddr(host, devOut, 0, fl.scope);
        else if (!daddr) saddr = inetSelectAddr(host, devOut, 0, SCOPE.HOST);
      }
    }
    if (!daddr) {
      const d = saddr || 0x7f000001;
      saddr = saddr || 0x7f000001;
      fl.daddr = d;
      devOut = 1;
      fl.oif = 1;
      type = RTN.LOCAL;
      flags |= RTCF.LOCAL;
      break makeRoute;
    }
    fl.saddr = saddr;
    const out = fibLookup4(host, fl, trace);
    if (out.err) {
      if (fl.oif) {
        // Apparently the tables are wrong: assume the destination is on link (E11).
        trace?.events.push({ kind: 'check', check: 'oif-fallback', pass: true, detail: `no route, but the packet is bound to ${host.link(fl.oif)?.name}: the kernel assumes the destination is on-link there` });
        if (!saddr) saddr = inetSelectAddr(host, devOut, 0, SCOPE.LINK);
        type = RTN.UNICAST;
        break makeRoute;
      }
      return fail(out.err);
    }
    res = out.res!;
    ruleRealms = out.rule?.realms ?? 0;
    type = res.type;
    if (res.type === RTN.LOCAL) {
      if (!saddr) saddr = res.route.prefsrc !== undefined ? (res.route.prefsrc as number) : daddr;
      const resDev = res.route.nexthops[res.nhIndex]?.dev ?? 1;
      const vrf = host.link(resDev)?.master;
      devOut = vrf !== undefined && host.link(vrf)?.kind === 'vrf' ? vrf : 1;
      fl.oif = devOut;
      flags |= RTCF.LOCAL;
      void origOif;
      break makeRoute;
    }
    devOut = res.route.nexthops[res.nhIndex]?.dev ?? 0;
    if (!saddr) {
      const r = res.route;
      if (r.prefsrc !== undefined) saddr = r.prefsrc as number;
      else {
        const nh = r.nexthops[res.nhIndex];
        saddr = inetSelectAddr(host, devOut, typeof nh?.gateway === 'number' ? nh.gateway : 0, r.scope);
      }
      trace?.events.push({ kind: 'source', address: formatIp(saddr), why: r.prefsrc !== undefined ? 'the route names it with src' : `first suitable address for ${host.link(devOut)?.name ?? 'the device'}` });
    }
  }
  return mkrouteOutput(host, fl, fl.daddr as number, saddr, type, flags, devOut, res, ruleRealms);
}

/** Records a check of ipv4Output in `trace`, if any. */
function traceCheck(trace: LookupTrace | undefined, check: string, pass: boolean, detail: string, errno?: number): void {
  trace?.events.push(errno === undefined ? { kind: 'check', check, pass, detail } : { kind: 'check', check, pass, detail, errno });
}

/** __mkroute_output + rt_set_nexthop: the cache entry's type, flags, gateway. */
function mkrouteOutput(host: Host, fl: Flow, daddr: number, saddr: number, resType: number, flags: number, devOut: number, res: FibResult | undefined, ruleRealms = 0): KResult<Rt4> {
  const dev = host.link(devOut);
  if (!dev) return fail(EINVAL);
  if (isLoopback4(saddr) && !host.sysctl.ipv4Dev(dev.name, 'route_localnet') && dev.kind !== 'loopback' && dev.kind !== 'vrf') return fail(EINVAL);
  let type = resType;
  let useFib = res !== undefined;
  if (isLimitedBroadcast4(daddr)) type = RTN.BROADCAST;
  else if (isMulticast4(daddr)) type = RTN.MULTICAST;
  else if (daddr === 0) return fail(EINVAL);
  if (dev.kind === 'loopback') flags |= RTCF.LOCAL;
  if (type === RTN.BROADCAST) {
    flags |= RTCF.BROADCAST | RTCF.LOCAL;
    useFib = false;
  } else if (type === RTN.MULTICAST) {
    flags |= RTCF.MULTICAST | RTCF.LOCAL;
    // ip_check_mc_rcu: only the all-hosts group is joined on every device.
    if (!(daddr === 0xe0000001 && dev.up)) flags &= ~RTCF.LOCAL;
    if (res && res.prefixLen < 4) useFib = false;
  }
  const rt: Rt4 = {
    type,
    flags: flags >>> 0,
    dev: devOut,
    saddr,
    table: res ? res.table : 0,
    tos: res ? res.route.tos : 0,
    metrics: res ? res.route.metrics : [],
    errorIfNoFib: res ? routeTypeError(res.type) || EHOSTUNREACH : EHOSTUNREACH,
  };
  if (res) rt.res = res;
  if (useFib && res) {
    const nh = res.route.nexthops[res.nhIndex];
    // rt_set_nexthop: a gateway is used only when its nexthop has link scope.
    if (nh && nh.gateway !== undefined && nexthopScope(host, res) === SCOPE.LINK) rt.gateway = nh.gateway;
    const realm = classTag(nh?.realm ?? 0, ruleRealms);
    if (realm) rt.realm = realm;
  }
  void fl;
  return ok(rt);
}

/** fib_nh_scope: a gateway nexthop has link scope (it was found through a connected route). */
export function nexthopScope(_host: Host, res: FibResult): number {
  const nh = res.route.nexthops[res.nhIndex];
  if (!nh) return SCOPE.NOWHERE;
  return nh.scope ?? (nh.gateway !== undefined ? SCOPE.LINK : SCOPE.HOST);
}

/** set_class_tag: fill the halves (from/to realm) the route left empty with the rule's. */
export function classTag(routeRealm: number, tag: number): number {
  let t = routeRealm >>> 0;
  if (!(t & 0xffff)) t |= tag & 0xffff;
  if (!(t & 0xffff0000)) t |= tag & 0xffff0000;
  return t >>> 0;
}
