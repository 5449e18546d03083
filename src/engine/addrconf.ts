/**
 * IPv6 addresses and the routes they bring (net/ipv6/addrconf.c): inet6_addr_add/del, the local
 * and prefix routes, DAD. DAD is simulated as already finished: an address is tentative only while
 * its device is not ready. Device events (up, link ready, down, MTU) are in ./addrconf-dev.
 */
import { EADDRNOTAVAIL, EEXIST, EINVAL, ENODEV, fail, ok, type KResult } from './errors';
import { ipv6Forwarding, joinAnycast, leaveAnycast } from './addrconf-anycast';
import { fib6AddKernelRoute, fib6DelWhere } from './fib6-kernel';
import type { Host } from './host';
import { maskIp, prefixContains } from './ip';
import { DRIVERS, IFF, l3mdevTable, linkExtra } from './link-state';
import type { IfAddr, Link } from './model';
import { RTN, TABLE } from './model';
import { IFA_F, NLM_F, type AddrMessage } from './netlink';

const IP6_RT_PRIO_ADDRCONF = 256;

const extraFlags = new WeakMap<IfAddr, number>();

/** IFA_F_* bits an IPv6 address keeps beyond the model's fields (home, mngtmpaddr, autojoin). */
export function ifaExtraFlags(ifa: IfAddr): number {
  return extraFlags.get(ifa) ?? 0;
}
const INFINITY_LIFE_TIME = 0xffffffff;

/** RT_SCOPE_* of an IPv6 address as inet6_fill_ifaddr reports it (rt_scope of ipv6_addr_scope). */
export function ipv6RtScope(a: bigint): number {
  if (a === 1n) return 254;
  if (a >> 118n === 0x3fan) return 253; // fe80::/10
  if (a >> 118n === 0x3fbn) return 200; // fec0::/10
  return 0;
}

/** ipv6_addr_src_scope(): IPV6_ADDR_SCOPE_* (1 node, 2 link, 5 site, 14 global) of a unicast address. */
export function ipv6SrcScope(a: bigint): number {
  if (a >> 120n === 0xffn) return Number((a >> 112n) & 0xfn);
  const s = ipv6RtScope(a);
  return s === 254 ? 1 : s === 253 ? 2 : s === 200 ? 5 : 14;
}

/** True when DAD is skipped on the device (addrconf_dad_begin: NOARP, LOOPBACK or accept_dad off). */
export function noDad(host: Host, dev: Link): boolean {
  if (DRIVERS[dev.kind].flags & (IFF.NOARP | IFF.LOOPBACK)) return true;
  const all = host.sysctl.get('net.ipv6.conf.all.accept_dad') ?? 1;
  const own = host.sysctl.get(`net.ipv6.conf.${dev.name}.accept_dad`) ?? 1;
  return all < 1 && own < 1;
}

/** Inserts into the device list sorted by scope, wider first, newest first (ipv6_link_dev_addr). */
function linkDevAddr(host: Host, ifa: IfAddr): void {
  const list = host.addrsOf(ifa.ifindex, 6);
  const s = ipv6SrcScope(ifa.local as bigint);
  const before = list.find((a) => s >= ipv6SrcScope(a.local as bigint));
  if (before) host.addrs.splice(host.addrs.indexOf(before), 0, ifa);
  else if (list.length) host.addrs.splice(host.addrs.indexOf(list[list.length - 1]) + 1, 0, ifa);
  else host.addrs.push(ifa);
}

export /** The table a device's IPv6 kernel routes go to: its VRF's, else `fallback`. */
function tableFor(host: Host, dev: Link, fallback: number): number {
  return l3mdevTable(host, dev) || fallback;
}

/** The local route of an address (addrconf_f6i_alloc + ip6_ins_rt), added when DAD completes. */
export function addLocalRoute(host: Host, dev: Link, ifa: IfAddr): void {
  fib6AddKernelRoute(
    host,
    tableFor(host, dev, TABLE.LOCAL),
    RTN.LOCAL,
    ifa.local as bigint,
    128,
    dev.ifindex,
    0,
  );
}

/** addrconf_prefix_route(): fails (silently) while the device is down. */
export function addPrefixRoute(host: Host, dev: Link, ifa: IfAddr): void {
  if (!dev.up || ifa.noprefixroute) return;
  const dst = maskIp(ifa.local, ifa.prefixLen) as bigint;
  fib6AddKernelRoute(
    host,
    tableFor(host, dev, TABLE.MAIN),
    RTN.UNICAST,
    dst,
    ifa.prefixLen,
    dev.ifindex,
    ifa.metric || IP6_RT_PRIO_ADDRCONF,
    ifa.validLft, // RTF_EXPIRES with the address's valid lifetime
  );
}

/** addrconf_dad_begin/_completed as settled: tentative ends (local route in) once the link is ready. */
export function dadStart(host: Host, dev: Link, ifa: IfAddr): void {
  if (!ifa.tentative) return;
  if (ifa.nodad || noDad(host, dev) || linkExtra(dev).inet6Ready) {
    ifa.tentative = false;
    addLocalRoute(host, dev, ifa);
    if (ipv6Forwarding(host, dev)) joinAnycast(host, dev, ifa); // __ipv6_ifa_notify(RTM_NEWADDR)
  }
}

