/**
 * Shadowed rules: a rule no packet can reach because an earlier rule matches every packet it
 * matches and always ends the walk (fib_rules_lookup stops at the first result that is not
 * EAGAIN): a blackhole/unreachable/prohibit action, or a lookup without suppressors in a table
 * that answers every destination (a default route, no throw route). goto and nop never decide;
 * a goto from above the covering rule that lands between it and the shadowed rule lets packets
 * past it, so such rules are not reported.
 */
import { FR_ACT, TABLE, type Rule } from '../../engine/model';
import type { Finding } from '../doctor-types';
import { ruleDecidesAll, isKernelDefaultRule, isRefusingAction } from './table-facts';
import { covers, detached, sameSelectors } from './rule-sets';
import { findingOf, refOf, ruleBody, tableName, type DoctorContext } from './context';
import { sampleMatching } from './rule-sample';
import { runProbe } from '../doctor-probe';

/** Index of the rule a goto at `i` lands on (first rule with the target priority), or -1. */
function gotoLanding(rules: Rule[], i: number): number {
  const g = rules[i]!;
  if (g.action !== FR_ACT.GOTO || g.gotoTarget === undefined) return -1;
  return rules.findIndex((r, k) => k > i && r.pref === g.gotoTarget);
}

/** True when a goto above `c` can land in (c, s]: packets then reach s without passing c. */
function bypassed(rules: Rule[], c: number, s: number): boolean {
  for (let i = 0; i < c; i++) {
    const t = gotoLanding(rules, i);
    if (t > c && t <= s) return true;
  }
  return false;
}

/** Rules that are not reported as shadowed: designed fallbacks and the kernel's catch-alls. */
function exempt(ctx: DoctorContext, cover: Rule, r: Rule): boolean {
  if (isKernelDefaultRule(r) && r.table === TABLE.DEFAULT) return true;
  // The main rule behind a refusing catch-all (Android's `32000: unreachable`) is by design.
  if (isKernelDefaultRule(r) && isRefusingAction(cover)) return true;
  // Same selectors behind a lookup: a fallback for when the table loses its route (Tailscale
  // 5230/5250). Not for the main rule: a catch-all lookup above it hides main's routes.
  if (isKernelDefaultRule(r) && r.table === TABLE.MAIN) return false;
  return cover.action === FR_ACT.TO_TBL && sameSelectors(ctx.session.host, cover, r);
}

function describeCover(ctx: DoctorContext, c: Rule): string {
  if (isRefusingAction(c)) return 'its action refuses every packet it matches';
  return `table ${tableName(ctx, c.table)} has a default route and no throw route, so the lookup answers every destination`;
}

/** Findings for every shadowed rule of both families. */
export function checkShadowed(ctx: DoctorContext): Finding[] {
  const host = ctx.session.host;
  const out: Finding[] = [];
  for (const family of [4, 6] as const) {
    const rules = host.rules[family];
    for (let s = 1; s < rules.length; s++) {
      const r = rules[s]!;
      if (detached(host, r)) continue;
      const oif = r.oifname !== undefined ? host.ifindexByName(r.oifname) : undefined;
      for (let c = 0; c < s; c++) {
        const cover = rules[c]!;
        if (!ruleDecidesAll(host, cover, oif) || !covers(host, cover, r) || bypassed(rules, c, s)) continue;
        if (exempt(ctx, cover, r)) break;
        const probe = sampleMatching(ctx.session, r);
        if (!probe) break;
        const res = runProbe(ctx.session, probe);
        if (res.decidedBy !== cover.pref) break;
        const rRef = refOf(ctx, r);
        const cRef = refOf(ctx, cover);
        const oifNote =
          oif === undefined && !isRefusingAction(cover)
            ? ' (only a socket bound to another device, whose lookup carries an oif, could get past it)'
            : '';
        out.push(
          findingOf(
            {
              kind: 'shadowed',
              severity: 'warning',
              key: [r.pref, cover.pref],
              family,
              title: `Rule ${r.pref} can never match: rule ${cover.pref} decides first`,
              rules: [rRef, cRef],
              explanation:
                `Rule ${r.pref} (${ruleBody(rRef)}) is shadowed by rule ${cover.pref} (${ruleBody(cRef)}). ` +
                `Every packet rule ${r.pref} selects is also selected by rule ${cover.pref}, which comes first, and ${describeCover(ctx, cover)}${oifNote}. ` +
                `The kernel stops at the first rule that gives a result (fib_rules_lookup), so rule ${r.pref} is never consulted; ` +
                `move it above rule ${cover.pref} (a lower priority) or narrow rule ${cover.pref}.`,
            },
            res,
          ),
        );
        break;
      }
    }
  }
  return out;
}
