import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FibAlias, type FibInfo } from './fib-alias';
import { compareIpv4Order, sortIpv4DumpOrder } from './fib-dump-order';
import { maskIp } from './ip';

const INFO = {} as FibInfo;

/** Distinct prefixes (one head each, as a table has), from random addresses and lengths. */
function heads(pairs: [number, number][]): FibAlias[] {
  const seen = new Set<string>();
  const out: FibAlias[] = [];
  for (const [addr, len] of pairs) {
    const d = (maskIp(addr, len) as number) | 0;
    if (seen.has(`${d}/${len}`)) continue;
    seen.add(`${d}/${len}`);
    out.push(new FibAlias(254, d, len, 0, 1, INFO, out.length));
  }
  return out;
}

describe('sortIpv4DumpOrder', () => {
  it('gives the comparator order of fib_trie on tables big enough for the radix sort (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 })), {
          minLength: 600,
          maxLength: 3000,
        }),
        // A few addresses repeated at many lengths: same key, different lengths.
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 5 }),
        (pairs, shared) => {
          for (const a of shared) for (let len = 0; len <= 32; len += 3) pairs.push([a, len]);
          const list = heads(pairs);
          const want = list.slice().sort(compareIpv4Order);
          const got = sortIpv4DumpOrder(list);
          // The first place the orders differ (-1: none), not a diff of thousands of entries.
          expect(got.findIndex((h, i) => h !== want[i])).toBe(-1);
        },
      ),
      { numRuns: 60, endOnFailure: true },
    );
  });
});
