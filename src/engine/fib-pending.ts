/**
 * Routes the bulk add path (FibTable.insertFirst4) put into a table, kept as numbers until
 * something reads them: a table loaded with 10^5 such routes holds no object per route (no
 * allocation, nothing for the garbage collector to copy) until a lookup, a dump or a change
 * touches one, and FibTable then makes its FibAlias once (see FibTable.materialize).
 */
import { FibAlias, type FibInfo } from './fib-alias';

/** What insertFirst4 was given for one route, by slot. */
export class PendingRoutes {
  private seqs = new Float64Array(256);
  private types = new Uint8Array(256);
  private infoOf = new Uint32Array(256);
  private infos: FibInfo[] = [];
  private infoIndex = new Map<FibInfo, number>();
  private used = 0;
  /** Slots not made into FibAliases yet. */
  waiting = 0;

  /** Keeps one route; returns its slot (the value the table stores in place of the alias). */
  add(type: number, info: FibInfo, seq: number): number {
    const i = this.used;
    if (i === this.seqs.length) this.grow();
    this.seqs[i] = seq;
    this.types[i] = type;
    // A full table cycles through a few hundred path records at most: each is numbered once.
    let k = this.infoIndex.get(info);
    if (k === undefined) {
      k = this.infos.push(info) - 1;
      this.infoIndex.set(info, k);
    }
    this.infoOf[i] = k;
    this.used = i + 1;
    this.waiting++;
    return i;
  }

  /** The FibAlias of slot `i` (dst `d`, length `dstLen`, table `table`); the slot is spent. */
  alias(i: number, table: number, d: number, dstLen: number): FibAlias {
    const a = new FibAlias(table, d, dstLen, 0, this.types[i], this.infos[this.infoOf[i]], this.seqs[i]);
    if (--this.waiting === 0) this.reset();
    return a;
  }

  /** Forgets a slot that was dropped unread. */
  drop(): void {
    if (--this.waiting === 0) this.reset();
  }

  private reset(): void {
    this.used = 0;
    this.infos = [];
    this.infoIndex = new Map();
    if (this.seqs.length > 256) {
      this.seqs = new Float64Array(256);
      this.types = new Uint8Array(256);
      this.infoOf = new Uint32Array(256);
    }
  }

  private grow(): void {
    const n = this.seqs.length * 2;
    const seqs = new Float64Array(n);
    seqs.set(this.seqs);
    const types = new Uint8Array(n);
    types.set(this.types);
    const infoOf = new Uint32Array(n);
    infoOf.set(this.infoOf);
    this.seqs = seqs;
    this.types = types;
    this.infoOf = infoOf;
  }
}
