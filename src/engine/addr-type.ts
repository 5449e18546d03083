import { fib4TableLookup } from './fib-lookup';
import type { FibTable } from './fib-table';
import { makeFlow } from './flow';
import type { Host } from './host';
import { isMulticast4 } from './ip';
import { RTN, TABLE } from './model';

/**
 * The IPv4 tables a lookup of table `id` really searches: before the first custom rule the local
 * table lives inside main (fib_unmerge not done yet), so "local" and "main" are one trie.
 */
export function ipv4LookupTables(host: Host, id: number): FibTable[] | undefined {
  const t = host.table(4, id);
  if (!t) return undefined;
  if (!host.customRules4 && (id === TABLE.MAIN || id === TABLE.LOCAL)) {
    return [host.table(4, TABLE.LOCAL)!, host.table(4, TABLE.MAIN)!];
  }
  return [t];
}

/**
 * __inet_dev_addr_type: the route type `addr` has in table `tableId` (RTN_LOCAL for our own
 * addresses), optionally only when the route's first nexthop is on `dev`.
 */
export function inetAddrTypeTable(host: Host, addr: number, tableId: number, dev?: number): number {
  if (addr === 0 || addr === 0xffffffff) return RTN.BROADCAST;
  if (isMulticast4(addr)) return RTN.MULTICAST;
  const tables = ipv4LookupTables(host, tableId);
  if (!tables) return RTN.UNSPEC;
  const out = fib4TableLookup(host, tables, makeFlow(4, addr));
  if (out.err || !out.res) return RTN.UNICAST;
  const nh = out.res.route.nexthops[0];
  if (dev === undefined || (nh && nh.dev === dev)) return out.res.type;
  return RTN.UNICAST;
}

/** inet_addr_type: the type of `addr` on this host (table local). */
export function inetAddrType(host: Host, addr: number): number {
  return inetAddrTypeTable(host, addr, TABLE.LOCAL);
}
