/**
 * The intersection of two lists of ternary cubes: every pair (x of a, y of b) that agrees on the
 * bits both fix gives the cube x ∩ y, in the order of the plain double loop (a's order, then
 * b's). Long lists (fwmark after hundreds of `fwmark` rules) are split bit by bit first, so that
 * only pairs that may agree are compared.
 */
import type { Ternary } from './packet-class-atoms';

/** Below this many pairs the double loop is as fast as splitting. */
const SMALL = 256;

function agree(x: Ternary, y: Ternary): boolean {
  return ((x.v ^ y.v) & x.m & y.m) === 0;
}

/** Pushes i * nb + j for every agreeing pair of the index lists, splitting on bits from `bit` up. */
function pairs(
  a: readonly Ternary[],
  b: readonly Ternary[],
  ia: number[],
  ib: number[],
  bit: number,
  out: number[],
): void {
  if (!ia.length || !ib.length) return;
  if (ia.length * ib.length <= SMALL || bit > 31) {
    for (const i of ia) for (const j of ib) if (agree(a[i], b[j])) out.push(i * b.length + j);
    return;
  }
  const m = 1 << bit;
  const split = (xs: readonly Ternary[], is: number[]) => {
    const zero: number[] = [];
    const one: number[] = [];
    const free: number[] = [];
    for (const i of is) {
      const c = xs[i];
      if (!(c.m & m)) free.push(i);
      else if (c.v & m) one.push(i);
      else zero.push(i);
    }
    return { zero, one, free };
  };
  const sa = split(a, ia);
  const sb = split(b, ib);
  if (sa.free.length === ia.length && sb.free.length === ib.length) {
    pairs(a, b, ia, ib, bit + 1, out);
    return;
  }
  pairs(a, b, sa.zero, sb.zero.concat(sb.free), bit + 1, out);
  pairs(a, b, sa.one, sb.one.concat(sb.free), bit + 1, out);
  pairs(a, b, sa.free, ib, bit + 1, out);
}

/** a ∩ b for two lists of disjoint cubes: the cubes of agreeing pairs, in double-loop order. */
export function joinCubes(a: readonly Ternary[], b: readonly Ternary[]): Ternary[] {
  const out: Ternary[] = [];
  if (a.length * b.length <= SMALL || a.length === 1 || b.length === 1) {
    for (const x of a)
      for (const y of b) if (agree(x, y)) out.push({ v: (x.v | y.v) >>> 0, m: (x.m | y.m) >>> 0 });
    return out;
  }
  const found: number[] = [];
  pairs(
    a,
    b,
    a.map((_, i) => i),
    b.map((_, j) => j),
    0,
    found,
  );
  found.sort((p, q) => p - q);
  for (const k of found) {
    const x = a[Math.floor(k / b.length)];
    const y = b[k % b.length];
    out.push({ v: (x.v | y.v) >>> 0, m: (x.m | y.m) >>> 0 });
  }
  return out;
}

/** Per long cube list: its cubes' values grouped by mask (for point look-ups). */
const byMask = new WeakMap<readonly Ternary[], Map<number, Set<number>>>();

/** Lists shorter than this are scanned instead of indexed. */
const INDEX_FROM = 32;

/**
 * True when the value x lies in one cube of the list: one look-up per distinct mask (long
 * fwmark lists have a few dozen masks for thousands of cubes), or a scan for short lists.
 */
export function cubesHave(list: readonly Ternary[], x: number): boolean {
  if (list.length < INDEX_FROM) return list.some((c) => (x & c.m) >>> 0 === c.v);
  let groups = byMask.get(list);
  if (!groups) {
    groups = new Map();
    for (const c of list) {
      const g = groups.get(c.m);
      if (g) g.add(c.v);
      else groups.set(c.m, new Set([c.v]));
    }
    byMask.set(list, groups);
  }
  for (const [m, values] of groups) if (values.has((x & m) >>> 0)) return true;
  return false;
}
