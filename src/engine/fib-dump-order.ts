/**
 * The order a table's prefixes are dumped in: fib_trie's for IPv4 (key ascending, and for one
 * key the longer prefix first), by a stable radix sort — a million-prefix table sorts several
 * times faster than with a comparator, which `ip route show` of a full table needs on every dump
 * after a change — and the fib6 tree walk's for IPv6.
 */
import type { FibAlias } from './fib-alias';
import { compareIp, maskIp, type Family } from './ip';

/** Below this many prefixes a comparator sort is as quick. */
const RADIX_MIN = 512;

/** fib_trie dump order: key ascending, and for one key the longer prefix first. */
export function compareIpv4Order(a: FibAlias, b: FibAlias): number {
  return ((a.d as number) >>> 0) - ((b.d as number) >>> 0) || b.dstLen - a.dstLen;
}

/** One stable counting-sort pass of the indices `from` into `to` by `digit[index]` (< `buckets`). */
function pass(from: Int32Array, to: Int32Array, buckets: number, digit: Uint16Array | Uint8Array): void {
  const count = new Int32Array(buckets + 1);
  for (let k = 0; k < from.length; k++) count[digit[from[k]] + 1]++;
  for (let b = 1; b <= buckets; b++) count[b] += count[b - 1];
  for (let k = 0; k < from.length; k++) to[count[digit[from[k]]]++] = from[k];
}

/** The IPv4 prefixes' first routes `heads` (one per prefix), sorted in dump order, in place. */
export function sortIpv4DumpOrder(heads: FibAlias[]): FibAlias[] {
  const n = heads.length;
  if (n < RADIX_MIN) return heads.sort(compareIpv4Order);
  // Least significant first: the length (longest first), then the key's low and high halves.
  const shorter = new Uint8Array(n);
  const low = new Uint16Array(n);
  const high = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const d = heads[i].d as number;
    shorter[i] = 32 - heads[i].dstLen;
    low[i] = d & 0xffff;
    high[i] = d >>> 16;
  }
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  pass(a, b, 33, shorter);
  pass(b, a, 1 << 16, low);
  pass(a, b, 1 << 16, high);
  const copy = heads.slice();
  for (let i = 0; i < n; i++) heads[i] = copy[b[i]];
  return heads;
}

/**
 * fib6 tree walk order (fib6_walk_continue): children before their parent, the 0-bit side
 * before the 1-bit side. So a prefix comes after every longer prefix inside it.
 */
function compareIpv6Order(a: FibAlias, b: FibAlias): number {
  const common = Math.min(a.dstLen, b.dstLen);
  const x = maskIp(a.d as bigint, common);
  const y = maskIp(b.d as bigint, common);
  if (x !== y) return compareIp(x, y);
  return b.dstLen - a.dstLen;
}

/** A table's first routes of each prefix (`heads`, one per prefix) in dump order, in place. */
export function sortDumpOrder(family: Family, heads: FibAlias[]): FibAlias[] {
  return family === 4 ? sortIpv4DumpOrder(heads) : heads.sort(compareIpv6Order);
}
