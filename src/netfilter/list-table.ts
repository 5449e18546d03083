/** `iptables -L` and `iptables -S` output of a table (list_chains / nft_rule_list_save). */
import type { Family } from '../engine/ip';
import { formatRuleSpec, listRule, printNum, type ListFormat } from './rule-format';
import type { NfChain, NfTable } from './types';

/** How many rules of the table jump or go to `chain`. */
export function chainReferences(table: NfTable, chain: string): number {
  let n = 0;
  for (const c of table.chains.values())
    for (const r of c.rules) if (r.target.kind === 'jump' && r.target.chain === chain) n++;
  return n;
}

/** Built-in chains in hook order, then user chains sorted by name (as iptables-nft lists them). */
export function orderedChains(table: NfTable): NfChain[] {
  const all = [...table.chains.values()];
  const user = all
    .filter((c) => c.policy === null)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return [...all.filter((c) => c.policy !== null), ...user];
}

function header(table: NfTable, c: NfChain, fmt: ListFormat): string {
  let s = `Chain ${c.name}`;
  if (c.policy !== null) {
    s += ` (policy ${c.policy}`;
    if (fmt.verbose) s += ` ${printNum(c.packets, fmt, true)}packets, ${printNum(c.bytes, fmt, true)}bytes`;
    s += ')\n';
  } else s += ` (${chainReferences(table, c.name)} references)\n`;
  if (fmt.lineNumbers) s += 'num  ';
  if (fmt.verbose) s += fmt.exact ? `${'pkts'.padStart(8)} ${'bytes'.padStart(10)} ` : ' pkts bytes ';
  s += 'target     prot opt';
  if (fmt.verbose) s += ' in     out    ';
  return `${s} source               destination         \n`;
}

/** The `-L [CHAIN]` text (chains in table order, a blank line between them). */
export function listTable(
  table: NfTable,
  chain: string | undefined,
  family: Family,
  fmt: ListFormat,
  rulenum?: number,
): string {
  if (chain !== undefined && rulenum !== undefined) {
    const r = table.chains.get(chain)!.rules[rulenum - 1];
    return r ? listRule(r, rulenum, family, fmt) : '';
  }
  const chains = chain === undefined ? orderedChains(table) : [table.chains.get(chain)!];
  const parts: string[] = [];
  for (const c of chains) {
    let s = header(table, c, fmt);
    c.rules.forEach((r, i) => {
      if (rulenum === undefined || rulenum === i + 1) s += listRule(r, i + 1, family, fmt);
    });
    parts.push(s);
  }
  return parts.join('\n');
}

/** The `-S [CHAIN]` text: policies, `-N` lines, then every rule as `-A CHAIN SPEC`. */
export function saveTable(table: NfTable, chain?: string, rulenum?: number): string {
  const chains = chain === undefined ? orderedChains(table) : [table.chains.get(chain)!];
  let s = '';
  if (rulenum === undefined) {
    for (const c of chains) if (c.policy !== null) s += `-P ${c.name} ${c.policy}\n`;
    for (const c of chains) if (c.policy === null) s += `-N ${c.name}\n`;
  }
  for (const c of chains)
    c.rules.forEach((r, i) => {
      if (rulenum === undefined || rulenum === i + 1) s += `-A ${c.name}${r.spec ? ` ${r.spec}` : ''}\n`;
    });
  return s;
}

/** The rule text of `formatRuleSpec` for a stored rule. */
export { formatRuleSpec };
