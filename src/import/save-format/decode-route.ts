/**
 * One saved RTM_NEWROUTE message (struct rtmsg + RTA_* attributes, as fib_dump_info or
 * rt6_fill_node wrote it) turned back into the engine's RouteMessage, with the size checks of
 * rtm_ipv4_policy / rtm_ipv6_policy. RTA_CACHEINFO is kept only for its expiry.
 */
import { AF_INET, AF_INET6, type Ip } from '../../engine/ip';
import type { NexthopMessage, RouteMessage } from '../../engine/netlink';
import { RTA, RTM, ipFromBytes } from '../../scenario/export-save-wire';
import { MX_NAMES, RTAX } from '../../iproute2/route-print-parts';
import { readAddr, readString, readU32, readU8, type AttrRead } from './attr-read';
import { readHeader, withPrefixCheck, type DecodedOne, type HeaderKind } from './decode-header';
import { parseAttrs, type FramedMessage } from './save-file';

const ROUTE_KIND: HeaderKind = {
  what: 'route',
  header: 'rtmsg',
  newType: RTM.NEWROUTE,
  newName: 'RTM_NEWROUTE',
  delType: RTM.DELROUTE,
};

/** Decodes one framed route message. */
export function decodeRouteMessage(m: FramedMessage): DecodedOne<RouteMessage> {
  const head = readHeader(m, ROUTE_KIND);
  if (!head.ok) return head;
  const p = m.payload;
  const family = head.family;
  const msg: RouteMessage = {
    family,
    dstLen: p[1],
    srcLen: p[2],
    tos: p[3],
    table: p[4],
    protocol: p[5],
    scope: p[6],
    type: p[7],
    flags: head.flags,
    attrs: {},
  };
  const { attrs, deficit } = parseAttrs(p);
  const a = msg.attrs;
  let failed: string | undefined;
  // One switch over the attributes (no closure per attribute: big dumps decode in one pass).
  for (const raw of attrs) {
    let r: AttrRead<unknown> | undefined;
    switch (raw.type) {
      case RTA.DST:
        r = readAddr(raw, 'RTA_DST', family);
        if (r.ok) a.dst = r.value as Ip;
        break;
      case RTA.SRC:
        r = readAddr(raw, 'RTA_SRC', family);
        if (r.ok) a.src = r.value as Ip;
        break;
      case RTA.IIF:
        r = readU32(raw, 'RTA_IIF');
        if (r.ok) a.iif = r.value as number;
        break;
      case RTA.OIF:
        r = readU32(raw, 'RTA_OIF');
        if (r.ok) a.oif = r.value as number;
        break;
      case RTA.GATEWAY:
        r = readAddr(raw, 'RTA_GATEWAY', family);
        if (r.ok) a.gateway = r.value as Ip;
        break;
      case RTA.PRIORITY:
        r = readU32(raw, 'RTA_PRIORITY');
        if (r.ok) a.priority = r.value as number;
        break;
      case RTA.PREFSRC:
        r = readAddr(raw, 'RTA_PREFSRC', family);
        if (r.ok) a.prefsrc = r.value as Ip;
        break;
      case RTA.FLOW:
        r = readU32(raw, 'RTA_FLOW');
        if (r.ok) a.flow = r.value as number;
        break;
      case RTA.TABLE:
        r = readU32(raw, 'RTA_TABLE');
        if (r.ok) a.table = r.value as number;
        break;
      case RTA.MARK:
        r = readU32(raw, 'RTA_MARK');
        if (r.ok) a.mark = r.value as number;
        break;
      case RTA.PREF:
        r = readU8(raw, 'RTA_PREF');
        if (r.ok) a.pref = r.value as number;
        break;
      case RTA.NH_ID:
        r = readU32(raw, 'RTA_NH_ID');
        if (r.ok) a.nhId = r.value as number;
        break;
      case RTA.VIA:
        r = readVia(raw.payload);
        if (r.ok) a.via = r.value as Ip;
        break;
      case RTA.METRICS:
        r = readMetrics(raw.payload);
        if (r.ok) a.metrics = r.value as NonNullable<RouteMessage['attrs']['metrics']>;
        break;
      case RTA.MULTIPATH:
        r = readMultipath(raw.payload, family);
        if (r.ok) a.multipath = r.value as NexthopMessage[];
        break;
      case RTA.CACHEINFO: {
        // struct rta_cacheinfo: only rta_expires (clock_t, USER_HZ 100) is kept.
        if (raw.payload.length < 12) break;
        const e = readU32({ payload: raw.payload.subarray(8) }, 'RTA_CACHEINFO');
        if (e.ok && e.value) a.expires = Math.floor(e.value / 100);
        break;
      }
    }
    if (r && !r.ok) {
      failed = r.text;
      break;
    }
  }
  if (failed) return { ok: false, text: failed };
  return withPrefixCheck(msg, deficit);
}

