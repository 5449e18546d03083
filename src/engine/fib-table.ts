import { compareIp, maskIp, type Family, type Ip } from './ip';
import type { Route } from './model';

/** All routes of one destination prefix in one table, in lookup order (`struct key_vector` leaf). */
export interface PrefixNode {
  readonly dst: Ip;
  readonly len: number;
  /** Routes in kernel order: TOS descending, then metric ascending, then insertion order. */
  readonly routes: Route[];
}

/**
 * One routing table of one family (`struct fib_table` / `struct fib6_table`): routes grouped by
 * prefix, found by longest-prefix match. The kernel's trie is replaced by one hash map per
 * prefix length; `lengths` lists the lengths in use, longest first.
 */
export class FibTable {
  readonly family: Family;
  readonly id: number;
  /** Order of creation among tables (dump order within a hash bucket: newest first). */
  readonly created: number;
  private readonly byLen: Map<Ip, PrefixNode>[];
  private lengths: number[] = [];
  private count = 0;
  private sorted: PrefixNode[] | null = null;
  private version = 0;

  constructor(family: Family, id: number, created: number) {
    this.family = family;
    this.id = id;
    this.created = created;
    this.byLen = Array.from({ length: family === 4 ? 33 : 129 }, () => new Map<Ip, PrefixNode>());
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

  /** The node of exactly `dst/len`, if any route has that prefix. */
  node(dst: Ip, len: number): PrefixNode | undefined {
    return this.byLen[len].get(maskIp(dst, len));
  }

  /** The node of `dst/len`, created empty when missing (caller must add a route to it). */
  private ensureNode(dst: Ip, len: number): PrefixNode {
    const key = maskIp(dst, len);
    const map = this.byLen[len];
    let node = map.get(key);
    if (!node) {
      node = { dst: key, len, routes: [] };
      if (map.size === 0) {
        this.lengths.push(len);
        this.lengths.sort((a, b) => b - a);
      }
      map.set(key, node);
    }
    return node;
  }

  /** Inserts `route` into its prefix node at index `at` (kernel order is the caller's job). */
  insertAt(route: Route, at: number): void {
    const node = this.ensureNode(route.dst, route.dstLen);
    node.routes.splice(at, 0, route);
    this.count++;
    this.changed();
  }

  /** Replaces the route at `index` of its node with `route`. */
  replaceAt(node: PrefixNode, index: number, route: Route): void {
    node.routes[index] = route;
    this.changed();
  }

  /** Removes `route` (by identity) from the table; true when it was there. */
  remove(route: Route): boolean {
    const node = this.byLen[route.dstLen].get(maskIp(route.dst, route.dstLen));
    if (!node) return false;
    const i = node.routes.indexOf(route);
    if (i < 0) return false;
    node.routes.splice(i, 1);
    this.count--;
    if (node.routes.length === 0) {
      const map = this.byLen[route.dstLen];
      map.delete(node.dst);
      if (map.size === 0) this.lengths = this.lengths.filter((l) => l !== route.dstLen);
    }
    this.changed();
    return true;
  }

  /** Removes every route for which `pred` holds; returns the removed routes. */
  removeWhere(pred: (r: Route) => boolean): Route[] {
    const gone: Route[] = [];
    for (const node of this.nodes()) for (const r of node.routes) if (pred(r)) gone.push(r);
    for (const r of gone) this.remove(r);
    return gone;
  }

  /**
   * The prefix nodes containing `ip`, longest first: the longest match and every shorter
   * prefix the lookup may fall back to (fib_table_lookup backtracking).
   */
  matches(ip: Ip): PrefixNode[] {
    const out: PrefixNode[] = [];
    for (const len of this.lengths) {
      const node = this.byLen[len].get(maskIp(ip, len));
      if (node) out.push(node);
    }
    return out;
  }

  /** The longest prefix node containing `ip` whose routes satisfy `accept`, walking shorter. */
  longestMatch(ip: Ip): PrefixNode | undefined {
    for (const len of this.lengths) {
      const node = this.byLen[len].get(maskIp(ip, len));
      if (node) return node;
    }
    return undefined;
  }

  /** All prefix nodes in dump order (IPv4 trie order, or IPv6 fib6 tree post-order). */
  nodes(): readonly PrefixNode[] {
    if (!this.sorted) {
      const all: PrefixNode[] = [];
      for (const map of this.byLen) for (const n of map.values()) all.push(n);
      all.sort(this.family === 4 ? compareIpv4Order : compareIpv6Order);
      this.sorted = all;
    }
    return this.sorted;
  }

  /** All routes in dump order. */
  *routes(): Generator<Route> {
    for (const n of this.nodes()) yield* n.routes;
  }

  private changed(): void {
    this.sorted = null;
    this.version++;
  }
}

/** fib_trie dump order: key ascending, and for one key the longer prefix first. */
function compareIpv4Order(a: PrefixNode, b: PrefixNode): number {
  return compareIp(a.dst, b.dst) || b.len - a.len;
}

/**
 * fib6 tree walk order (fib6_walk_continue): children before their parent, the 0-bit side
 * before the 1-bit side. So a prefix comes after every longer prefix inside it.
 */
function compareIpv6Order(a: PrefixNode, b: PrefixNode): number {
  const common = Math.min(a.len, b.len);
  const x = maskIp(a.dst, common);
  const y = maskIp(b.dst, common);
  if (x !== y) return compareIp(x, y);
  return b.len - a.len;
}
