/**
 * The kernel's own rules removed: without an unconditional `lookup local` nothing is delivered
 * locally (E6), without `lookup main` the main table's routes are never used, and without
 * IPv4's `lookup default` a populated table default is never consulted.
 */
import type { Host } from '../../engine/host';
import { formatIp, type Ip } from '../../engine/ip';
import { FR_ACT, RTN, TABLE } from '../../engine/model';
import type { Finding, FindingKind, Severity } from '../doctor-types';
import { runProbe } from '../doctor-probe';
import { findingOf, tableName, type DoctorContext } from './context';
import { matchesAllSelectors } from './rule-sets';
import { defaultDst, sampleIn, tableRoutes } from './table-facts';

function hasPlainLookup(host: Host, family: 4 | 6, table: number): boolean {
  return host.rules[family].some(
    (r) =>
      !r.invert &&
      r.action === FR_ACT.TO_TBL &&
      r.table === table &&
      r.suppressPrefixlen < 0 &&
      r.suppressIfgroup < 0 &&
      matchesAllSelectors(r),
  );
}

/** A destination the table answers (its default route's sample, else its first unicast route). */
function routedDst(host: Host, family: 4 | 6, table: number): Ip | undefined {
  const routes = tableRoutes(host, family, table).filter(
    (r) => r.type === RTN.UNICAST || r.type === RTN.LOCAL,
  );
  if (routes.length === 0) return undefined;
  if (routes.some((r) => r.dstLen === 0)) return defaultDst(family);
  const r = routes.sort((a, b) => a.dstLen - b.dstLen)[0]!;
  return sampleIn(r.dst, r.dstLen);
}

/** A host address of the local table (not loopback when another exists), or undefined. */
function localDst(host: Host, family: 4 | 6): Ip | undefined {
  const locals = tableRoutes(host, family, TABLE.LOCAL).filter(
    (r) => r.type === RTN.LOCAL && r.dstLen === (family === 4 ? 32 : 128),
  );
  const own = locals.find((r) => (family === 4 ? (r.dst as number) >>> 24 !== 127 : r.dst !== 1n));
  return (own ?? locals[0])?.dst;
}

/** Findings for a missing local, main or (IPv4) default rule. */
export function checkDefaultRules(ctx: DoctorContext): Finding[] {
  const host = ctx.session.host;
  const out: Finding[] = [];
  const add = (family: 4 | 6, kind: FindingKind, severity: Severity, table: number, dst: Ip, why: string) => {
    const res = runProbe(ctx.session, { family, dst });
    // Confirmed only when the probe is not answered from that table anyway (IPv4 without custom rules bypasses them).
    if (table === TABLE.LOCAL ? res.verdict.startsWith('local ') : res.table === table) return;
    const name = tableName(ctx, table);
    out.push(
      findingOf(
        {
          kind,
          severity,
          key: [table],
          family,
          title: `No rule looks up table ${name} for every packet (IPv${family})`,
          rules: [],
          explanation:
            `The IPv${family} rule list has no unconditional \`lookup ${name}\` rule (a fresh namespace has one). ${why} ` +
            `A packet to ${formatIp(dst)} ${res.status === 0 ? `is routed${res.decidedBy !== undefined ? ` by rule ${res.decidedBy}` : ''} instead` : 'gets an error instead'}. ` +
            `Restore it with \`ip${family === 6 ? ' -6' : ''} rule add pref ${table === TABLE.LOCAL ? 0 : table === TABLE.MAIN ? 32766 : 32767} lookup ${name}\` (or at the priority where it belongs).`,
        },
        res,
      ),
    );
  };
  for (const family of [4, 6] as const) {
    {
      const local = localDst(host, family);
      if (!hasPlainLookup(host, family, TABLE.LOCAL) && local !== undefined)
        add(
          family,
          'local-rule-missing',
          'error',
          TABLE.LOCAL,
          local,
          "Without it, packets to the host's own addresses are not delivered locally: the local table (every local and broadcast address) is never searched.",
        );
      const mainDst = routedDst(host, family, TABLE.MAIN);
      if (!hasPlainLookup(host, family, TABLE.MAIN) && mainDst !== undefined)
        add(
          family,
          'main-rule-missing',
          'warning',
          TABLE.MAIN,
          mainDst,
          'Without it, the main table (connected subnets, the default route) is only used where another rule looks it up.',
        );
      const defDst = family === 4 ? routedDst(host, 4, TABLE.DEFAULT) : undefined;
      if (family === 4 && defDst !== undefined && !hasPlainLookup(host, 4, TABLE.DEFAULT))
        add(
          4,
          'default-rule-missing',
          'info',
          TABLE.DEFAULT,
          defDst,
          'Table default has routes, but no rule consults it after main.',
        );
    }
  }
  return out;
}
