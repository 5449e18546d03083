/**
 * The text print_route() prints in a plain `ip route show [table T|all]` (no -d/-j/-s/-o/-c/-N
 * quirks beyond the name databases, no selector but the table) for the routes full tables are
 * made of: an IPv4 unicast route with one nexthop on a device, maybe through an IPv4 gateway,
 * without TOS, realm, metrics or nexthop flags. Built straight from the table's record instead of
 * a dump message; every other route gives null and goes through printRoute.
 */
import { AF_INET, formatIpv4 } from '../engine/ip';
import type { FibAlias, FibInfo } from '../engine/fib-alias';
import { RTN, RTPROT, SCOPE, TABLE } from '../engine/model';
import { nexthopFlags } from '../engine/route-ops';
import type { InetPrefix } from './inet-prefix';
import type { RouteCmdContext } from './route-context';
import { resetRouteFilter, type RouteFilter } from './route-filter';

/** True when `a` is the all-zero prefix resetRouteFilter gives (with bitlen `bitlen`). */
function unset(a: InetPrefix, bitlen: number): boolean {
  return a.family === 0 && a.bytelen === 0 && a.bitlen === bitlen && a.flags === 0 && a.addr === 0;
}

/** True when `f` is resetRouteFilter(0)'s filter but for the table and the IPv6 table flag. */
function plainFilter(f: RouteFilter): boolean {
  const r = resetRouteFilter(0);
  return (
    f.cloned === r.cloned &&
    f.protocolmask === 0 &&
    f.scopemask === 0 &&
    f.typemask === 0 &&
    f.tosmask === 0 &&
    f.iifmask === 0 &&
    f.oifmask === 0 &&
    f.markmask === 0 &&
    f.realmmask === 0 &&
    f.metricmask === 0 &&
    !f.flushing &&
    unset(f.rprefsrc, 0) &&
    unset(f.rvia, 0) &&
    unset(f.rdst, 0) &&
    unset(f.rsrc, 0) &&
    unset(f.mdst, -1) &&
    unset(f.msrc, -1)
  );
}

/** Plain route texts of one listing, with what routes sharing a path record print remembered. */
export class PlainRouteText {
  private readonly ctx: RouteCmdContext;
  /**
   * Per path record (routes through one gateway share one, FibInfoPool): what its routes print
   * after the destination, or null when they are not plain. Valid for one listing: nothing
   * changes links, names or records while a dump prints.
   */
  private readonly tails = new Map<FibInfo, string | null>();

  private constructor(ctx: RouteCmdContext) {
    this.ctx = ctx;
  }

  /** The printer for a listing in `ctx` (its filter set), or null when the listing is not plain. */
  static of(ctx: RouteCmdContext): PlainRouteText | null {
    const o = ctx.opts;
    if (o.json || o.details || o.stats || o.oneline || o.color || !plainFilter(ctx.filter)) return null;
    return new PlainRouteText(ctx);
  }

  /**
   * printRoute(ctx, routeToMessage(host, r))'s output for a plain route without its final
   * ` \n` (a line for CommandOutput.outRouteLine), else null.
   */
  line(r: FibAlias): string | null {
    if (r.type !== RTN.UNICAST || r.tos !== 0) return null;
    const f = this.ctx.filter;
    // filter_nlmsg's table test (a listing of one table dumps only that one anyway).
    if (f.tb > 0 && f.tb !== r.table) return null;
    let tail = this.tails.get(r.info);
    if (tail === undefined) this.tails.set(r.info, (tail = this.tail(r)));
    if (tail === null) return null;
    const dst = r.d as number;
    if (r.dstLen === 32) return `${formatIpv4(dst)} ${tail}`;
    return r.dstLen === 0 ? `default ${tail}` : `${formatIpv4(dst)}/${r.dstLen} ${tail}`;
  }

  /** What a plain route of `r`'s path record prints after its destination (less ` \n`), or null. */
  private tail(r: FibAlias): string | null {
    const ctx = this.ctx;
    const f = ctx.filter;
    if (r.family !== 4 || r.multipath || r.nexthops.length !== 1 || r.table === 0) return null;
    const nh = r.nexthops[0];
    const priority = r.priority;
    if (
      !nh.dev ||
      (nh.gateway !== undefined && typeof nh.gateway !== 'number') ||
      nh.realm ||
      r.metrics.length !== 0 ||
      (r.src !== undefined && r.src.len !== 0) ||
      (r.prefsrc !== undefined && typeof r.prefsrc !== 'number') ||
      !(priority >= 0 && priority <= 0xffffffff) ||
      // filter_nlmsg's family test: a plain `ip -6 route show` never prints IPv4 routes.
      (ctx.family !== 0 && ctx.family !== AF_INET) ||
      nexthopFlags(ctx.session.host, r, 0) !== 0
    )
      return null;
    let s = '';
    if (nh.gateway !== undefined) s += `via ${formatIpv4(nh.gateway)} `;
    s += `dev ${ctx.linkName(nh.dev)} `;
    if (r.table !== TABLE.MAIN && !f.tb) s += `table ${ctx.names.rttableN2a(r.table)} `;
    if (r.protocol !== RTPROT.BOOT) s += `proto ${ctx.names.rtprotN2a(r.protocol)} `;
    if (r.scope !== SCOPE.UNIVERSE) s += `scope ${ctx.names.rtscopeN2a(r.scope)} `;
    if (r.prefsrc !== undefined) s += `src ${formatIpv4(r.prefsrc)} `;
    if (priority) s += `metric ${priority} `;
    // outRouteLine's promise: single spaces and no other white space (names could hold some).
    s = s.slice(0, -1);
    return /\s\s|[^\S ]/.test(s) ? null : s;
  }
}
