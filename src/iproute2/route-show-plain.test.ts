import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHost } from '../engine/index';
import { TABLE } from '../engine/model';
import { routeDumpEach, routeToMessage } from '../engine/route-ops';
import { CommandOutput, type Session } from './context';
import { stockEtcFiles } from './etc-files';
import { defaultIpOptions, ipMain } from './ip-main';
import { AF_INET, AF_INET6 } from '../engine/ip';
import { RouteCmdContext } from './route-context';
import { resetRouteFilter } from './route-filter';
import { printRoute } from './route-print';
import { PlainRouteText } from './route-show-plain';
import { TWO_VETH_PAIRS } from './route-test-kit';

/** Route words of every kind the plain printer must take or refuse. */
const ROUTE = fc.tuple(
  fc.constantFrom('', '', '', '', '', 'blackhole ', 'unreachable ', 'local ', 'broadcast ', 'throw '),
  fc.oneof(
    fc.constantFrom('default', '10.0.1.7/32', '0.0.0.0/1'),
    fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.constantFrom('.0.0/16', '.7.0/24', '.7.9', '.7.9/32')).map(([a, b, rest]) => `${a}.${b}${rest}`),
  ),
  fc.constantFrom('', ' via 10.0.1.254', ' via 10.0.1.254', ' via 10.0.2.254', ' via inet6 fe80::1'),
  fc.constantFrom('', ' dev a0', ' dev a0', ' dev b0', ' dev lo'),
  fc.constantFrom('', ' table 100', ' table 200', ' table local', ' table 7000', ' table isp'),
  fc.constantFrom('', ' proto static', ' proto 99', ' proto bird', ' proto kernel'),
  fc.constantFrom('', '', '', ' scope link', ' scope host', ' scope 77'),
  fc.constantFrom('', '', ' src 10.0.1.1', ' src 10.0.2.9'),
  fc.constantFrom('', ' metric 5', ' metric 4294967295', ' metric 0'),
  fc.constantFrom('', '', '', '', '', '', ' mtu 1400', ' realm 5', ' onlink', ' tos 8'),
);

/** Machine changes between routes: links going down make linkdown/dead nexthops. */
const OTHER = fc.constantFrom(
  'link set a1 down',
  'link set a1 up',
  'link set b0 down',
  'link set b0 up',
  'addr add 10.0.2.9/24 dev b0',
  'route add 1.0.0.0/8 nexthop via 10.0.1.254 nexthop via 10.0.2.254',
);

function machine(commands: string[]): Session {
  const files = stockEtcFiles();
  files.set('/etc/iproute2/rt_tables.d/isp.conf', '100 isp\n');
  files.set('/etc/iproute2/rt_protos.d/bird.conf', '186 bird\n');
  const session: Session = { host: createHost(), files };
  const setup = [...TWO_VETH_PAIRS, 'link set b1 up'];
  for (const l of [...setup, ...commands]) ipMain(session, l.split(' '), new CommandOutput());
  return session;
}

describe('PlainRouteText', () => {
  it('prints what printRoute prints, whenever it takes the route (property)', () => {
    let taken = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 6, arbitrary: ROUTE.map((w) => `route add ${w.join('')}`) }, { weight: 1, arbitrary: OTHER }), {
          minLength: 8,
          maxLength: 30,
        }),
        fc.constantFrom(0, TABLE.MAIN, 100, TABLE.LOCAL),
        fc.constantFrom(0, AF_INET, AF_INET6),
        fc.boolean(),
        (commands, tb, family, numeric) => {
          const session = machine(commands);
          const opts = { ...defaultIpOptions(), numeric, family: (family === AF_INET ? 4 : family === AF_INET6 ? 6 : 0) as 0 | 4 | 6, afFamily: family };
          const ctx = new RouteCmdContext(session, opts, new CommandOutput());
          ctx.filter = resetRouteFilter(0);
          ctx.filter.tb = tb;
          const plain = PlainRouteText.of(ctx);
          expect(plain).not.toBeNull();
          const all = { family: 0, dstLen: 0, srcLen: 0, tos: 0, table: 0, protocol: 0, scope: 0, type: 0, flags: 0, attrs: {} };
          routeDumpEach(session.host, all, (r) => {
            const line = plain!.line(r);
            const fast = line === null ? null : `${line} \n`;
            if (fast === null) {
              refused++;
              return;
            }
            taken++;
            const out = new CommandOutput();
            const general = new RouteCmdContext(session, opts, out);
            general.filter = { ...ctx.filter };
            printRoute(general, routeToMessage(session.host, r));
            expect(fast).toBe(out.stdout);
          });
        },
      ),
      { numRuns: 500 },
    );
    expect(taken).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(500);
  });

  it('leaves listings with options or selectors to printRoute', () => {
    const session = machine([]);
    const ctx = (o: Partial<ReturnType<typeof defaultIpOptions>>) => {
      const c = new RouteCmdContext(session, { ...defaultIpOptions(), ...o }, new CommandOutput());
      c.filter = resetRouteFilter(0);
      return c;
    };
    expect(PlainRouteText.of(ctx({}))).not.toBeNull();
    for (const o of [{ json: true }, { details: 1 }, { stats: 1 }, { oneline: true }, { color: true }])
      expect(PlainRouteText.of(ctx(o))).toBeNull();
    const c = ctx({});
    c.filter.protocolmask = -1;
    expect(PlainRouteText.of(c)).toBeNull();
    const d = ctx({});
    d.filter.oif = 2;
    d.filter.oifmask = -1;
    expect(PlainRouteText.of(d)).toBeNull();
  });
});
