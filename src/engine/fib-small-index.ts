import type { FibAlias } from './fib-alias';

/**
 * The prefixes of a small IPv4 table (a local table: a few addresses, their broadcasts and
 * 127/8), longest first, in two small typed arrays: a longest-prefix match scans them instead of
 * probing per-length bitmaps (the /32 one is 128 KB, a cache miss per lookup). A bitmap of the
 * first address bytes the prefixes cover answers most misses from one word.
 */
export class SmallIndex {
  private readonly keys: Int32Array;
  private readonly masks: Int32Array;
  private readonly octets = new Uint32Array(8);

  /** The index of `heads`, the first routes of the table's prefixes, longest prefix first. */
  constructor(private readonly heads: FibAlias[]) {
    this.keys = Int32Array.from(heads, (h) => h.d as number);
    this.masks = Int32Array.from(heads, (h) => (h.dstLen === 0 ? 0 : -1 << (32 - h.dstLen)));
    for (const h of heads) {
      const first = (h.d as number) >>> 24;
      for (let o = first; o < first + (1 << (8 - Math.min(h.dstLen, 8))); o++) this.octets[o >>> 5] |= 1 << (o & 31);
    }
  }

  /** The first route of the longest prefix containing `ip` that is shorter than `below`. */
  match(ip: number, below: number): FibAlias | undefined {
    if ((this.octets[ip >>> 29] & (1 << ((ip >>> 24) & 31))) === 0) return undefined;
    const keys = this.keys;
    const masks = this.masks;
    for (let i = 0; i < keys.length; i++) {
      if (((ip ^ keys[i]) & masks[i]) === 0 && this.heads[i].dstLen < below) return this.heads[i];
    }
    return undefined;
  }
}
