/**
 * The doctor: finds rule-ordering mistakes in a scenario (both families) and explains each with
 * a probe — an `ip route get` argument list whose trace shows the problem — and the verdict the
 * engine gives it. Pure (no DOM, no Node): the web app and `rpdb doctor` both call runDoctor.
 */
import type { Session } from '../iproute2/context';
import { checkDefaultRules } from './checks/default-rules';
import { checkDuplicatePriority } from './checks/duplicate-priority';
import { checkEmptyTables } from './checks/empty-table';
import { checkForeignRules } from './checks/foreign-rules';
import { checkFromUnbound } from './checks/from-unbound';
import { checkFwmarkNeverSet } from './checks/fwmark-never-set';
import { checkIpv6Leak } from './checks/ipv6-leak';
import { checkMarkCollisions } from './checks/mark-collision';
import { checkRpFilter } from './checks/rp-filter';
import { checkShadowed } from './checks/shadowed';
import { checkSuppressNever } from './checks/suppress-never';
import { checkUnresolvedGoto } from './checks/goto-unresolved';
import { doctorContext, type DoctorContext } from './checks/context';
import type { DoctorOptions, Finding, Severity } from './doctor-types';

export type { DoctorOptions, Finding, FindingKind, FindingRule, Probe, Severity } from './doctor-types';

/** Every check, in the order findings are listed within one severity. */
const CHECKS: readonly ((ctx: DoctorContext) => Finding[])[] = [
  checkDefaultRules,
  checkShadowed,
  checkUnresolvedGoto,
  checkDuplicatePriority,
  checkSuppressNever,
  checkRpFilter,
  checkIpv6Leak,
  checkMarkCollisions,
  checkFwmarkNeverSet,
  checkFromUnbound,
  checkEmptyTables,
  checkForeignRules,
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The findings for a session's current state, errors first, then warnings, then info. Runs
 * probes through the engine (traced `ip route get`) but leaves the session unchanged.
 */
export function runDoctor(session: Session, options: DoctorOptions = {}): Finding[] {
  const ctx = doctorContext(session, options);
  const all = CHECKS.flatMap((check) => check(ctx));
  // Rules sharing a priority would share an id: number the repeats.
  const seen = new Map<string, number>();
  for (const f of all) {
    const n = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, n);
    if (n > 1) f.id = `${f.id}#${n}`;
  }
  return all
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}
