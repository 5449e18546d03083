/**
 * `ip route save` as the simulator writes it: routeDump's messages, each RTM_NEWROUTE written with
 * the attributes in the order fib_dump_info (IPv4) and rt6_fill_node (IPv6) put them, so the file
 * matches what the real command writes from the same state (but for nlmsg_seq and nlmsg_pid, 0 here).
 */
import { AF_INET, AF_INET6, type Family, type Ip } from '../engine/ip';
import type { Host } from '../engine/host';
import { TABLE } from '../engine/model';
import { zeroRouteMessage, type NexthopMessage, type RouteMessage } from '../engine/netlink';
import { routeDump } from '../engine/route-ops';
import { RTAX } from '../iproute2/route-print-parts';
import {
  NLM_F_DUMP_FILTERED,
  NLM_F_MULTI,
  NlWriter,
  ROUTE_DUMP_MAGIC,
  RTA,
  RTM,
  beginMessage,
  endMessage,
  ipToBytes,
} from './export-save-wire';

/** Which routes a save holds: `ip [-4|-6] route save [table ID|all]` (default: table main). */
export interface RouteSaveFilter {
  /** A table id, or 'all' (every table). Default: main, as `ip route save` without `table`. */
  table?: number | 'all';
}

/**
 * The bytes `ip route save` writes for `host`: the magic, then the dumped routes of `family`
 * (0 = both, IPv4 first). `ip route save table all` is family 0; `ip route save [table ID]`
 * without -6 is family 4, since ip(8) narrows an unspecified family to IPv4 when a single table
 * is asked for (iproute_list_flush_or_save).
 */
export function encodeRouteSave(
  host: Host,
  family: 0 | Family = 4,
  filter: RouteSaveFilter = {},
): Uint8Array {
  const table = filter.table ?? TABLE.MAIN;
  const af = family === 4 ? AF_INET : family === 6 ? AF_INET6 : 0;
  const req = zeroRouteMessage(af);
  const w = new NlWriter();
  w.u32(ROUTE_DUMP_MAGIC);
  const dumped = routeDump(host, req);
  if (!dumped.ok) return w.finish();
  for (const msg of dumped.value) {
    if (table !== 'all' && (msg.attrs.table ?? msg.table) !== table) continue;
    writeRouteMessage(w, msg);
  }
  return w.finish();
}

/** Writes one route as the kernel dumps it: nlmsghdr, rtmsg, RTA_* in fib_dump_info / rt6_fill_node order. */
export function writeRouteMessage(w: NlWriter, msg: RouteMessage, type: number = RTM.NEWROUTE): void {
  const start = beginMessage(w, type, NLM_F_MULTI | NLM_F_DUMP_FILTERED);
  for (const b of [msg.family, msg.dstLen, msg.srcLen, msg.tos, msg.table, msg.protocol, msg.scope, msg.type])
    w.u8(b);
  w.u32(msg.flags);
  const a = msg.attrs;
  if (a.table !== undefined) w.attrU32(RTA.TABLE, a.table);
  if (a.dst !== undefined) w.attr(RTA.DST, ipToBytes(a.dst));
  if (msg.family === AF_INET6) {
    if (a.src !== undefined) w.attr(RTA.SRC, ipToBytes(a.src));
    if (a.prefsrc !== undefined) w.attr(RTA.PREFSRC, ipToBytes(a.prefsrc));
    if (a.metrics?.length) writeMetrics(w, a.metrics);
    if (a.priority !== undefined) w.attrU32(RTA.PRIORITY, a.priority);
  } else {
    if (a.priority !== undefined) w.attrU32(RTA.PRIORITY, a.priority);
    if (a.metrics?.length) writeMetrics(w, a.metrics);
    if (a.prefsrc !== undefined) w.attr(RTA.PREFSRC, ipToBytes(a.prefsrc));
  }
  if (a.nhId !== undefined) w.attrU32(RTA.NH_ID, a.nhId);
  if (a.multipath) writeMultipath(w, a.multipath);
  else {
    if (a.gateway !== undefined) w.attr(RTA.GATEWAY, ipToBytes(a.gateway));
    if (a.via !== undefined) w.attr(RTA.VIA, rtvia(a.via));
    if (a.oif !== undefined) w.attrU32(RTA.OIF, a.oif);
    if (a.flow !== undefined) w.attrU32(RTA.FLOW, a.flow);
  }
  if (msg.family === AF_INET6) {
    // rtnl_put_cacheinfo: struct rta_cacheinfo, rta_expires in clock_t (USER_HZ 100).
    const ci = new Uint8Array(32);
    if (a.expires !== undefined)
      new DataView(ci.buffer).setUint32(8, Math.max(0, a.expires * 100) >>> 0, true);
    w.attr(RTA.CACHEINFO, ci);
    w.attrU8(RTA.PREF, a.pref ?? 0);
  }
  endMessage(w, start);
}

/** RTA_METRICS (rtnetlink_put_metrics): the lock bits first, then each metric in RTAX order. */
function writeMetrics(w: NlWriter, metrics: NonNullable<RouteMessage['attrs']['metrics']>): void {
  const byIndex = new Map<number, (typeof metrics)[number]>();
  let locks = 0;
  for (const m of metrics) {
    const i = RTAX[m.name];
    if (i === undefined || i < 2) continue;
    byIndex.set(i, m);
    if (m.locked) locks |= 1 << i;
  }
  w.nested(RTA.METRICS, () => {
    if (locks) w.attrU32(RTAX.lock, locks);
    for (const i of [...byIndex.keys()].sort((x, y) => x - y)) {
      const m = byIndex.get(i)!;
      if (i === RTAX.congctl) w.attrString(i, String(m.value));
      else w.attrU32(i, Number(m.value));
    }
  });
}

/** RTA_MULTIPATH (fib_add_multipath / rt6_fill_node): a struct rtnexthop per path with its attributes. */
function writeMultipath(w: NlWriter, hops: readonly NexthopMessage[]): void {
  w.nested(RTA.MULTIPATH, () => {
    for (const nh of hops) {
      const start = w.length;
      w.u16(0);
      w.u8(nh.flags);
      w.u8(nh.hops);
      w.u32(nh.ifindex);
      if (nh.gateway !== undefined) w.attr(RTA.GATEWAY, ipToBytes(nh.gateway));
      if (nh.via !== undefined) w.attr(RTA.VIA, rtvia(nh.via));
      if (nh.flow !== undefined) w.attrU32(RTA.FLOW, nh.flow);
      const len = w.length - start;
      w.patchU32(start, (len & 0xffff) | (nh.flags << 16) | (nh.hops << 24));
    }
  });
}

/** struct rtvia: the gateway's family (u16) and its address. */
function rtvia(ip: Ip): Uint8Array {
  const addr = ipToBytes(ip);
  const out = new Uint8Array(2 + addr.length);
  const af = typeof ip === 'number' ? AF_INET : AF_INET6;
  out[0] = af & 255;
  out[1] = af >> 8;
  out.set(addr, 2);
  return out;
}
