/**
 * What the scenario's iptables rules can do to a packet's mark: the MARK and CONNMARK targets
 * of every table and chain of one family (xt_MARK: mark = (mark & ~mask) ^ value).
 */
import type { Session } from '../../iproute2/context';
import type { NetfilterState, NfRule } from '../../netfilter/index';

/** The netfilter state of a session, if any iptables command ever ran (Session.netfilter). */
export function netfilterOf(session: Session): NetfilterState | undefined {
  return (session as Session & { netfilter?: NetfilterState }).netfilter;
}

/** Every netfilter rule of a family, with its chain's `-A CHAIN spec` text. */
export function nfRules(nf: NetfilterState, family: 4 | 6): { rule: NfRule; text: string; table: string }[] {
  const out: { rule: NfRule; text: string; table: string }[] = [];
  const fam = family === 4 ? nf.v4 : nf.v6;
  for (const t of fam.tables.values())
    for (const c of t.chains.values())
      for (const rule of c.rules) out.push({ rule, text: `-A ${c.name} ${rule.spec}`, table: t.name });
  return out;
}

/** True when the family has any netfilter table at all (the scenario models netfilter). */
export function hasNetfilter(nf: NetfilterState | undefined, family: 4 | 6): nf is NetfilterState {
  return nf !== undefined && (family === 4 ? nf.v4 : nf.v6).tables.size > 0;
}

/** The mark bits some MARK / CONNMARK --set target can turn on. */
export function settableBits(nf: NetfilterState, family: 4 | 6): number {
  let bits = 0;
  for (const { rule } of nfRules(nf, family)) {
    const t = rule.target;
    if (t.kind === 'mark' || t.kind === 'connmark-set') bits |= t.value;
  }
  return bits >>> 0;
}
