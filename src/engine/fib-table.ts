import { FibAlias, type FibInfo } from './fib-alias';
import { FibInfoPool } from './fib-info-pool';
import { PendingRoutes } from './fib-pending';
import { FILTER_BITS, filterBit, PrefixFilter4 } from './fib-prefix-filter';
import { maskIp, type Family, type Ip } from './ip';
import type { Route } from './model';
import { DirIndex } from './fib-dir-index';
import { sortDumpOrder } from './fib-dump-order';
import { SmallIndex } from './fib-small-index';

export { DIR_FAST_SHIFT, DIR_IDX, DIR_LEN_SHIFT } from './fib-dir-index';

/** All routes of one destination prefix in one table, in lookup order. A snapshot, not live. */
export interface PrefixNode {
  readonly dst: Ip;
  readonly len: number;
  /** Routes in kernel order: TOS descending, then metric ascending, then insertion order. */
  readonly routes: FibAlias[];
}

/** A table gets the DIR-24 index (fib-dir-index.ts) only from this many routes on. */
const DIR_MIN_ROUTES = 50_000;
/** ...and only after this many lookups without a change (so bulk loads do not rebuild it). */
const DIR_QUIET_LOOKUPS = 20_000;

/** IPv4 tables of at most this many routes are searched by a scan (fib-small-index.ts). */
const SMALL_MAX_ROUTES = 16;

/**
 * One routing table of one family (`struct fib_table` / `struct fib6_table`). Routes of one
 * prefix form a chain (the kernel's fib_alias list); prefixes are found through one hash map per
 * length. For IPv4 a per-length bitmap over the top 20 address bits (fib-prefix-filter.ts) lets
 * a lookup skip lengths that cannot match without touching the maps, so longest-prefix match
 * stays fast at 10^6 routes; routes of the bulk add path stay numbers until read (fib-pending.ts).
 */
export class FibTable {
  readonly family: Family;
  readonly id: number;
  /** Order of creation among tables (dump order within a hash bucket: newest first). */
  readonly created: number;
  /**
   * First route of each prefix, per prefix length, keyed by int32 (IPv4) or hex text (IPv6:
   * V8 hashes a BigInt by its low digit, so masked IPv6 prefixes would all collide). A number
   * value is a route insertFirst4 added that nothing has read yet: its slot in `pending`.
   */
  private readonly heads: Map<number | string, FibAlias | number>[];
  /** The routes of the number entries in `heads` (IPv4 only). */
  private readonly pending = new PendingRoutes();
  /** IPv4: which lengths may hold an address (fib-prefix-filter.ts); null for IPv6. */
  private readonly filter: PrefixFilter4 | null;
  private lengths: number[] = [];
  /** Index in `lengths` of the first length below 20 (lengths.length when none). */
  private shortFrom = 0;
  private count = 0;
  private sorted: FibAlias[] | null = null;
  private version = 0;
  private readonly infos = new FibInfoPool();
  /** DIR-24 index of a large IPv4 table, built lazily once the table stops changing. */
  private dir: DirIndex | null = null;
  private dirVersion = -1;
  private lookupsSinceChange = 0;
  /** The scan index of a table of at most SMALL_MAX_ROUTES routes, built when first needed. */
  private small: SmallIndex | null = null;
  private smallVersion = -1;

  constructor(family: Family, id: number, created: number) {
    this.family = family;
    this.id = id;
    this.created = created;
    const n = family === 4 ? 33 : 129;
    this.heads = Array.from({ length: n }, () => new Map<number | string, FibAlias | number>());
    this.filter = family === 4 ? new PrefixFilter4() : null;
  }

  /** Number of routes in the table. */
  get size(): number {
    return this.count;
  }

  /** A counter that changes whenever the table changes (for caches built on it). */
  get generation(): number {
    return this.version;
  }

  /** The prefix lengths in use, longest first. */
  get prefixLengths(): readonly number[] {
    return this.lengths;
  }

