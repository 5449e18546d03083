/** The iptables commands that rebuild a netfilter state (for the scenario exported as a script). */
import { orderedChains } from './list-table';
import type { NetfilterState, NfFamilyState, NfTableName } from './types';

const TABLES: NfTableName[] = ['filter', 'mangle', 'nat'];

function familyLines(fam: NfFamilyState, prog: string): string[] {
  const lines: string[] = [];
  for (const name of TABLES) {
    const t = fam.tables.get(name);
    if (!t) continue;
    const tp = name === 'filter' ? '' : `-t ${name} `;
    const chains = orderedChains(t);
    for (const c of chains) if (c.policy === null) lines.push(`${prog} ${tp}-N ${c.name}`);
    for (const c of chains) if (c.policy === 'DROP') lines.push(`${prog} ${tp}-P ${c.name} DROP`);
    for (const c of chains)
      for (const r of c.rules) lines.push(`${prog} ${tp}-A ${c.name}${r.spec ? ` ${r.spec}` : ''}`);
  }
  return lines;
}

/** `iptables [-t TABLE] -N/-P/-A ...` lines, IPv4 then IPv6, tables filter, mangle, nat. */
export function saveRules(nf: NetfilterState | undefined): string[] {
  if (!nf) return [];
  return [...familyLines(nf.v4, 'iptables'), ...familyLines(nf.v6, 'ip6tables')];
}
