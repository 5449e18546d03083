/**
 * IPv4 VPN rules with no IPv6 counterpart. A full-tunnel rule (wg-quick's `not fwmark X lookup
 * X`, or any rule without address selectors sending everything to a table whose default route
 * leaves through the tunnel device) exists for IPv4 only, while the host has an IPv6 default
 * route elsewhere: IPv6 traffic leaves outside the tunnel (wg-quick adds both families for
 * AllowedIPs ::/0).
 */
import type { Host } from '../../engine/host';
import { FR_ACT, RTN, TABLE, type Rule } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { runProbe } from '../doctor-probe';
import { findingOf, refOf, ruleBody, tableName, type DoctorContext } from './context';
import { defaultDst, tableRoutes } from './table-facts';

/** Devices of the unicast default routes of a table. */
function defaultDevs(host: Host, family: 4 | 6, table: number): number[] {
  return tableRoutes(host, family, table)
    .filter((r) => r.dstLen === 0 && r.type === RTN.UNICAST)
    .flatMap((r) => r.nexthops.map((nh) => nh.dev));
}

/** A rule that sends all (or all unmarked) traffic to a tunnel table: no address, iif or oif selectors. */
function tunnelRule(host: Host, r: Rule): number | undefined {
  if (
    r.action !== FR_ACT.TO_TBL ||
    r.table === TABLE.MAIN ||
    r.table === TABLE.LOCAL ||
    r.table === TABLE.DEFAULT
  )
    return undefined;
  if (
    r.src?.len ||
    r.dst?.len ||
    r.iifname !== undefined ||
    r.oifname !== undefined ||
    r.suppressPrefixlen >= 0 ||
    r.suppressIfgroup >= 0
  )
    return undefined;
  const mainDevs = defaultDevs(host, 4, TABLE.MAIN);
  return defaultDevs(host, 4, r.table).find((d) => !mainDevs.includes(d));
}

/** Findings for IPv4 tunnel rules whose IPv6 traffic leaves through another device. */
export function checkIpv6Leak(ctx: DoctorContext): Finding[] {
  const host = ctx.session.host;
  const out: Finding[] = [];
  const v6Default = defaultDevs(host, 6, TABLE.MAIN);
  if (v6Default.length === 0) return out;
  const seen = new Set<number>();
  for (const r of host.rules[4]) {
    const tun = tunnelRule(host, r);
    if (tun === undefined || seen.has(tun)) continue;
    seen.add(tun);
    const res = runProbe(ctx.session, { family: 6, dst: defaultDst(6) });
    const tunName = host.link(tun)?.name ?? String(tun);
    if (
      res.status !== 0 ||
      new RegExp(`\\bdev ${tunName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(res.verdict)
    )
      continue;
    const ref = refOf(ctx, r);
    out.push(
      findingOf(
        {
          kind: 'ipv6-leak',
          severity: 'warning',
          key: [r.pref],
          family: 6,
          title: `IPv6 traffic leaks past ${tunName}: rule ${r.pref} exists for IPv4 only`,
          rules: [ref],
          explanation:
            `Rule ${r.pref} (${ruleBody(ref)}) sends IPv4 traffic to table ${tableName(ctx, r.table)}, whose default route leaves through ${tunName}, ` +
            `but no IPv6 rule or route does the same, and the host has an IPv6 default route. IPv6 connections therefore bypass ${tunName} ` +
            `(the probe below leaves through another device). Add the IPv6 counterparts (\`ip -6 route add ::/0 dev ${tunName} table ${tableName(ctx, r.table)}\` and the same rules with \`ip -6 rule\`), ` +
            `or block IPv6 outside the tunnel.`,
        },
        res,
      ),
    );
  }
  return out;
}
