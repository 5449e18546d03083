import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixContains } from '../engine/ip';
import { AddedRoutes, dstOf, parseAddr } from './added-routes';

describe('AddedRoutes.covering', () => {
  it('finds the added routes whose prefix holds a gateway, in the order added, as a scan does', () => {
    const dst = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('10.0.0.0', '10.0.1.0', '10.0.1.48', '0.0.0.0', '10.0.1.2'),
          fc.constantFrom('', '/0', '/8', '/16', '/24', '/29', '/32', '/33', '/255.0.0.0'),
        )
        .map(([a, l]) => a + l),
      fc.constantFrom('default', '2001:db8::/32', 'fe80::/64', 'bad'),
    );
    const args = fc
      .tuple(
        fc.constantFrom('', 'unreachable ', 'local '),
        dst,
        fc.constantFrom(' via 10.0.1.2 dev a0', ' dev a0', ' via inet6 fe80::1 dev a0'),
      )
      .map(([t, d, r]) => t + d + r);
    const gw = fc.constantFrom('10.0.1.2', '10.0.1.50', '10.0.0.1', '192.0.2.1', 'fe80::1', '2001:db8::5');
    fc.assert(
      fc.property(
        fc.array(args, { maxLength: 30 }),
        fc.nat({ max: 30 }),
        fc.array(gw, { minLength: 1, maxLength: 4 }),
        (list, early, gws) => {
          const added = new AddedRoutes();
          list.forEach((a, i) => {
            added.push(a);
            // The index is built at the first question, then kept up to date.
            if (i === early) added.covering(0);
          });
          for (const g of gws) {
            const ip = parseAddr(g);
            if (ip === null) continue;
            const scan = list.filter((a) => {
              const d = dstOf(a);
              return d !== undefined && typeof d[0] === typeof ip && prefixContains(d[0], d[1], ip);
            });
            expect(added.covering(ip)).toEqual(scan);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
