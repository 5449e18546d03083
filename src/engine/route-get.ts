import { EINVAL, ENODEV, EOPNOTSUPP, fail, ok, strerror, type KResult } from './errors';
import type { Flow } from './flow';
import type { Host } from './host';
import { AF_INET, AF_INET6, formatIp } from './ip';
import { TABLE } from './model';
import { RTCF, RTM_F, type RouteMessage } from './netlink';
import { ipv4Input } from './route-input4';
import { ipv4Output, type Rt4 } from './route-output4';
import { ipv6Get } from './route-get6';
import type { LookupTrace } from './trace';

/** IPPROTO numbers route get accepts (rtm_getroute_parse_ip_proto). */
const TCP = 6;
const UDP = 17;
const ICMP = 1;
const ICMPV6 = 58;

/** The attributes an IPv4 route get request may carry (inet_rtm_valid_getroute_req). */
const GET_ATTRS4: ReadonlySet<string> = new Set(['iif', 'oif', 'src', 'dst', 'ipProto', 'sport', 'dport', 'mark', 'uid']);

/**
 * RTM_GETROUTE request (inet_rtm_getroute / inet6_rtm_getroute): the reply as the kernel fills
 * it (rt_fill_info / fib_dump_info for fibmatch / rt6_fill_node), or the error `ip route get`
 * prints. When `trace` is given, every decision is recorded in it.
 */
export function routeGet(host: Host, req: RouteMessage, trace?: LookupTrace): KResult<RouteMessage> {
  const out = routeGetInner(host, req, trace);
  if (trace) {
    const last = out.ok ? { text: 'route found', errno: 0 } : { text: out.error.extack ?? strerror(out.error.errno), errno: out.error.errno };
    trace.events.push({ kind: 'result', ...last });
  }
  return out;
}

function routeGetInner(host: Host, req: RouteMessage, trace?: LookupTrace): KResult<RouteMessage> {
  const family = req.family === AF_INET ? 4 : req.family === AF_INET6 ? 6 : 0;
  if (!family) return fail(EOPNOTSUPP);
  const a = req.attrs;
  let proto = family === 4 ? UDP : 0;
  if (a.ipProto !== undefined) {
    proto = a.ipProto;
    const okProto = proto === TCP || proto === UDP || (family === 4 ? proto === ICMP : proto === ICMPV6);
    if (!okProto) return fail(EOPNOTSUPP, 'Unsupported ip proto');
  }
  if (family === 4) {
    // inet_rtm_valid_getroute_req (strict checking, as iproute2 asks for it).
    if ((req.srcLen && req.srcLen !== 32) || (req.dstLen && req.dstLen !== 32) || req.table || req.protocol || req.scope || req.type)
      return fail(EINVAL, 'ipv4: Invalid values in header for route get request');
    if (req.flags & ~(RTM_F.NOTIFY | RTM_F.LOOKUP_TABLE | RTM_F.FIB_MATCH)) return fail(EINVAL, 'ipv4: Unsupported rtm_flags for route get request');
    for (const k in a) if ((a as Record<string, unknown>)[k] !== undefined && !GET_ATTRS4.has(k)) return fail(EINVAL, 'ipv4: Unsupported attribute in route get request');
  }
  if (family === 6) return ipv6Get(host, req, proto, trace);
  const dst = typeof a.dst === 'number' ? a.dst : 0;
  const src = typeof a.src === 'number' ? a.src : 0;
  const iif = a.iif ?? 0;
  const mark = a.mark ?? 0;
  // INVALID_UID (-1) means "no uid": nothing is printed for it.
  const uid = a.uid !== undefined ? (a.uid >>> 0 === 0xffffffff ? undefined : a.uid >>> 0) : iif ? undefined : 0;
  // makeFlow(4, dst, {...}) written out: the per-request path builds no patch object.
  const flow: Flow = {
    family: 4,
    daddr: dst,
    saddr: src,
    hasSaddr: false,
    iif: 0,
    oif: a.oif ?? 0,
    mark,
    tos: req.tos & 0xfc,
    proto,
    sport: a.sport ?? 0,
    dport: a.dport ?? 0,
    uid: uid ?? 0,
    flowlabel: 0,
    scope: 0,
    l3mdev: 0,
    strictOif: 0,
  };
  let rt: Rt4;
  if (iif) {
    const dev = host.link(iif);
    if (!dev) return fail(ENODEV);
    flow.iif = iif;
    const r = ipv4Input(host, { dst, src, tos: req.tos & 0xfc, dev: iif, mark, proto, sport: flow.sport, dport: flow.dport }, trace);
    if (!r.ok) return r;
    rt = r.value;
  } else {
    flow.iif = 1;
    const r = ipv4Output(host, flow, trace);
    if (!r.ok) return r;
    rt = r.value;
  }
  const tableId = req.flags & RTM_F.LOOKUP_TABLE ? rt.table : 0;
  if (req.flags & RTM_F.FIB_MATCH) {
    if (!rt.res) return fail(rt.errorIfNoFib || 113);
    return ok(fibMatchMessage(host, rt, tableId));
  }
  return ok(fillInfo4(dst, src, rt, tableId, flow.mark, iif, uid));
}

