/**
 * Rules that look up a missing or empty table: the lookup answers EAGAIN and the walk goes on
 * (fib4_rule_action: no table → -EAGAIN), so the rule does nothing. Reported as info: daemons
 * often fill such tables later (Android netd, Cilium). Table `default` is skipped: it is the
 * kernel's own last resort and normally empty, like the kernel's rules themselves.
 */
import { FR_ACT, TABLE } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { runProbe, stepsOfRule } from '../doctor-probe';
import { findingOf, refOf, ruleBody, tableName, type DoctorContext } from './context';
import { sampleMatching } from './rule-sample';
import { isKernelDefaultRule, tableRoutes } from './table-facts';

/** Findings for each lookup rule whose table has no route (one per rule). */
export function checkEmptyTables(ctx: DoctorContext): Finding[] {
  const host = ctx.session.host;
  const out: Finding[] = [];
  for (const family of [4, 6] as const) {
    for (const r of host.rules[family]) {
      if (r.action !== FR_ACT.TO_TBL || r.table === TABLE.DEFAULT || isKernelDefaultRule(r)) continue;
      const missing = host.table(family, r.table) === undefined;
      if (!missing && tableRoutes(host, family, r.table).length > 0) continue;
      const probe = sampleMatching(ctx.session, r);
      if (!probe) continue;
      const res = runProbe(ctx.session, probe);
      // Only rules the probe reaches (a rule decided above is reported as shadowed instead).
      const reached = stepsOfRule(res.trace, family, host.rules[family].indexOf(r)).some(
        (e) => e.kind === 'table-missing' || e.kind === 'table-lookup',
      );
      if (!reached) continue;
      const ref = refOf(ctx, r);
      const name = tableName(ctx, r.table);
      out.push(
        findingOf(
          {
            kind: missing ? 'missing-table' : 'empty-table',
            severity: 'info',
            key: [r.pref],
            family,
            title: `Rule ${r.pref} looks up table ${name}, which ${missing ? 'does not exist' : 'is empty'}`,
            rules: [ref],
            explanation:
              `Rule ${r.pref} (${ruleBody(ref)}) looks up table ${name}, which ${missing ? 'does not exist' : 'has no route'} (IPv${family}). ` +
              `A lookup that finds nothing is not an error: the kernel goes on with the next rule, so the rule currently does nothing` +
              `${res.decidedBy !== undefined ? ` and its packets are decided by rule ${res.decidedBy}` : ''}. ` +
              `Fine if a program fills the table later; otherwise check the table number or add its routes.`,
          },
          res,
        ),
      );
    }
  }
  return out;
}