  private key(dst: Ip, len: number): number | string {
    return typeof dst === 'number' ? (maskIp(dst, len) as number) | 0 : (maskIp(dst, len) as bigint).toString(16);
  }

  /** The first route of exactly `dst/len` (host bits ignored), or undefined. */
  head(dst: Ip, len: number): FibAlias | undefined {
    // The prefix-presence filter answers most misses without touching the (large) map.
    if (typeof dst === 'number' && this.filter !== null && !this.filter.mayHold(dst | 0, len)) return undefined;
    return this.headAt(len, this.key(dst, len));
  }

  /** The first route of prefix `key` of length `len`, made a FibAlias if it was pending. */
  private headAt(len: number, key: number | string): FibAlias | undefined {
    const h = this.heads[len].get(key);
    return typeof h === 'number' ? this.materialize(len, key as number, h) : h;
  }

  /** Makes the FibAlias of the pending route in `slot` (prefix `key`/`len`) and keeps it. */
  private materialize(len: number, key: number, slot: number): FibAlias {
    const a = this.pending.alias(slot, this.id, key, len);
    this.heads[len].set(key, a);
    return a;
  }

  /** Makes every pending route a FibAlias (before anything walks the prefix maps). */
  private materializeAll(): void {
    if (this.pending.waiting === 0) return;
    for (const len of this.lengths)
      for (const [key, h] of this.heads[len]) if (typeof h === 'number') this.materialize(len, key as number, h);
  }

  /** The routes of exactly `dst/len`, if any route has that prefix. */
  node(dst: Ip, len: number): PrefixNode | undefined {
    const h = this.head(dst, len);
    return h ? toNode(h) : undefined;
  }

  /** Makes the table's own record of `route`. */
  private alias(route: Route): FibAlias {
    const d = typeof route.dst === 'number' ? (maskIp(route.dst, route.dstLen) as number) | 0 : (maskIp(route.dst, route.dstLen) as bigint);
    return new FibAlias(route.table, d, route.dstLen, route.tos, route.type, this.infos.intern(route), route.seq);
  }

  /** Inserts `route` as the `at`-th route of its prefix (kernel order is the caller's job). */
  insertAt(route: Route, at: number): FibAlias {
    const a = this.alias(route);
    const map = this.heads[a.dstLen];
    const key = typeof a.d === 'number' ? a.d : a.d.toString(16);
    const h = this.headAt(a.dstLen, key);
    if (!h || at <= 0) {
      a.next = h ?? null;
      map.set(key, a);
      if (!h) this.prefixAdded(a.dstLen, key);
    } else {
      let prev = h;
      for (let i = 1; i < at && prev.next; i++) prev = prev.next;
      a.next = prev.next;
      prev.next = a;
    }
    this.count++;
    this.changed();
    return a;
  }

  /**
   * insertAt for the first route of an IPv4 prefix that has none yet (head() said so): `dst`
   * without host bits, TOS 0, and `info` a path record this table interned for an equal path
   * (an earlier alias's), so no interning is needed. The bulk add path (route-new-bulk.ts). The
   * route is kept as numbers (PendingRoutes) until something reads it: head(), a lookup, a dump
   * or a change of its prefix makes its FibAlias then, once.
   */
  insertFirst4(dst: number, dstLen: number, type: number, info: FibInfo, seq: number): void {
    const d = dst | 0;
    this.heads[dstLen].set(d, this.pending.add(type, info, seq));
    this.prefixAdded(dstLen, d);
    this.count++;
    this.changed();
  }

  /** Replaces the route at `index` of `node`'s prefix with `route`. */
  replaceAt(node: PrefixNode, index: number, route: Route): void {
    const old = node.routes[index];
    if (!old) return;
    this.remove(old);
    this.insertAt(route, index);
  }

  /** Replaces `route` by a copy with `patch` applied, at the same place in its prefix. */
  update(route: FibAlias, patch: Partial<Route>): FibAlias {
    const node = this.node(route.dst, route.dstLen);
    const at = node ? node.routes.indexOf(route) : 0;
    this.remove(route);
    return this.insertAt({ ...route.toRoute(), ...patch }, at);
  }

