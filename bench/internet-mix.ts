/**
 * Synthetic routing tables shaped like the Internet's: the IPv4 prefix-length mix of a full BGP
 * table (about 60% /24, a long tail of /16–/23, a few /8–/15 and some host routes) and an IPv6
 * mix dominated by /48 and /32–/44.
 */

/** A small, fast, seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Share of each IPv4 prefix length, per mille (sums to 1000). */
const V4_MIX: [number, number][] = [
  [8, 1], [9, 1], [10, 1], [11, 2], [12, 3], [13, 5], [14, 8], [15, 10], [16, 30],
  [17, 15], [18, 25], [19, 40], [20, 50], [21, 55], [22, 90], [23, 80], [24, 560],
  [25, 4], [26, 4], [27, 3], [28, 3], [29, 3], [30, 2], [32, 5],
];

/** Share of each IPv6 prefix length, per mille. */
const V6_MIX: [number, number][] = [
  [19, 2], [20, 3], [22, 3], [24, 8], [28, 20], [29, 40], [32, 180], [33, 10], [36, 20],
  [40, 40], [44, 60], [46, 20], [47, 20], [48, 550], [56, 14], [64, 10],
];

function pickLen(mix: [number, number][], r: number): number {
  let x = r % 1000;
  for (const [len, w] of mix) {
    if (x < w) return len;
    x -= w;
  }
  return mix[mix.length - 1][0];
}

/** `count` distinct IPv4 prefixes [addr, len] avoiding 0/8, 10/8, 127/8 and 224/3. */
export function ipv4Prefixes(count: number, seed = 1): [number, number][] {
  const rnd = prng(seed);
  const seen = new Set<number>();
  const out: [number, number][] = [];
  while (out.length < count) {
    const len = pickLen(V4_MIX, rnd());
    let a = rnd();
    const top = a >>> 24;
    if (top === 0 || top === 10 || top === 127 || top >= 224) continue;
    a = len === 32 ? a : (a & (0xffffffff << (32 - len))) >>> 0;
    const key = a * 33 + len;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([a >>> 0, len]);
  }
  return out;
}

/** `count` distinct IPv6 prefixes [addr, len] inside 2000::/3. */
export function ipv6Prefixes(count: number, seed = 2): [bigint, number][] {
  const rnd = prng(seed);
  const seen = new Set<string>();
  const out: [bigint, number][] = [];
  while (out.length < count) {
    const len = pickLen(V6_MIX, rnd());
    let v = (0x2n << 124n) | (BigInt(rnd() & 0x1fffffff) << 96n) | (BigInt(rnd()) << 64n);
    v &= ((1n << 128n) - 1n) << BigInt(128 - len);
    const key = `${v}/${len}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([v, len]);
  }
  return out;
}

/** Random IPv4 unicast destinations for lookups. */
export function ipv4Destinations(count: number, seed = 3): Uint32Array {
  const rnd = prng(seed);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let a = rnd();
    while (a >>> 24 === 0 || a >>> 24 === 127 || a >>> 24 >= 224) a = rnd();
    out[i] = a;
  }
  return out;
}
