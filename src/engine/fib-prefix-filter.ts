/**
 * Which prefix lengths of an IPv4 table can hold an address, answered without touching the
 * table's prefix maps (FibTable): per length, one bit per /min(len,20) block holding a prefix of
 * that length; and one bit per /20 block holding a prefix of length 20 or more, made when a
 * lookup first needs it and kept up to date after (a bulk load pays nothing for it). A lookup
 * of a large table skips most lengths on one bit each.
 */

/** Bits of the filter: lengths up to 20 exactly, longer ones by /20 block. */
export const FILTER_BITS = 20;

/** The bit of prefix `key`/`len` (or of an address, for that length) in the filter of `len`. */
export function filterBit(key: number, len: number): number {
  const top = key >>> (32 - FILTER_BITS);
  return len >= FILTER_BITS ? top : top >>> (FILTER_BITS - len);
}

/** The prefix-presence filter of one IPv4 table. */
export class PrefixFilter4 {
  /** Per length 0-32: the bitmap, or null while the table has no prefix of that length. */
  readonly bits: (Uint32Array | null)[] = new Array<Uint32Array | null>(33).fill(null);
  /** One bit per /20 block holding a prefix of length >= 20 (any bits[20..32] bit), or null. */
  private long: Uint32Array | null = null;

  /** False when the table has no prefix `key`/`len` for sure. */
  mayHold(key: number, len: number): boolean {
    const f = this.bits[len];
    const bit = filterBit(key, len);
    return f !== null && (f[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /** False when no prefix of length 20 or more lies in the /20 block `top` (an address >>> 12). */
  longIn(top: number): boolean {
    const lf = this.long ?? this.buildLong();
    return (lf[top >>> 5] & (1 << (top & 31))) !== 0;
  }

  /** Prefix `key`/`len` was added. */
  add(key: number, len: number): void {
    let f = this.bits[len];
    if (f === null) f = this.bits[len] = new Uint32Array(Math.max(1, (1 << Math.min(len, FILTER_BITS)) >>> 5));
    const bit = filterBit(key, len);
    f[bit >>> 5] |= 1 << (bit & 31);
    const lf = this.long;
    if (len >= FILTER_BITS && lf !== null) lf[bit >>> 5] |= 1 << (bit & 31);
  }

  /**
   * Prefix `key`/`len` was removed. `last`: no prefix of `len` is left; `blockUsed`: another
   * prefix of `len` (> 20) still lies in its /20 block.
   */
  remove(key: number, len: number, last: boolean, blockUsed: boolean): void {
    const bit = filterBit(key, len);
    if (last) this.bits[len] = null;
    else if (!blockUsed) this.bits[len]![bit >>> 5] &= ~(1 << (bit & 31));
    if (len < FILTER_BITS || this.long === null) return;
    // The block keeps its long-prefix bit while the filter of another long length has it.
    for (let l = FILTER_BITS; l <= 32; l++) {
      const f = this.bits[l];
      if (f !== null && (f[bit >>> 5] & (1 << (bit & 31))) !== 0) return;
    }
    this.long[bit >>> 5] &= ~(1 << (bit & 31));
  }

  /** The long-prefix bitmap, from the filters of lengths 20 to 32. */
  private buildLong(): Uint32Array {
    const lf = new Uint32Array(1 << (FILTER_BITS - 5));
    for (let l = FILTER_BITS; l <= 32; l++) {
      const f = this.bits[l];
      if (f !== null) for (let i = 0; i < lf.length; i++) lf[i] |= f[i];
    }
    return (this.long = lf);
  }
}
