import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FibTable } from './fib-table';
import { maskIp, prefixContains } from './ip';
import type { Route } from './model';

function route(dst: number, dstLen: number, seq: number, priority = 0): Route {
  return { family: 4, table: 254, dst: maskIp(dst, dstLen), dstLen, tos: 0, type: 1, protocol: 3, scope: 0, priority, nexthops: [{ dev: 2, weight: 1, onlink: false }], multipath: false, metrics: [], seq };
}

const prefixArb = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 32 }));

describe('FibTable', () => {
  it('firstMatch finds the longest prefix containing the address, as a brute-force search does', () => {
    fc.assert(
      fc.property(fc.array(prefixArb, { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 20 }), (prefixes, probes) => {
        const t = new FibTable(4, 254, 1);
        const seen = new Set<string>();
        prefixes.forEach(([a, len], i) => {
          const k = `${maskIp(a, len)}/${len}`;
          if (seen.has(k)) return;
          seen.add(k);
          t.insertAt(route(a, len, i), 0);
        });
        for (const ip of probes) {
          let best = -1;
          for (const k of seen) {
            const [a, len] = k.split('/').map(Number);
            if (prefixContains(a, len, ip) && len > best) best = len;
          }
          const got = t.firstMatch(ip, 999);
          expect(got ? got.dstLen : -1).toBe(best);
        }
      }),
    );
  });

  it('matches lists every containing prefix, longest first, after removals too', () => {
    const t = new FibTable(4, 254, 1);
    const rs = [t.insertAt(route(0x0a000000, 8, 1), 0), t.insertAt(route(0x0a010000, 16, 2), 0), t.insertAt(route(0x0a010100, 24, 3), 0)];
    expect(t.matches(0x0a010105).map((n) => n.len)).toEqual([24, 16, 8]);
    t.remove(rs[1]);
    expect(t.matches(0x0a010105).map((n) => n.len)).toEqual([24, 8]);
    t.remove(rs[2]);
    expect(t.firstMatch(0x0a010105, 999)?.dstLen).toBe(8);
  });

  it('routes() dumps IPv4 in trie order: address ascending, the longer prefix first for one address', () => {
    const t = new FibTable(4, 254, 1);
    t.insertAt(route(0x0a000000, 8, 1), 0);
    t.insertAt(route(0, 0, 2), 0);
    t.insertAt(route(0x0a000000, 24, 3), 0);
    t.insertAt(route(0x09000000, 8, 4), 0);
    expect([...t.routes()].map((r) => `${r.dst}/${r.dstLen}`)).toEqual(['0/0', `${0x09000000}/8`, `${0x0a000000}/24`, `${0x0a000000}/8`]);
  });

  it('insertAt keeps a prefix chain in the order asked for', () => {
    const t = new FibTable(4, 254, 1);
    t.insertAt(route(0x0a000000, 8, 1, 10), 0);
    t.insertAt(route(0x0a000000, 8, 2, 30), 1);
    t.insertAt(route(0x0a000000, 8, 3, 20), 1);
    expect(t.node(0x0a000000, 8)!.routes.map((r) => r.priority)).toEqual([10, 20, 30]);
  });

  it('shares one path record between routes with identical path data', () => {
    const t = new FibTable(4, 254, 1);
    const a = t.insertAt(route(0x0a000000, 8, 1), 0);
    const b = t.insertAt(route(0x0b000000, 8, 2), 0);
    expect(a.info).toBe(b.info);
  });
});
