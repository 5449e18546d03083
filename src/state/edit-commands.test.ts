import { describe, expect, it } from 'vitest';
import type { RuleView } from '../worker/view-types';
import { prefBetween, reorderCommands, ruleDeleteCommand } from './edit-commands';

const rule = (pref: number, text: string, family: 4 | 6 = 4, index = 0): RuleView => ({
  family,
  index,
  pref,
  text,
});
const LARTC = [
  rule(0, 'from all lookup local'),
  rule(32765, 'from all fwmark 0x1 lookup mail.out', 4, 1),
  rule(32766, 'from all lookup main', 4, 2),
  rule(32767, 'from all lookup default', 4, 3),
];

describe('rule commands', () => {
  it('ruleDeleteCommand names the rule by its printed selectors and priority', () => {
    expect(ruleDeleteCommand(LARTC[1])).toBe('ip rule del from all fwmark 0x1 lookup mail.out pref 32765');
    expect(ruleDeleteCommand(rule(5, 'from all goto 40000 [unresolved]', 6))).toBe(
      'ip -6 rule del from all goto 40000 pref 5',
    );
    // A nat rule prints as masquerade; `nat 0.0.0.0` names it for del and add.
    expect(ruleDeleteCommand(rule(100, 'from all lookup main masquerade'))).toBe(
      'ip rule del from all lookup main nat 0.0.0.0 pref 100',
    );
  });

  it('reorderCommands moves a rule with del + add at a priority between its new neighbours', () => {
    expect(reorderCommands(LARTC, 1, 2)).toEqual([
      'ip rule del from all fwmark 0x1 lookup mail.out pref 32765',
      'ip rule add from all fwmark 0x1 lookup mail.out pref 32766',
    ]);
    expect(reorderCommands(LARTC, 3, 1)).toEqual([
      'ip rule del from all lookup default pref 32767',
      'ip rule add from all lookup default pref 16382',
    ]);
    expect(reorderCommands(LARTC, 1, 1)).toEqual([]);
  });

  it('prefBetween finds a gap, or a tie after the lower rule, or nothing', () => {
    expect(prefBetween(100, 200)).toBe(150);
    expect(prefBetween(100, 101)).toBe(100);
    expect(prefBetween(undefined, 0)).toBeNull();
    expect(prefBetween(7, 7)).toBeNull();
    expect(prefBetween(32767, undefined)).toBe(32768);
  });
});
