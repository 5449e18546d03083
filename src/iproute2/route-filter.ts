/**
 * The `filter` of ip/iproute.c (6.1): what `ip route show|flush|get` keep of the kernel's
 * answer, and filter_nlmsg() that applies it to one RTM_NEWROUTE message. The same filter also
 * changes printing (a field the user filtered on exactly is not printed), see route-print.ts.
 */
import { AF_INET6, type Ip } from '../engine/ip';
import type { RouteMessage } from '../engine/netlink';
import { RTN, TABLE } from '../engine/model';
import { RTM_F } from '../engine/netlink';
import { PREFIXLEN_SPECIFIED, afBitLen, type InetPrefix } from './inet-prefix';

/** iproute.c's `static struct filter` (minus the flush buffer, which route-list.ts keeps). */
export interface RouteFilter {
  tb: number;
  /** 0 = only uncached, 1 = only cached (RTM_F_CLONED), 2 = both (`ip route get`). */
  cloned: number;
  protocol: number;
  protocolmask: number;
  scope: number;
  scopemask: number;
  /** 32-bit pattern of `1 << type` bits (C int shifts, as iproute2 computes it). */
  typemask: number;
  tos: number;
  tosmask: number;
  iif: number;
  iifmask: number;
  oif: number;
  oifmask: number;
  mark: number;
  markmask: number;
  realm: number;
  realmmask: number;
  metric: number;
  metricmask: number;
  rprefsrc: InetPrefix;
  rvia: InetPrefix;
  rdst: InetPrefix;
  mdst: InetPrefix;
  rsrc: InetPrefix;
  msrc: InetPrefix;
  /** filter.flushb != NULL: the dump is feeding a flush. */
  flushing: boolean;
  /** filter_nlmsg's `static int ip6_multiple_tables`: once set, stays for the process. */
  ip6MultipleTables: boolean;
}

/** An all-zero inet_prefix (memset 0). */
export function emptyPrefix(): InetPrefix {
  return { family: 0, bytelen: 0, bitlen: 0, flags: 0, addr: 0 };
}

/** iproute_reset_filter(ifindex): everything off, `match` lengths -1, optional oif filter. */
export function resetRouteFilter(ifindex = 0): RouteFilter {
  return {
    tb: 0,
    cloned: 0,
    protocol: 0,
    protocolmask: 0,
    scope: 0,
    scopemask: 0,
    typemask: 0,
    tos: 0,
    tosmask: 0,
    iif: 0,
    iifmask: 0,
    oif: ifindex,
    oifmask: ifindex > 0 ? -1 : 0,
    mark: 0,
    markmask: 0,
    realm: 0,
    realmmask: 0,
    metric: 0,
    metricmask: 0,
    rprefsrc: emptyPrefix(),
    rvia: emptyPrefix(),
    rdst: emptyPrefix(),
    mdst: { ...emptyPrefix(), bitlen: -1 },
    rsrc: emptyPrefix(),
    msrc: { ...emptyPrefix(), bitlen: -1 },
    flushing: false,
    ip6MultipleTables: false,
  };
}

/** rtm_get_table(): RTA_TABLE when present, else the header's u8 table. */
export function rtmGetTable(msg: RouteMessage): number {
  return msg.attrs.table ?? msg.table;
}

/** An address as the 16 data bytes of an inet_prefix, as one 128-bit number (IPv4 in front). */
export function prefixData(ip: Ip | undefined): bigint {
  if (ip === undefined) return 0n;
  return typeof ip === 'number' ? BigInt(ip >>> 0) << 96n : ip;
}

/** Keeps the first `bytes` bytes of 16-byte inet_prefix data (the memcpy of (len+7)/8 bytes). */
function keepBytes(data: bigint, bytes: number): bigint {
  if (bytes >= 16) return data;
  if (bytes <= 0) return 0n;
  const drop = BigInt((16 - bytes) * 8);
  return (data >> drop) << drop;
}

/** inet_addr_match(a, b, bits): 0 (false) when the first `bits` bits are equal. */
export function inetAddrDiffers(a: bigint, b: bigint, bits: number): boolean {
  if (bits <= 0) return false;
  const n = BigInt(Math.min(bits, 128));
  const shift = 128n - n;
  return a >> shift !== b >> shift;
}

