/**
 * Exact packet sets over the RPDB selector fields: a set is a list of pairwise disjoint boxes, a
 * box holds one value set per field. Address-like fields hold sorted disjoint integer intervals
 * (bigint, so IPv6 fits); bit-masked fields (fwmark, dsfield, flow label) hold disjoint ternary
 * cubes `x & m == v`, which stay exact under masks where intervals would not. Because each field
 * holds a set, "the earlier rule did not match" on one field stays one box.
 */

import {
  atomHas,
  atomIntersect,
  atomKey,
  atomSubtract,
  atomUnion,
  atomsMeet,
  isTernaryList,
  type Atom,
  type Interval,
} from './packet-class-atoms';

export * from './packet-class-atoms';

/** The fields of a packet class, in box order. */
export const FIELDS = [
  'kind',
  'iif',
  'oif',
  'mark',
  'uid',
  'src',
  'dst',
  'tos',
  'flowlabel',
  'proto',
  'sport',
  'dport',
] as const;

/** A field name. */
export type Field = (typeof FIELDS)[number];

/** Index of each field in a box. */
export const F: { readonly [K in Field]: number } = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as {
  [K in Field]: number;
};

/** Fields held as ternary cubes (all others are intervals). */
export const TERNARY_FIELDS: ReadonlySet<number> = new Set([F.mark, F.tos, F.flowlabel]);

/** A product of one value set per field (indexed by F). */
export type Box = readonly Atom[];

/** A union of pairwise disjoint boxes. */
export type BoxSet = Box[];

/** The intersection of two boxes, or null when they are disjoint. */
export function intersectBox(a: Box, b: Box): Box | null {
  // Most pairs are disjoint: find out without building anything, cheap fields first.
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i] && !TERNARY_FIELDS.has(i) && !atomsMeet(a[i], b[i])) return null;
  for (const i of TERNARY_FIELDS) if (a[i] !== b[i] && !atomsMeet(a[i], b[i])) return null;
  const out: Atom[] = new Array<Atom>(a.length);
  // Interval fields first: they are cheap and most disjoint pairs differ there; the cube lists
  // (fwmark after many `fwmark` rules) can be long.
  for (let i = 0; i < a.length; i++) {
    if (TERNARY_FIELDS.has(i)) continue;
    const x = a[i] === b[i] ? a[i] : atomIntersect(a[i], b[i]);
    if (!x.length) return null;
    out[i] = x;
  }
  for (const i of TERNARY_FIELDS) {
    const x = a[i] === b[i] ? a[i] : atomIntersect(a[i], b[i]);
    if (!x.length) return null;
    out[i] = x;
  }
  return out;
}

/** a \ b as disjoint boxes: one per field where b does not cover a (peeled in field order). */
export function subtractBox(a: Box, b: Box): Box[] {
  const inter = intersectBox(a, b);
  if (!inter) return [a];
  const out: Box[] = [];
  const cur = a.slice();
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const rest = atomSubtract(cur[i], b[i]);
    if (rest.length) {
      const box = cur.slice();
      box[i] = rest;
      out.push(box);
    }
    cur[i] = inter[i];
  }
  return out;
}

/** s ∩ t. */
export function intersectSets(s: readonly Box[], t: readonly Box[]): BoxSet {
  const out: BoxSet = [];
  for (const a of s)
    for (const b of t) {
      const x = intersectBox(a, b);
      if (x) out.push(x);
    }
  return out;
}

/** s \ t. */
export function subtractSets(s: readonly Box[], t: readonly Box[]): BoxSet {
  let cur: BoxSet = s.slice();
  for (const b of t) {
    if (cur.length === 0) break;
    const next: BoxSet = [];
    for (const a of cur) for (const p of subtractBox(a, b)) next.push(p);
    cur = next;
  }
  return cur;
}

/** True when the box contains the point (one value per field). */
export function boxHas(box: Box, pt: readonly bigint[]): boolean {
  for (let i = 0; i < box.length; i++) if (!atomHas(box[i], pt[i])) return false;
  return true;
}

const atomIds = new WeakMap<Atom, number>();
const idsByKey = new Map<string, number>();

/** A small number naming the atom's value set (equal sets, equal ids). */
function atomId(a: Atom): number {
  let id = atomIds.get(a);
  if (id === undefined) {
    const k = atomKey(a);
    id = idsByKey.get(k);
    if (id === undefined) {
      id = idsByKey.size;
      if (idsByKey.size > 1_000_000) idsByKey.clear();
      idsByKey.set(k, id);
    }
    atomIds.set(a, id);
  }
  return id;
}

/**
 * Merges boxes equal in all fields but one (the union of that field's sets), until none are:
 * fewer, larger classes. The union of the set stays the same and stays disjoint.
 */
export function coalesce(set: readonly Box[]): BoxSet {
  let cur: Box[] = set.slice();
  if (cur.length < 2) return cur;
  const width = cur[0].length;
  let ids = cur.map((b) => b.map(atomId));
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < width; i++) {
      const groups = new Map<string, number[]>();
      for (let n = 0; n < cur.length; n++) {
        const row = ids[n];
        let k = '';
        for (let j = 0; j < width; j++) if (j !== i) k += `${row[j]},`;
        const g = groups.get(k);
        if (g) g.push(n);
        else groups.set(k, [n]);
      }
      if (groups.size === cur.length) continue;
      const next: Box[] = [];
      const nextIds: number[][] = [];
      for (const g of groups.values()) {
        let box = cur[g[0]];
        let row = ids[g[0]];
        if (g.length > 1) {
          let atom = box[i];
          for (const n of g.slice(1)) atom = atomUnion(atom, cur[n][i]);
          box = box.slice();
          (box as Atom[])[i] = atom;
          row = row.slice();
          row[i] = atomId(atom);
          changed = true;
        }
        next.push(box);
        nextIds.push(row);
      }
      cur = next;
      ids = nextIds;
    }
  }
  return cur;
}

/** Number of points in a box (a cube counts 2^(width − popcount(mask))). */
export function boxSize(box: Box, widths: readonly number[]): bigint {
  let n = 1n;
  for (let i = 0; i < box.length; i++) {
    const a = box[i];
    let c = 0n;
    if (isTernaryList(a)) for (const t of a) c += 1n << BigInt(widths[i] - popcount(t.m));
    else for (const x of a as Interval[]) c += x.hi - x.lo + 1n;
    n *= c;
  }
  return n;
}

function popcount(x: number): number {
  let c = 0;
  for (let y = x >>> 0; y; y &= y - 1) c++;
  return c;
}
