/**
 * The value sets of one packet field: sorted disjoint integer intervals (bigint, so IPv6 fits)
 * or disjoint ternary cubes `x & m == v` (exact under masks: fwmark, dsfield, flow label), with
 * intersection, subtraction and union.
 */
import { cubesHave, joinCubes } from './packet-class-cube-join';

/** The mask of a cube that fixes every bit (one value). */
const FULL = 0xffffffff;
import { isClosed, mergeCubes } from './packet-class-cube-merge';

/** An inclusive integer interval [lo, hi]. */
export interface Interval {
  readonly lo: bigint;
  readonly hi: bigint;
}

/** The values x with `(x & m) === v` (v has no bits outside m). */
export interface Ternary {
  readonly v: number;
  readonly m: number;
}

/** One field's value set: sorted disjoint intervals, or disjoint ternary cubes. Never empty in a box. */
export type Atom = readonly Interval[] | readonly Ternary[];

/** The interval [lo, hi]. */
export function iv(lo: bigint | number, hi: bigint | number): Interval {
  return { lo: BigInt(lo), hi: BigInt(hi) };
}

/** The value set of one interval. */
export function span(lo: bigint | number, hi: bigint | number): Interval[] {
  return [iv(lo, hi)];
}

/** The value set of one value. */
export function point(x: bigint | number): Interval[] {
  return [iv(x, x)];
}

/** The value set of one ternary cube. */
export function cube(v: number, m: number): Ternary[] {
  return [{ v: (v & m) >>> 0, m: m >>> 0 }];
}

/** True for a set of ternary cubes. */
export function isTernaryList(a: Atom): a is readonly Ternary[] {
  return a.length > 0 && (a[0] as Ternary).m !== undefined;
}

function cutInterval(a: readonly Interval[], b: readonly Interval[], keep: boolean): Interval[] {
  // keep = true: a ∩ b; false: a \ b. Both sorted and disjoint.
  const out: Interval[] = [];
  let j = 0;
  for (const x of a) {
    let lo = x.lo;
    while (j < b.length && b[j].hi < lo) j++;
    let k = j;
    while (lo <= x.hi) {
      const y = b[k];
      if (!y || y.lo > x.hi) {
        if (!keep) out.push({ lo, hi: x.hi });
        break;
      }
      if (y.lo > lo && !keep) out.push({ lo, hi: y.lo - 1n });
      const s = y.lo > lo ? y.lo : lo;
      const e = y.hi < x.hi ? y.hi : x.hi;
      if (keep) out.push({ lo: s, hi: e });
      lo = e + 1n;
      if (y.hi <= x.hi) k++;
    }
  }
  return out;
}

/**
 * The pieces of a \ t: one cube per bit t fixes and a leaves free, peeled from the highest bit
 * down. High bits first keeps the pieces prefix-shaped, so values removed one by one (an exact
 * `fwmark` per rule) share their high pieces: 167 marks leave 275 cubes instead of 4,093.
 */
function cubeMinus(a: Ternary, t: Ternary, out: Ternary[]): void {
  if ((a.v ^ t.v) & a.m & t.m) {
    out.push(a);
    return;
  }
  let v = a.v;
  let m = a.m;
  let free = (t.m & ~a.m) >>> 0;
  while (free) {
    const bit = (1 << (31 - Math.clz32(free))) >>> 0;
    free = (free & ~bit) >>> 0;
    out.push({ v: (v | ((t.v & bit) ^ bit)) >>> 0, m: (m | bit) >>> 0 });
    v = (v | (t.v & bit)) >>> 0;
    m = (m | bit) >>> 0;
  }
}

/** True when every value of `a` lies in the one interval or cube `b`. */
function insideOne(a: Atom, b: Interval | Ternary): boolean {
  if ((b as Ternary).m !== undefined) {
    const t = b as Ternary;
    return (a as readonly Ternary[]).every((x) => (x.m & t.m) >>> 0 === t.m && (x.v & t.m) >>> 0 === t.v);
  }
  const i = b as Interval;
  const xs = a as readonly Interval[];
  return xs[0].lo >= i.lo && xs[xs.length - 1].hi <= i.hi;
}

/** True when no value of `a` lies in the one interval or cube `b`. */
function outsideOne(a: Atom, b: Interval | Ternary): boolean {
  if ((b as Ternary).m !== undefined) {
    const t = b as Ternary;
    return (a as readonly Ternary[]).every((x) => ((x.v ^ t.v) & x.m & t.m) !== 0);
  }
  const i = b as Interval;
  const xs = a as readonly Interval[];
  return xs[xs.length - 1].hi < i.lo || xs[0].lo > i.hi || xs.every((x) => x.hi < i.lo || x.lo > i.hi);
}

