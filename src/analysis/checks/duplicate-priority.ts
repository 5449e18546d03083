/**
 * Several rules with one priority: legal, but their order is the order they were added in
 * (fib_nl_newrule inserts after the last rule with pref <= the new one), `ip rule del pref N`
 * removes only the first, and a goto to N lands on the first. Usually a rule added without
 * `pref` after `ip rule del pref 0`, or two daemons picking the same number.
 */
import type { Finding } from '../doctor-types';
import { runProbe } from '../doctor-probe';
import { findingOf, refOf, ruleBody, type DoctorContext } from './context';
import { sampleMatching } from './rule-sample';

/** Findings for each priority held by more than one rule (one finding per priority). */
export function checkDuplicatePriority(ctx: DoctorContext): Finding[] {
  const out: Finding[] = [];
  for (const family of [4, 6] as const) {
    const rules = ctx.session.host.rules[family];
    const seen = new Set<number>();
    rules.forEach((r, i) => {
      if (seen.has(r.pref)) return;
      const same = rules.filter((x, k) => k > i && x.pref === r.pref);
      if (same.length === 0) return;
      seen.add(r.pref);
      const second = same[0]!;
      const probe = sampleMatching(ctx.session, second) ?? sampleMatching(ctx.session, r);
      if (!probe) return;
      const res = runProbe(ctx.session, probe);
      const refs = [r, ...same].map((x) => refOf(ctx, x));
      out.push(
        findingOf(
          {
            kind: 'duplicate-priority',
            severity: 'warning',
            key: [r.pref],
            family,
            title: `${refs.length} rules share priority ${r.pref}`,
            rules: refs,
            explanation:
              `${refs.length} rules have priority ${r.pref}: ${refs.map((x) => `"${ruleBody(x)}"`).join(', ')}. ` +
              `The kernel keeps them in the order they were added, so which one a packet meets first depends on history, ` +
              `\`ip rule del pref ${r.pref}\` deletes only the first, and a goto ${r.pref} lands on the first. ` +
              `This usually comes from a rule added without \`pref\` (the kernel picks the second rule's priority minus one) ` +
              `or two programs choosing the same number; give each rule its own priority.`,
          },
          res,
        ),
      );
    });
  }
  return out;
}
