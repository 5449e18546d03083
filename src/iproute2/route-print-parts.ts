/**
 * The helpers print_route() calls in ip/iproute.c (6.1): print_rt_flags, print_cache_flags,
 * print_rta_cacheinfo, print_rta_flow, print_rta_metrics (with mx_names and the rtt/rttvar
 * units), print_rta_gateway/via/if and print_rta_multipath.
 */
import { formatIp, type Ip } from '../engine/ip';
import { RTN } from '../engine/model';
import { RTCF, RTM_F, RTNH_F, type NexthopMessage, type RouteMessage } from '../engine/netlink';
import { familyName } from './inet-prefix';
import { PRINT_ANY, PRINT_FP, PRINT_JSON, ifaFamilyColor } from './json-print';
import type { RouteCmdContext } from './route-context';
import { viaFamilyOf } from './route-filter';

/** USER_HZ: get_user_hz() on the reference machine (clock_t ticks per second). */
export const USER_HZ = 100;

/** RTAX_* index of each mx_names entry; RouteAttrs.metrics use these names. */
export const RTAX: Readonly<Record<string, number>> = {
  lock: 1,
  mtu: 2,
  window: 3,
  rtt: 4,
  rttvar: 5,
  ssthresh: 6,
  cwnd: 7,
  advmss: 8,
  reordering: 9,
  hoplimit: 10,
  initcwnd: 11,
  features: 12,
  rto_min: 13,
  initrwnd: 14,
  quickack: 15,
  congctl: 16,
  fastopen_no_cookie: 17,
};

/** mx_names[] by RTAX index. */
export const MX_NAMES: string[] = [];
for (const [name, i] of Object.entries(RTAX)) MX_NAMES[i] = name;

/** Flag words of print_rt_flags, in its order. */
const RT_FLAG_WORDS: readonly [number, string][] = [
  [RTNH_F.DEAD, 'dead'],
  [RTNH_F.ONLINK, 'onlink'],
  [RTNH_F.PERVASIVE, 'pervasive'],
  [RTNH_F.OFFLOAD, 'offload'],
  [RTNH_F.TRAP, 'trap'],
  [RTM_F.NOTIFY, 'notify'],
  [RTNH_F.LINKDOWN, 'linkdown'],
  [RTNH_F.UNRESOLVED, 'unresolved'],
  [RTM_F.OFFLOAD, 'rt_offload'],
  [RTM_F.TRAP, 'rt_trap'],
  [RTM_F.OFFLOAD_FAILED, 'rt_offload_failed'],
];

/** PRTFL() words of print_cache_flags, in its order. */
const CACHE_FLAG_WORDS: readonly [number, string][] = [
  [RTCF.LOCAL, 'local'],
  [RTCF.REJECT, 'reject'],
  [RTCF.MULTICAST, 'mc'],
  [RTCF.BROADCAST, 'brd'],
  [RTCF.DNAT, 'dst-nat'],
  [RTCF.SNAT, 'src-nat'],
  [RTCF.MASQ, 'masq'],
  [RTCF.DIRECTDST, 'dst-direct'],
  [RTCF.DIRECTSRC, 'src-direct'],
  [RTCF.REDIRECTED, 'redirected'],
  [RTCF.DOREDIRECT, 'redirect'],
  [RTCF.FAST, 'fastroute'],
  [RTCF.NOTIFY, 'notify'],
  [RTCF.TPROXY, 'proxy'],
];

/** print_rt_flags(): nexthop/route flag words (text `word `, JSON `flags` array). */
export function printRtFlags(ctx: RouteCmdContext, flags: number): void {
  const p = ctx.printer;
  p.openJsonArray(p.isJson ? 'flags' : '');
  if (flags !== 0)
    for (let i = 0; i < RT_FLAG_WORDS.length; i++) {
      if ((flags & RT_FLAG_WORDS[i][0]) >>> 0) p.printString(PRINT_ANY, null, '%s ', RT_FLAG_WORDS[i][1]);
    }
  p.closeJsonArray();
}

