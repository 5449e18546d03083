/**
 * Rules systemd-networkd would delete. With ManageForeignRoutingPolicyRules=yes (the default),
 * networkd removes at start and reload every rule it did not configure, except those with
 * `protocol kernel` (why Cilium installs its rules with it). Rules added by hand or by scripts
 * carry protocol unspec (or boot) and vanish. Judged only when networkd manages the host: the
 * option says so, or some rule has `protocol static` (what networkd gives its own rules).
 */
import { RTPROT } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { ruleMatchedIn, runProbe } from '../doctor-probe';
import { findingOf, refOf, ruleBody, type DoctorContext } from './context';
import { sampleMatching } from './rule-sample';
import { isKernelDefaultRule } from './table-facts';

/** True when the scenario looks managed by systemd-networkd (or the caller says so). */
export function networkdManaged(ctx: DoctorContext): boolean {
  if (ctx.options.networkd !== undefined) return ctx.options.networkd;
  const h = ctx.session.host;
  return [...h.rules[4], ...h.rules[6]].some((r) => r.protocol === RTPROT.STATIC);
}

/** Findings for rules with protocol unspec or boot on a networkd-managed host. */
export function checkForeignRules(ctx: DoctorContext): Finding[] {
  if (!networkdManaged(ctx)) return [];
  const out: Finding[] = [];
  for (const family of [4, 6] as const) {
    for (const r of ctx.session.host.rules[family]) {
      if (isKernelDefaultRule(r) || (r.protocol !== RTPROT.UNSPEC && r.protocol !== RTPROT.BOOT)) continue;
      const probe = sampleMatching(ctx.session, r);
      if (!probe) continue;
      const res = runProbe(ctx.session, probe);
      if (!ruleMatchedIn(res.trace, r.pref)) continue;
      const ref = refOf(ctx, r);
      const proto = r.protocol === RTPROT.BOOT ? 'boot' : 'unspec';
      out.push(
        findingOf(
          {
            kind: 'foreign-rule',
            severity: 'warning',
            key: [r.pref],
            family,
            title: `systemd-networkd would delete rule ${r.pref} (protocol ${proto})`,
            rules: [ref],
            explanation:
              `Rule ${r.pref} (${ruleBody(ref)}) has protocol ${proto}: it was added by hand or by a script. systemd-networkd, with ` +
              `ManageForeignRoutingPolicyRules=yes (the default), deletes every rule it did not configure when it starts or reloads, ` +
              `except rules with protocol kernel; the probe below, now ${res.decidedBy === r.pref ? 'decided by this rule' : 'routed'} as shown, would change. ` +
              `Declare it in a .network file ([RoutingPolicyRule]), set ManageForeignRoutingPolicyRules=no in networkd.conf, or add it with \`protocol kernel\`.`,
          },
          res,
        ),
      );
    }
  }
  return out;
}
