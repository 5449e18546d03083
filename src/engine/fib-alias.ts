import type { Family, Ip, Prefix } from './ip';
import type { Nexthop, Route, RouteMetric } from './model';

/**
 * What identical routes share (`struct fib_info`): path, source, metric, protocol, metrics.
 * Interned per table, so a million routes through one gateway cost one FibInfo.
 */
export interface FibInfo {
  readonly family: Family;
  readonly protocol: number;
  readonly scope: number;
  readonly prefsrc: Ip | undefined;
  readonly priority: number;
  readonly nexthops: Nexthop[];
  readonly multipath: boolean;
  readonly metrics: RouteMetric[];
  readonly pref: number | undefined;
  readonly realm: number | undefined;
  readonly expires: number | undefined;
  readonly src: Prefix | undefined;
}

/**
 * A route as a table holds it (`struct fib_alias`): the per-prefix part plus a shared FibInfo.
 * IPv4 destinations are kept as int32 so V8 stores them unboxed; `dst` gives the usual value.
 * Instances are read-only views: change a route by replacing it in its table.
 */
export class FibAlias implements Route {
  readonly table: number;
  /** Destination: int32 for IPv4, bigint for IPv6. */
  readonly d: number | bigint;
  readonly dstLen: number;
  readonly tos: number;
  readonly type: number;
  readonly info: FibInfo;
  readonly seq: number;
  /** Next route of the same prefix (kernel order). */
  next: FibAlias | null = null;

  constructor(table: number, d: number | bigint, dstLen: number, tos: number, type: number, info: FibInfo, seq: number) {
    this.table = table;
    this.d = d;
    this.dstLen = dstLen;
    this.tos = tos;
    this.type = type;
    this.info = info;
    this.seq = seq;
  }

  get family(): Family {
    return this.info.family;
  }
  get dst(): Ip {
    return typeof this.d === 'number' ? this.d >>> 0 : this.d;
  }
  get protocol(): number {
    return this.info.protocol;
  }
  get scope(): number {
    return this.info.scope;
  }
  get prefsrc(): Ip | undefined {
    return this.info.prefsrc;
  }
  get priority(): number {
    return this.info.priority;
  }
  get nexthops(): Nexthop[] {
    return this.info.nexthops;
  }
  get multipath(): boolean {
    return this.info.multipath;
  }
  get metrics(): RouteMetric[] {
    return this.info.metrics;
  }
  get pref(): number | undefined {
    return this.info.pref;
  }
  get realm(): number | undefined {
    return this.info.realm;
  }
  get expires(): number | undefined {
    return this.info.expires;
  }
  get src(): Prefix | undefined {
    return this.info.src;
  }

  /** A plain copy with the Route fields only (for snapshots and messages). */
  toRoute(): Route {
    const r: Route = {
      family: this.family,
      table: this.table,
      dst: this.dst,
      dstLen: this.dstLen,
      tos: this.tos,
      type: this.type,
      protocol: this.protocol,
      scope: this.scope,
      priority: this.priority,
      nexthops: this.nexthops.map((n) => ({ ...n })),
      multipath: this.multipath,
      metrics: this.metrics.map((m) => ({ ...m })),
      seq: this.seq,
    };
    if (this.prefsrc !== undefined) r.prefsrc = this.prefsrc;
    if (this.pref !== undefined) r.pref = this.pref;
    if (this.realm !== undefined) r.realm = this.realm;
    if (this.expires !== undefined) r.expires = this.expires;
    if (this.src !== undefined) r.src = this.src;
    return r;
  }
}
