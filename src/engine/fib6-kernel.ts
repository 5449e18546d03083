/**
 * IPv6 routes the kernel adds for addresses and devices (addrconf_prefix_route, addrconf_f6i_alloc,
 * addrconf_add_mroute), inserted as fib6_add_rt2node orders a node's routes: by metric, a new route
 * after every route of equal metric; an identical nexthop is EEXIST (ignored by the callers).
 */
import type { Host } from './host';
import type { Route } from './model';
import { markDead, reviveOn, rewriteRoutesVia } from './fib-nh-sync';
import { RTPROT } from './model';

/** Adds a proto-kernel IPv6 route with one nexthop on `dev`; false when it already existed. */
export function fib6AddKernelRoute(
  host: Host,
  tableId: number,
  type: number,
  dst: bigint,
  dstLen: number,
  dev: number,
  metric: number,
  expires?: number,
): boolean {
  const route: Route = {
    family: 6,
    table: tableId,
    dst,
    dstLen,
    tos: 0,
    type,
    protocol: RTPROT.KERNEL,
    scope: 0,
    priority: metric,
    nexthops: [{ dev, weight: 1, onlink: false }],
    multipath: false,
    metrics: [],
    pref: 0,
    seq: host.nextSeq(),
  };
  if (expires !== undefined) route.expires = expires;
  return fib6InsertOrdered(host, route);
}

/** fib6_add_rt2node for a gateway-less route: before the first higher metric; duplicates refused. */
export function fib6InsertOrdered(host: Host, route: Route): boolean {
  const table = host.table(6, route.table, true);
  const node = table.node(route.dst, route.dstLen);
  const list = node ? node.routes : [];
  let at = list.length;
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    if (r.priority === route.priority) {
      const a = r.nexthops[0];
      const b = route.nexthops[0];
      if (r.nexthops.length === 1 && a && b && a.dev === b.dev && a.gateway === b.gateway) return false;
    }
    if (r.priority > route.priority) {
      at = i;
      break;
    }
  }
  table.insertAt(route, at);
  return true;
}

/** Deletes the IPv6 routes for which `pred` holds, in every table. */
export function fib6DelWhere(host: Host, pred: (r: Route) => boolean): void {
  for (const tb of host.tables[6].values()) tb.removeWhere(pred);
}

/**
 * rt6_sync_down_dev() / fib6_ifdown(): routes through `dev` go. A multipath route only loses its
 * hop on NETDEV_UNREGISTER; on NETDEV_DOWN the hop is marked dead and the route goes once every
 * hop is dead.
 */
export function fib6IfDown(host: Host, dev: number, unregister: boolean): void {
  rewriteRoutesVia(host, 6, dev, (r) => {
    if (r.nexthops.length <= 1) return 'remove';
    const nhs = unregister
      ? r.nexthops.filter((nh) => nh.dev !== dev).map((nh) => ({ ...nh }))
      : markDead(r.nexthops, dev);
    return nhs.length === 0 || nhs.every((nh) => nh.dead) ? 'remove' : nhs;
  });
}

/** rt6_sync_up(dev, RTNH_F_DEAD): hops through a device that came up are alive again. */
export function fib6SyncUp(host: Host, dev: number): void {
  rewriteRoutesVia(host, 6, dev, (r) => reviveOn(r.nexthops, dev) ?? 'keep');
}
