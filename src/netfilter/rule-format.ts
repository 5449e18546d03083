/** A rule as `iptables -S` prints it (nft_ipv4_save_rule) and as a `-L` row (print_firewall). */
import type { Family } from '../engine/ip';
import { listAddr, saveAddr } from './addresses';
import { listMiscMatch, saveMiscMatch } from './match-misc';
import { listPorts, savePorts } from './match-ports';
import { protocolName } from './names';
import { listMarkTarget, saveMarkTarget } from './target-mark';
import { listNatTarget, saveNatTarget } from './target-nat';
import type { NfMatch, NfRule, NfTarget } from './types';

/** The module name `-m` shows for a match. */
export function matchModule(m: NfMatch): string {
  if (m.kind === 'ports') return m.module;
  if (m.kind === 'icmp') return m.module;
  return m.kind;
}

/** The target's name in `-j NAME` and in the `-L` target column ('' for none). */
export function targetName(t: NfTarget): string {
  switch (t.kind) {
    case 'none':
      return '';
    case 'verdict':
      return t.verdict;
    case 'jump':
      return t.chain;
    case 'mark':
      return 'MARK';
    case 'connmark-set':
    case 'connmark-save':
    case 'connmark-restore':
      return 'CONNMARK';
    case 'dnat':
      return 'DNAT';
    case 'snat':
      return 'SNAT';
    case 'masquerade':
      return 'MASQUERADE';
    case 'redirect':
      return 'REDIRECT';
  }
}

function saveTarget(t: NfTarget): string {
  switch (t.kind) {
    case 'none':
      return '';
    case 'verdict':
      return ` -j ${t.verdict}`;
    case 'jump':
      return ` ${t.goto ? '-g' : '-j'} ${t.chain}`;
    case 'mark':
    case 'connmark-set':
    case 'connmark-save':
    case 'connmark-restore':
      return ` -j ${targetName(t)}${saveMarkTarget(t)}`;
    default:
      return ` -j ${targetName(t)}${saveNatTarget(t)}`;
  }
}

/** The rule text `iptables -S` prints after `-A CHAIN ` ('' for a rule with nothing). */
export function formatRuleSpec(r: Omit<NfRule, 'spec' | 'packets' | 'bytes'>): string {
  let s = '';
  if (r.src && (r.src.len > 0 || r.src.invert)) s += `${r.src.invert ? ' !' : ''} -s ${saveAddr(r.src)}`;
  if (r.dst && (r.dst.len > 0 || r.dst.invert)) s += `${r.dst.invert ? ' !' : ''} -d ${saveAddr(r.dst)}`;
  if (r.iif) s += `${r.iif.invert ? ' !' : ''} -i ${r.iif.name}`;
  if (r.oif) s += `${r.oif.invert ? ' !' : ''} -o ${r.oif.name}`;
  if (r.proto !== 0) s += `${r.protoInvert ? ' !' : ''} -p ${protocolName(r.proto) ?? r.proto}`;
  if (r.fragment !== undefined) s += `${r.fragment ? '' : ' !'} -f`;
  for (const m of r.matches) {
    s += ` -m ${matchModule(m)}`;
    s += m.kind === 'ports' ? savePorts(m) : saveMiscMatch(m);
  }
  s += saveTarget(r.target);
  return s.slice(1);
}

/** `-L` display options. */
export interface ListFormat {
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
}

/** xtables_print_num: counters, in K/M/G/T unless `-x`. */
export function printNum(n: number, fmt: ListFormat, notable = false): string {
  const pad = (s: string, w: number) => (notable ? `${s} ` : `${s.padStart(w)} `);
  if (fmt.exact) return pad(String(n), 8);
  if (n <= 99999) return pad(String(n), 5);
  for (const unit of ['K', 'M', 'G']) {
    n = Math.floor((n + 500) / 1000);
    if (n <= 9999) return pad(`${n}`, 4).replace(/ $/, `${unit} `);
  }
  n = Math.floor((n + 500) / 1000);
  return pad(`${n}`, 4).replace(/ $/, 'T ');
}

/** The matches' and target's `-L` text of a rule. */
function extrasText(r: NfRule, numeric: boolean): string {
  let s = '';
  for (const m of r.matches)
    s += m.kind === 'ports' ? listPorts(m, numeric) : listMiscMatch(m, numeric, r.proto);
  const t = r.target;
  if (
    t.kind === 'mark' ||
    t.kind === 'connmark-set' ||
    t.kind === 'connmark-save' ||
    t.kind === 'connmark-restore'
  )
    s += listMarkTarget(t);
  else if (t.kind === 'dnat' || t.kind === 'snat' || t.kind === 'masquerade' || t.kind === 'redirect')
    s += listNatTarget(t);
  return s;
}

/** The line `-v` prints for a rule it adds, deletes or checks (print_firewall_line, FMT_PRINT_RULE). */
export function verboseRule(r: NfRule, family: Family): string {
  const iface = (m: NfRule['iif']) => (m ? `${m.invert ? '!' : ''}${m.name}` : '*');
  const proto = r.proto === 0 ? 'all' : (protocolName(r.proto) ?? String(r.proto));
  const frag = r.fragment === undefined ? '--' : r.fragment ? '-f' : '!f';
  const src = `${r.src?.invert ? '!' : ' '}${listAddr(r.src, family, true)}`;
  const dst = `${r.dst?.invert ? '!' : ' '}-> ${listAddr(r.dst, family, true)}`;
  const goto = r.target.kind === 'jump' && r.target.goto ? '[goto] ' : '';
  return `${targetName(r.target)} ${r.protoInvert ? '!' : ' '}${proto} opt ${frag} in ${iface(r.iif)} out ${iface(r.oif)} ${src} ${dst}  ${goto}${extrasText(r, true)}\n`;
}

/** One `-L` row of a rule (with its newline). */
export function listRule(r: NfRule, n: number, family: Family, fmt: ListFormat): string {
  let s = '';
  if (fmt.lineNumbers) s += `${String(n).padEnd(4)} `;
  if (fmt.verbose) s += printNum(r.packets, fmt) + printNum(r.bytes, fmt);
  s += `${targetName(r.target).padEnd(9)} `;
  s += r.protoInvert ? '!' : ' ';
  const pname =
    r.proto === 0 && !fmt.numeric
      ? 'all'
      : fmt.numeric
        ? String(r.proto)
        : (protocolName(r.proto) ?? String(r.proto));
  s += `${pname.padEnd(4)} `;
  s += r.fragment === undefined ? '-- ' : r.fragment ? '-f ' : '!f ';
  if (fmt.verbose) {
    const any = fmt.numeric ? '*' : 'any';
    const iface = (m: NfRule['iif']) => (m ? `${m.invert ? '!' : ''}${m.name}` : any);
    s += ` ${iface(r.iif).padEnd(6)} ${iface(r.oif).padEnd(6)} `;
  }
  s += `${r.src?.invert ? '!' : ' '}${listAddr(r.src, family, fmt.numeric).padEnd(19)} `;
  s += `${r.dst?.invert ? '!' : ' '}${listAddr(r.dst, family, fmt.numeric).padEnd(19)} `;
  if (r.target.kind === 'jump' && r.target.goto) s += '[goto] ';
  return `${s}${extrasText(r, fmt.numeric)}\n`;
}
