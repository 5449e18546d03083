/**
 * Joining ternary cubes that differ in one fixed bit (x0 + x1 = x-), pass after pass until none
 * do. A pass scans the list in order; a cube joins the first earlier, still unjoined partner (its
 * mask's bits tried from low to high): the partner leaves the list, the joined cube takes the
 * cube's place and waits for the next pass.
 *
 * The passes only look at cubes that can join: a list is "closed" when no two of its cubes can,
 * and joining the union of closed lists (or a closed list where a few cubes were replaced) only
 * has to look at the new cubes and their partners. The result, and its order, is the one a
 * full scan of every cube gives (see the reference in packet-class-cube-merge.test.ts).
 */
import type { Ternary } from './packet-class-atoms';

/** Lists no two of whose cubes can join (results of mergeCubes). */
const closedLists = new WeakSet<readonly Ternary[]>();

/** True when no two cubes of the list can join (known from how it was made). */
export function isClosed(cubes: readonly Ternary[]): boolean {
  return cubes.length < 2 || closedLists.has(cubes);
}

/**
 * Lists larger than this are left as they are. It was 4096 while every pass scanned every cube;
 * passes now scan only fresh cubes and their partners, and unjoined lists past 4096 grew without
 * bound (500 `fwmark` rules), so only absurd lists stay unjoined.
 */
export const MERGE_LIMIT = 1 << 20;

interface Entry {
  c: Ternary;
  /** May join cubes of either kind; an old entry only joins fresh ones. */
  fresh: boolean;
  pos: number;
  /** Scanned in this pass and neither joined nor absorbed: a partner for later cubes. */
  seen: boolean;
  /** Absorbed by a later cube in this pass. */
  gone: boolean;
  /** What the cube became by joining an earlier one in this pass. */
  joined?: Ternary;
}

type Index = Map<number, Map<number, Entry>>;

function indexAdd(index: Index, e: Entry): void {
  let byValue = index.get(e.c.m);
  if (!byValue) index.set(e.c.m, (byValue = new Map()));
  byValue.set(e.c.v, e);
}

/** True when x has exactly one bit set. */
function oneBit(x: number): boolean {
  return x !== 0 && (x & (x - 1)) === 0;
}

/** The cubes of the list that can join cube c, by the bit they differ in (low to high). */
function partners(index: Index, c: Ternary, out: Entry[]): void {
  const byValue = index.get(c.m);
  if (!byValue) return;
  for (let m = c.m; m; m &= m - 1) {
    const p = byValue.get((c.v ^ (m & -m)) >>> 0);
    if (p) out.push(p);
  }
}

/**
 * One pass over `entries` (in list order): sets `joined` on the cubes that join an earlier one
 * and `gone` on the ones they absorb. Only fresh entries and their partners can take part; the
 * others are never scanned, which changes nothing: an old entry only joins fresh ones.
 */
function pass(entries: Entry[]): boolean {
  const fresh = entries.filter((e) => e.fresh);
  if (!fresh.length) return false;
  const index: Index = new Map();
  const active: Entry[] = [];
  if (fresh.length > 64 || fresh.length * 8 > entries.length) {
    for (const e of entries) indexAdd(index, e);
    const mark = new Set<Entry>();
    for (const e of fresh) {
      const ps: Entry[] = [e];
      partners(index, e.c, ps);
      for (const p of ps)
        if (!mark.has(p)) {
          mark.add(p);
          active.push(p);
        }
    }
  } else {
    // Few fresh cubes: find the old cubes they can join in one scan, and index only those.
    const byMask = new Map<number, Entry[]>();
    for (const e of fresh) {
      const list = byMask.get(e.c.m);
      if (list) list.push(e);
      else byMask.set(e.c.m, [e]);
    }
    for (const e of entries) {
      if (e.fresh) active.push(e);
      else if (byMask.get(e.c.m)?.some((f) => oneBit(f.c.v ^ e.c.v))) active.push(e);
    }
    for (const e of active) indexAdd(index, e);
  }
  active.sort((a, b) => a.pos - b.pos);
  let changed = false;
  const found: Entry[] = [];
  for (const e of active) {
    found.length = 0;
    partners(index, e.c, found);
    for (const p of found) {
      if (p.pos >= e.pos || !p.seen) continue;
      const bit = (e.c.v ^ p.c.v) >>> 0;
      p.seen = false;
      p.gone = true;
      e.joined = { v: (e.c.v & ~bit) >>> 0, m: (e.c.m & ~bit) >>> 0 };
      changed = true;
      break;
    }
    e.seen = e.joined === undefined;
  }
  return changed;
}

/** False when no fresh cube can join any cube (checked without building the pass state). */
function canJoin(cubes: readonly Ternary[], fresh: (i: number) => boolean): boolean {
  const byMask = new Map<number, Ternary[]>();
  let n = 0;
  for (let i = 0; i < cubes.length && n <= 64; i++)
    if (fresh(i)) {
      n++;
      const c = cubes[i];
      const list = byMask.get(c.m);
      if (list) list.push(c);
      else byMask.set(c.m, [c]);
    }
  if (n > 64) return true;
  for (const c of cubes) {
    const list = byMask.get(c.m);
    if (list && list.some((f) => oneBit(f.v ^ c.v))) return true;
  }
  return false;
}

/**
 * Joins cube pairs until none can join. `fresh(i)` says which cubes of the list may join cubes
 * outside that set: the others must be pairwise unjoinable (by default every cube is fresh).
 */
export function mergeCubes(cubes: readonly Ternary[], fresh: (i: number) => boolean = () => true): Ternary[] {
  if (cubes.length < 2) return cubes.slice();
  if (cubes.length > MERGE_LIMIT) return cubes.slice();
  if (!canJoin(cubes, fresh)) {
    const same = cubes.slice();
    closedLists.add(same);
    return same;
  }
  let entries: Entry[] = cubes.map((c, i) => ({ c, fresh: fresh(i), pos: i, seen: true, gone: false }));
  while (pass(entries)) {
    // The survivors of a pass cannot join each other; the joined cubes are the next fresh ones.
    const next: Entry[] = [];
    for (const e of entries) {
      if (e.gone) continue;
      const n = e.joined ? { c: e.joined, fresh: true, pos: 0, seen: true, gone: false } : e;
      if (!e.joined) e.fresh = false;
      n.pos = next.length;
      n.seen = true;
      next.push(n);
    }
    entries = next;
  }
  const out = entries.map((e) => e.c);
  closedLists.add(out);
  return out;
}