/** a ∩ b for one field. */
export function atomIntersect(a: Atom, b: Atom): Atom {
  if (!a.length || !b.length) return [];
  // One value against a long cube list (an exact fwmark): the value, if the list has it.
  if (isTernaryList(a) && (a.length === 1 || b.length === 1)) {
    const [one, list] = a.length === 1 ? [a[0], b as readonly Ternary[]] : [(b as readonly Ternary[])[0], a];
    if (one.m === FULL && list.length > 1) return cubesHave(list, one.v) ? [{ v: one.v, m: FULL }] : [];
  }
  // Fast paths: most selectors leave most fields whole, so one side usually holds the other.
  if (b.length === 1 && insideOne(a, b[0])) return a;
  if (a.length === 1 && insideOne(b, a[0])) return b;
  if (b.length === 1 && outsideOne(a, b[0])) return [];
  if (!isTernaryList(a)) return cutInterval(a as Interval[], b as Interval[], true);
  return joinCubes(a, b as readonly Ternary[]);
}

/** True when a ∩ b is not empty (without building it). */
export function atomsMeet(a: Atom, b: Atom): boolean {
  if (!a.length || !b.length) return false;
  if (isTernaryList(a)) {
    const bs = b as readonly Ternary[];
    const agree = (x: Ternary, y: Ternary) => ((x.v ^ y.v) & x.m & y.m) === 0;
    if (a.length === 1 && a[0].m === FULL) return cubesHave(bs, a[0].v);
    if (bs.length === 1 && bs[0].m === FULL) return cubesHave(a, bs[0].v);
    if (a.length === 1) return bs.some((y) => agree(a[0], y));
    if (bs.length === 1) return a.some((x) => agree(x, bs[0]));
    return joinCubes(a, bs).length > 0;
  }
  const xs = a as readonly Interval[];
  const ys = b as readonly Interval[];
  if (xs[xs.length - 1].hi < ys[0].lo || ys[ys.length - 1].hi < xs[0].lo) return false;
  for (let i = 0, j = 0; i < xs.length && j < ys.length;) {
    if (xs[i].hi < ys[j].lo) i++;
    else if (ys[j].hi < xs[i].lo) j++;
    else return true;
  }
  return false;
}

/** a \ b for one field. */
export function atomSubtract(a: Atom, b: Atom): Atom {
  if (!a.length || !b.length) return a;
  if (b.length === 1) {
    if (insideOne(a, b[0])) return [];
    if (outsideOne(a, b[0])) return a;
  }
  if (!isTernaryList(a)) return cutInterval(a as Interval[], b as Interval[], false);
  let cur: Ternary[] = a.slice();
  for (const t of b as Ternary[]) {
    const next: Ternary[] = [];
    for (const x of cur) cubeMinus(x, t, next);
    cur = next;
    if (!cur.length) break;
  }
  if (!isClosed(a)) return mergeCubes(cur);
  // The cubes of `a` left whole cannot join each other: only the pieces are fresh.
  const whole = new Set(a);
  return mergeCubes(cur, (i) => !whole.has(cur[i]));
}

/** The union of two disjoint value sets of one field. */
export function atomUnion(a: Atom, b: Atom): Atom {
  if (!a.length) return b;
  if (!b.length) return a;
  if (isTernaryList(a)) {
    const n = a.length;
    const all = [...a, ...(b as Ternary[])];
    const bs = b as readonly Ternary[];
    // Cubes of a closed list cannot join each other: the other list's (or the shorter one's) are fresh.
    const freshA = isClosed(bs) && (!isClosed(a) || n < bs.length);
    if (freshA) return mergeCubes(all, (i) => i < n);
    if (isClosed(a)) return mergeCubes(all, (i) => i >= n);
    return mergeCubes(all);
  }
  const all = [...(a as Interval[]), ...(b as Interval[])].sort((x, y) =>
    x.lo < y.lo ? -1 : x.lo > y.lo ? 1 : 0,
  );
  const out: Interval[] = [];
  for (const x of all) {
    const last = out[out.length - 1];
    if (last && last.hi + 1n >= x.lo)
      out[out.length - 1] = { lo: last.lo, hi: x.hi > last.hi ? x.hi : last.hi };
    else out.push(x);
  }
  return out;
}

/** True when the value lies in the set. */
export function atomHas(a: Atom, x: bigint): boolean {
  if (isTernaryList(a)) return a.some((t) => (Number(x) & t.m) >>> 0 === t.v);
  return (a as Interval[]).some((i) => x >= i.lo && x <= i.hi);
}

/** A stable text key of an atom. */
export function atomKey(a: Atom): string {
  return isTernaryList(a)
    ? a.map((t) => `${t.v}/${t.m}`).join(',')
    : (a as Interval[]).map((x) => `${x.lo}-${x.hi}`).join(',');
}