  /** Removes `route` (a route of this table) from it; true when it was there. */
  remove(route: Route): boolean {
    const map = this.heads[route.dstLen];
    const key = route instanceof FibAlias && typeof route.d === 'number' ? route.d : this.key(route.dst, route.dstLen);
    let cur = this.headAt(route.dstLen, key);
    let prev: FibAlias | null = null;
    while (cur && cur !== route) {
      prev = cur;
      cur = cur.next ?? undefined;
    }
    if (!cur) return false;
    if (prev) prev.next = cur.next;
    else if (cur.next) map.set(key, cur.next);
    else {
      map.delete(key);
      this.prefixRemoved(route.dstLen, key);
    }
    cur.next = null;
    this.count--;
    this.changed();
    return true;
  }

  /** Removes every route for which `pred` holds; returns the removed routes. */
  removeWhere(pred: (r: FibAlias) => boolean): FibAlias[] {
    const gone = [...this.routes()].filter(pred);
    for (const r of gone) this.remove(r);
    return gone;
  }

  /** The prefixes containing `ip`, longest first: the lookup's longest match and its fallbacks. */
  matches(ip: Ip): PrefixNode[] {
    const out: PrefixNode[] = [];
    for (let h = this.firstMatch(ip, 33 + 129); h; h = this.firstMatch(ip, h.dstLen)) out.push(toNode(h));
    return out;
  }

  /** The longest prefix containing `ip`. */
  longestMatch(ip: Ip): PrefixNode | undefined {
    const h = this.firstMatch(ip, 999);
    return h ? toNode(h) : undefined;
  }

