import type { FibAlias } from './fib-alias';

/** Packed DIR entry bits 0-21: 1 + the index of the prefix's first route (in its node or list). */
export const DIR_IDX = 0x3fffff;
/** Packed DIR entry bits 22-26: the prefix length (0-24). */
export const DIR_LEN_SHIFT = 22;
/**
 * Packed DIR entry bits 27-29: 1 + the route type when the prefix's first route is the answer of
 * every lookup with scope universe, no oif and no linkdown check (tos 0, a type without error,
 * its own table's id, a first nexthop that is not dead), else 0.
 */
export const DIR_FAST_SHIFT = 27;

/** Node layout in `nodes` (int32 words): 8 chunk bitmaps, 2 words of run counts, cover, leaves. */
const RUN_COUNTS = 8;
const COVER = 10;
const LEAVES = 11;
/** A 16-bit leaf for "longer prefixes live in this /24" (0 is the block's cover). */
const LONGER = 0xffff;

/**
 * The DIR-24 index of a large IPv4 table (after the DIR-24-8 lookup tables of routers): for each
 * /24 block, -1 when longer prefixes live in the block (then the table's per-length path
 * answers), 0 when no prefix covers it, else the longest prefix of at most 24 bits covering it.
 *
 * Laid out so that a random lookup's chain of dependent reads stays short and inside few memory
 * pages: a flat array of 2^24 entries is 64 MB, and on this kind of machine a read outside the
 * TLB's reach costs ~150 ns against ~20 ns inside it. `top` has two int32 per /16 block: a
 * packed entry (see DIR_IDX) naming a route of `short` when all the block's /24s share it, -1
 * when all have longer prefixes, else -2 - o for the node at word o of `nodes`; then, for a
 * node, the offset of its routes in `routes` (the cover's first, then one per prefix of 17-24
 * bits in the block). A node holds, for each 32 /24s, a bitmap of where a new run of equal
 * entries starts; the number of runs before each such chunk (8 bits each); the packed entry of
 * the block's cover (its longest prefix of at most 16 bits, or 0); then one 16-bit leaf per
 * run: 0 (the cover), LONGER, or 1 + the prefix's index among the node's routes (bits 0-8), its
 * length - 17 (bits 9-11) and its fast bits (12-14). As the routes' offset comes from `top`, the
 * node and its routes are read side by side, not one after the other.
 */
export class DirIndex {
  /** What the last `find` found (see there). */
  entry = 0;

  private constructor(
    private readonly top: Int32Array,
    private readonly nodes: Int32Array,
    private readonly routes: (FibAlias | null)[],
    private readonly short: FibAlias[],
  ) {}

  /**
   * The index of a table whose prefix chains are `headsByLength` (IPv4: one map per length 0-32),
   * shorter prefixes first so longer ones win; null when there are too many prefixes to pack.
   */
  static build(headsByLength: readonly Map<number | string, FibAlias>[], tableId: number): DirIndex | null {
    let n = 0;
    for (let len = 0; len <= 24; len++) n += headsByLength[len].size;
    if (n >= DIR_IDX) return null;
    const dir = new Int32Array(1 << 24);
    const heads: FibAlias[] = [];
    for (let len = 0; len <= 24; len++) {
      for (const h of headsByLength[len].values()) {
        heads.push(h);
        const start = ((h.d as number) >>> 8) & 0xffffff;
        const nh0 = h.info.nexthops[0];
        const fast = h.tos === 0 && h.type <= 5 && h.table === tableId && nh0 !== undefined && !nh0.dead ? h.type + 1 : 0;
        dir.fill(heads.length | (len << DIR_LEN_SHIFT) | (fast << DIR_FAST_SHIFT), start, start + (1 << (24 - len)));
      }
    }
    for (let len = 25; len <= 32; len++) for (const h of headsByLength[len].values()) dir[((h.d as number) >>> 8) & 0xffffff] = -1;
    return DirIndex.compress(dir, heads);
  }

