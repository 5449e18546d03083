/**
 * The `ip` commands behind visual edits. Every edit of the app is a command appended to the
 * script (the script stays the single source of truth), so what the UI does is what a person
 * would type, and the kernel's validation and error text come from running it.
 */
import type { RuleView } from '../worker/view-types';

/** `ip [-6] rule del` for a shown rule: its printed selectors and action, and its priority. */
export function ruleDeleteCommand(rule: RuleView): string {
  return `${ip(rule.family)} rule del ${ruleArgs(rule.text)} pref ${rule.pref}`;
}

/** `ip [-6] rule add` re-creating a shown rule at priority `pref`. */
export function ruleAddCommand(rule: RuleView, pref: number): string {
  return `${ip(rule.family)} rule add ${ruleArgs(rule.text)} pref ${pref}`;
}

/** The rule's printed text as `ip rule add/del` arguments (flags the kernel adds dropped). */
export function ruleArgs(text: string): string {
  return text
    .replace(/ \[(detached|unresolved)\]/g, '')
    .replace(/lookup \[l3mdev-table\]/, 'l3mdev')
    .trim();
}

function ip(family: 4 | 6): string {
  return family === 6 ? 'ip -6' : 'ip';
}

/**
 * Commands that move `rules[from]` to position `to` of the list: delete it, and add it again with
 * a priority between its new neighbours. When no integer fits between them, null (the UI says so).
 */
export function reorderCommands(rules: readonly RuleView[], from: number, to: number): string[] | null {
  if (from === to || from < 0 || from >= rules.length || to < 0 || to >= rules.length) return [];
  const moving = rules[from];
  const rest = rules.filter((_, i) => i !== from);
  const before = rest[to - 1];
  const after = rest[to];
  const pref = prefBetween(before?.pref, after?.pref);
  if (pref === null) return null;
  return [ruleDeleteCommand(moving), ruleAddCommand(moving, pref)];
}

/**
 * A priority after `lo` and before `hi` (either may be missing): in the middle of the gap; `lo`
 * itself when they are adjacent (a re-added rule goes last among rules of equal priority, so it
 * lands after lo's); `lo + 1` at the end of the list; null when nothing fits.
 */
export function prefBetween(lo: number | undefined, hi: number | undefined): number | null {
  // Last place: right after the last rule, as a person would number it.
  if (hi === undefined) return lo === undefined ? 0 : lo < 0xffffffff ? lo + 1 : lo;
  const low = lo ?? -1;
  const high = hi;
  if (high - low >= 2) return Math.floor((low + high) / 2);
  if (lo !== undefined && hi > lo) return lo;
  return null;
}

/** Fields of the rule form: selector and action words, in iproute2's order. */
export interface RuleForm {
  family: 4 | 6;
  not: boolean;
  pref: string;
  from: string;
  to: string;
  iif: string;
  oif: string;
  fwmark: string;
  tos: string;
  dscp: string;
  uidrange: string;
  ipproto: string;
  sport: string;
  dport: string;
  flowlabel: string;
  l3mdev: boolean;
  /** lookup | goto | nop | blackhole | unreachable | prohibit */
  action: string;
  table: string;
  goto: string;
  suppressPrefixlength: string;
  suppressIfgroup: string;
  protocol: string;
}

/** An empty rule form. */
export function emptyRuleForm(family: 4 | 6 = 4): RuleForm {
  return {
    family,
    not: false,
    pref: '',
    from: '',
    to: '',
    iif: '',
    oif: '',
    fwmark: '',
    tos: '',
    dscp: '',
    uidrange: '',
    ipproto: '',
    sport: '',
    dport: '',
    flowlabel: '',
    l3mdev: false,
    action: 'lookup',
    table: '',
    goto: '',
    suppressPrefixlength: '',
    suppressIfgroup: '',
    protocol: '',
  };
}

/** The `ip rule add` command a filled-in form stands for (the kernel judges it when run). */
export function ruleFormCommand(f: RuleForm): string {
  const w: string[] = [ip(f.family), 'rule', 'add'];
  const opt = (key: string, v: string) => v.trim() && w.push(key, v.trim());
  if (f.not) w.push('not');
  opt('from', f.from);
  opt('to', f.to);
  opt('iif', f.iif);
  opt('oif', f.oif);
  opt('fwmark', f.fwmark);
  opt('tos', f.tos);
  opt('dscp', f.dscp);
  opt('uidrange', f.uidrange);
  opt('ipproto', f.ipproto);
  opt('sport', f.sport);
  opt('dport', f.dport);
  opt('flowlabel', f.flowlabel);
  if (f.l3mdev) w.push('l3mdev');
  if (f.action === 'lookup') opt('lookup', f.table);
  else if (f.action === 'goto') opt('goto', f.goto);
  else w.push(f.action);
  opt('suppress_prefixlength', f.suppressPrefixlength);
  opt('suppress_ifgroup', f.suppressIfgroup);
  opt('protocol', f.protocol);
  opt('pref', f.pref);
  return w.join(' ');
}

/** A rule form filled from a shown rule (for editing it). */
export function ruleFormOf(rule: RuleView): RuleForm {
  const f = emptyRuleForm(rule.family);
  f.pref = String(rule.pref);
  const words = ruleArgs(rule.text).split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const v = words[i + 1] ?? '';
    const take = (k: keyof RuleForm) => {
      (f[k] as string) = v;
      i++;
    };
    if (w === 'not') f.not = true;
    else if (w === 'from') {
      if (v === 'all') i++;
      else take('from');
    } else if (w === 'l3mdev') f.l3mdev = true;
    else if (w === 'lookup') take('table');
    else if (w === 'goto') {
      f.action = 'goto';
      take('goto');
    } else if (w === 'dsfield') take('tos');
    else if (w === 'suppress_prefixlength') take('suppressPrefixlength');
    else if (w === 'suppress_ifgroup') take('suppressIfgroup');
    else if (w === 'proto') take('protocol');
    else if (['nop', 'blackhole', 'unreachable', 'prohibit'].includes(w)) f.action = w;
    else if (w in f && typeof f[w as keyof RuleForm] === 'string') take(w as keyof RuleForm);
  }
  return f;
}
