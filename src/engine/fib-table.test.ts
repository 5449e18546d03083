import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fib4LookupOne, fib4TableLookup } from './fib-lookup';
import { DIR_FAST_SHIFT, FibTable } from './fib-table';
import { makeFlow } from './flow';
import type { Host } from './host';
import { newTrace } from './trace';
import { maskIp, prefixContains } from './ip';
import type { FibAlias } from './fib-alias';
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

describe('FibTable DIR index (large IPv4 tables)', () => {
  // A table large enough for the lazily built compressed DIR-24 index, checked against an
  // independent longest-prefix search over per-length sets, and the indexed lookup fast path
  // checked against the traced (index-free) table lookup.
  const rnd = (() => {
    let a = 12345;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (t ^ (t >>> 14)) >>> 0;
    };
  })();
  const LENS = [0, 1, 4, 8, 9, 12, 14, 16, 17, 19, 20, 21, 22, 23, 24, 24, 24, 24, 24, 25, 26, 28, 30, 31, 32];
  const t = new FibTable(4, 254, 1);
  const byLen = Array.from({ length: 33 }, () => new Map<number, Route[]>());
  const inserted: [number, number][] = [];
  let seq = 0;
  // Some space is dense (10.0.0.0/12), the rest sparse, so /16 blocks come uniform and mixed.
  while (inserted.length < 60_000) {
    const len = LENS[rnd() % LENS.length];
    const a = rnd() % 4 === 0 ? (0x0a000000 | (rnd() & 0x000fffff)) >>> 0 : rnd();
    const dst = maskIp(a, len) as number;
    const chain = byLen[len].get(dst);
    if (chain && chain.length >= 3) continue; // short chains: /0 and /1 come up often
    const r = route(dst, len, ++seq, chain ? chain.length : 0);
    const k = rnd() % 20;
    if (k === 0) r.tos = 0x10;
    if (k === 1) r.type = [6, 7, 8, 9][rnd() % 4];
    if (k === 2) r.nexthops = [{ dev: 2, weight: 1, onlink: false, dead: true }, { dev: 3, weight: 1, onlink: false }];
    if (k === 3) r.nexthops = [{ dev: 3, weight: 1, onlink: false }];
    if (k === 4) r.type = 2;
    if (k === 5) r.scope = 254;
    if (k === 6) r.nexthops = [{ dev: 2, weight: 1, onlink: false, dead: true }];
    if (chain) chain.push(r);
    else {
      byLen[len].set(dst, [r]);
      inserted.push([dst, len]);
    }
    t.insertAt(r, chain ? chain.length - 1 : 0);
  }
  const brute = (ip: number): number => {
    for (let len = 32; len >= 0; len--) if (byLen[len].has(maskIp(ip, len) as number)) return len;
    return -1;
  };
  const probes: number[] = [];
  for (let i = 0; i < 30_000; i++) {
    if (i % 2) probes.push(rnd());
    else {
      const [dst, len] = inserted[rnd() % inserted.length];
      probes.push((dst + (len === 32 ? 0 : rnd() % 2 ** (32 - len))) >>> 0);
    }
  }

  it('firstMatch agrees with a brute-force search before and after the index is built', () => {
    for (const ip of probes) expect(t.firstMatch(ip, 999)?.dstLen ?? -1).toBe(brute(ip));
    expect(probes.length).toBeGreaterThan(20_000);
    expect(t.hasDirIndex).toBe(true); // the index is now built
    for (const ip of probes) {
      const got = t.firstMatch(ip, 999);
      expect(got?.dstLen ?? -1).toBe(brute(ip));
      if (got) expect(got).toBe(t.head(ip, got.dstLen));
    }
  });

  it('the indexed fast path of fib4LookupOne answers as the full table lookup does', () => {
    for (const ip of probes) t.firstMatch(ip, 999);
    expect(t.hasDirIndex).toBe(true);
    const host = { sysctl: { linkdownMatters: () => false }, carrierOk: () => true, link: () => undefined } as unknown as Host;
    const flows = [makeFlow(4, 0), makeFlow(4, 0, { tos: 0x10 }), makeFlow(4, 0, { oif: 3 }), makeFlow(4, 0, { scope: 253 })];
    let fast = 0;
    for (const ip of probes) {
      t.dirFind(ip);
      const v = t.dirEntry;
      if (v > 0 && v >> DIR_FAST_SHIFT > 0) fast++;
      for (const flow of flows) {
        flow.daddr = ip;
        const got = fib4LookupOne(host, t, flow, undefined);
        const want = fib4TableLookup(host, [t], flow, newTrace());
        expect(got.err).toBe(want.err);
        expect(got.res).toEqual(want.res);
        if (got.res) expect(got.res.route).toBe(want.res!.route);
      }
    }
    expect(fast).toBeGreaterThan(probes.length / 4);
  });

  it('after removals, re-adds and a partial flush the rebuilt index still agrees with brute force', () => {
    const gone = new Set<FibAlias>();
    for (let i = 0; i < inserted.length; i += 7) {
      const [dst, len] = inserted[i];
      for (let a = t.head(dst, len); a; a = t.head(dst, len)) {
        gone.add(a);
        t.remove(a);
      }
      byLen[len].delete(dst);
    }
    // A flush of one stretch (`ip route flush 10.3.0.0/16` removes what it matches).
    const flushed = t.removeWhere((r) => r.dstLen >= 16 && (r.dst as number) >>> 16 === 0x0a03);
    for (const r of flushed) if (!t.head(r.dst, r.dstLen)) byLen[r.dstLen].delete(r.dst as number);
    // Re-add some, so prefixes appear where longer or shorter ones were.
    for (let i = 0; i < 3000; i++) {
      const len = LENS[rnd() % LENS.length];
      const dst = maskIp((0x0a030000 | (rnd() & 0xffff)) >>> 0, len) as number;
      if (byLen[len].has(dst)) continue;
      const r = route(dst, len, ++seq);
      byLen[len].set(dst, [r]);
      t.insertAt(r, 0);
    }
    expect(gone.size + flushed.length).toBeGreaterThan(5000);
    expect(t.hasDirIndex).toBe(false);
    const more = [...probes, ...Array.from({ length: 20_000 }, () => (0x0a030000 | (rnd() & 0xffff)) >>> 0)];
    for (const ip of more) expect(t.firstMatch(ip, 999)?.dstLen ?? -1).toBe(brute(ip));
    expect(t.hasDirIndex).toBe(true);
    for (const ip of more) expect(t.firstMatch(ip, 999)?.dstLen ?? -1).toBe(brute(ip));
  });
});

