/**
 * Mark bits shared by two mark users (cilium#36104, tailscale#18443, kubernetes#19983): a packet
 * one of them marks is selected by the other's fwmark rule. Shown with a packet carrying the
 * first owner's mark that the second owner's rule matches.
 */
import type { Finding } from '../doctor-types';
import { ruleMatchedIn, runProbe } from '../doctor-probe';
import { findingOf, refOf, ruleBody, type DoctorContext } from './context';
import { footprint, markOwners } from './mark-owners';
import { netfilterOf, nfRules } from './netfilter-marks';
import { defaultDst, sampleIn } from './table-facts';

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

/** Findings for each pair of mark users whose bits overlap, shown by a packet one marks and the other's rule takes. */
export function checkMarkCollisions(ctx: DoctorContext): Finding[] {
  const out: Finding[] = [];
  const nf = netfilterOf(ctx.session);
  for (const family of [4, 6] as const) {
    const owners = markOwners(
      ctx.session.host.rules[family],
      nf ? nfRules(nf, family).map((x) => x.rule) : [],
    );
    const reported = new Set<string>();
    for (const a of owners) {
      for (const b of owners) {
        const pair = [a.id, b.id].sort().join('|');
        if (a === b || reported.has(pair)) continue;
        for (const ra of a.rules) {
          if ((ra.markMask & footprint(b)) === 0) continue;
          const mark = (b.magic | (ra.mark & ra.markMask & b.variable)) >>> 0;
          const res = runProbe(ctx.session, {
            family,
            dst: ra.dst?.len ? sampleIn(ra.dst.addr, ra.dst.len) : defaultDst(family),
            mark,
          });
          if (!ruleMatchedIn(res.trace, ra.pref)) continue;
          reported.add(pair);
          const ref = refOf(ctx, ra);
          out.push(
            findingOf(
              {
                kind: 'mark-collision',
                severity: 'warning',
                key: [a.id, b.id],
                family,
                title: `${a.name} and ${b.name} use the same mark bits`,
                rules: [ref, ...b.rules.slice(0, 3).map((r) => refOf(ctx, r))],
                explanation:
                  `${a.about}; ${b.about}. The bits overlap (${hex((ra.markMask & footprint(b)) >>> 0)}), so a packet ${b.name} marks ${hex(mark)} ` +
                  `is selected by ${a.name}'s rule ${ra.pref} (${ruleBody(ref)})${res.decidedBy !== undefined && res.decidedBy !== ra.pref ? ` and then decided by rule ${res.decidedBy}` : ''}, ` +
                  `not routed the way ${b.name} meant. Move one of them to free bits (Tailscale: LinuxPacketMarks; Cilium/Calico: their mark mask settings) ` +
                  `or add a rule with a lower priority that catches ${b.name}'s packets first.`,
              },
              res,
            ),
          );
          break;
        }
      }
    }
  }
  return out;
}
