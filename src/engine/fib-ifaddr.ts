/**
 * The IPv4 routes the kernel derives from interface addresses and device state
 * (net/ipv4/fib_frontend.c: fib_magic, fib_add_ifaddr, fib_del_ifaddr, fib_disable_ip;
 * net/ipv4/fib_semantics.c: fib_sync_down_dev, fib_sync_up, fib_sync_down_addr).
 */
import { fib4FindForDelete, fib4Insert } from './fib-insert';
import type { Host } from './host';
import { maskIp, maskOf } from './ip';
import { l3mdevTable } from './link-state';
import { markDead, reviveOn, rewriteRoutesVia } from './fib-nh-sync';
import type { IfAddr, Link, Route } from './model';
import { RTN, RTPROT, SCOPE, TABLE } from './model';
import { NLM_F } from './netlink';

/** ifa_address: the peer for point-to-point addresses, else the local address. */
export function ifaAddress(a: IfAddr): number {
  return (a.peer ?? a.local) as number;
}

/** ifa_mask as a number. */
export function ifaMask(a: IfAddr): number {
  return maskOf(4, a.prefixLen) as number;
}

/** inet_ifa_match(addr, ifa): `addr` is in the subnet of `ifa`. */
export function ifaMatch(addr: number, a: IfAddr): boolean {
  return ((addr ^ ifaAddress(a)) & ifaMask(a)) >>> 0 === 0;
}

/** ifa_broadcast, 0 when none. */
function ifaBroadcast(a: IfAddr): number {
  return (a.broadcast as number | undefined) ?? 0;
}

/** inet_ifa_byprefix(): the first address of the device in subnet prefix/mask. */
export function ifaByPrefix(
  host: Host,
  ifindex: number,
  prefix: number,
  prefixLen: number,
): IfAddr | undefined {
  return host.addrsOf(ifindex, 4).find((a) => a.prefixLen === prefixLen && ifaMatch(prefix, a));
}

/** fib_magic(): a kernel route add/delete with NLM_F_CREATE|NLM_F_APPEND and proto kernel. */
function fibMagic(
  host: Host,
  add: boolean,
  type: number,
  dst: number,
  dstLen: number,
  prim: IfAddr,
  priority: number,
): void {
  const dev = host.link(prim.ifindex);
  if (!dev) return;
  const tbId = l3mdevTable(host, dev) || (type === RTN.UNICAST ? TABLE.MAIN : TABLE.LOCAL);
  const table = host.table(4, tbId, true);
  const scope = type !== RTN.LOCAL ? SCOPE.LINK : SCOPE.HOST;
  const key = maskIp(dst, dstLen) as number;
  if (add) {
    const route: Route = {
      family: 4,
      table: tbId,
      dst: key,
      dstLen,
      tos: 0,
      type,
      protocol: RTPROT.KERNEL,
      scope,
      prefsrc: prim.local,
      priority,
      // fib_check_nh_nongw: a link-scope nexthop has scope host, as a user route's has (same fib_info).
      nexthops: [
        {
          dev: dev.ifindex,
          weight: 1,
          onlink: false,
          ...(scope === SCOPE.LINK ? { scope: SCOPE.HOST } : {}),
        },
      ],
      multipath: false,
      metrics: [],
      seq: host.nextSeq(),
    };
    fib4Insert(table, route, NLM_F.CREATE | NLM_F.APPEND); // EEXIST for a route already there is ignored
    return;
  }
  const found = fib4FindForDelete(table, {
    dst: key,
    dstLen,
    tos: 0,
    type,
    scope,
    prefsrc: prim.local,
    protocol: RTPROT.KERNEL,
    dev: dev.ifindex,
  });
  if (found.ok) table.remove(found.value);
}

/** fib_add_ifaddr(): local route always; broadcast and prefix routes when the device is up. */
export function fibAddIfaddr(host: Host, ifa: IfAddr): void {
  const dev = host.link(ifa.ifindex);
  if (!dev) return;
  const mask = ifaMask(ifa);
  const addr = ifa.local as number;
  const prefix = (ifaAddress(ifa) & mask) >>> 0;
  let prim = ifa;
  if (ifa.secondary) {
    const p = ifaByPrefix(host, ifa.ifindex, prefix, ifa.prefixLen);
    if (!p) return;
    prim = p;
  }
  fibMagic(host, true, RTN.LOCAL, addr, 32, prim, 0);
  if (!dev.up) return;
  const brd = ifaBroadcast(ifa);
  if (brd && brd !== 0xffffffff) fibMagic(host, true, RTN.BROADCAST, brd, 32, prim, 0);
  if (prefix !== 0 && !ifa.secondary && (prefix !== addr || ifa.prefixLen < 32)) {
    if (!ifa.noprefixroute)
      fibMagic(
        host,
        true,
        dev.kind === 'loopback' ? RTN.LOCAL : RTN.UNICAST,
        prefix,
        ifa.prefixLen,
        prim,
        ifa.metric,
      );
    if (ifa.prefixLen < 31) fibMagic(host, true, RTN.BROADCAST, (prefix | ~mask) >>> 0, 32, prim, 0);
  }
}

/**
 * fib_del_ifaddr(ifa, iprim): removes the routes of a deleted (or re-primaried) address, keeping
 * local/broadcast routes other addresses with the same primary still need.
 */
