/**
 * Nexthop liveness changes as the kernel applies them to shared nexthop state (fib_sync_down_dev,
 * fib_sync_up, fib6_ifdown, rt6_sync_up). Table entries are read-only views, so a changed route
 * is written back as a replacement at the same position.
 */
import type { Host } from './host';
import type { Family } from './ip';
import type { Nexthop, Route } from './model';

/** What to do with a route through the device: keep it, remove it, or give it these nexthops. */
export type NexthopVerdict = 'keep' | 'remove' | Nexthop[];

/** Applies `decide` to every route of `family` with a nexthop on `dev`, in every table. */
export function rewriteRoutesVia(
  host: Host,
  family: Family,
  dev: number,
  decide: (r: Route) => NexthopVerdict,
): void {
  for (const tb of host.tables[family].values()) {
    for (const r of [...tb.routes()]) {
      if (!r.nexthops.some((nh) => nh.dev === dev)) continue;
      const v = decide(r);
      if (v === 'keep') continue;
      if (v === 'remove') {
        tb.remove(r);
        continue;
      }
      const node = tb.node(r.dst, r.dstLen);
      const i = node ? node.routes.indexOf(r) : -1;
      if (!node || i < 0) continue;
      const copy: Route = r.toRoute();
      copy.nexthops = v;
      tb.replaceAt(node, i, copy);
    }
  }
}

/** The nexthops with those on `dev` marked dead (RTNH_F_DEAD). */
export function markDead(nhs: readonly Nexthop[], dev: number): Nexthop[] {
  return nhs.map((nh) => (nh.dev === dev ? { ...nh, dead: true } : { ...nh }));
}

/** The nexthops with `dead` cleared on those through `dev`; null when none was dead. */
export function reviveOn(nhs: readonly Nexthop[], dev: number): Nexthop[] | null {
  if (!nhs.some((nh) => nh.dev === dev && nh.dead)) return null;
  return nhs.map((nh) => {
    if (nh.dev !== dev || !nh.dead) return { ...nh };
    const { dead: _dead, ...rest } = nh;
    return rest;
  });
}
