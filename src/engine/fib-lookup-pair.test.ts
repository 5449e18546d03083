import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fib4TableLookup } from './fib-lookup';
import { FibTable } from './fib-table';
import { makeFlow } from './flow';
import { createHost } from './index';
import { maskIp } from './ip';
import type { Route } from './model';
import { newTrace } from './trace';

/** A route with a nexthop on lo (1, down: linkdown) or on a missing device, maybe dead. */
const route = fc
  .record({
    dst: fc.constantFrom(0x0a000000, 0x0a010000, 0x0a010100, 0x0a010105, 0),
    dstLen: fc.constantFrom(0, 8, 16, 24, 32),
    tos: fc.constantFrom(0, 0, 0, 4),
    type: fc.constantFrom(1, 1, 1, 2, 6, 7, 9),
    scope: fc.constantFrom(0, 0, 253, 254),
    devs: fc.array(fc.record({ dev: fc.constantFrom(1, 7), dead: fc.boolean() }), { minLength: 1, maxLength: 2 }),
  })
  .map(
    (r): Route => ({
      family: 4, table: 254, dst: maskIp(r.dst, r.dstLen) as number, dstLen: r.dstLen, tos: r.tos, type: r.type, protocol: 3, scope: r.scope, priority: 0,
      nexthops: r.devs.map((d) => ({ dev: d.dev, weight: 1, onlink: false, ...(d.dead ? { dead: true } : {}) })), multipath: r.devs.length > 1, metrics: [], seq: 0,
    }),
  );

describe('fib4TableLookup of two tables without a trace', () => {
  it('answers as the traced walk does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1 }), route, fc.integer({ min: 0, max: 2 })), { maxLength: 25 }),
        fc.record({ ip: fc.constantFrom(0x0a010105, 0x0a010106, 0x0a020000, 0x01020304), oif: fc.constantFrom(0, 0, 1, 7), tos: fc.constantFrom(0, 4), scope: fc.constantFrom(0, 0, 253) }),
        fc.constantFrom(undefined, 254),
        fc.boolean(),
        (routes, f, resultTable, ignoreLinkdown) => {
          const host = createHost();
          // lo is down: with this its nexthops are skipped, except in host-scope routes.
          if (ignoreLinkdown) host.sysctl.set('net.ipv4.conf.lo.ignore_routes_with_linkdown', 1);
          const tables = [new FibTable(4, 255, 1), new FibTable(4, 254, 2)];
          routes.forEach(([t, r, at], seq) => tables[t].insertAt({ ...r, table: tables[t].id, seq }, at));
          const flow = () => makeFlow(4, f.ip, { oif: f.oif, tos: f.tos, scope: f.scope });
          expect(fib4TableLookup(host, tables, flow(), undefined, -1, resultTable)).toEqual(
            fib4TableLookup(host, tables, flow(), newTrace(), -1, resultTable),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
