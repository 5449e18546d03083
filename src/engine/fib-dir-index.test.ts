import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FibAlias, type FibInfo } from './fib-alias';
import { DIR_FAST_SHIFT, DIR_LEN_SHIFT, DirIndex } from './fib-dir-index';
import { maskIp } from './ip';

function info(dead: boolean): FibInfo {
  return {
    family: 4,
    protocol: 3,
    scope: 0,
    prefsrc: undefined,
    priority: 0,
    nexthops: [{ dev: 2, weight: 1, onlink: false, dead }],
    multipath: false,
    metrics: [],
    pref: undefined,
    realm: undefined,
    expires: undefined,
    src: undefined,
  };
}

/** [address, length, type, tos, dead nexthop] */
type P = [number, number, number, number, boolean];

/** Prefixes clustered in a few /16s (so nodes get many runs) plus some anywhere. */
const prefixArb: fc.Arbitrary<P> = fc.tuple(
  fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0x3ffff }).map((x) => (0x0a000000 | (x << 6)) >>> 0)),
  fc.oneof(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 17, max: 26 })),
  fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 9 })),
  fc.oneof(fc.constant(0), fc.constant(0), fc.constant(0x10)),
  fc.integer({ min: 0, max: 4 }).map((x) => x === 0),
);

function heads(prefixes: P[], tableId = 254): Map<number, FibAlias>[] {
  const byLen = Array.from({ length: 33 }, () => new Map<number, FibAlias>());
  prefixes.forEach(([a, len, type, tos, dead], i) => {
    const d = (maskIp(a, len) as number) | 0;
    if (!byLen[len].has(d)) byLen[len].set(d, new FibAlias(i % 7 === 0 ? tableId + 1 : tableId, d, len, tos, type, info(dead), i));
  });
  return byLen;
}

/** What `find` must say, from a brute-force search of the prefixes. */
function expected(byLen: Map<number, FibAlias>[], ip: number, tableId: number): { entry: number; head: FibAlias | null } {
  for (let len = 25; len <= 32; len++) for (const k of byLen[len].keys()) if (k >>> 8 === ip >>> 8) return { entry: -1, head: null };
  for (let len = 24; len >= 0; len--) {
    const h = byLen[len].get((maskIp(ip, len) as number) | 0);
    if (!h) continue;
    const nh0 = h.info.nexthops[0];
    const fast = h.tos === 0 && h.type <= 5 && h.table === tableId && !nh0.dead ? h.type + 1 : 0;
    return { entry: (len << DIR_LEN_SHIFT) | (fast << DIR_FAST_SHIFT), head: h };
  }
  return { entry: 0, head: null };
}

describe('DirIndex', () => {
  it('find agrees with a brute-force longest-prefix search on random prefix sets', () => {
    fc.assert(
      fc.property(fc.array(prefixArb, { maxLength: 300 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 40 }), (prefixes, randomIps) => {
        const byLen = heads(prefixes);
        const dir = DirIndex.build(byLen, 254)!;
        // Probe every prefix's first and last address, its neighbours, and random addresses.
        const ips = [...randomIps];
        for (const [a, len] of prefixes) {
          const first = maskIp(a, len) as number;
          const last = (first + 2 ** (32 - len) - 1) >>> 0;
          ips.push(first, last, (first - 1) >>> 0, (last + 1) >>> 0, a);
        }
        for (const ip of ips) {
          const want = expected(byLen, ip, 254);
          const head = dir.find(ip);
          const got = dir.entry > 0 ? dir.entry & ((31 << DIR_LEN_SHIFT) | (15 << DIR_FAST_SHIFT)) : dir.entry;
          expect({ ip, got }).toEqual({ ip, got: want.entry });
          expect(head).toBe(want.head);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('handles a /16 block whose every /24 holds a different prefix', () => {
    const prefixes: P[] = [[0x0a000000, 8, 1, 0, false]];
    for (let i = 0; i < 256; i += 2) prefixes.push([(0x0a0b0000 | (i << 8)) >>> 0, 24, 1, 0, false]);
    prefixes.push([0x0a0b0500, 25, 1, 0, false], [0x0a0bff00, 24, 7, 0, false]);
    const byLen = heads(prefixes);
    const dir = DirIndex.build(byLen, 254)!;
    for (let i = 0; i < 256; i++) {
      const ip = (0x0a0b0000 | (i << 8) | 7) >>> 0;
      const want = expected(byLen, ip, 254);
      expect(dir.find(ip)).toBe(want.head);
      expect(dir.entry > 0 ? dir.entry & ~0x3fffff : dir.entry).toBe(want.entry);
    }
  });
});
