/**
 * fwmark rules no netfilter rule can satisfy. Only judged when the scenario has iptables state:
 * a rule testing mark bits that no MARK/CONNMARK target ever sets matches only packets marked by
 * their socket (SO_MARK), which the known VPN daemons do for their own marks (wg-quick's
 * `not fwmark X lookup X`, Tailscale's 0x80000/0xff0000); those are not reported.
 */
import { FR_ACT, type Rule } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { runProbe } from '../doctor-probe';
import { findingOf, refOf, ruleBody, type DoctorContext } from './context';
import { hasNetfilter, netfilterOf, settableBits } from './netfilter-marks';
import { sampleMatching } from './rule-sample';

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

/** Marks set by the daemons' own sockets: a VPN's `not fwmark X` value and Tailscale's bypass mark. */
function socketMark(rules: Rule[], r: Rule): boolean {
  if (r.markMask === 0xff0000 && (r.mark === 0x80000 || r.mark === 0x40000)) return true;
  return rules.some((x) => x.invert && x.markMask === 0xffffffff && x.mark === r.mark);
}

/** Findings for fwmark rules whose required bits no iptables rule sets. */
export function checkFwmarkNeverSet(ctx: DoctorContext): Finding[] {
  const nf = netfilterOf(ctx.session);
  const out: Finding[] = [];
  for (const family of [4, 6] as const) {
    if (!hasNetfilter(nf, family)) continue;
    const settable = settableBits(nf, family);
    const rules = ctx.session.host.rules[family];
    for (const r of rules) {
      const need = (r.mark & r.markMask) >>> 0;
      if (r.invert || need === 0 || r.action === FR_ACT.NOP) continue;
      if ((need & ~settable) >>> 0 === 0 || socketMark(rules, r)) continue;
      const marked = sampleMatching(ctx.session, r);
      if (!marked) continue;
      const probe = { ...marked };
      delete probe.mark;
      const res = runProbe(ctx.session, probe);
      const failed = res.trace.events.some(
        (e) =>
          e.kind === 'rule' && e.pref === r.pref && e.tests.some((t) => t.selector === 'fwmark' && !t.pass),
      );
      if (!failed) continue;
      const ref = refOf(ctx, r);
      out.push(
        findingOf(
          {
            kind: 'fwmark-never-set',
            severity: 'warning',
            key: [r.pref],
            family,
            title: `Rule ${r.pref} waits for mark ${hex(need)}, which no iptables rule sets`,
            rules: [ref],
            explanation:
              `Rule ${r.pref} (${ruleBody(ref)}) needs mark bits ${hex(need)}, but no MARK or CONNMARK rule of ${family === 4 ? 'iptables' : 'ip6tables'} sets ${hex((need & ~settable) >>> 0)} ` +
              `(the rules set at most ${hex(settable)}). Unless a program marks its own sockets (SO_MARK), packets arrive with those bits clear, ` +
              `fail the fwmark test and are decided ${res.decidedBy !== undefined ? `by rule ${res.decidedBy}` : 'elsewhere'}. ` +
              `Add the MARK rule (\`iptables -t mangle -A PREROUTING/OUTPUT ... -j MARK --set-xmark ${hex(need)}/${hex(r.markMask)}\`) or fix the value.`,
          },
          res,
        ),
      );
    }
  }
  return out;
}
