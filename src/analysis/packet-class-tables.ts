/**
 * A routing table as an ordered decision list over packets: longest prefix first, the routes of a
 * prefix in kernel order, each route split by the oif it can serve. The first entry whose
 * condition holds decides (fib_table_lookup / fib6_table_lookup); packets no entry takes miss.
 */
import { EAGAIN } from '../engine/errors';
import { nexthopUsable, routeTypeError } from '../engine/fib-lookup';
import type { FibAlias } from '../engine/fib-alias';
import type { FibTable } from '../engine/fib-table';
import type { Host } from '../engine/host';
import { F, cube, point, type Atom, type Box } from './packet-class-space';
import { fullBox } from './packet-class-universe';
import { prefixInterval } from './packet-class-rules';

/** What a table entry answers: the route, its chosen nexthop and the route type's errno. */
export interface TableAnswer {
  route: FibAlias;
  nhIndex: number;
  /** 0 for usable routes, EAGAIN for throw, the reject errno for error routes. */
  err: number;
}

/** One entry of a table's decision list. */
export interface TableEntry {
  cond: Box;
  answer: TableAnswer;
}

/** Entries for one route: one per oif the route can serve (none, or a nexthop's device). */
function routeEntries(host: Host, r: FibAlias, family: 4 | 6, base: Atom[], out: TableEntry[]): void {
  const err = routeTypeError(r.type);
  if (family === 4 && err) {
    // fib_table_lookup returns an error route's errno before looking at nexthops or oif.
    out.push({ cond: base, answer: { route: r, nhIndex: 0, err } });
    return;
  }
  const hostScope = family === 4 ? r.scope === 254 : r.type === 2 || err !== 0;
  const good = r.nexthops
    .map((nh, i) => ({ nh, i }))
    .filter(({ nh }) => nexthopUsable(host, nh, family, hostScope));
  if (good.length === 0) return;
  const noOif = base.slice();
  noOif[F.oif] = point(0);
  out.push({ cond: noOif, answer: { route: r, nhIndex: good[0].i, err } });
  const seen = new Set<number>();
  for (const { nh, i } of good) {
    if (nh.dev === 0 || seen.has(nh.dev)) continue;
    seen.add(nh.dev);
    const c = base.slice();
    c[F.oif] = point(nh.dev);
    out.push({ cond: c, answer: { route: r, nhIndex: i, err } });
  }
}

/**
 * The decision list of `tables` searched together (one table, or local + main merged before the
 * first IPv4 rule: for one prefix length the local table's prefix comes first).
 */
export function tableEntries(host: Host, tables: FibTable[], family: 4 | 6): TableEntry[] {
  const heads: { len: number; t: number; routes: FibAlias[]; dst: number | bigint }[] = [];
  tables.forEach((table, t) => {
    for (const n of table.nodes()) heads.push({ len: n.len, t, routes: n.routes, dst: n.dst });
  });
  heads.sort((a, b) => b.len - a.len || a.t - b.t);
  const out: TableEntry[] = [];
  for (const h of heads) {
    for (const r of h.routes) {
      const base = fullBox(family);
      base[F.dst] = [prefixInterval(family, h.dst, h.len)];
      if (family === 4 && r.tos) {
        if (r.tos & ~0x1c) continue; // never equal to a flow's masked TOS
        base[F.tos] = cube(r.tos, 0x1f);
      }
      if (family === 6 && r.src) base[F.src] = [prefixInterval(6, r.src.addr, r.src.len)];
      routeEntries(host, r, family, base, out);
    }
  }
  return out;
}

/** True when the answer continues the rule walk (throw: EAGAIN). */
export function answerThrows(a: TableAnswer): boolean {
  return a.err === EAGAIN;
}
