/**
 * What addrconf does when a device changes (net/ipv6/addrconf.c addrconf_notify): link-local
 * generation (addrconf_dev_config, EUI-64), ::1 on loopback (init_loopback), restoring routes on
 * up, configuring on link-ready, and dropping everything on down (addrconf_ifdown).
 */
import { addAddr, addLocalRoute, addPrefixRoute, dadStart, noDad, tableFor } from './addrconf';
import { dropAnycast } from './addrconf-anycast';
import { fib6AddKernelRoute, fib6IfDown, fib6SyncUp } from './fib6-kernel';
import type { Host } from './host';
import { linkExtra, linkReady } from './link-state';
import type { Link } from './model';
import { RTN, TABLE } from './model';

const IP6_RT_PRIO_ADDRCONF = 256;

/** EUI-64 interface identifier from a 6-byte MAC (ipv6_generate_eui64 for Ethernet). */
function eui64(mac: number[]): bigint | null {
  if (mac.length !== 6 || mac.every((b) => b === 0)) return null;
  const b = [mac[0] ^ 2, mac[1], mac[2], 0xff, 0xfe, mac[3], mac[4], mac[5]];
  return b.reduce((acc, x) => (acc << 8n) | BigInt(x), 0n);
}

/** addrconf_dev_config(): ff00::/8, then the EUI-64 link-local address with fe80::/64. */
function addrconfDevConfig(host: Host, dev: Link): void {
  if (dev.kind === 'vrf') return; // no mroute and no link-local on L3 masters
  fib6AddKernelRoute(
    host,
    tableFor(host, dev, TABLE.LOCAL),
    RTN.MULTICAST,
    0xffn << 120n,
    8,
    dev.ifindex,
    IP6_RT_PRIO_ADDRCONF,
  );
  if (dev.addrgenmode !== 'eui64') return;
  const iid = eui64(dev.mac);
  if (iid === null) return;
  const addr = (0xfe80n << 112n) | iid;
  if (host.addrsOf(dev.ifindex, 6).some((a) => a.local === addr)) return;
  addAddr(host, dev, {
    family: 6,
    ifindex: dev.ifindex,
    local: addr,
    prefixLen: 64,
    scope: 253,
    secondary: false,
    nodad: false,
    noprefixroute: false,
    metric: 0,
    kernel: true,
  });
}

/** init_loopback() -> add_addr(): ::1/128 on `lo`, with no prefix route. */
function initLoopback6(host: Host, dev: Link): void {
  if (host.addrsOf(dev.ifindex, 6).some((a) => a.local === 1n)) return;
  addAddr(
    host,
    dev,
    {
      family: 6,
      ifindex: dev.ifindex,
      local: 1n,
      prefixLen: 128,
      scope: 254,
      secondary: false,
      nodad: false,
      noprefixroute: false,
      metric: 0,
      kernel: true,
    },
    false,
  );
}

/**
 * addrconf_notify(NETDEV_UP / NETDEV_CHANGE): restores routes of addresses added while down
 * (fixup_permanent_addr); when the link is ready the first time, configures the device and
 * finishes DAD of every tentative address (addrconf_dad_run).
 */
export function addrconfLinkEvent(host: Host, dev: Link, event: 'up' | 'change'): void {
  if ((host.sysctl.get(`net.ipv6.conf.${dev.name}.disable_ipv6`) ?? 0) !== 0) return;
  if (dev.mtu < 1280) return; // no inet6_dev below IPV6_MIN_MTU
  const x0 = linkExtra(dev);
  if (x0.inet6Dead) {
    // ipv6_add_dev(): a fresh inet6_dev takes its settings from conf/default again.
    x0.inet6Dead = false;
    const modes = ['eui64', 'none', 'stable_secret', 'random'] as const;
    dev.addrgenmode = modes[host.sysctl.get('net.ipv6.conf.default.addr_gen_mode') ?? 0] ?? 'eui64';
  }
  if (event === 'up')
    for (const a of host.addrsOf(dev.ifindex, 6)) {
      if (!a.tentative) addLocalRoute(host, dev, a);
      if (!a.kernel || a.local !== 1n) addPrefixRoute(host, dev, a);
    }
  const x = linkExtra(dev);
  if (x.inet6Ready || !linkReady(host, dev)) return;
  x.inet6Ready = true;
  if (dev.kind === 'loopback') initLoopback6(host, dev);
  else addrconfDevConfig(host, dev);
  for (const a of host.addrsOf(dev.ifindex, 6)) dadStart(host, dev, a);
  fib6SyncUp(host, dev.ifindex); // rt6_sync_up(dev, RTNH_F_DEAD)
}

/** addrconf_notify(NETDEV_CHANGEMTU): below 1280 IPv6 stops; back above, it starts afresh. */
export function addrconfMtuChange(host: Host, dev: Link): void {
  if (dev.mtu < 1280) addrconfIfdown(host, dev, dev.kind !== 'loopback');
  else if (linkExtra(dev).inet6Dead) addrconfLinkEvent(host, dev, 'change');
}

/**
 * addrconf_ifdown(): on down (keep_addr_on_down off) or unregister, every IPv6 address of the
 * device goes, with every IPv6 route through it (rt6_disable_ip).
 */
export function addrconfIfdown(host: Host, dev: Link, unregister: boolean): void {
  const keepAll = host.sysctl.get('net.ipv6.conf.all.keep_addr_on_down') ?? 0;
  const keepDev = host.sysctl.get(`net.ipv6.conf.${dev.name}.keep_addr_on_down`) ?? 0;
  const keep = !unregister && (keepAll || keepDev) > 0;
  linkExtra(dev).inet6Ready = false;
  if (unregister) linkExtra(dev).inet6Dead = true;
  fib6IfDown(host, dev.ifindex, unregister);
  dropAnycast(dev);
  for (const a of host.addrsOf(dev.ifindex, 6)) {
    if (keep && !a.kernel) {
      a.tentative = !a.nodad && !noDad(host, dev);
      continue;
    }
    host.addrs.splice(host.addrs.indexOf(a), 1);
  }
}

/**
 * dev_disable_change(): writing net.ipv6.conf.DEV.disable_ipv6 acts like NETDEV_DOWN (1: every
 * IPv6 address and route of the device goes) or NETDEV_UP (0: link-local and routes come back).
 * The sysctl writer must call this after storing the new value (for `all`, once per device).
 */
export function addrconfDisableIpv6(host: Host, dev: Link, disabled: boolean): void {
  if (disabled) addrconfIfdown(host, dev, false);
  else if (dev.up) addrconfLinkEvent(host, dev, 'up');
}