/** ipv6_add_addr() + inet6_addr_add(): list insertion, prefix route, DAD. */
export function addAddr(host: Host, dev: Link, ifa: IfAddr, prefixRoute = true): void {
  ifa.tentative = true;
  linkDevAddr(host, ifa);
  if (prefixRoute) addPrefixRoute(host, dev, ifa);
  dadStart(host, dev, ifa);
}

/** RTM_NEWADDR for AF_INET6 (inet6_rtm_newaddr). */
export function inet6AddrAdd(host: Host, msg: AddrMessage, nlflags: number): KResult {
  const pfx = (msg.attrs.local ?? msg.attrs.address) as bigint | undefined;
  if (pfx === undefined || msg.prefixLen > 128) return fail(EINVAL);
  const dev = host.link(msg.ifindex);
  if (!dev) return fail(ENODEV);
  const flags = msg.attrs.flags ?? msg.flags;
  const ci = msg.attrs.cacheinfo;
  if (ci && (ci.valid === 0 || ci.preferred > ci.valid)) return fail(EINVAL);
  const existing = host.addrsOf(dev.ifindex, 6).find((a) => a.local === pfx);
  if (existing) {
    if (nlflags & NLM_F.EXCL || !(nlflags & NLM_F.REPLACE))
      return fail(EEXIST, 'ipv6: address already assigned');
    if (ci) {
      existing.validLft = ci.valid === INFINITY_LIFE_TIME ? undefined : ci.valid;
      existing.preferredLft = ci.preferred === INFINITY_LIFE_TIME ? undefined : ci.preferred;
    }
    return ok(undefined);
  }
  if (pfx >> 120n === 0xffn || pfx === 0n) return fail(EINVAL);
  const ifa: IfAddr = {
    family: 6,
    ifindex: dev.ifindex,
    local: pfx,
    prefixLen: msg.prefixLen,
    scope: ipv6RtScope(pfx),
    secondary: false,
    nodad: (flags & IFA_F.NODAD) !== 0,
    noprefixroute: (flags & IFA_F.NOPREFIXROUTE) !== 0,
    metric: msg.attrs.rtPriority ?? 0,
    validLft: ci && ci.valid !== INFINITY_LIFE_TIME ? ci.valid : undefined,
    preferredLft: ci && ci.preferred !== INFINITY_LIFE_TIME ? ci.preferred : undefined,
  };
  if (
    msg.attrs.local !== undefined &&
    msg.attrs.address !== undefined &&
    msg.attrs.address !== msg.attrs.local
  )
    ifa.peer = msg.attrs.address;
  const extra = flags & (IFA_F.HOMEADDRESS | IFA_F.MANAGETEMPADDR | IFA_F.MCAUTOJOIN);
  if (extra) extraFlags.set(ifa, extra);
  addAddr(host, dev, ifa);
  return ok(undefined);
}

/** RTM_DELADDR for AF_INET6 (inet6_addr_del): same address and prefix length. */
export function inet6AddrDel(host: Host, msg: AddrMessage): KResult {
  const pfx = (msg.attrs.local ?? msg.attrs.address) as bigint | undefined;
  if (pfx === undefined) return fail(EINVAL);
  const dev = host.link(msg.ifindex);
  if (!dev) return fail(ENODEV, 'ipv6: Unable to find the interface');
  const ifa = host.addrsOf(dev.ifindex, 6).find((a) => a.local === pfx && a.prefixLen === msg.prefixLen);
  if (!ifa) return fail(EADDRNOTAVAIL, 'ipv6: address not found');
  ipv6DelAddr(host, dev, ifa);
  return ok(undefined);
}

/** ipv6_del_addr(): the address, its local route, and the prefix route if no sibling needs it. */
function ipv6DelAddr(host: Host, dev: Link, ifa: IfAddr): void {
  const i = host.addrs.indexOf(ifa);
  if (i >= 0) host.addrs.splice(i, 1);
  if (!ifa.tentative && ipv6Forwarding(host, dev)) leaveAnycast(host, dev, ifa);
  fib6DelWhere(
    host,
    (r) =>
      r.type === RTN.LOCAL && r.dstLen === 128 && r.dst === ifa.local && r.nexthops[0]?.dev === dev.ifindex,
  );
  if (ifa.noprefixroute) return;
  const keep = host
    .addrsOf(dev.ifindex, 6)
    .some(
      (a) =>
        a.prefixLen === ifa.prefixLen &&
        !a.noprefixroute &&
        prefixContains(ifa.local, ifa.prefixLen, a.local),
    );
  if (keep) return;
  const dst = maskIp(ifa.local, ifa.prefixLen);
  const tb = tableFor(host, dev, TABLE.MAIN);
  fib6DelWhere(
    host,
    (r) =>
      r.table === tb &&
      r.type === RTN.UNICAST &&
      r.dst === dst &&
      r.dstLen === ifa.prefixLen &&
      r.protocol === 2 &&
      r.nexthops.length === 1 &&
      r.nexthops[0].dev === dev.ifindex &&
      r.nexthops[0].gateway === undefined,
  );
}
