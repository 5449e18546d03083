import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  atomHas,
  atomIntersect,
  atomSubtract,
  atomUnion,
  iv,
  type Atom,
  type Interval,
  type Ternary,
} from './packet-class-atoms';

/** Sorted disjoint intervals inside 0..63. */
const intervals = fc
  .uniqueArray(fc.integer({ min: 0, max: 63 }), { maxLength: 12 })
  .map((cuts): Interval[] => {
    const s = [...cuts].sort((a, b) => a - b);
    const out: Interval[] = [];
    for (let i = 0; i + 1 < s.length; i += 2) out.push(iv(s[i], s[i + 1]));
    return out;
  });
/** Disjoint cubes over 6 bits: built by subtracting random cubes from one. */
const oneCube = fc
  .tuple(fc.integer({ min: 0, max: 63 }), fc.integer({ min: 0, max: 63 }))
  .map(([v, m]): Ternary => ({ v: v & m, m }));
const cubes = fc
  .tuple(oneCube, fc.array(oneCube, { maxLength: 3 }))
  .map(([c, minus]) => minus.reduce<Atom>((a, t) => atomSubtract(a, [t]), [c]));

function members(a: Atom): number[] {
  const out: number[] = [];
  for (let x = 0; x < 64; x++) if (atomHas(a, BigInt(x))) out.push(x);
  return out;
}

function disjoint(a: Atom): boolean {
  for (let x = 0; x < 64; x++) {
    const n = (a as readonly (Interval | Ternary)[]).filter((e) =>
      'm' in e ? (x & e.m) === e.v : BigInt(x) >= e.lo && BigInt(x) <= e.hi,
    ).length;
    if (n > 1) return false;
  }
  return true;
}

describe('packet-class atoms', () => {
  for (const [name, arb] of [
    ['interval sets', intervals],
    ['cube sets', cubes],
  ] as const) {
    it(`${name}: intersection, subtraction and union hold exactly the values a brute-force count gives, without overlap`, () => {
      fc.assert(
        fc.property(arb, arb, (a, b) => {
          const ma = new Set(members(a));
          const mb = new Set(members(b));
          const i = atomIntersect(a, b);
          const d = atomSubtract(a, b);
          expect(members(i)).toEqual([...ma].filter((x) => mb.has(x)));
          expect(members(d)).toEqual([...ma].filter((x) => !mb.has(x)));
          expect(disjoint(i) && disjoint(d)).toBe(true);
          const u = atomUnion(d, b);
          expect(members(u)).toEqual([...new Set([...ma, ...mb])].sort((x, y) => x - y));
          expect(disjoint(u)).toBe(true);
        }),
        { numRuns: 300 },
      );
    });
  }
});
