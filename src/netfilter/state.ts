/**
 * Netfilter state of a fresh network namespace and the tables' built-in chains. iptables-nft
 * creates a table's built-in chains lazily, so a built-in chain only "exists" in the kernel once
 * a rule or a policy was put in it (which decides `-X OUTPUT`'s error).
 */
import type { NetfilterState, NfChain, NfFamilyState, NfTable, NfTableName } from './types';

/** Built-in chains of each table, in listing order (iptables' xtables_*_builtin tables). */
export const BUILTIN_CHAINS: Readonly<Record<NfTableName, readonly string[]>> = {
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
};

/** True for the names `-t` accepts. */
export function isTableName(name: string): name is NfTableName {
  return name === 'filter' || name === 'mangle' || name === 'nat';
}

function emptyFamily(): NfFamilyState {
  return { tables: new Map(), generation: 0 };
}

/** The netfilter state of a fresh namespace: no tables. */
export function createNetfilter(): NetfilterState {
  return { v4: emptyFamily(), v6: emptyFamily() };
}

/** A table with its built-in chains (policy ACCEPT, no rules). */
export function newTable(name: NfTableName): NfTable {
  const chains = new Map<string, NfChain>();
  for (const c of BUILTIN_CHAINS[name])
    chains.set(c, { name: c, policy: 'ACCEPT', rules: [], packets: 0, bytes: 0 });
  return { name, chains, materialized: new Set() };
}

/** The family's table, created on first use. */
export function tableOf(fam: NfFamilyState, name: NfTableName): NfTable {
  let t = fam.tables.get(name);
  if (!t) {
    t = newTable(name);
    fam.tables.set(name, t);
  }
  return t;
}

/** A deep copy, so a failing command can be undone by keeping the original. */
export function cloneTable(t: NfTable): NfTable {
  const chains = new Map<string, NfChain>();
  for (const [k, c] of t.chains) chains.set(k, { ...c, rules: c.rules.map((r) => ({ ...r })) });
  return { name: t.name, chains, materialized: new Set(t.materialized) };
}
