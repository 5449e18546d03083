/**
 * goto to a priority no rule has: the kernel shows the rule `[unresolved]` and skips it
 * (fib_rules_lookup: `if (target == NULL) continue`), so the jump silently does nothing.
 */
import { FR_ACT } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { runProbe } from '../doctor-probe';
import { findingOf, refOf, ruleBody, type DoctorContext } from './context';
import { sampleMatching } from './rule-sample';

/** Findings for every goto whose target priority no later rule has. */
export function checkUnresolvedGoto(ctx: DoctorContext): Finding[] {
  const out: Finding[] = [];
  for (const family of [4, 6] as const) {
    const rules = ctx.session.host.rules[family];
    rules.forEach((g, i) => {
      if (g.action !== FR_ACT.GOTO || g.gotoTarget === undefined) return;
      if (rules.some((r, k) => k > i && r.pref === g.gotoTarget)) return;
      const probe = sampleMatching(ctx.session, g);
      if (!probe) return;
      const res = runProbe(ctx.session, probe);
      if (!res.trace.events.some((e) => e.kind === 'goto' && e.pref === g.pref && !e.resolved)) return;
      const ref = refOf(ctx, g);
      const next = res.decidedBy !== undefined ? `rule ${res.decidedBy}` : 'the rules after it';
      out.push(
        findingOf(
          {
            kind: 'unresolved-goto',
            severity: 'warning',
            key: [g.pref],
            family,
            title: `Rule ${g.pref} jumps to priority ${g.gotoTarget}, which no rule has`,
            rules: [ref],
            explanation:
              `Rule ${g.pref} (${ruleBody(ref)}) jumps to priority ${g.gotoTarget}, but no rule after it has that priority. ` +
              `The kernel marks such a goto [unresolved] and skips it, so the packets it selects are not diverted: ` +
              `they go on down the list and are decided by ${next}. Add a rule with priority ${g.gotoTarget} or fix the target.`,
          },
          res,
        ),
      );
    });
  }
  return out;
}
