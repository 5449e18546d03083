/**
 * The rule form's model: every selector and action `ip rule add` of iproute2 6.1 accepts
 * (iprule.c iprule_modify), the command a filled-in form stands for, and a form filled from a
 * shown rule. The form only builds the command; running it is what validates it, so errors are
 * iproute2's or the kernel's own text.
 */
import type { RuleView } from '../worker/view-types';
import { ip, ruleArgs } from './edit-commands';

/** Rule actions: `lookup TABLE`, `goto PREF`, `nat ADDRESS`, or a bare type word. */
export const RULE_ACTIONS = ['lookup', 'goto', 'nop', 'blackhole', 'unreachable', 'prohibit', 'nat'] as const;

/** One of RULE_ACTIONS. */
export type RuleAction = (typeof RULE_ACTIONS)[number];

/** Fields of the rule form. Text fields hold the words as typed; empty means "not given". */
export interface RuleForm {
  family: 4 | 6;
  not: boolean;
  pref: string;
  from: string;
  to: string;
  tos: string;
  fwmark: string;
  iif: string;
  oif: string;
  uidrange: string;
  ipproto: string;
  sport: string;
  dport: string;
  tunId: string;
  l3mdev: boolean;
  action: RuleAction;
  table: string;
  goto: string;
  nat: string;
  realms: string;
  suppressPrefixlength: string;
  suppressIfgroup: string;
  protocol: string;
}

/** Text fields of the form other than those of the action. */
export type RuleTextKey = Exclude<
  { [K in keyof RuleForm]: RuleForm[K] extends string ? K : never }[keyof RuleForm],
  'action' | 'table' | 'goto' | 'nat'
>;

/** A text field: its key, the `ip rule` keyword it becomes, a placeholder and a one-line help. */
export interface RuleFieldSpec {
  key: RuleTextKey;
  word: string;
  placeholder: string;
  help: string;
  /** Selectors match packets; modifiers change what a matching rule does. */
  group: 'selector' | 'modifier';
}

/** The text fields in the order the command is built (iproute2's print order). */
export const RULE_TEXT_FIELDS: readonly RuleFieldSpec[] = [
  { key: 'from', word: 'from', placeholder: '10.0.0.0/8', help: 'source prefix', group: 'selector' },
  { key: 'to', word: 'to', placeholder: '192.0.2.0/24', help: 'destination prefix', group: 'selector' },
  {
    key: 'tos',
    word: 'tos',
    placeholder: '0x10',
    help: 'TOS / dsfield byte (a name or a number)',
    group: 'selector',
  },
  { key: 'fwmark', word: 'fwmark', placeholder: '0x1/0xff', help: 'MARK[/MASK]', group: 'selector' },
  {
    key: 'iif',
    word: 'iif',
    placeholder: 'eth0',
    help: 'input device (lo: locally generated)',
    group: 'selector',
  },
  { key: 'oif', word: 'oif', placeholder: 'wg0', help: 'output device (bound sockets)', group: 'selector' },
  {
    key: 'uidrange',
    word: 'uidrange',
    placeholder: '1000-1000',
    help: 'socket owner uid range',
    group: 'selector',
  },
  {
    key: 'ipproto',
    word: 'ipproto',
    placeholder: 'tcp',
    help: 'IP protocol (name or number)',
    group: 'selector',
  },
  { key: 'sport', word: 'sport', placeholder: '1024-65000', help: 'source port or range', group: 'selector' },
  { key: 'dport', word: 'dport', placeholder: '25', help: 'destination port or range', group: 'selector' },
  {
    key: 'tunId',
    word: 'tun_id',
    placeholder: '5',
    help: 'tunnel id of metadata (collect_md) tunnels',
    group: 'selector',
  },
  {
    key: 'realms',
    word: 'realms',
    placeholder: '1/2',
    help: '[SRCREALM/]DSTREALM for route classifiers',
    group: 'modifier',
  },
  {
    key: 'suppressPrefixlength',
    word: 'suppress_prefixlength',
    placeholder: '0',
    help: "reject the table's answer when its prefix is this short or shorter",
    group: 'modifier',
  },
  {
    key: 'suppressIfgroup',
    word: 'suppress_ifgroup',
    placeholder: 'default',
    help: "reject the table's answer when its device is in this group",
    group: 'modifier',
  },
  {
    key: 'protocol',
    word: 'protocol',
    placeholder: 'static',
    help: 'who installed the rule',
    group: 'modifier',
  },
];

/** An empty rule form. */
export function emptyRuleForm(family: 4 | 6 = 4): RuleForm {
  return {
    family,
    not: false,
    pref: '',
    from: '',
    to: '',
    tos: '',
    fwmark: '',
    iif: '',
    oif: '',
    uidrange: '',
    ipproto: '',
    sport: '',
    dport: '',
    tunId: '',
    l3mdev: false,
    action: 'lookup',
    table: '',
    goto: '',
    nat: '',
    realms: '',
    suppressPrefixlength: '',
    suppressIfgroup: '',
    protocol: '',
  };
}

/** The `ip rule add` command a filled-in form stands for (the kernel judges it when run). */
export function ruleFormCommand(f: RuleForm): string {
  const w: string[] = [ip(f.family), 'rule', 'add'];
  const opt = (key: string, v: string) => {
    if (v.trim()) w.push(key, v.trim());
  };
  if (f.not) w.push('not');
  for (const field of RULE_TEXT_FIELDS) if (field.group === 'selector') opt(field.word, f[field.key]);
  if (f.l3mdev) w.push('l3mdev');
  if (f.action === 'lookup') opt('lookup', f.table);
  else if (f.action === 'goto') opt('goto', f.goto);
  // `nat` without its address is iproute2's own error to give: keep the word.
  else if (f.action === 'nat') w.push('nat', ...(f.nat.trim() ? [f.nat.trim()] : []));
  else w.push(f.action);
  for (const field of RULE_TEXT_FIELDS) if (field.group === 'modifier') opt(field.word, f[field.key]);
  opt('pref', f.pref);
  return w.join(' ');
}

const WORD_KEYS: Record<string, RuleTextKey> = Object.fromEntries([
  ...RULE_TEXT_FIELDS.map((f) => [f.word, f.key]),
  ['dsfield', 'tos'],
  ['proto', 'protocol'],
]);
const BARE: readonly string[] = ['nop', 'blackhole', 'unreachable', 'prohibit'];

/** A rule form filled from a shown rule (for editing it). */
export function ruleFormOf(rule: RuleView): RuleForm {
  const f = emptyRuleForm(rule.family);
  f.pref = String(rule.pref);
  const words = ruleArgs(rule.text).split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const v = words[i + 1] ?? '';
    if (w === 'not') f.not = true;
    else if (w === 'from' && v === 'all') i++;
    else if (w === 'l3mdev') f.l3mdev = true;
    else if (w === 'lookup') {
      f.table = v;
      i++;
    } else if (w === 'goto') {
      f.action = 'goto';
      f.goto = v;
      i++;
    } else if (w === 'nat' || w === 'map-to') {
      f.action = 'nat';
      f.nat = v;
      i++;
    } else if (BARE.includes(w)) f.action = w as RuleAction;
    else if (w in WORD_KEYS) {
      f[WORD_KEYS[w]] = v;
      i++;
    }
  }
  // A nat rule shows `lookup main` (the default table) too; the nat command takes no table.
  if (f.action === 'nat') f.table = '';
  return f;
}
