import { EHOSTUNREACH, EMSGSIZE, ENETUNREACH, ENODEV, fail, ok, type KResult } from './errors';
import { routeTypeError, type FibResult } from './fib-lookup';
import { fibLookup6 } from './fib-lookup-entry';
import { makeFlow } from './flow';
import type { Host } from './host';
import { AF_INET6, formatIp, isLinkLocal6, isMulticast6 } from './ip';
import { RTN, TABLE } from './model';
import { RTM_F, type RouteMessage } from './netlink';
import { rulesNeedDissect } from './rules-lookup';
import { ipv6DevGetSaddr } from './source-select';
import type { LookupTrace } from './trace';

/** rt6_need_strict: multicast, link-local and loopback destinations stick to the interface. */
function needStrict(a: bigint): boolean {
  return isMulticast6(a) || isLinkLocal6(a) || a === 1n;
}

/**
 * inet6_rtm_getroute: IPv6 output (ip6_route_output) or input (ip6_route_input_lookup) lookup
 * and the reply rt6_fill_node builds. IPv6 checks neither forwarding nor rp_filter here.
 */
export function ipv6Get(host: Host, req: RouteMessage, proto: number, trace?: LookupTrace): KResult<RouteMessage> {
  const a = req.attrs;
  const dst = typeof a.dst === 'bigint' ? a.dst : 0n;
  const src = typeof a.src === 'bigint' ? a.src : 0n;
  const iif = a.iif ?? 0;
  const oif = a.oif ?? 0;
  if (iif && !host.link(iif)) return fail(ENODEV);
  const flow = makeFlow(6, dst, {
    saddr: src,
    hasSaddr: src !== 0n,
    mark: a.mark ?? 0,
    tos: req.tos & 0xfc,
    uid: a.uid ?? 0,
    proto,
    sport: a.sport ?? 0,
    dport: a.dport ?? 0,
    flowlabel: a.flowlabel ?? 0,
  });
  if (iif) {
    trace?.events.push({ kind: 'stage', stage: 'input', detail: `IPv6 packet to ${formatIp(dst)} arriving on ${host.link(iif)!.name}` });
    flow.iif = iif;
    // inet6_rtm_getroute hands its own flow to the input lookup: uid is INVALID_UID unless given.
    flow.uid = a.uid !== undefined ? a.uid >>> 0 : 0xffffffff;
    if (!rulesNeedDissect(host, 6)) {
      flow.proto = 0;
      flow.sport = 0;
      flow.dport = 0;
    }
    // ip6_pol_route_input binds the route choice to the ingress device for strict destinations;
    // the rules still see no oif (an `oif` rule never matches an arriving packet).
    flow.strictOif = needStrict(dst) ? iif : 0;
  } else {
    trace?.events.push({ kind: 'stage', stage: 'output', detail: `locally generated IPv6 packet to ${formatIp(dst)}` });
    flow.iif = 1;
    flow.oif = oif && (src === 0n || needStrict(dst)) ? oif : 0;
  }
  const out = fibLookup6(host, flow, trace);
  if (out.err || !out.res) return fail(out.err || ENETUNREACH);
  const res = out.res;
  const err = routeTypeError(res.type);
  if (err) return fail(err === 11 ? ENETUNREACH : err);
  // rt6_fill_node asks ip6mr_get_route when a packet arriving on a device matched a route to a
  // multicast prefix; with no multicast routing daemon that fails, and the reply with it.
  if (iif && isMulticast6(res.prefix as bigint)) return fail(EMSGSIZE);
  return ok(req.flags & RTM_F.FIB_MATCH ? fibMatch6(host, res, iif) : fill6(host, res, dst, src, iif));
}

/** rt6_fill_node for a route-get answer (a dst: destination /128, `from`, prefsrc or iif). */
function fill6(host: Host, res: FibResult, dst: bigint, src: bigint, iif: number): RouteMessage {
  const r = res.route;
  const nh = r.nexthops[res.nhIndex];
  // ip6_rt_get_dev_rcu: copies of RTF_LOCAL/RTF_ANYCAST routes use lo (or the VRF). User-added
  // anycast routes carry no RTF_ANYCAST (rtm_to_fib6_config sets only RTF_LOCAL), so they keep
  // their device; the kernel's own subnet-router anycast routes are marked.
  const toLo = r.type === RTN.LOCAL || (r.type === RTN.ANYCAST && r.protocol === 2);
  const nhDev = nh?.dev ?? 0;
  const vrf = nhDev ? host.link(nhDev)?.master : undefined;
  const dev = toLo ? (vrf !== undefined && host.link(vrf)?.kind === 'vrf' ? vrf : 1) : nhDev;
  const attrs: RouteMessage['attrs'] = { table: r.table, dst, src };
  if (iif) attrs.iif = iif;
  else {
    // ip6_route_get_saddr: the route's own nexthop device, not the copy's.
    const s = r.prefsrc !== undefined ? (r.prefsrc as bigint) : ipv6DevGetSaddr(host, nhDev, dst);
    if (s !== undefined) attrs.prefsrc = s;
  }
  if (r.prefsrc !== undefined) attrs.prefsrc = r.prefsrc;
  if (r.metrics.length) attrs.metrics = r.metrics.map((m) => ({ ...m }));
  if (nh?.gateway !== undefined) attrs.gateway = nh.gateway;
  if (dev) attrs.oif = dev;
  attrs.priority = r.priority;
  attrs.pref = r.pref ?? 0;
  attrs.cacheinfo = { expires: 0, error: 0, used: 0, ts: 0, tsage: 0, clntref: 2, lastuse: 2 };
  return {
    family: AF_INET6,
    dstLen: 128,
    srcLen: 128,
    tos: 0,
    table: r.table < 256 ? r.table : TABLE.COMPAT,
    protocol: r.protocol,
    scope: 0,
    type: r.type,
    flags: 0,
    attrs,
  };
}

/** rt6_fill_node for `fibmatch`: the FIB entry itself. */
function fibMatch6(host: Host, res: FibResult, iif: number): RouteMessage {
  const r = res.route;
  const attrs: RouteMessage['attrs'] = { table: r.table, priority: r.priority, pref: r.pref ?? 0 };
  if (iif) attrs.iif = iif;
  if (r.metrics.length) attrs.metrics = r.metrics.map((m) => ({ ...m }));
  if (r.dstLen) attrs.dst = r.dst;
  if (r.prefsrc !== undefined) attrs.prefsrc = r.prefsrc;
  const nh = r.nexthops[0];
  if (r.nexthops.length > 1) {
    // The sibling the lookup chose is listed first.
    const hops = [...r.nexthops.slice(res.nhIndex), ...r.nexthops.slice(0, res.nhIndex)];
    attrs.multipath = hops.map((n) => {
      const m: NonNullable<RouteMessage['attrs']['multipath']>[number] = { flags: 0, hops: n.weight - 1, ifindex: n.dev };
      if (n.gateway !== undefined) m.gateway = n.gateway;
      return m;
    });
  } else {
    if (nh?.gateway !== undefined) attrs.gateway = nh.gateway;
    if (nh?.dev) attrs.oif = nh.dev;
  }
  void host;
  void EHOSTUNREACH;
  return {
    family: AF_INET6,
    dstLen: r.dstLen,
    srcLen: r.src?.len ?? 0,
    tos: 0,
    table: r.table < 256 ? r.table : TABLE.COMPAT,
    protocol: r.protocol,
    scope: 0,
    type: r.type,
    flags: 0,
    attrs,
  };
}