  /**
   * The first route of the longest prefix containing `ip` that is shorter than `below`
   * (fib_table_lookup's descent and backtracking). Allocation-free: the lookup hot path.
   */
  firstMatch(ip: Ip, below: number): FibAlias | undefined {
    const lengths = this.lengths;
    if (typeof ip === 'number') {
      if (below > 32 && this.count >= DIR_MIN_ROUTES) {
        if (this.dirVersion === this.version) {
          const h = this.dir!.find(ip);
          if (this.dir!.entry >= 0) return h ?? undefined;
        } else if (++this.lookupsSinceChange > DIR_QUIET_LOOKUPS) this.buildDir();
      }
      if (this.count <= SMALL_MAX_ROUTES) return this.smallMatch(ip, below);
      const top = ip >>> (32 - FILTER_BITS);
      const filter = this.filter;
      if (filter === null) return undefined; // an IPv4 address in an IPv6 table
      // Most addresses lie in a /20 block without long prefixes: one bit skips those lengths.
      const from = this.shortFrom > 0 && !filter.longIn(top) ? this.shortFrom : 0;
      const bits = filter.bits;
      for (let i = from; i < lengths.length; i++) {
        const len = lengths[i];
        if (len >= below) continue;
        const f = bits[len]!;
        const bit = len >= FILTER_BITS ? top : top >>> (FILTER_BITS - len);
        if ((f[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
        const key = len === 0 ? 0 : (ip & (0xffffffff << (32 - len))) | 0;
        const h = this.heads[len].get(key);
        if (h !== undefined) return typeof h === 'number' ? this.materialize(len, key, h) : h;
      }
      return undefined;
    }
    for (const len of lengths) {
      if (len >= below) continue;
      const h = this.heads[len].get((maskIp(ip, len) as bigint).toString(16));
      if (h) return h as FibAlias; // IPv6 prefixes are never pending
    }
    return undefined;
  }

  /** True when the table is small and no prefix of it can contain `ip` (a quick miss). */
  quickMiss(ip: number): boolean {
    return this.count <= SMALL_MAX_ROUTES && this.smallMatch(ip, 999) === undefined;
  }

  /** firstMatch for a table of a few routes (local tables): see SmallIndex. */
  private smallMatch(ip: number, below: number): FibAlias | undefined {
    if (this.smallVersion !== this.version) {
      this.small = new SmallIndex(this.allHeads());
      this.smallVersion = this.version;
    }
    return this.small!.match(ip, below);
  }

  /**
   * The DIR index's answer for `ip`: the first route of the longest prefix of at most 24 bits
   * covering its /24 block, with dirEntry telling more (see DirIndex.find); undefined with
   * dirEntry -1 when there is no current index: then only firstMatch answers.
   */
  dirFind(ip: number): FibAlias | null | undefined {
    return this.dirVersion === this.version ? this.dir!.find(ip) : undefined;
  }

  /** After dirFind: 0 (no route), -1 (ask firstMatch), or positive, see DIR_LEN_SHIFT. */
  get dirEntry(): number {
    return this.dirVersion === this.version ? this.dir!.entry : -1;
  }

  /** True when the DIR index is built and current (tests look at this). */
  get hasDirIndex(): boolean {
    return this.dirVersion === this.version;
  }

  /** Builds the DIR-24 index from the current prefixes, unless there are too many to pack. */
  private buildDir(): void {
    this.materializeAll();
    const dir = DirIndex.build(this.heads as Map<number | string, FibAlias>[], this.id);
    if (!dir) {
      this.lookupsSinceChange = -Infinity; // too many prefixes to pack: no index until a change
      return;
    }
    this.dir = dir;
    this.dirVersion = this.version;
  }

  /** All routes in dump order (IPv4 trie order, or IPv6 fib6 tree post-order). */
  *routes(): Generator<FibAlias> {
    for (const h of this.sortedHeads()) for (let a: FibAlias | null = h; a; a = a.next) yield a;
  }

  /** All prefixes in dump order. */
  nodes(): PrefixNode[] {
    return this.sortedHeads().map(toNode);
  }

  private sortedHeads(): FibAlias[] {
    this.sorted ??= sortDumpOrder(this.family, this.allHeads());
    return this.sorted;
  }

  /** The first route of every prefix, pending ones made FibAliases on the way. */
  private allHeads(): FibAlias[] {
    const all: FibAlias[] = [];
    const pending = this.pending.waiting > 0;
    for (const len of this.lengths) {
      const map = this.heads[len];
      if (!pending) for (const h of map.values()) all.push(h as FibAlias);
      else for (const [key, h] of map) all.push(typeof h === 'number' ? this.materialize(len, key as number, h) : h);
    }
    return all;
  }

  private prefixAdded(len: number, key: number | string): void {
    if (this.heads[len].size === 1) {
      this.lengths.push(len);
      this.lengths.sort((a, b) => b - a);
      this.lengthsChanged();
    }
    this.filter?.add(key as number, len);
  }

  private prefixRemoved(len: number, key: number | string): void {
    const last = this.heads[len].size === 0;
    if (last) {
      this.lengths = this.lengths.filter((l) => l !== len);
      this.lengthsChanged();
    }
    if (this.filter === null) return;
    // Another prefix of a length above 20 in the same /20 block keeps the block's bit.
    let blockUsed = false;
    if (!last && len > FILTER_BITS) {
      const bit = filterBit(key as number, len);
      for (const k of this.heads[len].keys()) {
        if (filterBit(k as number, len) === bit) {
          blockUsed = true;
          break;
        }
      }
    }
    this.filter.remove(key as number, len, last, blockUsed);
  }

  private lengthsChanged(): void {
    let i = 0;
    while (i < this.lengths.length && this.lengths[i] >= FILTER_BITS) i++;
    this.shortFrom = i;
  }

  private changed(): void {
    this.sorted = null;
    this.version++;
    this.lookupsSinceChange = 0;
    if (this.count < DIR_MIN_ROUTES) this.dir = null;
  }
}

function toNode(h: FibAlias): PrefixNode {
  const routes: FibAlias[] = [];
  for (let a: FibAlias | null = h; a; a = a.next) routes.push(a);
  return { dst: h.dst, len: h.dstLen, routes };
}
