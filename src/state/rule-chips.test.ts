import { describe, expect, it } from 'vitest';
import { gotoTarget, ruleChips } from './rule-chips';

const texts = (t: string) => ruleChips(t).map((c) => `${c.role}:${c.key}:${c.text}`);

describe('ruleChips', () => {
  it('splits a rule into selector, action and modifier chips with the printed words', () => {
    expect(texts('not from all fwmark 0xca6c lookup 51820')).toEqual([
      'selector:not:not',
      'all:from:from all',
      'selector:fwmark:fwmark 0xca6c',
      'action:lookup:lookup 51820',
    ]);
    expect(texts('from all lookup main suppress_prefixlength 0')).toEqual([
      'all:from:from all',
      'action:lookup:lookup main',
      'modifier:suppress_prefixlength:suppress_prefixlength 0',
    ]);
  });

  it('keeps [detached], [unresolved] and l3mdev with their chips', () => {
    expect(texts('from all iif nosuch [detached] goto 40000 [unresolved]')).toEqual([
      'all:from:from all',
      'selector:iif:iif nosuch [detached]',
      'action:goto:goto 40000 [unresolved]',
    ]);
    expect(texts('from all lookup [l3mdev-table]')).toEqual([
      'all:from:from all',
      'selector:l3mdev:lookup [l3mdev-table]',
    ]);
  });

  it('names selectors as the trace does, and keeps bare actions', () => {
    expect(texts('from 10.0.0.0/8 iif lo uidrange 0-0 dport 25 unreachable')).toEqual([
      'selector:from:from 10.0.0.0/8',
      'selector:iif:iif lo',
      'selector:uidrange:uidrange 0-0',
      'selector:dport:dport 25',
      'action:unreachable:unreachable',
    ]);
  });

  it('gotoTarget reads the target priority', () => {
    expect(gotoTarget('from all fwmark 0x1 goto 32766')).toBe(32766);
    expect(gotoTarget('from all lookup main')).toBeUndefined();
  });
});
