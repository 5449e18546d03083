/**
 * A rule's `ip rule show` text split into chips: its selectors, its action and the action's
 * modifiers, each keeping the exact words iproute2 printed. Chip keys are the trace's selector
 * names, so a trace step can light the chip it tested.
 */

/** What a chip is part of. */
export type ChipRole = 'selector' | 'action' | 'modifier' | 'all';

/** One part of a rule. */
export interface Chip {
  role: ChipRole;
  /** Selector name as the trace names it (`fwmark`, `from`, ...), or the action keyword. */
  key: string;
  /** The words as printed, e.g. `fwmark 0x1/0xff` or `lookup main`. */
  text: string;
}

const SELECTORS = new Set([
  'from',
  'to',
  'tos',
  'dsfield',
  'dscp',
  'fwmark',
  'iif',
  'oif',
  'uidrange',
  'ipproto',
  'sport',
  'dport',
  'tun_id',
  'flowlabel',
]);
const MODIFIERS = new Set(['suppress_prefixlength', 'suppress_ifgroup', 'realms', 'proto']);
const BARE_ACTIONS = new Set([
  'nop',
  'blackhole',
  'unreachable',
  'prohibit',
  'masquerade',
  'unicast',
  'nat',
  'throw',
]);

/** The chips of a rule's text (without `PREF:\t`); `not` is a chip of its own. */
export function ruleChips(text: string): Chip[] {
  const words = text.trim().split(/\s+/);
  const chips: Chip[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    if (w === 'not') chips.push({ role: 'selector', key: 'not', text: 'not' });
    else if (w === 'from' && next === 'all') {
      chips.push({ role: 'all', key: 'from', text: 'from all' });
      i++;
    } else if (w === 'lookup' && next === '[l3mdev-table]') {
      chips.push({ role: 'selector', key: 'l3mdev', text: 'lookup [l3mdev-table]' });
      i++;
    } else if (SELECTORS.has(w) && next !== undefined) {
      let t = `${w} ${next}`;
      i++;
      if (words[i + 1] === '[detached]') t += ` ${words[++i]}`;
      chips.push({ role: 'selector', key: w === 'dsfield' ? 'tos' : w, text: t });
    } else if ((w === 'lookup' || w === 'goto') && next !== undefined) {
      let t = `${w} ${next}`;
      i++;
      if (words[i + 1] === '[unresolved]') t += ` ${words[++i]}`;
      chips.push({ role: 'action', key: w, text: t });
    } else if (MODIFIERS.has(w) && next !== undefined) {
      chips.push({ role: 'modifier', key: w, text: `${w} ${next}` });
      i++;
    } else if (BARE_ACTIONS.has(w)) chips.push({ role: 'action', key: w, text: w });
    else if (chips.length > 0)
      chips[chips.length - 1] = { ...chips[chips.length - 1], text: `${chips[chips.length - 1].text} ${w}` };
    else chips.push({ role: 'selector', key: w, text: w });
  }
  return chips;
}

/** The goto target of a rule's text, if it has one. */
export function gotoTarget(text: string): number | undefined {
  const m = /\bgoto (\d+)/.exec(text);
  return m ? Number(m[1]) : undefined;
}
