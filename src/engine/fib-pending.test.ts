import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FibAlias } from './fib-alias';
import { FibTable } from './fib-table';
import { maskIp } from './ip';
import type { Route } from './model';

/** A route of table 254 through one of two gateways (two path records), type unicast or blackhole. */
function route(dst: number, dstLen: number, seq: number, via: number, type = 1): Route {
  return {
    family: 4, table: 254, dst: maskIp(dst, dstLen) as number, dstLen, tos: 0, type, protocol: 3, scope: 0, priority: 0,
    nexthops: [{ dev: 2, weight: 1, onlink: false, scope: 253, gateway: via ? 0x0a0001fe : 0x0a0002fe }], multipath: false, metrics: [], seq,
  };
}

/** What a reader sees of a route (its fields, not its identity). */
const seen = (a: FibAlias | undefined) => (a ? a.toRoute() : null);

/** Few top bytes and lengths, so that prefixes collide, nest and share filter blocks. */
const prefix = fc.tuple(
  fc.constantFrom(0x0a000000, 0x0a010000, 0x0a010100, 0xc0a80000, 0xc0a80100, 0x01020300),
  fc.integer({ min: 0, max: 0xffff }),
  fc.constantFrom(0, 8, 16, 20, 22, 24, 24, 25, 32),
).map(([hi, lo, len]) => ({ dst: maskIp((hi | lo) >>> 0, len) as number, len }));
const addr = fc.tuple(fc.constantFrom(0x0a010100, 0xc0a80100, 0x01020300, 0x08080800), fc.integer({ min: 0, max: 0x1ffff })).map(([hi, lo]) => (hi + lo) >>> 0);

/** One step: a bulk add, an ordinary add at a position, a removal, or a read of some kind. */
const op = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('bulk' as const), p: prefix, via: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), p: prefix, via: fc.integer({ min: 0, max: 1 }), at: fc.integer({ min: 0, max: 2 }), type: fc.constantFrom(1, 6) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), p: prefix }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('head' as const), p: prefix }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('match' as const), ip: addr, below: fc.constantFrom(999, 33, 24, 17) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dump' as const) }) },
);

describe('pending bulk routes (FibTable.insertFirst4)', () => {
  it('read, change and dump exactly as routes inserted as FibAliases (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        // lazy takes insertFirst4 for every new prefix; eager inserts the same routes with insertAt.
        const lazy = new FibTable(4, 254, 1);
        const eager = new FibTable(4, 254, 1);
        // The path records insertFirst4 needs: ones the table interned (as route-new-bulk.ts does).
        const infos = [0, 1].map((via) => lazy.insertAt(route(0x7f000000, 8, 0, via), 0).info);
        for (const via of [0, 1]) eager.insertAt(route(0x7f000000, 8, 0, via), 0);
        let seq = 1;
        for (const o of ops) {
          if (o.kind === 'bulk') {
            if (eager.head(o.p.dst, o.p.len)) {
              expect(seen(lazy.head(o.p.dst, o.p.len))).toEqual(seen(eager.head(o.p.dst, o.p.len)));
              continue;
            }
            expect(lazy.head(o.p.dst, o.p.len)).toBeUndefined();
            lazy.insertFirst4(o.p.dst, o.p.len, 1, infos[o.via], seq);
            eager.insertAt(route(o.p.dst, o.p.len, seq, o.via), 0);
            seq++;
          } else if (o.kind === 'insert') {
            lazy.insertAt(route(o.p.dst, o.p.len, seq, o.via, o.type), o.at);
            eager.insertAt(route(o.p.dst, o.p.len, seq, o.via, o.type), o.at);
            seq++;
          } else if (o.kind === 'remove') {
            const l = lazy.head(o.p.dst, o.p.len);
            const e = eager.head(o.p.dst, o.p.len);
            expect(l ? lazy.remove(l) : false).toBe(e ? eager.remove(e) : false);
          } else if (o.kind === 'head') {
            const l = lazy.head(o.p.dst, o.p.len);
            expect(seen(l)).toEqual(seen(eager.head(o.p.dst, o.p.len)));
            // Once made, a route's FibAlias is the one every later read gives.
            if (l) expect(lazy.node(o.p.dst, o.p.len)?.routes[0]).toBe(l);
          } else if (o.kind === 'match') {
            const l = lazy.firstMatch(o.ip, o.below);
            expect(seen(l)).toEqual(seen(eager.firstMatch(o.ip, o.below)));
            if (l) expect(lazy.firstMatch(o.ip, o.below)).toBe(l);
            expect(lazy.matches(o.ip).map((n) => n.routes.map(seen))).toEqual(eager.matches(o.ip).map((n) => n.routes.map(seen)));
          } else {
            expect([...lazy.routes()].map(seen)).toEqual([...eager.routes()].map(seen));
          }
          expect(lazy.size).toBe(eager.size);
          expect(lazy.prefixLengths).toEqual(eager.prefixLengths);
        }
        expect([...lazy.routes()].map(seen)).toEqual([...eager.routes()].map(seen));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps no route object until one is read', () => {
    const t = new FibTable(4, 254, 1);
    const info = t.insertAt(route(0x7f000000, 8, 0, 0), 0).info;
    for (let i = 0; i < 1000; i++) t.insertFirst4((0x0b000000 + (i << 8)) >>> 0, 24, 1, info, i + 1);
    expect(t.size).toBe(1001);
    const hit = t.firstMatch(0x0b000305, 999);
    expect(hit?.dst).toBe(0x0b000300);
    expect(hit?.seq).toBe(4);
    expect(hit?.info).toBe(info);
    expect(t.head(0x0b000300, 24)).toBe(hit);
    expect(t.head(0x0b000300, 23)).toBeUndefined();
    expect([...t.routes()].length).toBe(1001);
  });
});
