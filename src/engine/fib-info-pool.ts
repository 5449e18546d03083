/**
 * A table's shared path records (struct fib_info): routes with the same nexthops, protocol,
 * scope, source, priority, metrics and expiry share one record, as fib_create_info finds an equal
 * one with fib_find_info instead of making another.
 */
import { fibInfoKey, type FibInfo } from './fib-alias';
import { samePath } from './fib-insert';
import type { Route } from './model';

/** How many records used last are tried before the keyed map: tables cycle through few gateways. */
const RECENT = 8;

/** One table's path records. */
export class FibInfoPool {
  private readonly infos = new Map<string, FibInfo>();
  private readonly recent: FibInfo[] = [];

  /** The shared FibInfo for a route's path data (fib_find_info), made when there is none. */
  intern(r: Route): FibInfo {
    for (const recent of this.recent) if (sameInfo(recent, r)) return recent;
    const key = fibInfoKey(r);
    let info = this.infos.get(key);
    if (!info || fibInfoKey(info as unknown as Route) !== key) {
      info = {
        family: r.family,
        protocol: r.protocol,
        scope: r.scope,
        prefsrc: r.prefsrc,
        priority: r.priority,
        nexthops: r.nexthops.map((n) => ({ ...n })),
        multipath: r.multipath,
        metrics: r.metrics.map((m) => ({ ...m })),
        pref: r.pref,
        realm: r.realm,
        expires: r.expires,
        src: r.src,
      };
      this.infos.set(key, info);
    }
    this.recent.unshift(info);
    if (this.recent.length > RECENT) this.recent.pop();
    return info;
  }
}

function sameInfo(info: FibInfo, r: Route): boolean {
  return (
    info.family === r.family &&
    info.pref === r.pref &&
    info.expires === r.expires &&
    info.src === r.src &&
    info.multipath === r.multipath &&
    samePath(info, r)
  );
}
