import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeFlow } from './flow';
import { createHost } from './index';
import type { Rule } from './model';
import { ruleScanner } from './rule-compile';
import { ruleMatches } from './rule-match';

const addr = fc.constantFrom(0x0a000001, 0x0a000102, 0xc0a80001, 0xc0a80101, 0);
const prefix = fc.record({ addr, len: fc.constantFrom(0, 8, 16, 24, 32) }).map(({ addr: a, len }) => ({
  addr: len === 0 ? 0 : ((a & (-1 << (32 - len))) >>> 0),
  len,
}));

const rule: fc.Arbitrary<Rule> = fc
  .record({
    invert: fc.boolean(),
    src: fc.option(prefix, { nil: undefined }),
    dst: fc.option(prefix, { nil: undefined }),
    tos: fc.constantFrom(0, 0x04, 0x10),
    iifname: fc.constantFrom(undefined, 'lo', 'eth9'),
    oifname: fc.constantFrom(undefined, 'lo', 'eth9'),
    mark: fc.constantFrom(0, 1, 0x100),
    markMask: fc.constantFrom(0, 0xff, 0xffffffff),
    l3mdev: fc.boolean(),
    uidRange: fc.option(fc.constantFrom({ start: 0, end: 0 }, { start: 1000, end: 1005 }), { nil: undefined }),
    ipproto: fc.constantFrom(0, 6, 17),
  })
  .map((r) => ({
    family: 4,
    pref: 100,
    action: 1,
    table: 254,
    ...r,
    mark: r.markMask ? r.mark & r.markMask : 0,
    suppressPrefixlen: -1,
    suppressIfgroup: -1,
    realms: 0,
    protocol: 0,
    seq: 0,
  }));

const flow = fc.record({
  daddr: addr,
  saddr: addr,
  iif: fc.constantFrom(0, 1, 5),
  oif: fc.constantFrom(0, 1, 5),
  mark: fc.constantFrom(0, 1, 0x100, 0x1ff),
  tos: fc.constantFrom(0, 0x04, 0x10, 0x14),
  l3mdev: fc.constantFrom(0, 7),
  uid: fc.constantFrom(0, 1000, 1003, 2000),
  proto: fc.constantFrom(0, 6, 17),
});

describe('ruleScanner (compiled rule selectors)', () => {
  it('finds the same next matching rule as the interpreter, from every start', () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 12 }), fc.array(flow, { minLength: 1, maxLength: 6 }), (rules, flows) => {
        const host = createHost();
        const list = rules.map((r, i) => ({ ...r, pref: 100 + i, seq: i }));
        const scan = ruleScanner(host, list);
        for (const f of flows) {
          const fl = makeFlow(4, f.daddr, { ...f, hasSaddr: f.saddr !== 0 });
          for (let start = 0; start <= list.length; start++) {
            let want = -1;
            for (let i = start; i < list.length; i++) {
              if (ruleMatches(host, list[i], fl, [])) {
                want = i;
                break;
              }
            }
            expect(scan(fl, start)).toBe(want);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