/**
 * routeGet's lookup for the plain request `ip route get A.B.C.D` sends (RTM_F_LOOKUP_TABLE and
 * RTA_DST only, which inet_rtm_valid_getroute_req accepts): the routing cache entry, before
 * rt_fill_info (routeGetDst4Reply). The bulk `ip route get` lines take this way.
 */
export function routeGetDst4(host: Host, dst: number): KResult<Rt4> {
  // routeGetInner's flow for this request: UDP, uid 0, iif lo.
  const flow: Flow = {
    family: 4,
    daddr: dst,
    saddr: 0,
    hasSaddr: false,
    iif: 1,
    oif: 0,
    mark: 0,
    tos: 0,
    proto: UDP,
    sport: 0,
    dport: 0,
    uid: 0,
    flowlabel: 0,
    scope: 0,
    l3mdev: 0,
    strictOif: 0,
  };
  return ipv4Output(host, flow);
}

/** What routeGet answers the plain request for `dst` whose lookup (routeGetDst4) gave `rt`. */
export function routeGetDst4Reply(dst: number, rt: Rt4): RouteMessage {
  return fillInfo4(dst, 0, rt, rt.table, 0, 0, 0);
}

/** rt_fill_info: the `ip route get` answer for an IPv4 routing cache entry. */
function fillInfo4(dst: number, src: number, rt: Rt4, tableId: number, mark: number, iif: number, uid: number | undefined): RouteMessage {
  const attrs: RouteMessage['attrs'] = { table: tableId, dst };
  let srcLen = 0;
  if (src) {
    srcLen = 32;
    attrs.src = src;
  }
  if (rt.dev) attrs.oif = rt.dev;
  if (rt.realm) attrs.flow = rt.realm;
  if (!iif && rt.saddr !== src) attrs.prefsrc = rt.saddr;
  if (typeof rt.gateway === 'bigint') attrs.via = rt.gateway;
  else if (rt.gateway !== undefined) attrs.gateway = rt.gateway;
  if (rt.metrics.length) attrs.metrics = rt.metrics.map((m) => ({ ...m }));
  if (mark) attrs.mark = mark;
  if (uid !== undefined) attrs.uid = uid;
  if (iif) attrs.iif = iif;
  attrs.rtcfFlags = rt.flags;
  // rt_fill_info's refcount: the cached dst is held twice, local and multicast ones once.
  const clntref = rt.flags & (RTCF.LOCAL | RTCF.MULTICAST) ? 1 : 2;
  attrs.cacheinfo = { expires: 0, error: 0, used: 0, ts: 0, tsage: 0, clntref };
  return {
    family: AF_INET,
    dstLen: 32,
    srcLen,
    tos: rt.tos,
    table: tableId < 256 ? tableId : TABLE.COMPAT,
    protocol: 0,
    scope: 0,
    type: rt.type,
    flags: ((rt.flags & ~0xffff) >>> 0) | RTM_F.CLONED | (rt.doRedirect ? 0x1000000 : 0),
    attrs,
  };
}

/** fib_dump_info for `fibmatch`: the FIB entry that matched, typed by the resulting route. */
function fibMatchMessage(host: Host, rt: Rt4, tableId: number): RouteMessage {
  const res = rt.res!;
  const r = res.route;
  const attrs: RouteMessage['attrs'] = { table: tableId };
  if (res.prefixLen) attrs.dst = res.prefix;
  if (r.priority) attrs.priority = r.priority;
  if (r.metrics.length) attrs.metrics = r.metrics.map((m) => ({ ...m }));
  if (r.prefsrc !== undefined) attrs.prefsrc = r.prefsrc;
  let flags = 0;
  if (r.nexthops.length === 1 && !r.multipath) {
    const nh = r.nexthops[0];
    if (typeof nh.gateway === 'bigint') attrs.via = nh.gateway;
    else if (nh.gateway !== undefined) attrs.gateway = nh.gateway;
    if (nh.dev) attrs.oif = nh.dev;
    if (nh.onlink) flags |= 4;
    if (nh.dev && !host.carrierOk(nh.dev)) flags |= 16;
  } else if (r.nexthops.length > 1 || r.multipath) {
    attrs.multipath = r.nexthops.map((nh) => {
      const m: NonNullable<RouteMessage['attrs']['multipath']>[number] = { flags: nh.onlink ? 4 : 0, hops: nh.weight - 1, ifindex: nh.dev };
      if (nh.gateway !== undefined) m.gateway = nh.gateway;
      return m;
    });
  }
  return {
    family: AF_INET,
    dstLen: res.prefixLen,
    srcLen: 0,
    tos: r.tos,
    table: tableId < 256 ? tableId : TABLE.COMPAT,
    protocol: r.protocol,
    scope: r.scope,
    type: rt.type,
    flags,
    attrs,
  };
}

/** Short text of a flow for traces. */
export function describeFlow(flow: Flow): string {
  return `to ${formatIp(flow.daddr)}${flow.saddr ? ` from ${formatIp(flow.saddr)}` : ''}`;
}

export { EINVAL };
