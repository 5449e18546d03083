/**
 * A counted set of lines for comparing a million-line dump with its input: open addressing over
 * one typed array (slot, hash and count side by side, so a probe reads one cache line) with a
 * 32-bit FNV-1a hash, several times faster and smaller than a Map of strings at that size. The
 * lines are given by index into a list the caller keeps, so no string is copied.
 */

/** FNV-1a over the UTF-16 code units of `s`. */
export function lineHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** How many copies of each line are left, lines named by their index in `lineAt`. */
export class LineMultiset {
  private readonly lineAt: (i: number) => string;
  private readonly hashOf: (line: string) => number;
  private readonly mask: number;
  /** Per slot, three numbers: 1 + the index of its line (0 when empty), its hash, its count. */
  private readonly table: Int32Array;

  /** A multiset of the lines `lineAt(i)` for i in [from, to) (`hash`: for tests). */
  constructor(lineAt: (i: number) => string, from: number, to: number, hash = lineHash) {
    this.lineAt = lineAt;
    this.hashOf = hash;
    let size = 16;
    while (size < 2 * (to - from)) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(3 * size);
    for (let i = from; i < to; i++) {
      const line = lineAt(i);
      this.table[this.find(line, hash(line), i) + 2]++;
    }
  }

  /** The table offset of `line` (hash `h`); an empty slot is taken for line index `index` when given. */
  private find(line: string, h: number, index = -1): number {
    const t = this.table;
    let p = h & this.mask;
    for (;;) {
      const o = 3 * p;
      const s = t[o];
      if (s === 0) {
        if (index < 0) return -1;
        t[o] = index + 1;
        t[o + 1] = h;
        return o;
      }
      if (t[o + 1] === h && this.lineAt(s - 1) === line) return o;
      p = (p + 1) & this.mask;
    }
  }

  /** Takes one copy of `line`; false when none is left. */
  take(line: string): boolean {
    const o = this.find(line, this.hashOf(line));
    if (o < 0 || this.table[o + 2] === 0) return false;
    this.table[o + 2]--;
    return true;
  }
}
