/**
 * Facts about rules and tables the checks share: the kernel's own rules, whether a table
 * answers every destination (so a rule looking it up always ends the walk), and sample
 * addresses.
 */
import type { Host } from '../../engine/host';
import { maskIp, maxLen, parseIpv6, type Ip } from '../../engine/ip';
import { FR_ACT, RTN, TABLE, type Route, type Rule } from '../../engine/model';
import { matchesAllSelectors } from './rule-sets';

/** Route types whose lookup result is an error that ends the walk (fib_props[].error). */
const ERROR_TYPES: ReadonlySet<number> = new Set([RTN.BLACKHOLE, RTN.UNREACHABLE, RTN.PROHIBIT]);

/** True for the rules a fresh namespace has: `0: lookup local`, `32766: lookup main`, `32767: lookup default`. */
export function isKernelDefaultRule(r: Rule): boolean {
  if (
    r.invert ||
    r.action !== FR_ACT.TO_TBL ||
    r.suppressPrefixlen >= 0 ||
    r.suppressIfgroup >= 0 ||
    !matchesAllSelectors(r)
  )
    return false;
  return (
    (r.pref === 0 && r.table === TABLE.LOCAL) ||
    (r.pref === 32766 && r.table === TABLE.MAIN) ||
    (r.family === 4 && r.pref === 32767 && r.table === TABLE.DEFAULT)
  );
}

/** True when the rule's action ends the walk by itself (blackhole, unreachable, prohibit and the EINVAL codes). */
export function isRefusingAction(r: Rule): boolean {
  return r.action !== FR_ACT.TO_TBL && r.action !== FR_ACT.GOTO && r.action !== FR_ACT.NOP;
}

/** The routes of a table (none when the table does not exist). */
export function tableRoutes(host: Host, family: 4 | 6, id: number): Route[] {
  const t = host.table(family, id);
  return t ? [...t.routes()] : [];
}

function nexthopUsable(host: Host, dev: number, dead: boolean | undefined, oif: number | undefined): boolean {
  if (dead) return false;
  if (oif !== undefined && dev !== oif) return false;
  const l = host.link(dev);
  return l !== undefined && l.up;
}

/**
 * True when a lookup in table `id` returns a result (a route or an error route) for every
 * destination, so a rule looking it up without suppressors always ends the walk
 * (fib_table_lookup backs off to shorter prefixes until the default route answers). `oif` is
 * the flow's output device when the packets carry one. Any `throw` route makes it false.
 */
export function tableDecidesAll(host: Host, family: 4 | 6, id: number, oif?: number): boolean {
  const routes = tableRoutes(host, family, id);
  if (routes.some((r) => r.type === RTN.THROW)) return false;
  return routes.some((r) => {
    if (r.dstLen !== 0 || r.tos !== 0 || r.src?.len) return false;
    if (ERROR_TYPES.has(r.type)) return true;
    return r.nexthops.some((nh) => nexthopUsable(host, nh.dev, nh.dead, oif));
  });
}

/** True when a rule always ends the walk for the packets it matches (no oif, or the given one). */
export function ruleDecidesAll(host: Host, r: Rule, oif?: number): boolean {
  if (isRefusingAction(r)) return true;
  if (r.action !== FR_ACT.TO_TBL) return false;
  if (r.suppressPrefixlen >= 0 || r.suppressIfgroup >= 0) return false;
  return tableDecidesAll(host, r.family, r.table, oif);
}

/** A host address inside a prefix: the prefix itself for host prefixes, else its first host. */
export function sampleIn(addr: Ip, len: number): Ip {
  const family = typeof addr === 'number' ? 4 : 6;
  const net = maskIp(addr, len);
  if (len >= maxLen(family) - 1) return addr;
  return typeof net === 'number' ? (net + 1) >>> 0 : net + 1n;
}

/** The destination a probe uses when the rule does not constrain it. */
export function defaultDst(family: 4 | 6): Ip {
  return family === 4 ? 0x01010101 : parseIpv6('2606:4700:4700::1111')!;
}