export function fibDelIfaddr(host: Host, ifa: IfAddr, iprim?: IfAddr): void {
  const dev = host.link(ifa.ifindex);
  if (!dev) return;
  const mask = ifaMask(ifa);
  const brd = (ifaAddress(ifa) | ~mask) >>> 0;
  const any = (ifaAddress(ifa) & mask) >>> 0;
  const LOCAL_OK = 1,
    BRD_OK = 2,
    BRD0_OK = 4,
    BRD1_OK = 8;
  let ok = 0;
  let subnet = false;
  let gone = true;
  let sameSrc = false;
  let prim: IfAddr = ifa;
  if (ifa.secondary) {
    const p = ifaByPrefix(host, ifa.ifindex, any, ifa.prefixLen);
    if (!p || (iprim && iprim !== p)) return;
    prim = p;
  } else if (any !== 0 && (any !== ifa.local || ifa.prefixLen < 32)) {
    if (!ifa.noprefixroute)
      fibMagic(host, false, dev.kind === 'loopback' ? RTN.LOCAL : RTN.UNICAST, any, ifa.prefixLen, prim, 0);
    subnet = true;
  }
  let prim1: IfAddr | undefined;
  for (const ifa1 of host.addrsOf(ifa.ifindex, 4)) {
    if (ifa1 === ifa) {
      gone = false; // promotion keeps the address
      continue;
    }
    if (iprim && ifa1.prefixLen === iprim.prefixLen && ifaMatch(ifaAddress(ifa1), iprim)) continue;
    if (ifa1.secondary) {
      if (ifa1.prefixLen === prim.prefixLen && ifaMatch(ifaAddress(ifa1), prim)) prim1 = prim;
      else {
        if (!sameSrc) continue;
        if (!prim1 || ifa1.prefixLen !== prim1.prefixLen || !ifaMatch(ifaAddress(ifa1), prim1))
          prim1 = ifaByPrefix(host, ifa.ifindex, ifaAddress(ifa1), ifa1.prefixLen);
        if (!prim1 || prim1.local !== prim.local) continue;
      }
    } else {
      if (prim.local !== ifa1.local) continue;
      prim1 = ifa1;
      if (prim !== prim1) sameSrc = true;
    }
    if (ifa.local === ifa1.local) ok |= LOCAL_OK;
    if (ifaBroadcast(ifa) === ifaBroadcast(ifa1)) ok |= BRD_OK;
    if (brd === ifaBroadcast(ifa1)) ok |= BRD1_OK;
    if (any === ifaBroadcast(ifa1)) ok |= BRD0_OK;
    if (prim1 === ifa1 && ifa1.prefixLen < 31) {
      const m1 = ifaMask(ifa1);
      const brd1 = (ifaAddress(ifa1) | ~m1) >>> 0;
      const any1 = (ifaAddress(ifa1) & m1) >>> 0;
      if (any1 !== 0) {
        if (ifaBroadcast(ifa) === brd1 || ifaBroadcast(ifa) === any1) ok |= BRD_OK;
        if (brd === brd1 || brd === any1) ok |= BRD1_OK;
        if (any === brd1 || any === any1) ok |= BRD0_OK;
      }
    }
  }
  if (!(ok & BRD_OK)) fibMagic(host, false, RTN.BROADCAST, ifaBroadcast(ifa), 32, prim, 0);
  if (subnet && ifa.prefixLen < 31) {
    if (!(ok & BRD1_OK)) fibMagic(host, false, RTN.BROADCAST, brd, 32, prim, 0);
    if (!(ok & BRD0_OK)) fibMagic(host, false, RTN.BROADCAST, any, 32, prim, 0);
  }
  if (!(ok & LOCAL_OK)) {
    fibMagic(host, false, RTN.LOCAL, ifa.local as number, 32, prim, 0);
    // inet_addr_type_dev_table: is the address still local (another device has it)?
    const tb = host.table(4, l3mdevTable(host, dev) || TABLE.LOCAL);
    const still = tb?.node(ifa.local, 32)?.routes.some((r) => r.type === RTN.LOCAL) ?? false;
    if (gone && !still) fibSyncDownAddr(host, dev, ifa.local as number);
  }
}

/** fib_sync_down_addr() + fib_flush(): routes of the device's main table using `local` as prefsrc die. */
function fibSyncDownAddr(host: Host, dev: Link, local: number): void {
  const tb = host.table(4, l3mdevTable(host, dev) || TABLE.MAIN);
  tb?.removeWhere((r) => r.prefsrc === local);
}

/**
 * fib_sync_down_dev() + fib_flush(): nexthops through `dev` die; a route whose nexthops are all
 * dead is deleted. Without `force`, host-scope routes (local addresses) survive (nh scope NOWHERE);
 * with `unregister` a route with any hop through the device is deleted whole.
 */
export function fibSyncDownDev(host: Host, dev: Link, force: boolean, unregister = false): void {
  rewriteRoutesVia(host, 4, dev.ifindex, (r) => {
    if (!force && r.scope === SCOPE.HOST) return 'keep';
    if (unregister) return 'remove'; // NETDEV_UNREGISTER kills the whole fib_info
    const nhs = markDead(r.nexthops, dev.ifindex);
    return nhs.every((nh) => nh.dead) ? 'remove' : nhs;
  });
}

/** fib_sync_up(dev, RTNH_F_DEAD): dead nexthops through a device that came back up revive. */
export function fibSyncUp(host: Host, dev: Link): void {
  if (!dev.up) return;
  rewriteRoutesVia(host, 4, dev.ifindex, (r) => reviveOn(r.nexthops, dev.ifindex) ?? 'keep');
}

/** fib_netdev_event(NETDEV_UP): every address's routes, then fib_sync_up. */
export function fibNetdevUp(host: Host, dev: Link): void {
  for (const a of host.addrsOf(dev.ifindex, 4)) fibAddIfaddr(host, a);
  fibSyncUp(host, dev);
}
