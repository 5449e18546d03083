import { EHOSTUNREACH, EINVAL, ENETDOWN, ENODEV, fail, ok, type KResult } from './errors';
import { fib6TableLookup, routeTypeError } from './fib-lookup';
import { fibLookup6 } from './fib-lookup-entry';
import { makeFlow } from './flow';
import type { Host } from './host';
import { isLinkLocal6, maskIp } from './ip';
import { l3mdevTable } from './link-state';
import { RTN, SCOPE, TABLE, type Route } from './model';
import { RTNH_F, type RouteMessage } from './netlink';
import { isRejectType, messageTable } from './route4-config';

/** IP6_RT_PRIO_USER: the metric of IPv6 routes added without one. */
export const IP6_RT_PRIO_USER = 1024;

/** True when `addr` is one of the host's IPv6 addresses (ipv6_chk_addr), optionally on `dev`. */
function isOurAddr6(host: Host, addr: bigint, dev?: number): boolean {
  return host.addrs.some((a) => a.family === 6 && a.local === addr && (dev === undefined || a.ifindex === dev));
}

/**
 * ip6_route_info_create + fib6_nh_init: the IPv6 route a RTM_NEWROUTE message describes, with
 * the kernel's checks (device required and up, gateway reachable on-link, prefsrc ours).
 */
export function createRoute6(host: Host, msg: RouteMessage): KResult<Route> {
  const a = msg.attrs;
  if (msg.tos) return fail(EINVAL, 'Invalid dsfield (tos): option not available for IPv6');
  if (msg.dstLen > 128) return fail(EINVAL, 'Invalid prefix length');
  if (a.nhId !== undefined) {
    if (a.oif || a.gateway !== undefined || a.multipath) return fail(EINVAL, 'Nexthop specification and nexthop id are mutually exclusive');
    return fail(EINVAL, 'Nexthop id does not exist');
  }
  const rawDst = typeof a.dst === 'bigint' ? a.dst : 0n;
  const dst = maskIp(rawDst, msg.dstLen) as bigint; // ipv6_addr_prefix: host bits are dropped
  const table = messageTable(msg);
  const route: Route = {
    family: 6,
    table,
    dst,
    dstLen: msg.dstLen,
    tos: 0,
    type: msg.type === RTN.UNSPEC ? RTN.UNICAST : msg.type,
    protocol: msg.protocol,
    scope: SCOPE.UNIVERSE,
    priority: a.priority ? a.priority >>> 0 : IP6_RT_PRIO_USER,
    nexthops: [],
    multipath: false,
    metrics: a.metrics ? a.metrics.map((m) => ({ ...m })) : [],
    pref: a.pref ?? 0,
    seq: 0,
  };
  if (typeof a.src === 'bigint' && msg.srcLen) route.src = { addr: maskIp(a.src, msg.srcLen), len: msg.srcLen };
  if (a.expires !== undefined) route.expires = a.expires;
  if (isRejectType(route.type)) {
    // Reject routes hang off the loopback device and keep the medium router preference.
    route.nexthops = [{ dev: 1, weight: 1, onlink: false }];
    route.pref = 0;
    return ok(route);
  }
  const hops = a.multipath
    ? a.multipath.map((m) => ({ oif: m.ifindex, gw: typeof m.gateway === 'bigint' ? m.gateway : undefined, weight: m.hops + 1, onlink: (m.flags & RTNH_F.ONLINK) !== 0 }))
    : [{ oif: a.oif ?? 0, gw: typeof a.gateway === 'bigint' ? a.gateway : undefined, weight: 1, onlink: (msg.flags & RTNH_F.ONLINK) !== 0 }];
  for (const h of hops) {
    let dev = h.oif ? host.link(h.oif) : undefined;
    if (h.oif && !dev) return fail(ENODEV);
    if (h.gw !== undefined) {
      if (isOurAddr6(host, h.gw)) return fail(EINVAL, 'Gateway can not be a local address');
      if (h.onlink) {
        // ip6_route_check_nh_onlink: only table main (or the device's VRF table) is asked, with no
        // rules; a non-default unicast route to the gateway must leave through the same device.
        if (!dev) return fail(ENODEV);
        const main = host.table(6, l3mdevTable(host, dev) || TABLE.MAIN);
        const out = main ? fib6TableLookup(host, main, makeFlow(6, h.gw, { oif: dev.ifindex })) : undefined;
        const r = out?.res?.route;
        if (r && !routeTypeError(r.type) && r.dstLen !== 0 && (r.type !== RTN.UNICAST || r.nexthops[out!.res!.nhIndex]?.dev !== dev.ifindex))
          return fail(EINVAL, 'Nexthop has invalid gateway or device mismatch');
      } else if (!isLinkLocal6(h.gw)) {
        // ip6_route_check_nh: the gateway must be on-link: first in the route's table, then
        // through a full lookup; a gateway needing a gateway, or a reject route, is unreachable.
        const onLink = (out: ReturnType<typeof fib6TableLookup> | undefined): number | undefined => {
          const r = out?.res?.route;
          const nh = r?.nexthops[out!.res!.nhIndex];
          if (!r || out!.err || routeTypeError(r.type) || nh?.gateway !== undefined) return undefined;
          if (dev && nh?.dev !== dev.ifindex) return undefined;
          return nh?.dev;
        };
        const flow = makeFlow(6, h.gw, { oif: h.oif, iif: 1 });
        const tbl = host.table(6, table);
        let nhDev = tbl ? onLink(fib6TableLookup(host, tbl, flow)) : undefined;
        if (nhDev === undefined) {
          // ip6_route_check_nh's flow has no iif (0, not lo): an `iif lo` rule does not match it.
          const full = fibLookup6(host, makeFlow(6, h.gw, { oif: h.oif, iif: 0 }), undefined, true);
          nhDev = onLink(full.res ? { err: full.err, res: full.res } : undefined);
        }
        if (nhDev === undefined) return fail(EHOSTUNREACH);
        dev = host.link(nhDev);
      } else if (!dev) return fail(EINVAL, 'Egress device not specified');
    }
    if (!dev) return fail(ENODEV);
    if (!dev.up) return fail(ENETDOWN, 'Nexthop device is not up');
    const hop = { dev: dev.ifindex, weight: h.weight, onlink: h.onlink && h.gw !== undefined } as Route['nexthops'][number];
    if (h.gw !== undefined) hop.gateway = h.gw;
    route.nexthops.push(hop);
  }
  route.multipath = route.nexthops.length > 1;
  if (typeof a.prefsrc === 'bigint' && a.prefsrc) {
    if (!isOurAddr6(host, a.prefsrc)) return fail(EINVAL, 'Invalid source address');
    route.prefsrc = a.prefsrc;
  }
  return ok(route);
}
