import type { FibAlias } from './fib-alias';

/** DIR entry bits 0-21: 1 + the index of the prefix's first route in `dirHeads`. */
export const DIR_IDX = 0x3fffff;
/** DIR entry bits 22-26: the prefix length (0-24). */
export const DIR_LEN_SHIFT = 22;
/**
 * DIR entry bits 27-30: 1 + the route type when the prefix's first route is the answer of every
 * lookup with scope universe, no oif and no linkdown check (tos 0, a type without error, its own
 * table's id, a first nexthop that is not dead), else 0.
 */
export const DIR_FAST_SHIFT = 27;

/**
 * The DIR-24 index of a large IPv4 table (after DIR-24-8 lookup tables of routers): for each /24
 * block, -1 when longer prefixes live in the block (then the table's per-length path answers), 0
 * when no prefix covers it, else a packed entry (see DIR_IDX, DIR_LEN_SHIFT, DIR_FAST_SHIFT)
 * naming the longest prefix of at most 24 bits covering it: its index in `heads`, its length, and
 * whether its first route answers every plain lookup.
 *
 * Stored compressed so that it stays in the CPU caches (a flat Int32Array of 2^24 entries is
 * 64 MB: every random lookup would miss the caches and the TLB). `nodes` starts with one int32
 * per /16 block: the block's DIR entry when all its /24s share it, else -2 - o for the node at
 * offset o. A node is a 16-int32 header (one cache line: for each 32 /24s a bitmap of where a new
 * run of equal entries starts, and the offset of the entry of the run before the first bit set in
 * it) followed by the entries of its runs. A lookup finds the slot of its entry; `routes` holds,
 * at the same slot, the first route of the entry's prefix.
 */
export class DirIndex {
  private constructor(
    private readonly nodes: Int32Array,
    private readonly routes: (FibAlias | null)[],
    private readonly heads: FibAlias[],
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

  /** The slot of the DIR entry of `ip`'s /24 block. */
  slot(ip: number): number {
    const nodes = this.nodes;
    const e = nodes[ip >>> 16];
    if (e >= -1) return ip >>> 16;
    const slot = (ip >>> 8) & 255;
    const at = -2 - e + ((slot >>> 5) << 1);
    let x = nodes[at] & ((2 << (slot & 31)) - 1); // run starts at or before the slot, in this word
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    x = (x + (x >>> 4)) & 0x0f0f0f0f;
    return nodes[at + 1] + (Math.imul(x, 0x01010101) >>> 24);
  }

  /** The DIR entry in slot `slot`. */
  entryAt(slot: number): number {
    return this.nodes[slot];
  }

  /** The first route of the prefix named by the positive entry in slot `slot`. */
  routeAt(slot: number): FibAlias {
    return this.routes[slot]!;
  }

  /** The first route of the prefix a positive entry names. */
  headOf(entry: number): FibAlias {
    return this.heads[(entry & DIR_IDX) - 1];
  }

  /** Stores the flat DIR-24 array `dir` in the compressed form `slot` reads. */
  private static compress(dir: Int32Array, heads: FibAlias[]): DirIndex {
    const blocks = 1 << 16;
    let size = blocks;
    for (let b = 0; b < blocks; b++) {
      const base = b << 8;
      let runs = 1;
      for (let i = 1; i < 256; i++) if (dir[base + i] !== dir[base + i - 1]) runs++;
      if (runs > 1) size += 16 + runs;
    }
    const nodes = new Int32Array(size);
    const routes = new Array<FibAlias | null>(size).fill(null);
    const put = (at: number, v: number) => {
      nodes[at] = v;
      if (v > 0) routes[at] = heads[(v & DIR_IDX) - 1];
    };
    let end = blocks;
    for (let b = 0; b < blocks; b++) {
      const base = b << 8;
      let runs = 1;
      for (let i = 1; i < 256; i++) if (dir[base + i] !== dir[base + i - 1]) runs++;
      if (runs === 1) {
        put(b, dir[base]);
        continue;
      }
      const at = end;
      nodes[b] = -2 - at;
      let nv = at + 16;
      for (let w = 0; w < 8; w++) {
        nodes[at + (w << 1) + 1] = nv - 1;
        let bits = 0;
        for (let j = 0; j < 32; j++) {
          const i = (w << 5) | j;
          if (i === 0 || dir[base + i] !== dir[base + i - 1]) {
            bits |= 1 << j;
            put(nv++, dir[base + i]);
          }
        }
        nodes[at + (w << 1)] = bits;
      }
      end = nv;
    }
    return new DirIndex(nodes, routes, heads);
  }
}
