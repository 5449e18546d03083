/**
 * The value sets of one packet field: sorted disjoint integer intervals (bigint, so IPv6 fits)
 * or disjoint ternary cubes `x & m == v` (exact under masks: fwmark, dsfield, flow label), with
 * intersection, subtraction and union.
 */
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

function cubeMinus(a: Ternary, t: Ternary, out: Ternary[]): void {
  if ((a.v ^ t.v) & a.m & t.m) {
    out.push(a);
    return;
  }
  let v = a.v;
  let m = a.m;
  let free = (t.m & ~a.m) >>> 0;
  while (free) {
    const bit = (free & -free) >>> 0;
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
  // Fast paths: most selectors leave most fields whole, so one side usually holds the other.
  if (b.length === 1 && insideOne(a, b[0])) return a;
  if (a.length === 1 && insideOne(b, a[0])) return b;
  if (b.length === 1 && outsideOne(a, b[0])) return [];
  if (!isTernaryList(a)) return cutInterval(a as Interval[], b as Interval[], true);
  const out: Ternary[] = [];
  for (const x of a)
    for (const y of b as Ternary[]) {
      if ((x.v ^ y.v) & x.m & y.m) continue;
      out.push({ v: (x.v | y.v) >>> 0, m: (x.m | y.m) >>> 0 });
    }
  return out;
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
  return mergeCubes(cur);
}

/** Joins cube pairs that differ in one fixed bit (x0 + x1 = x-), until none do. */
function mergeCubes(cubes: Ternary[]): Ternary[] {
  if (cubes.length < 2 || cubes.length > 4096) return cubes;
  let cur = cubes;
  for (let changed = true; changed;) {
    changed = false;
    const seen = new Map<string, number>();
    const out: (Ternary | null)[] = [];
    for (const c of cur) {
      let merged = false;
      for (let m = c.m; m && !merged; m &= m - 1) {
        const bit = (m & -m) >>> 0;
        const key = `${(c.v ^ bit) >>> 0}/${c.m}`;
        const at = seen.get(key);
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

/** The union of two disjoint value sets of one field. */
export function atomUnion(a: Atom, b: Atom): Atom {
  if (!a.length) return b;
  if (!b.length) return a;
  if (isTernaryList(a)) return mergeCubes([...a, ...(b as Ternary[])]);
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
