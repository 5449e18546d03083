/**
 * What fib_check_nh_v4_gw found for the few gateways a bulk load keeps naming: the device and
 * scope its lookup resolved. Valid only while nothing but route inserts changes the host — the
 * holder (scenario/run-script.ts, one per script run) drops it when anything else runs — and an
 * insert drops the gateways its prefix covers, the only lookups a new route can change.
 */
import type { FibInfo } from './fib-alias';
import { maskIp, prefixContains } from './ip';
import { RTN, RTPROT, type Route } from './model';

/** One remembered check: the lookup's key and what it resolved. */
export interface GatewayCheck {
  gateway: number;
  oif: number;
  table: number;
  scope: number;
  dev: number;
  nhScope: number;
  /** The route a bulk add through this gateway builds (see routeOf), made when first needed. */
  route: Route | null;
  /** The path record the table interned for that route last (its metric is info.priority). */
  info: FibInfo | null;
}

/** Remembered checks at most: a full table names a few hundred gateways at most, and dropping them all costs only new lookups. */
const MAX_CHECKS = 4096;

/** Remembered IPv4 gateway checks of one script run or one import. */
export class GatewayMemo {
  /** The checks by gateway (one per oif, table and scope asked for). */
  private byGateway = new Map<number, GatewayCheck[]>();
  private count = 0;
  /**
   * Per prefix length, the remembered gateways masked to that length: a route added for
   * dst/len covers a remembered gateway exactly when covered[len] holds dst.
   */
  private readonly covered: Set<number>[] = Array.from({ length: 33 }, () => new Set<number>());

  /** The remembered resolution for this key, or undefined. */
  find(gateway: number, oif: number, table: number, scope: number): GatewayCheck | undefined {
    const checks = this.byGateway.get(gateway | 0);
    if (checks === undefined) return undefined;
    for (let i = 0; i < checks.length; i++) {
      const c = checks[i];
      if (c.oif === oif && c.table === table && c.scope === scope) return c;
    }
    return undefined;
  }

  /** Remembers a successful check. */
  remember(gateway: number, oif: number, table: number, scope: number, dev: number, nhScope: number): void {
    if (this.count >= MAX_CHECKS) this.clear();
    const check: GatewayCheck = { gateway, oif, table, scope, dev, nhScope, route: null, info: null };
    const checks = this.byGateway.get(gateway | 0);
    if (checks) checks.push(check);
    else {
      this.byGateway.set(gateway | 0, [check]);
      this.cover(gateway);
    }
    this.count++;
  }

  private cover(gateway: number): void {
    for (let len = 0; len <= 32; len++) this.covered[len].add((maskIp(gateway, len) as number) | 0);
  }

  /**
   * The route createRoute4 builds for `ip route add P via GW [proto P] [table T]` in the check's
   * table and scope, reused from one add to the next: the caller sets dst, dstLen, protocol,
   * priority and seq, and the table copies what it keeps (FibTable.insertAt).
   */
  routeOf(check: GatewayCheck): Route {
    if (check.route) return check.route;
    // Same fields in the same order as resolvedNexthop / createRoute4.
    const nexthop = { dev: check.dev, weight: 1, onlink: false, scope: check.nhScope, gateway: check.gateway };
    check.route = {
      family: 4,
      table: check.table,
      dst: 0,
      dstLen: 0,
      tos: 0,
      type: RTN.UNICAST,
      protocol: RTPROT.BOOT,
      scope: check.scope,
      priority: 0,
      nexthops: [nexthop],
      multipath: false,
      metrics: [],
      seq: 0,
    };
    return check.route;
  }

  /** A route dst/len was added or changed: forgets the gateways it covers. */
  routeChanged(dst: number, len: number): void {
    if (!this.covered[len].has((maskIp(dst, len) as number) | 0)) return;
    const kept = [...this.byGateway].filter(([gateway]) => !prefixContains(dst, len, gateway >>> 0));
    this.clear();
    for (const [gateway, checks] of kept) {
      this.byGateway.set(gateway, checks);
      this.cover(gateway >>> 0);
      this.count += checks.length;
    }
  }

  /** Something else may have changed (links, addresses, rules, routes): forgets everything. */
  clear(): void {
    if (this.count === 0) return;
    this.byGateway = new Map();
    this.count = 0;
    for (const s of this.covered) s.clear();
  }
}
