import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainRoute4 } from './plain-route-line';
import { TailMemo, tailHash } from './plain-route-tails';

/** A route whose tail fields are derived from `n`. */
function route(n: number): PlainRoute4 {
  return { dst: 0, dstLen: 0, gateway: n + 1, oif: n % 7, priority: n % 3 ? -1 : n, table: 100 + n, protocol: 3 };
}

describe('TailMemo', () => {
  for (const [name, hash] of [
    ['FNV-1a', tailHash],
    ['a hash where every tail collides', () => 42],
  ] as const) {
    it(`finds exactly the tails it kept, fields and all (${name}; property)`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('1.2.3.0/24', '9.9.9.9')), { maxLength: 300 }), (seq) => {
          const memo = new TailMemo(hash);
          const kept = new Map<string, number>();
          for (const [n, dst] of seq) {
            const tail = n % 5 === 0 ? ` not plain ${n}` : ` via 10.0.0.${n} table ${100 + n}`;
            const line = `${dst}${tail}`;
            const i = memo.find(line, dst.length);
            const r = route(0);
            if (i < 0) {
              // Either never kept, or forgotten when the table started over.
              memo.keep(line, dst.length, n % 5 === 0 ? null : route(n));
              kept.set(tail, n);
            } else {
              expect(kept.get(tail)).toBe(n);
              expect(memo.fill(i, r)).toBe(n % 5 !== 0);
              if (n % 5 !== 0) expect(r).toEqual(route(n));
            }
          }
        }),
        { numRuns: 200 },
      );
    });
  }
});
