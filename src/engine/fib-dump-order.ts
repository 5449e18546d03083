/**
 * fib_trie's dump order for IPv4 prefixes (key ascending, and for one key the longer prefix
 * first) by a stable radix sort: a million-prefix table sorts several times faster than with a
 * comparator, which `ip route show` of a full table needs on every dump after a change.
 */
import type { FibAlias } from './fib-alias';

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