describe('FibTable small-table scan (local tables)', () => {
  type Op = { kind: 'add'; a: number; len: number } | { kind: 'del'; i: number } | { kind: 'flush' };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('add' as const), a: fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 0xffff }).map((x) => (0x7f000000 | x) >>> 0)), len: fc.integer({ min: 0, max: 32 }) }) },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('del' as const), i: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('flush' as const) }) },
  );

  it('firstMatch, matches and quickMiss agree with brute force through adds, deletes and flushes', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 10 }), (ops, randomIps) => {
        const t = new FibTable(4, 255, 1);
        const live: FibAlias[] = [];
        let seq = 0;
        const check = () => {
          const ips = [...randomIps, ...live.map((r) => r.dst as number), ...live.map((r) => ((r.dst as number) + 1) >>> 0)];
          for (const ip of ips) {
            const lens = [...new Set(live.filter((r) => prefixContains(r.dst, r.dstLen, ip)).map((r) => r.dstLen))].sort((x, y) => y - x);
            expect(t.matches(ip).map((n) => n.len)).toEqual(lens);
            for (const below of [999, 32, 24, 8, 1]) expect(t.firstMatch(ip, below)?.dstLen ?? -1).toBe(lens.find((l) => l < below) ?? -1);
            expect(t.quickMiss(ip)).toBe(t.size <= 16 ? lens.length === 0 : false);
          }
        };
        for (const op of ops) {
          if (op.kind === 'add') live.push(t.insertAt(route(op.a, op.len, ++seq), 0));
          else if (op.kind === 'del' && live.length) t.remove(live.splice(op.i % live.length, 1)[0]);
          else if (op.kind === 'flush') {
            t.removeWhere(() => true);
            live.length = 0;
          }
          check();
        }
      }),
      { numRuns: 60 },
    );
  });
});
