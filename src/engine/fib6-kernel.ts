/**
 * IPv6 routes the kernel adds for addresses and devices (addrconf_prefix_route, addrconf_f6i_alloc,
 * addrconf_add_mroute), inserted as fib6_add_rt2node orders a node's routes: by metric, a new route
 * after every route of equal metric; an identical nexthop is EEXIST (ignored by the callers).
 */
import type { Host } from './host';
import type { Route } from './model';
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

/**
 * Deletes IPv6 routes for which `pred` holds, in every table. With `dev`, a multipath route loses
 * only its hops through `dev` (each hop is its own fib6_info sibling in the kernel).
 */
export function fib6DelWhere(host: Host, pred: (r: Route) => boolean, dev?: number): void {
  for (const tb of host.tables[6].values()) {
    // Table routes are read-only views (FibAlias): a trimmed multipath route is re-inserted.
    for (const r of [...tb.routes()]) {
      if (!pred(r)) continue;
      const keep = dev === undefined ? [] : r.nexthops.filter((nh) => nh.dev !== dev);
      const node = tb.node(r.dst, r.dstLen);
      const at = node ? node.routes.indexOf(r) : 0;
      tb.remove(r);
      if (keep.length) tb.insertAt({ ...r.toRoute(), nexthops: keep, multipath: keep.length > 1 }, at);
    }
  }
}
