/**
 * Subnet-router anycast addresses (RFC 4291 2.6.1) that IPv6 forwarding brings: each address's
 * prefix with zero host bits is joined on its device (addrconf_join_anycast, __ipv6_dev_ac_inc),
 * which adds `anycast PREFIX:: dev D table local proto kernel metric 0` on the first join.
 */
import { fib6AddKernelRoute, fib6DelWhere } from './fib6-kernel';
import type { Host } from './host';
import { maskIp } from './ip';
import { l3mdevTable } from './link-state';
import type { IfAddr, Link } from './model';
import { RTN, TABLE } from './model';

const joined = new WeakMap<Link, Map<bigint, number>>();

/** idev->cnf.forwarding of the device. */
export function ipv6Forwarding(host: Host, dev: Link): boolean {
  return (host.sysctl.get(`net.ipv6.conf.${dev.name}.forwarding`) ?? 0) !== 0;
}

function anycastOf(ifa: IfAddr): bigint | null {
  if (ifa.prefixLen >= 127) return null;
  const a = maskIp(ifa.local, ifa.prefixLen) as bigint;
  return a === 0n ? null : a;
}

/** addrconf_join_anycast(): one more user of the address's subnet-router anycast. */
export function joinAnycast(host: Host, dev: Link, ifa: IfAddr): void {
  const a = anycastOf(ifa);
  if (a === null) return;
  let m = joined.get(dev);
  if (!m) joined.set(dev, (m = new Map()));
  const n = (m.get(a) ?? 0) + 1;
  m.set(a, n);
  if (n === 1)
    fib6AddKernelRoute(host, l3mdevTable(host, dev) || TABLE.LOCAL, RTN.ANYCAST, a, 128, dev.ifindex, 0);
}

/** addrconf_leave_anycast(): one user less; the route goes with the last one. */
export function leaveAnycast(host: Host, dev: Link, ifa: IfAddr): void {
  const a = anycastOf(ifa);
  const m = joined.get(dev);
  if (a === null || !m || !m.has(a)) return;
  const n = m.get(a)! - 1;
  if (n > 0) {
    m.set(a, n);
    return;
  }
  m.delete(a);
  fib6DelWhere(
    host,
    (r) => r.type === RTN.ANYCAST && r.dst === a && r.dstLen === 128 && r.nexthops[0]?.dev === dev.ifindex,
  );
}

/** Forgets the device's anycast joins (its routes went with addrconf_ifdown). */
export function dropAnycast(dev: Link): void {
  joined.delete(dev);
}

/**
 * dev_forward_change(): after net.ipv6.conf.DEV.forwarding changed, every settled address joins
 * (forwarding on) or leaves (off) its anycast. The sysctl writer calls this per changed device,
 * in device order (addrconf_forward_change for `all`).
 */
export function addrconfForwardChange(host: Host, dev: Link): void {
  const on = ipv6Forwarding(host, dev);
  for (const ifa of host.addrsOf(dev.ifindex, 6)) {
    if (ifa.tentative) continue;
    if (on) joinAnycast(host, dev, ifa);
    else leaveAnycast(host, dev, ifa);
  }
}
