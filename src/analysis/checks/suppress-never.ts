/**
 * Suppress rules that can never suppress. fib4_rule_suppress / fib6_rule_suppress reject a
 * result whose prefix length is <= suppress_prefixlength, or whose first nexthop's device is in
 * suppress_ifgroup; error routes are never suppressed. So `suppress_prefixlength N` does nothing
 * when every destination's longest match in the table is longer than N (e.g. `::/1` and
 * `8000::/1` beside `::/0` with N = 0), and `suppress_ifgroup G` when no route's first nexthop
 * uses a device of group G.
 */
import type { Host } from '../../engine/host';
import { formatIp, maxLen, type Ip } from '../../engine/ip';
import { FR_ACT, RTN, type Route, type Rule } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { runProbe } from '../doctor-probe';
import { findingOf, refOf, ruleBody, tableName, type DoctorContext } from './context';
import { sampleMatching } from './rule-sample';
import { defaultDst, sampleIn, tableRoutes } from './table-facts';

const NOT_SUPPRESSIBLE: ReadonlySet<number> = new Set([
  RTN.BLACKHOLE,
  RTN.UNREACHABLE,
  RTN.PROHIBIT,
  RTN.THROW,
]);

function big(a: Ip): bigint {
  return typeof a === 'number' ? BigInt(a >>> 0) : a;
}

/** True when prefix (addr, len) lies entirely inside the union of `longer` (width = address bits). */
function coveredBy(addr: bigint, len: number, width: number, longer: { a: bigint; len: number }[]): boolean {
  const inPrefix = (a: bigint, l: number, x: bigint) => l === 0 || (a ^ x) >> BigInt(width - l) === 0n;
  if (longer.some((q) => q.len <= len && inPrefix(q.a, q.len, addr))) return true;
  const inside = longer.filter((q) => q.len > len && inPrefix(addr, len, q.a));
  if (inside.length === 0 || len >= width) return false;
  const bit = 1n << BigInt(width - len - 1);
  const lo = addr & ~((bit << 1n) - 1n);
  return coveredBy(lo, len + 1, width, inside) && coveredBy(lo | bit, len + 1, width, inside);
}

/** A route of the table that suppress_prefixlength N would reject for some destination, if any. */
function suppressibleByLength(routes: Route[], n: number, family: 4 | 6): Route | undefined {
  const width = maxLen(family);
  const longer = routes.filter((r) => r.dstLen > n).map((r) => ({ a: big(r.dst), len: r.dstLen }));
  return routes.find(
    (r) => r.dstLen <= n && !NOT_SUPPRESSIBLE.has(r.type) && !coveredBy(big(r.dst), r.dstLen, width, longer),
  );
}

function suppressibleByGroup(host: Host, routes: Route[], group: number): Route | undefined {
  return routes.find(
    (r) =>
      !NOT_SUPPRESSIBLE.has(r.type) &&
      r.nexthops[0] !== undefined &&
      host.link(r.nexthops[0].dev)?.group === group,
  );
}

function probeDst(routes: Route[], family: 4 | 6): Ip {
  const d = defaultDst(family);
  const longest = routes.filter((r) => !NOT_SUPPRESSIBLE.has(r.type)).sort((a, b) => b.dstLen - a.dstLen)[0];
  if (!longest || longest.dstLen === 0) return d;
  const hit = routes.some(
    (r) => r.dstLen > 0 && (big(r.dst) ^ big(d)) >> BigInt(maxLen(family) - r.dstLen) === 0n,
  );
  return hit ? d : sampleIn(longest.dst, longest.dstLen);
}

function explain(ctx: DoctorContext, r: Rule, routes: Route[], body: string): string {
  const hiders = routes
    .filter((x) => x.dstLen > r.suppressPrefixlen)
    .sort((a, b) => a.dstLen - b.dstLen)
    .slice(0, 2)
    .map((x) => `${formatIp(x.dst)}/${x.dstLen}`)
    .join(' and ');
  const name = tableName(ctx, r.table);
  if (r.suppressPrefixlen >= 0)
    return (
      `Rule ${r.pref} (${body}) rejects answers of table ${name} whose prefix length is ${r.suppressPrefixlen} or less, but every destination's longest match in table ${name} is longer than that ` +
      `(its shorter routes are hidden behind longer ones such as ${hiders}), so the rule never suppresses anything: ` +
      `it acts as a plain \`lookup ${name}\` and the rules after it never see these packets.`
    );
  return (
    `Rule ${r.pref} (${body}) rejects answers of table ${name} whose route leaves through a device of group ${r.suppressIfgroup}, but no route of table ${name} has its first nexthop on such a device, ` +
    `so the rule never suppresses anything and acts as a plain \`lookup ${name}\`.`
  );
}

/** Findings for each suppress rule whose suppressor can never fire. */
export function checkSuppressNever(ctx: DoctorContext): Finding[] {
  const host = ctx.session.host;
  const out: Finding[] = [];
  for (const family of [4, 6] as const) {
    for (const r of host.rules[family]) {
      if (r.action !== FR_ACT.TO_TBL || (r.suppressPrefixlen < 0 && r.suppressIfgroup < 0)) continue;
      const routes = tableRoutes(host, family, r.table);
      if (routes.length === 0) continue; // reported as an empty or missing table
      const byLen =
        r.suppressPrefixlen >= 0 && suppressibleByLength(routes, r.suppressPrefixlen, family) !== undefined;
      const byGroup =
        r.suppressIfgroup >= 0 && suppressibleByGroup(host, routes, r.suppressIfgroup) !== undefined;
      if (byLen || byGroup) continue;
      const probe = sampleMatching(ctx.session, r, probeDst(routes, family));
      if (!probe) continue;
      const res = runProbe(ctx.session, probe);
      if (res.decidedBy !== r.pref) continue;
      const ref = refOf(ctx, r);
      out.push(
        findingOf(
          {
            kind: 'suppress-never',
            severity: 'warning',
            key: [r.pref],
            family,
            title: `Rule ${r.pref} can never suppress: it always answers from table ${tableName(ctx, r.table)}`,
            rules: [ref],
            explanation: explain(ctx, r, routes, ruleBody(ref)),
          },
          res,
        ),
      );
    }
  }
  return out;
}
