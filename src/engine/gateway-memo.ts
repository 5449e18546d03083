/**
 * What fib_check_nh_v4_gw found for the few gateways a bulk load keeps naming: the device and
 * scope its lookup resolved. Valid only while nothing but route inserts changes the host — the
 * holder (scenario/run-script.ts, one per script run) drops it when anything else runs — and an
 * insert drops the gateways its prefix covers, the only lookups a new route can change.
 */
import type { FibInfo } from './fib-alias';
import { prefixContains } from './ip';
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

/** Most scripts cycle through a handful of gateways. */
const MAX_GATEWAYS = 8;

/** Remembered IPv4 gateway checks of one script run. */
export class GatewayMemo {
  private checks: GatewayCheck[] = [];

  /** The remembered resolution for this key, or undefined. */
  find(gateway: number, oif: number, table: number, scope: number): GatewayCheck | undefined {
    const checks = this.checks;
    for (let i = 0; i < checks.length; i++) {
      const c = checks[i];
      if (c.gateway === gateway && c.oif === oif && c.table === table && c.scope === scope) return c;
    }
    return undefined;
  }

  /** Remembers a successful check. */
  remember(gateway: number, oif: number, table: number, scope: number, dev: number, nhScope: number): void {
    if (this.checks.length >= MAX_GATEWAYS) this.checks = [];
    this.checks.push({ gateway, oif, table, scope, dev, nhScope, route: null, info: null });
  }

  /**
   * The route createRoute4 builds for `ip route add P via GW` in the check's table and scope,
   * reused from one add to the next: the caller sets dst, dstLen, priority and seq, and the
   * table copies what it keeps (FibTable.insertAt).
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
    const checks = this.checks;
    for (let i = 0; i < checks.length; i++) {
      if (prefixContains(dst, len, checks[i].gateway)) {
        this.checks = checks.filter((c) => !prefixContains(dst, len, c.gateway));
        return;
      }
    }
  }

  /** Something else may have changed (links, addresses, rules, routes): forgets everything. */
  clear(): void {
    if (this.checks.length) this.checks = [];
  }
}
