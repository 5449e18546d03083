/**
 * Runs a parsed iptables command against one family's tables: the checks the kernel and
 * iptables-nft make when the command is committed (chain exists, jump target exists, NAT target
 * allowed at the hook, rule numbers in range) with their messages and statuses.
 */
import type { Family } from '../engine/ip';
import type { NfCommand } from './command-types';
import { NfError, noChainError, paramError } from './errors';
import { chainReferences, listTable, orderedChains, saveTable } from './list-table';
import { formatRuleSpec, verboseRule } from './rule-format';
import { BUILTIN_CHAINS } from './state';
import type { NfRule, NfTable, NfTarget } from './types';

function plain(msg: string): NfError {
  return new NfError('plain', msg, 1);
}

function chainOf(t: NfTable, name: string | undefined) {
  const c = name === undefined ? undefined : t.chains.get(name);
  if (!c) throw noChainError();
  return c;
}

/** Hooks a NAT target may be used at (nft_chain_validate_hooks of the nat expressions). */
function natAllowed(t: NfTarget, table: string, chain: string): boolean {
  const builtin = BUILTIN_CHAINS.nat.includes(chain);
  if (t.kind === 'dnat' || t.kind === 'redirect')
    return table === 'nat' && (!builtin || chain === 'PREROUTING' || chain === 'OUTPUT');
  if (t.kind === 'snat' || t.kind === 'masquerade')
    return table === 'nat' && (!builtin || chain === 'POSTROUTING' || chain === 'INPUT');
  return true;
}

/** Builds the stored rule of a rule command (resolving `-j CHAIN` / `-g CHAIN`). */
function buildRule(cmd: NfCommand, t: NfTable, op: string): NfRule {
  const p = cmd.rule;
  let target = p.target;
  if (p.jumpName !== undefined) {
    const c = t.chains.get(p.jumpName);
    if (!c || c.policy !== null) throw paramError(`Chain '${p.jumpName}' does not exist`);
    target = { kind: 'jump', chain: p.jumpName, goto: p.goto };
  }
  if (!natAllowed(target, t.name, cmd.chain!))
    throw new NfError('other', ` ${op} failed (Invalid argument): rule in chain ${cmd.chain}`, 4);
  const base = {
    src: p.src,
    dst: p.dst,
    iif: p.iif,
    oif: p.oif,
    proto: p.proto,
    protoInvert: p.protoInvert,
    fragment: p.fragment,
    matches: p.matches,
    target,
  };
  return { ...base, spec: formatRuleSpec(base), packets: 0, bytes: 0 };
}