/** print_cache_flags(): `\n    cache <local,brd> ` (text) or the `cache` array (JSON). */
export function printCacheFlags(ctx: RouteCmdContext, rtmFlags: number): void {
  const p = ctx.printer;
  let flags = (rtmFlags & ~0xffff) >>> 0;
  if (p.isJson) p.openJsonArray('cache');
  else {
    p.fp(`${ctx.sl}    cache `);
    if (flags === 0) return;
    p.fp('<');
  }
  for (let i = 0; i < CACHE_FLAG_WORDS.length && flags !== 0; i++) {
    const bit = CACHE_FLAG_WORDS[i][0];
    const word = CACHE_FLAG_WORDS[i][1];
    if (!((flags & bit) >>> 0)) continue;
    flags = (flags & ~bit) >>> 0;
    if (p.isJson) p.printString(PRINT_JSON, null, '%s', word);
    else p.fp(`${word}${flags ? ',' : '> '}`);
  }
  // print_hex(PRINT_ANY, "flags", "%x>", flags): a named member even inside the array.
  if (flags) p.printString(PRINT_ANY, 'flags', '%s>', flags.toString(16));
  if (p.isJson) p.closeJsonArray();
}

/** Extra rta_cacheinfo fields an engine may fill (the kernel's refcount, last use, IP id). */
interface CacheinfoExtra {
  clntref?: number;
  lastuse?: number;
  id?: number;
}

/** print_rta_cacheinfo(): `expires Nsec `, `error N `, and with `-s` users/used/age. */
export function printRtaCacheinfo(
  ctx: RouteCmdContext,
  ci: NonNullable<RouteMessage['attrs']['cacheinfo']>,
): void {
  const p = ctx.printer;
  const x = ci as typeof ci & CacheinfoExtra;
  if (ci.expires !== 0) p.printInt(PRINT_ANY, 'expires', 'expires %dsec ', Math.trunc(ci.expires / USER_HZ));
  if (ci.error !== 0) p.printUint(PRINT_ANY, 'error', 'error %u ', ci.error);
  if (ctx.opts.stats) {
    if (x.clntref) p.printUint(PRINT_ANY, 'users', 'users %u ', x.clntref);
    if (ci.used !== 0) p.printUint(PRINT_ANY, 'used', 'used %u ', ci.used);
    if (x.lastuse) p.printUint(PRINT_ANY, 'age', 'age %usec ', Math.trunc(x.lastuse / USER_HZ));
  }
  if (x.id) p.print0xhex(PRINT_ANY, 'ipid', 'ipid 0x%04llx ', x.id);
  if (ci.ts || ci.tsage) {
    p.print0xhex(PRINT_ANY, 'ts', 'ts 0x%llx', ci.ts);
    p.printUint(PRINT_ANY, 'tsage', 'tsage %usec ', ci.tsage);
  }
}

/** print_rta_flow(): `realm TO ` / `realms FROM/TO ` or the JSON `flow` object. */
export function printRtaFlow(ctx: RouteCmdContext, flow: number): void {
  const p = ctx.printer;
  const from = flow >>> 16;
  const to = flow & 0xffff;
  if (p.isJson) {
    p.openJsonObject('flow');
    if (from) p.printString(PRINT_JSON, 'from', '', ctx.names.rtrealmN2a(from));
    p.printString(PRINT_JSON, 'to', '', ctx.names.rtrealmN2a(to));
    p.closeJsonObject();
    return;
  }
  p.fp(`realm${from ? 's' : ''} `);
  if (from) p.printString(PRINT_FP, null, '%s/', ctx.names.rtrealmN2a(from));
  p.printString(PRINT_FP, null, '%s ', ctx.names.rtrealmN2a(to));
}

/** printf("%g"): six significant digits, trailing zeros dropped, exponent form outside 1e-4..1e6. */
export function formatG(v: number): string {
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(v)));
  if (exp < -4 || exp >= 6) {
    const [m, e] = v.toExponential(5).split('e');
    const mant = m.replace(/\.?0+$/, '');
    const en = Number(e);
    return `${mant}e${en < 0 ? '-' : '+'}${String(Math.abs(en)).padStart(2, '0')}`;
  }
  const s = v.toPrecision(6);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** print_rta_metrics(): RTAX values in RTAX order, `lock` words, time units; JSON `metrics`. */
