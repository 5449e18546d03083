/**
 * Source address selection: IPv4 inet_select_addr (net/ipv4/devinet.c) and IPv6
 * ipv6_dev_get_saddr (net/ipv6/addrconf.c, the RFC 6724 rules as the kernel orders them).
 */
import { ifaMatch } from './fib-ifaddr';
import type { Host } from './host';
import { prefixContains } from './ip';
import { ipv6SrcScope } from './addrconf';
import type { IfAddr, Link } from './model';
import { SCOPE } from './model';

function vrfMasterOf(host: Host, dev: Link | undefined): number {
  if (!dev) return 0;
  if (dev.kind === 'vrf') return dev.ifindex;
  const m = dev.master !== undefined ? host.link(dev.master) : undefined;
  return m?.kind === 'vrf' ? m.ifindex : 0;
}

function localnetScope(host: Host, dev: Link): number {
  return host.sysctl.ipv4Dev(dev.name, 'route_localnet') ? SCOPE.LINK : SCOPE.HOST;
}

/** in_dev_select_addr(): the first primary address within `scope` that is not link scope. */
function inDevSelectAddr(host: Host, dev: Link, scope: number): number {
  const ln = localnetScope(host, dev);
  for (const a of host.addrsOf(dev.ifindex, 4)) {
    if (a.secondary) continue;
    if (Math.min(a.scope, ln) <= scope && a.scope !== SCOPE.LINK) return a.local as number;
  }
  return 0;
}

/**
 * inet_select_addr(dev, dst, scope): on `ifindex`, the first primary address in the subnet of
 * `dst` (or the first eligible one); else the VRF master's, else the first suitable primary of any
 * device in the same L3 domain, in device order. 0 when there is none.
 */
export function inetSelectAddr(host: Host, ifindex: number, dst: number, scope: number): number {
  const dev = host.link(ifindex);
  let addr = 0;
  if (dev) {
    let ln = -1;
    // host.addrsOf(ifindex, 4) read in place (no list per call: the route get hot path).
    const addrs = host.addrs;
    for (let i = 0; i < addrs.length; i++) {
      const a = addrs[i];
      if (a.ifindex !== ifindex || a.family !== 4 || a.secondary) continue;
      if (ln < 0) ln = localnetScope(host, dev);
      if (Math.min(a.scope, ln) > scope) continue;
      if (!dst || ifaMatch(dst, a)) return a.local as number;
      if (!addr) addr = a.local as number;
    }
    if (addr) return addr;
  }
  const master = vrfMasterOf(host, dev);
  if (master && dev && dev.ifindex !== master) {
    const m = host.link(master);
    if (m) {
      addr = inDevSelectAddr(host, m, scope);
      if (addr) return addr;
    }
  }
  for (const l of host.links.values()) {
    if (vrfMasterOf(host, l) !== master) continue;
    addr = inDevSelectAddr(host, l, scope);
    if (addr) return addr;
  }
  return 0;
}

/** ipv6_addr_label(): the default policy table of RFC 6724 as net/ipv6/addrlabel.c has it. */
function addrLabel(a: bigint): number {
  const table: [bigint, number, number][] = [
    [1n, 128, 0],
    [0xffffn << 32n, 96, 4],
    [0n, 96, 3],
    [0x2001n << 112n, 32, 6],
    [0x20010010n << 96n, 28, 7],
    [0x2002n << 112n, 16, 2],
    [0x3ffen << 112n, 16, 12],
    [0xfecn << 116n, 10, 11],
    [0xfcn << 120n, 7, 5],
    [0x5fn << 120n, 8, 13],
  ];
  let best = -1;
  let label = 1; // ::/0
  for (const [p, len, l] of table)
    if (len > best && prefixContains(p, len, a)) {
      best = len;
      label = l;
    }
  return label;
}

function isOrchid(a: bigint): boolean {
  return prefixContains(0x20010010n << 96n, 28, a);
}

/** Number of leading bits two addresses share (ipv6_addr_diff). */
function commonBits(a: bigint, b: bigint): number {
  let x = a ^ b;
  let n = 128;
  while (x) {
    x >>= 1n;
    n--;
  }
  return n;
}

interface Dst {
  addr: bigint;
  scope: number;
  label: number;
  ifindex: number;
}

/** The value of rule `i` for candidate `ifa` (ipv6_get_saddr_eval); higher is better. */
function evalRule(i: number, ifa: IfAddr, dst: Dst): number {
  const a = ifa.local as bigint;
  switch (i) {
    case 0: // RULE_LOCAL: the destination itself
      return a === dst.addr ? 1 : 0;
    case 1: {
      // RULE_SCOPE: smallest scope that is enough, else the largest
      const s = ipv6SrcScope(a);
      return s >= dst.scope ? -s : s - 128;
    }
    case 2: // RULE_PREFERRED: not deprecated
      return ifa.preferredLft === 0 ? 0 : 1;
    case 3: // RULE_OIF
      return !dst.ifindex || dst.ifindex === ifa.ifindex ? 1 : 0;
    case 4: // RULE_LABEL
      return addrLabel(a) === dst.label ? 1 : 0;
    case 5: // RULE_ORCHID
      return isOrchid(a) === isOrchid(dst.addr) ? 1 : 0;
    default: // RULE_PREFIX: longest matching prefix, capped at the prefix length
      return Math.min(commonBits(a, dst.addr), ifa.prefixLen);
  }
}

/**
 * ipv6_dev_get_saddr(net, dst_dev, daddr): the best source for `dst` leaving through `ifindex`
 * (0 = none). Link-local and multicast destinations only consider the output device's addresses.
 * Undefined = EADDRNOTAVAIL.
 */
export function ipv6DevGetSaddr(host: Host, ifindex: number, dst: bigint): bigint | undefined {
  const dev = ifindex ? host.link(ifindex) : undefined;
  const d: Dst = {
    addr: dst,
    scope: dst === 0n ? -1 : ipv6SrcScope(dst),
    label: addrLabel(dst),
    ifindex: dev ? ifindex : 0,
  };
  const multicast = dst >> 120n === 0xffn;
  let devices: Link[];
  if (dev && (multicast || d.scope <= 2)) devices = [dev];
  else {
    const master = vrfMasterOf(host, dev);
    devices = [...host.links.values()].filter((l) => vrfMasterOf(host, l) === master);
    if (master && dev) devices = [dev, ...devices.filter((l) => l !== dev)];
  }
  let best: IfAddr | undefined;
  for (const l of devices) {
    for (const ifa of host.addrsOf(l.ifindex, 6)) {
      if (ifa.tentative) continue;
      if (!best) {
        best = ifa;
        continue;
      }
      for (let i = 0; i < 7; i++) {
        const hi = evalRule(i, best, d);
        const mine = evalRule(i, ifa, d);
        if (hi > mine) break;
        if (hi < mine) {
          best = ifa;
          break;
        }
      }
    }
  }
  return best?.local as bigint | undefined;
}
