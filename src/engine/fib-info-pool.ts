/**
 * A table's shared path records (struct fib_info): routes with the same nexthops, protocol,
 * scope, source, priority, metrics and expiry share one record, as fib_create_info finds an equal
 * one with fib_find_info instead of making another.
 */
import type { FibInfo } from './fib-alias';
import { samePath } from './fib-insert';
import type { Ip } from './ip';
import type { Route } from './model';

/** How many records used last are tried before the hashed buckets: tables cycle through few gateways. */
const RECENT = 8;

/** One table's path records. */
export class FibInfoPool {
  /** Records by infoHash (fib_info_hashfn), each bucket compared field by field. */
  private readonly infos = new Map<number, FibInfo[]>();
  private readonly recent: FibInfo[] = [];

  /** The shared FibInfo for a route's path data (fib_find_info), made when there is none. */
  intern(r: Route): FibInfo {
    const recent = this.recent;
    for (let i = 0; i < recent.length; i++) if (sameInfo(recent[i], r)) return recent[i];
    const h = infoHash(r);
    const bucket = this.infos.get(h);
    let info = bucket?.find((i) => sameInfo(i, r));
    if (!info) {
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
      if (bucket) bucket.push(info);
      else this.infos.set(h, [info]);
    }
    recent.unshift(info);
    if (recent.length > RECENT) recent.pop();
    return info;
  }
}

/** True when `info` holds exactly `r`'s path data (a record's nexthops may change later: dead). */
function sameInfo(info: FibInfo, r: Route): boolean {
  return (
    info.family === r.family &&
    info.pref === r.pref &&
    info.expires === r.expires &&
    info.multipath === r.multipath &&
    (info.src === r.src || (info.src?.addr === r.src?.addr && info.src?.len === r.src?.len)) &&
    samePath(info, r)
  );
}

/** The low 32 bits of an address. */
function low32(a: Ip | undefined): number {
  return a === undefined ? 0 : typeof a === 'number' ? a : Number(BigInt.asUintN(32, a));
}

/** A hash of the fields sameInfo compares that tell most records apart (fib_info_hashfn's idea). */
function infoHash(r: Route): number {
  let h = Math.imul(r.priority ^ (r.protocol << 8) ^ (r.scope << 16), 0x9e3779b1) ^ low32(r.prefsrc);
  for (let i = 0; i < r.nexthops.length; i++) {
    const nh = r.nexthops[i];
    h = Math.imul(h ^ nh.dev, 0x85ebca6b) ^ low32(nh.gateway);
    h = Math.imul(h, 0xc2b2ae35);
  }
  return h | 0;
}