export function printRtaMetrics(
  ctx: RouteCmdContext,
  metrics: NonNullable<RouteMessage['attrs']['metrics']>,
): void {
  const p = ctx.printer;
  p.openJsonArray('metrics');
  p.openJsonObject(null);
  const byIndex = new Map<number, (typeof metrics)[number]>();
  for (const m of metrics) if ((RTAX[m.name] ?? 0) >= 2) byIndex.set(RTAX[m.name], m);
  for (let i = 2; i < MX_NAMES.length; i++) {
    const m = byIndex.get(i);
    if (!m) continue;
    const name = MX_NAMES[i];
    let val = i === RTAX.congctl ? 0 : Number(m.value) >>> 0;
    if (i === RTAX.hoplimit && val === 0xffffffff) continue;
    if (!p.isJson) p.fp(`${name} ${m.locked ? 'lock ' : ''}`);
    if (i === RTAX.features) {
      // print_rtax_features()
      if (val & 1) p.printNull(PRINT_ANY, 'ecn', 'ecn ');
      if (val & ~1) p.print0xhex(PRINT_ANY, 'features', '%#llx ', val);
    } else if (i === RTAX.rtt || i === RTAX.rttvar || i === RTAX.rto_min) {
      if (i === RTAX.rtt) val = Math.trunc(val / 8);
      else if (i === RTAX.rttvar) val = Math.trunc(val / 4);
      if (p.isJson) p.printUint(PRINT_JSON, name, '', val);
      else p.fp(val >= 1000 ? `${formatG(val / 1e3)}s ` : `${val}ms `);
    } else if (i === RTAX.congctl) {
      p.printString(PRINT_ANY, 'congestion', '%s ', String(m.value));
    } else p.printUint(PRINT_ANY, name, '%u ', val);
  }
  p.closeJsonObject();
  p.closeJsonArray();
}

/** print_rta_if(): `dev NAME ` / JSON `"dev": NAME` (also for `iif`). */
export function printRtaIf(ctx: RouteCmdContext, ifindex: number, prefix: string): void {
  const p = ctx.printer;
  const name = ctx.linkName(ifindex);
  if (p.isJson) p.printString(PRINT_JSON, prefix, '', name);
  else {
    p.fp(`${prefix} `);
    p.printColorString(PRINT_FP, 'ifname', null, '%s ', name);
  }
}

/** print_rta_gateway(): `via ADDR ` / JSON `gateway`. */
export function printRtaGateway(ctx: RouteCmdContext, family: number, gw: Ip): void {
  const p = ctx.printer;
  if (p.isJson) p.printString(PRINT_JSON, 'gateway', '', formatIp(gw));
  else {
    p.fp('via ');
    p.printColorString(PRINT_FP, ifaFamilyColor(family), null, '%s ', formatIp(gw));
  }
}

/** print_rta_via(): `via inet6 ADDR ` / JSON `via: {family, host}`. */
export function printRtaVia(ctx: RouteCmdContext, via: Ip): void {
  const p = ctx.printer;
  const fam = viaFamilyOf(via);
  if (p.isJson) {
    p.openJsonObject('via');
    p.printString(PRINT_JSON, 'family', '', familyName(fam));
    p.printString(PRINT_JSON, 'host', '', formatIp(via));
    p.closeJsonObject();
  } else {
    p.printString(PRINT_FP, null, 'via %s ', familyName(fam));
    p.printColorString(PRINT_FP, ifaFamilyColor(fam), null, '%s ', formatIp(via));
  }
}

/** print_rta_multipath(): one `\n\tnexthop ...` line per hop, or the JSON `nexthops` array. */
export function printRtaMultipath(ctx: RouteCmdContext, msg: RouteMessage, hops: NexthopMessage[]): void {
  const p = ctx.printer;
  const mcCache = (msg.flags & RTM_F.CLONED) !== 0 && msg.type === RTN.MULTICAST;
  let first = true;
  p.openJsonArray('nexthops');
  for (const nh of hops) {
    p.openJsonObject(null);
    if (mcCache) {
      p.fp(first ? 'Oifs: ' : ' ');
      first = false;
    } else p.fp(`${ctx.sl}\tnexthop `);
    if (nh.gateway !== undefined) printRtaGateway(ctx, msg.family, nh.gateway);
    if (nh.via !== undefined) printRtaVia(ctx, nh.via);
    if (nh.flow !== undefined) printRtaFlow(ctx, nh.flow);
    if (mcCache) {
      p.printString(PRINT_ANY, 'dev', '%s', ctx.linkName(nh.ifindex));
      if (nh.hops !== 1) p.printInt(PRINT_ANY, 'ttl', '(ttl>%d)', nh.hops);
      p.fp(' ');
    } else {
      p.printString(PRINT_ANY, 'dev', 'dev %s ', ctx.linkName(nh.ifindex));
      p.printInt(PRINT_ANY, 'weight', 'weight %d ', nh.hops + 1);
    }
    printRtFlags(ctx, nh.flags);
    p.closeJsonObject();
  }
  p.closeJsonArray();
}
