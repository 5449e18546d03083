import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atomSubtract, atomUnion, type Ternary } from './packet-class-atoms';
import { joinCubes } from './packet-class-cube-join';
import { mergeCubes } from './packet-class-cube-merge';

/** The full-scan join every list went through before (the reference for order and content). */
function referenceMerge(cubes: Ternary[]): Ternary[] {
  if (cubes.length < 2) return cubes;
  let cur = cubes;
  for (let changed = true; changed;) {
    changed = false;
    const seen = new Map<string, number>();
    const out: (Ternary | null)[] = [];
    for (const c of cur) {
      let merged = false;
      for (let m = c.m; m && !merged; m &= m - 1) {
        const bit = (m & -m) >>> 0;
        const at = seen.get(`${(c.v ^ bit) >>> 0}/${c.m}`);
        if (at !== undefined && out[at]) {
          out[at] = null;
          out.push({ v: (c.v & ~bit) >>> 0, m: (c.m & ~bit) >>> 0 });
          merged = true;
          changed = true;
        }
      }
      if (!merged) {
        seen.set(`${c.v}/${c.m}`, out.length);
        out.push(c);
      }
    }
    cur = out.filter((c): c is Ternary => c !== null);
  }
  return cur;
}

/** cubeMinus written out: the pieces of a \ t, free bits peeled from high to low (or low to high). */
function referenceMinus(a: Ternary, t: Ternary, out: Ternary[], lowFirst = false): void {
  if ((a.v ^ t.v) & a.m & t.m) {
    out.push(a);
    return;
  }
  let v = a.v;
  let m = a.m;
  let free = (t.m & ~a.m) >>> 0;
  while (free) {
    const bit = lowFirst ? (free & -free) >>> 0 : (1 << (31 - Math.clz32(free))) >>> 0;
    free = (free & ~bit) >>> 0;
    out.push({ v: (v | ((t.v & bit) ^ bit)) >>> 0, m: (m | bit) >>> 0 });
    v = (v | (t.v & bit)) >>> 0;
    m = (m | bit) >>> 0;
  }
}

function referenceSubtract(a: Ternary[], b: Ternary[]): Ternary[] {
  let cur = a.slice();
  for (const t of b) {
    const next: Ternary[] = [];
    for (const x of cur) referenceMinus(x, t, next);
    cur = next;
    if (!cur.length) break;
  }
  return referenceMerge(cur);
}

const BITS = 0xff;
const oneCube = fc
  .tuple(fc.integer({ min: 0, max: BITS }), fc.integer({ min: 0, max: BITS }))
  .map(([v, m]): Ternary => ({ v: v & m, m }));
/** A chain of operations: subtract a cube, or unite with (a cube minus the current set). */
const steps = fc.array(fc.tuple(fc.boolean(), oneCube, fc.array(oneCube, { maxLength: 3 })), {
  maxLength: 12,
});

const plain = (xs: readonly Ternary[]) => xs.map((c) => ({ v: c.v, m: c.m }));

describe('mergeCubes', () => {
  it('joins exactly as the full scan does, in the same order, on any disjoint list', () => {
    fc.assert(
      fc.property(
        oneCube,
        fc.array(oneCube, { maxLength: 6 }),
        fc.array(oneCube, { maxLength: 4 }),
        (c, minus, order) => {
          // Unjoined pieces of a cube, shuffled by the extra cubes' values.
          let pieces: Ternary[] = [c];
          for (const t of minus) {
            const next: Ternary[] = [];
            for (const x of pieces) referenceMinus(x, t, next);
            pieces = next;
          }
          const keys = order.map((o) => o.v);
          pieces.sort((x, y) => ((x.v ^ (keys[0] ?? 0)) & 0xf) - ((y.v ^ (keys[0] ?? 0)) & 0xf));
          expect(plain(mergeCubes(pieces))).toEqual(plain(referenceMerge(pieces.slice())));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives atomSubtract and atomUnion the results the full scan gives, along chains of operations', () => {
    fc.assert(
      fc.property(oneCube, steps, (start, chain) => {
        let fast: readonly Ternary[] = [start];
        let ref: Ternary[] = [start];
        for (const [unite, t, extra] of chain) {
          if (unite) {
            // A disjoint set to add: t minus the current set, minus a few more cubes.
            const addFast = atomSubtract(atomSubtract([t], fast), extra) as Ternary[];
            const addRef = referenceSubtract(referenceSubtract([t], ref), extra);
            expect(plain(addFast)).toEqual(plain(addRef));
            if (!addRef.length) continue;
            fast = fast.length ? (atomUnion(fast, addFast) as Ternary[]) : addFast;
            ref = ref.length ? referenceMerge([...ref, ...addRef]) : addRef;
          } else {
            fast = atomSubtract(fast, [t]) as Ternary[];
            ref = referenceSubtract(ref, [t]);
          }
          expect(plain(fast)).toEqual(plain(ref));
          if (!ref.length) break;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('cubeMinus, high bits first', () => {
  const values = (xs: readonly Ternary[]) =>
    Array.from({ length: BITS + 1 }, (_, x) => xs.filter((c) => (x & c.m) === c.v).length);

  it('leaves exactly the values the low-bits-first peel leaves, each in one cube', () => {
    fc.assert(
      fc.property(oneCube, fc.array(oneCube, { maxLength: 8 }), (start, minus) => {
        let low: Ternary[] = [start];
        for (const t of minus) {
          const next: Ternary[] = [];
          for (const x of low) referenceMinus(x, t, next, true);
          low = next;
        }
        const high = atomSubtract([start], minus) as Ternary[];
        expect(values(high)).toEqual(values(low));
        expect(values(high).every((n) => n <= 1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the marks left by 167 exact fwmark rules in a few hundred cubes (not thousands)', () => {
    let cur: readonly Ternary[] = [{ v: 0, m: 0 }];
    for (let i = 0; i < 500; i += 3) cur = atomSubtract(cur, [{ v: i + 1, m: 0xffffffff }]) as Ternary[];
    expect(cur.length).toBeLessThanOrEqual(300);
    for (const x of [0, 1, 2, 3, 4, 499, 500, 0xffffffff])
      expect(cur.some((c) => (x & c.m) >>> 0 === c.v), String(x)).toBe(x > 499 || x % 3 !== 1);
  });
});

describe('joinCubes', () => {
  it('finds the agreeing pairs of two long cube lists in double-loop order', () => {
    // Long disjoint lists over 12 bits: a cube minus many points.
    const list = fc
      .tuple(oneCube, fc.array(fc.integer({ min: 0, max: 0xfff }), { minLength: 1, maxLength: 40 }))
      .map(([c, pts]) =>
        pts.reduce<Ternary[]>((acc, p) => referenceSubtract(acc, [{ v: p, m: 0xfff }]), [c]),
      );
    fc.assert(
      fc.property(list, list, (a, b) => {
        const ref: Ternary[] = [];
        for (const x of a)
          for (const y of b)
            if (((x.v ^ y.v) & x.m & y.m) === 0) ref.push({ v: (x.v | y.v) >>> 0, m: (x.m | y.m) >>> 0 });
        expect(plain(joinCubes(a, b))).toEqual(plain(ref));
      }),
      { numRuns: 200 },
    );
  });
});
