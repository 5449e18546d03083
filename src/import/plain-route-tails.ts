/**
 * What the words after a route's destination read as (plain-route-line.ts), by their text: the
 * lines of a big dump repeat a few hundred tails (` via GW dev D table T`), so each is read once
 * and then found by hashing and comparing its characters in place, without a string per line.
 */
import type { PlainRoute4 } from './plain-route-line';

/** Slots of the open-addressing table; it starts over when half full. */
const SIZE = 1024;

/** The fields a tail sets, side by side per slot. */
const FIELDS = 5;

/** FNV-1a over the UTF-16 code units of s[from, s.length). */
export function tailHash(s: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** Tails read so far: their text, hash and fields (or "not plain"). */
export class TailMemo {
  private readonly texts: (string | undefined)[] = new Array<string | undefined>(SIZE);
  private readonly hashes = new Int32Array(SIZE);
  /** Per slot: gateway, oif, priority, table, protocol; gateway -1 for a tail that is not plain. */
  private readonly fields = new Float64Array(SIZE * FIELDS);
  private count = 0;
  private lastHash = 0;
  private readonly hash: (s: string, from: number) => number;

  /** `hash`: for tests (a constant one makes every tail collide). */
  constructor(hash = tailHash) {
    this.hash = hash;
  }

  /** The slot of the tail `s[from, s.length)`, or -1 (its hash is kept for keep()). */
  find(s: string, from: number): number {
    const h = (this.lastHash = this.hash(s, from));
    const n = s.length - from;
    for (let i = h & (SIZE - 1); ; i = (i + 1) & (SIZE - 1)) {
      const t = this.texts[i];
      if (t === undefined) return -1;
      if (this.hashes[i] === h && t.length === n && s.startsWith(t, from)) return i;
    }
  }

  /** Copies slot `i`'s fields into `r`; false when its tail is not plain. */
  fill(i: number, r: PlainRoute4): boolean {
    const f = this.fields;
    const o = i * FIELDS;
    if (f[o] < 0) return false;
    r.gateway = f[o];
    r.oif = f[o + 1];
    r.priority = f[o + 2];
    r.table = f[o + 3];
    r.protocol = f[o + 4];
    return true;
  }

  /** Remembers the tail `s[from, s.length)` find() just missed, as `r`'s fields (null: not plain). */
  keep(s: string, from: number, r: PlainRoute4 | null): void {
    if (this.count >= SIZE / 2) {
      this.texts.fill(undefined);
      this.count = 0;
    }
    const h = this.lastHash;
    let i = h & (SIZE - 1);
    while (this.texts[i] !== undefined) i = (i + 1) & (SIZE - 1);
    this.texts[i] = s.slice(from);
    this.hashes[i] = h;
    const o = i * FIELDS;
    const f = this.fields;
    f[o] = r ? r.gateway : -1;
    if (r) {
      f[o + 1] = r.oif;
      f[o + 2] = r.priority;
      f[o + 3] = r.table;
      f[o + 4] = r.protocol;
    }
    this.count++;
  }
}
