/**
 * `from` rules that locally generated traffic without a bound source never matches. An output
 * lookup runs the rules with saddr 0.0.0.0 (ip_route_output_key_hash) until the route picks a
 * source; connect() then looks up again with that source (ip_route_connect), so a `from A` rule
 * only applies to unbound sockets when the first lookup already picks A. If it picks another
 * address, only sockets bound to A (servers answering on A, `curl --interface A`) use the rule.
 */
import { formatIp, parseIpv4Strict } from '../../engine/ip';
import { FR_ACT } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { runProbe } from '../doctor-probe';
import { findingOf, refOf, ruleBody, tableName, type DoctorContext } from './context';
import { probeMatches, sampleMatching } from './rule-sample';

/** Findings (info) for IPv4 `from` rules on local addresses that unbound traffic never reaches. */
export function checkFromUnbound(ctx: DoctorContext): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.session.host.rules[4]) {
    if (r.invert || !r.src || r.src.len === 0 || r.action !== FR_ACT.TO_TBL) continue;
    const bound = sampleMatching(ctx.session, r);
    if (!bound || bound.iif !== undefined || bound.src === undefined) continue;
    const unbound = { ...bound };
    delete unbound.src;
    if (probeMatches(ctx.session, r, unbound)) continue; // `from 0.0.0.0/8` and friends
    const res = runProbe(ctx.session, unbound);
    // Only when the unbound lookup reaches the rule and fails on `from` (not decided above it).
    const reached = res.trace.events.some(
      (e) => e.kind === 'rule' && e.pref === r.pref && e.tests.some((t) => t.selector === 'from' && !t.pass),
    );
    if (res.status !== 0 || !reached) continue;
    const m = /\bsrc (\S+)/.exec(res.verdict);
    const picked = m ? parseIpv4Strict(m[1]!) : null;
    if (picked === null || probeMatches(ctx.session, r, { ...bound, src: picked })) continue;
    const ref = refOf(ctx, r);
    const dst = formatIp(bound.dst);
    out.push(
      findingOf(
        {
          kind: 'from-unbound',
          severity: 'info',
          key: [r.pref],
          family: 4,
          title: `Rule ${r.pref} only applies to sockets bound to ${formatIp(bound.src)}`,
          rules: [ref],
          explanation:
            `Rule ${r.pref} (${ruleBody(ref)}) selects packets by source address, but a program that does not bind one ` +
            `(curl without --interface, most clients) is routed with source 0.0.0.0: the rules run before a source is chosen. ` +
            `For ${dst} that lookup ${res.decidedBy !== undefined ? `is decided by rule ${res.decidedBy}, which ` : ''}picks source ${m![1]}, ` +
            `so even connect()'s second lookup with that source misses rule ${r.pref}. Only sockets bound to ${formatIp(bound.src)} ` +
            `(servers answering on it, \`curl --interface\`) use table ${tableName(ctx, r.table)}; ` +
            `if all traffic should, select it by another key (oif, fwmark, uidrange) or route it there from main.`,
        },
        res,
      ),
    );
  }
  return out;
}