/** Runs `cmd` on `t` (a copy the caller commits on success); returns stdout. Throws NfError. */
export function runCommand(cmd: NfCommand, t: NfTable, family: Family): string {
  const fmt = { numeric: cmd.numeric, verbose: cmd.verbose, exact: cmd.exact, lineNumbers: cmd.lineNumbers };
  let out = '';
  for (const kind of cmd.kinds) {
    switch (kind) {
      case 'A':
      case 'I':
      case 'R':
      case 'D':
      case 'C': {
        const c = chainOf(t, cmd.chain);
        const op = {
          A: 'RULE_APPEND',
          I: 'RULE_INSERT',
          R: 'RULE_REPLACE',
          D: 'RULE_DELETE',
          C: 'RULE_CHECK',
        }[kind];
        const rule = buildRule(cmd, t, op);
        if (cmd.verbose) out += verboseRule(rule, family);
        const n = cmd.rulenum ?? 0;
        if (kind === 'A') c.rules.push(rule);
        else if (kind === 'I') {
          if (n > c.rules.length + 1) throw plain('Index of insertion too big.');
          c.rules.splice(n - 1, 0, rule);
        } else if (kind === 'R') {
          if (n > c.rules.length) throw plain('Index of replacement too big.');
          c.rules[n - 1] = rule;
        } else {
          const i = c.rules.findIndex((r) => r.spec === rule.spec);
          if (i < 0) throw plain('Bad rule (does a matching rule exist in that chain?).');
          if (kind === 'D') c.rules.splice(i, 1);
        }
        if (kind !== 'D' && kind !== 'C' && c.policy !== null) t.materialized.add(c.name);
        break;
      }
      case 'Dnum': {
        const c = chainOf(t, cmd.chain);
        if (cmd.rulenum! > c.rules.length) throw plain('Index of deletion too big.');
        c.rules.splice(cmd.rulenum! - 1, 1);
        break;
      }
      case 'L':
      case 'S': {
        if (cmd.chain !== undefined && !t.chains.has(cmd.chain))
          throw new NfError(
            'other',
            `chain \`${cmd.chain}' in table \`${t.name}' is incompatible, use 'nft' tool.`,
            1,
          );
        out +=
          kind === 'L'
            ? listTable(t, cmd.chain, family, fmt, cmd.rulenum)
            : saveTable(t, cmd.chain, cmd.rulenum);
        break;
      }
      case 'F':
        for (const c of cmd.chain === undefined ? orderedChains(t) : [chainOf(t, cmd.chain)]) {
          if (cmd.verbose) out += `Flushing chain \`${c.name}'\n`;
          c.rules = [];
        }
        break;
      case 'Z':
      case 'Znum':
        for (const c of cmd.chain === undefined ? t.chains.values() : [chainOf(t, cmd.chain)]) {
          c.packets = c.bytes = 0;
          c.rules.forEach((r, i) => {
            if (kind === 'Z' || i + 1 === cmd.rulenum) r.packets = r.bytes = 0;
          });
        }
        break;
      case 'N':
        if (t.chains.has(cmd.chain!)) throw plain('Chain already exists.');
        t.chains.set(cmd.chain!, { name: cmd.chain!, policy: null, rules: [], packets: 0, bytes: 0 });
        break;
      case 'X':
        deleteChains(t, cmd.chain);
        break;
      case 'E': {
        const c = chainOf(t, cmd.chain);
        if (c.policy !== null) throw plain('Invalid argument.');
        if (t.chains.has(cmd.newName!)) throw plain('File exists.');
        renameChain(t, cmd.chain!, cmd.newName!);
        break;
      }
      case 'P': {
        const c = t.chains.get(cmd.chain!);
        if (!c || c.policy === null) throw plain('Bad built-in chain name.');
        if (cmd.policy !== 'ACCEPT' && cmd.policy !== 'DROP')
          throw plain("Bad policy name. Run `dmesg' for more information.");
        c.policy = cmd.policy;
        t.materialized.add(c.name);
        break;
      }
    }
  }
  return out;
}

function deleteChains(t: NfTable, name: string | undefined): void {
  const busy = (n: string) =>
    new NfError('other', ` CHAIN_DEL failed (Device or resource busy): chain ${n}`, 4);
  if (name !== undefined) {
    const c = t.chains.get(name);
    if (!c) throw noChainError();
    if (c.policy !== null) {
      if (t.materialized.has(name)) throw busy(name);
      throw noChainError();
    }
    if (c.rules.length > 0 || chainReferences(t, name) > 0) throw busy(name);
    t.chains.delete(name);
    return;
  }
  for (const c of [...t.chains.values()]) {
    if (c.policy !== null) continue;
    if (chainReferences(t, c.name) > 0) throw busy(c.name);
    t.chains.delete(c.name);
  }
}

function renameChain(t: NfTable, from: string, to: string): void {
  const chains = [...t.chains.values()].map((c) => (c.name === from ? { ...c, name: to } : c));
  t.chains.clear();
  for (const c of chains) t.chains.set(c.name, c);
  for (const c of t.chains.values())
    for (const r of c.rules)
      if (r.target.kind === 'jump' && r.target.chain === from) {
        r.target = { ...r.target, chain: to };
        r.spec = formatRuleSpec(r);
      }
}