/** filter_nlmsg(): true when `msg` passes the filter (C returns 1). */
export function filterNlmsg(f: RouteFilter, msg: RouteMessage, preferredFamily: number): boolean {
  const table = rtmGetTable(msg);
  const a = msg.attrs;
  const hostLen = afBitLen(msg.family);
  if (preferredFamily !== 0 && msg.family !== preferredFamily) return false;
  if (msg.family === AF_INET6 && table !== TABLE.MAIN) f.ip6MultipleTables = true;
  if (f.cloned === (msg.flags & RTM_F.CLONED ? 0 : 1)) return false;
  if (msg.family === AF_INET6 && !f.ip6MultipleTables) {
    if (f.tb) {
      if (f.tb === TABLE.LOCAL) {
        if (msg.type !== RTN.LOCAL) return false;
      } else if (f.tb === TABLE.MAIN) {
        if (msg.type === RTN.LOCAL) return false;
      } else return false;
    }
  } else if (f.tb > 0 && f.tb !== table) return false;
  if ((f.protocol ^ msg.protocol) & f.protocolmask) return false;
  if ((f.scope ^ msg.scope) & f.scopemask) return false;
  if (f.typemask && !(f.typemask & (1 << msg.type))) return false;
  if ((f.tos ^ msg.tos) & f.tosmask) return false;
  if (!prefixLenOk(f.rdst, f.mdst, msg.family, msg.dstLen)) return false;
  if (!prefixLenOk(f.rsrc, f.msrc, msg.family, msg.srcLen)) return false;
  if (f.rvia.family) {
    const viaFamily = a.via !== undefined ? viaFamilyOf(a.via) : msg.family;
    if (viaFamily !== f.rvia.family) return false;
  }
  if (f.rprefsrc.family && msg.family !== f.rprefsrc.family) return false;

  // The 128-bit forms are only needed when a prefix filter is set (most listings have none).
  const dst = given(f.rdst) || given(f.mdst) ? keepBytes(prefixData(a.dst), Math.ceil(msg.dstLen / 8)) : 0n;
  const src = given(f.rsrc) || given(f.msrc) ? keepBytes(prefixData(a.src), Math.ceil(msg.srcLen / 8)) : 0n;
  let via = 0n;
  if (f.rvia.bitlen > 0) {
    if (a.gateway !== undefined) via = keepBytes(prefixData(a.gateway), hostLen / 8);
    if (a.via !== undefined) via = prefixData(a.via);
  }
  let prefsrc = 0n;
  if (f.rprefsrc.bitlen > 0 && a.prefsrc !== undefined)
    prefsrc = keepBytes(prefixData(a.prefsrc), hostLen / 8);

  if (given(f.rdst) && inetAddrDiffers(dst, prefixData(f.rdst.addr), f.rdst.bitlen)) return false;
  if (given(f.mdst) && inetAddrDiffers(dst, prefixData(f.mdst.addr), msg.dstLen)) return false;
  if (given(f.rsrc) && inetAddrDiffers(src, prefixData(f.rsrc.addr), f.rsrc.bitlen)) return false;
  if (given(f.msrc) && f.msrc.bitlen >= 0 && inetAddrDiffers(src, prefixData(f.msrc.addr), msg.srcLen))
    return false;
  if (f.rvia.family && inetAddrDiffers(via, prefixData(f.rvia.addr), f.rvia.bitlen)) return false;
  if (f.rprefsrc.family && inetAddrDiffers(prefsrc, prefixData(f.rprefsrc.addr), f.rprefsrc.bitlen))
    return false;
  if (f.realmmask && ((a.flow ?? 0) ^ f.realm) & f.realmmask) return false;
  if (f.iifmask && ((a.iif ?? 0) ^ f.iif) & f.iifmask) return false;
  if (f.oifmask && ((a.oif ?? 0) ^ f.oif) & f.oifmask) return false;
  if (f.markmask && ((a.mark ?? 0) ^ f.mark) & f.markmask) return false;
  if (f.metricmask && ((a.priority ?? 0) ^ f.metric) & f.metricmask) return false;
  // The old IPv6 "null entry" (unreachable ::/0 metric 0xffffffff) is never flushed.
  if (f.flushing && msg.family === AF_INET6 && msg.dstLen === 0 && msg.type === RTN.UNREACHABLE) {
    if (a.priority !== undefined && a.priority >>> 0 === 0xffffffff) return false;
  }
  return true;
}

/** A root/match prefix took part (its family is set, or a `/LEN`/`default` was written). */
function given(p: InetPrefix): boolean {
  return p.family !== 0 || (p.flags & PREFIXLEN_SPECIFIED) !== 0;
}

/** The length checks of filter_nlmsg for one root (`r`) and match (`m`) prefix pair. */
function prefixLenOk(r: InetPrefix, m: InetPrefix, family: number, len: number): boolean {
  if (r.family) {
    if (family !== r.family || r.bitlen > len) return false;
  } else if (r.flags & PREFIXLEN_SPECIFIED) {
    if (r.bitlen > len) return false;
  }
  if (m.family) {
    if (family !== m.family || (m.bitlen >= 0 && m.bitlen < len)) return false;
  } else if (m.flags & PREFIXLEN_SPECIFIED) {
    if (m.bitlen >= 0 && m.bitlen < len) return false;
  }
  return true;
}

/** The AF number of an RTA_VIA address (its JavaScript type is the family). */
export function viaFamilyOf(ip: Ip): number {
  return typeof ip === 'number' ? 2 : AF_INET6;
}
