/**
 * `ip -echo route add|del|...` (rtnl_echo_talk in lib/libnetlink.c 6.1): the kernel echoes its
 * RTM_NEWROUTE / RTM_DELROUTE notification, which ip prints with print_route inside one more
 * JSON object (hence `[{{...}}]` with `-j`). The engine has no notification channel, so the
 * notification is recovered as the difference between a dump before and after the change
 * (a notification is built by the same fill function as a dump entry).
 */
import { AF_INET, AF_INET6 } from '../engine/ip';
import { zeroRouteMessage, type RouteMessage } from '../engine/netlink';
import { routeDump } from '../engine/route-ops';
import type { RouteCmdContext } from './route-context';
import { printRoute } from './route-print';

/** Every route of `family` in every table, as a dump without filters returns them. */
export function dumpAllRoutes(ctx: RouteCmdContext, family: number): RouteMessage[] {
  if (family !== AF_INET && family !== AF_INET6) return [];
  const res = routeDump(ctx.session.host, zeroRouteMessage(family));
  return res.ok ? res.value : [];
}

/** A stable identity of a dumped message (bigints spelled out). */
function messageKey(m: RouteMessage): string {
  return JSON.stringify(m, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

/** The messages of `after` missing from `before` (multiset difference, dump order). */
export function dumpDifference(before: RouteMessage[], after: RouteMessage[]): RouteMessage[] {
  const count = new Map<string, number>();
  for (const m of before) count.set(messageKey(m), (count.get(messageKey(m)) ?? 0) + 1);
  const out: RouteMessage[] = [];
  for (const m of after) {
    const k = messageKey(m);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else out.push(m);
  }
  return out;
}

/** Prints the echoed notification of a change (the first route that appeared or vanished). */
export function printRouteEcho(
  ctx: RouteCmdContext,
  before: RouteMessage[],
  after: RouteMessage[],
  del: boolean,
): void {
  const changed = del ? dumpDifference(after, before) : dumpDifference(before, after);
  const p = ctx.printer;
  p.newJsonObj();
  p.openJsonObject(null);
  // iproute_modify never resets the static filter: print_route sees it all zero.
  for (const m of changed.slice(0, 1)) printRoute(ctx, m, del);
  p.closeJsonObject();
  p.deleteJsonObj();
}