/** struct rtvia: a u16 family then the address. */
function readVia(p: Uint8Array): AttrRead<Ip> {
  const af = p.length >= 2 ? p[0] | (p[1] << 8) : -1;
  const want = af === AF_INET ? 4 : af === AF_INET6 ? 16 : -1;
  if (want < 0 || p.length < 2 + want)
    return {
      ok: false,
      text: `RTA_VIA: family ${af} with ${Math.max(0, p.length - 2)} address bytes is invalid`,
    };
  return { ok: true, value: ipFromBytes(p.subarray(2, 2 + want))! };
}

/** RTA_METRICS: nested RTAX_* u32 values (congctl a string), RTAX_LOCK folded into `locked`. */
function readMetrics(p: Uint8Array): AttrRead<NonNullable<RouteMessage['attrs']['metrics']>> {
  const parsed = parseAttrs(p, 0);
  if (parsed.deficit) return { ok: false, text: `RTA_METRICS: ${parsed.deficit}` };
  const attrs = new Map(parsed.attrs.map((x) => [x.type, x]));
  const lockAttr = attrs.get(RTAX.lock);
  const locks = lockAttr ? readU32(lockAttr, 'RTAX_LOCK') : { ok: true as const, value: 0 };
  if (!locks.ok) return locks;
  const out: NonNullable<RouteMessage['attrs']['metrics']> = [];
  for (const t of [...attrs.keys()].sort((x, y) => x - y)) {
    const name = MX_NAMES[t];
    if (t === RTAX.lock) continue;
    if (!name) return { ok: false, text: `RTA_METRICS: unknown metric ${t}` };
    const raw = attrs.get(t)!;
    const r = t === RTAX.congctl ? readString(raw, 'RTAX_CC_ALGO', 15) : readU32(raw, `RTAX ${name}`);
    if (!r.ok) return r;
    out.push({ name, value: r.value, locked: (locks.value & (1 << t)) !== 0 });
  }
  return { ok: true, value: out };
}

/** RTA_MULTIPATH: struct rtnexthop after struct rtnexthop, each with its own attributes. */
function readMultipath(p: Uint8Array, family: number): AttrRead<NexthopMessage[]> {
  const out: NexthopMessage[] = [];
  const view = new DataView(p.buffer, p.byteOffset, p.byteLength);
  let at = 0;
  while (at < p.length) {
    if (p.length - at < 8)
      return { ok: false, text: `RTA_MULTIPATH: ${p.length - at} bytes left, a struct rtnexthop needs 8` };
    const len = view.getUint16(at, true);
    if (len < 8 || len > p.length - at)
      return { ok: false, text: `RTA_MULTIPATH: rtnh_len ${len} at byte ${at} is invalid` };
    const nh: NexthopMessage = { flags: p[at + 2], hops: p[at + 3], ifindex: view.getInt32(at + 4, true) };
    const parsed = parseAttrs(p.subarray(at, at + len), 8);
    if (parsed.deficit) return { ok: false, text: `RTA_MULTIPATH: ${parsed.deficit}` };
    const attrs = new Map(parsed.attrs.map((x) => [x.type, x]));
    const gw = attrs.get(RTA.GATEWAY);
    if (gw) {
      const r = readAddr(gw, 'RTA_GATEWAY', family);
      if (!r.ok) return r;
      nh.gateway = r.value;
    }
    const via = attrs.get(RTA.VIA);
    if (via) {
      const r = readVia(via.payload);
      if (!r.ok) return r;
      nh.via = r.value;
    }
    const flow = attrs.get(RTA.FLOW);
    if (flow) {
      const r = readU32(flow, 'RTA_FLOW');
      if (!r.ok) return r;
      nh.flow = r.value;
    }
    out.push(nh);
    at += (len + 3) & ~3;
  }
  return { ok: true, value: out };
}