  /**
   * The first route of the longest prefix of at most 24 bits covering `ip`'s /24 block, or null;
   * `entry` tells more: 0 (no route), -1 (longer prefixes live in the block: ask the per-length
   * path), or positive: the prefix length (DIR_LEN_SHIFT) and fast bits (DIR_FAST_SHIFT).
   */
  find(ip: number): FibAlias | null {
    const top = this.top;
    const b = (ip >>> 16) << 1;
    const e = top[b];
    if (e >= -1) {
      this.entry = e;
      return e > 0 ? this.short[(e & DIR_IDX) - 1] : null;
    }
    // The node's first route (its cover) is read before the node itself: the two reads then run
    // side by side, and the route asked for usually sits in the same cache line or page.
    const routesAt = top[b + 1];
    const routes = this.routes;
    const first = routes[routesAt];
    const o = -2 - e;
    const nodes = this.nodes;
    const slot = (ip >>> 8) & 255;
    const w = slot >>> 5;
    let x = nodes[o + w] & ((2 << (slot & 31)) - 1); // runs starting in the chunk up to the slot
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    const run = ((nodes[o + RUN_COUNTS + (w >>> 2)] >>> ((w & 3) << 3)) & 255) + (Math.imul(x, 0x01010101) >>> 24) - 1;
    const leaf = (nodes[o + LEAVES + (run >>> 1)] >>> ((run & 1) << 4)) & 0xffff;
    if (leaf === 0) {
      const cover = nodes[o + COVER];
      this.entry = cover;
      return cover > 0 ? first : null;
    }
    if (leaf === LONGER) {
      this.entry = -1;
      return null;
    }
    this.entry = ((17 + ((leaf >>> 9) & 7)) << DIR_LEN_SHIFT) | ((leaf >>> 12) << DIR_FAST_SHIFT) | (leaf & 511);
    return routes[routesAt + (leaf & 511)];
  }

  /** Stores the flat DIR-24 array `dir` (entries indexing `heads`) in the form `find` reads. */
  private static compress(dir: Int32Array, heads: FibAlias[]): DirIndex {
    const top = new Int32Array(2 << 16);
    const words: number[] = [];
    const routes: (FibAlias | null)[] = [];
    const short: FibAlias[] = [];
    const shortIndex = new Map<number, number>();
    const rel = new Map<number, number>();
    const leaves: number[] = [];
    for (let b = 0; b < 1 << 16; b++) {
      const base = b << 8;
      let runs = 1;
      for (let i = 1; i < 256; i++) if (dir[base + i] !== dir[base + i - 1]) runs++;
      const v0 = dir[base];
      if (runs === 1) {
        if (v0 <= 0) top[b << 1] = v0;
        else {
          let s = shortIndex.get(v0 & DIR_IDX);
          if (s === undefined) shortIndex.set(v0 & DIR_IDX, (s = short.push(heads[(v0 & DIR_IDX) - 1])));
          top[b << 1] = s | (v0 & ~DIR_IDX);
        }
        continue;
      }
      const o = words.length;
      const routesAt = routes.length;
      top[b << 1] = -2 - o;
      top[(b << 1) | 1] = routesAt;
      routes.push(null);
      rel.clear();
      leaves.length = 0;
      let cover = 0;
      const counts = [0, 0];
      for (let w = 0; w < 8; w++) {
        counts[w >>> 2] |= leaves.length << ((w & 3) << 3);
        let bits = 0;
        for (let j = 0; j < 32; j++) {
          const i = (w << 5) | j;
          const v = dir[base + i];
          if (i !== 0 && v === dir[base + i - 1]) continue;
          bits |= 1 << j;
          const len = (v >>> DIR_LEN_SHIFT) & 31;
          if (v === 0) leaves.push(0);
          else if (v < 0) leaves.push(LONGER);
          else if (len <= 16) {
            cover = (v & ~DIR_IDX) | 1; // the block's longest prefix of at most 16 bits
            routes[routesAt] = heads[(v & DIR_IDX) - 1];
            leaves.push(0);
          } else {
            let r = rel.get(v & DIR_IDX);
            if (r === undefined) rel.set(v & DIR_IDX, (r = routes.push(heads[(v & DIR_IDX) - 1]) - routesAt - 2));
            leaves.push((r + 1) | ((len - 17) << 9) | ((v >>> DIR_FAST_SHIFT) << 12));
          }
        }
        words.push(bits);
      }
      words.push(counts[0], counts[1], cover);
      for (let k = 0; k < leaves.length; k += 2) words.push(leaves[k] | ((leaves[k + 1] ?? 0) << 16));
    }
    return new DirIndex(top, Int32Array.from(words), routes, short);
  }
}
