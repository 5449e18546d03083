import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHost } from '../engine/index';
import { formatIpv4 } from '../engine/ip';
import { RTM_F } from '../engine/netlink';
import { routeGet, routeGetDst4, routeGetDst4Reply } from '../engine/route-get';
import { CommandOutput, type Session } from './context';
import { stockEtcFiles } from './etc-files';
import { defaultIpOptions, ipMain } from './ip-main';
import { RouteCmdContext } from './route-context';
import { resetRouteFilter } from './route-filter';
import { plainDst4AnswerText, plainGetAnswerText } from './route-get-answer-text';
import { printRoute } from './route-print';
import { TWO_VETH_PAIRS } from './route-test-kit';

/** Answers of every kind: gateways, direct routes, local, broadcast, other tables, prefsrc. */
function machine(): Session {
  const session: Session = { host: createHost(), files: stockEtcFiles() };
  const lines = [
    ...TWO_VETH_PAIRS,
    'addr add 10.0.2.9/24 dev b0',
    'route add default via 10.0.1.254',
    'route add 1.0.0.0/8 via 10.0.2.254',
    'route add 2.0.0.0/8 dev b0',
    'route add 3.0.0.0/8 via 10.0.2.254 src 10.0.2.9',
    'route add blackhole 4.0.0.0/8',
    'route add 5.0.0.0/8 via 10.0.1.254 metric 7',
    'route add 6.0.0.0/8 via 10.0.1.254 table 100',
    'rule add to 6.0.0.0/8 lookup 100',
    'route add 7.0.0.0/8 via 10.0.1.254 mtu 1400',
    'route add 8.0.0.0/8 via 10.0.1.254 realm 5',
    'route add unreachable 9.0.0.0/8',
    'link set a1 down',
  ];
  for (const l of lines) {
    const out = new CommandOutput();
    ipMain(session, l.split(' '), out);
    if (out.status !== 0) throw new Error(`${l}: ${out.stderr}`);
  }
  return session;
}

/** printRoute's text of the answer in iproute_get's context. */
function general(session: Session, msg: Parameters<typeof printRoute>[1]): string {
  const out = new CommandOutput();
  const ctx = new RouteCmdContext(session, defaultIpOptions(), out);
  ctx.filter = resetRouteFilter(0);
  ctx.filter.cloned = 2;
  ctx.printer.newJsonObj();
  printRoute(ctx, msg);
  ctx.printer.deleteJsonObj();
  return out.stdout;
}

describe('plainGetAnswerText', () => {
  it('prints what printRoute prints, whenever it takes the answer (property)', () => {
    const session = machine();
    const ctx = new RouteCmdContext(session, defaultIpOptions(), new CommandOutput());
    let taken = 0;
    let answers = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 11 }), (rnd, top) => {
        // Mostly the first octets the machine routes specially, sometimes anywhere.
        const dst = top < 11 ? ((top << 24) | (rnd & 0xffffff)) >>> 0 : rnd;
        const res = routeGet(session.host, {
          family: 2, dstLen: 32, srcLen: 0, tos: 0, table: 0, protocol: 0, scope: 0, type: 0,
          flags: RTM_F.LOOKUP_TABLE,
          attrs: { dst },
        });
        if (!res.ok) return;
        answers++;
        const fast = plainGetAnswerText(ctx, res.value);
        if (fast === null) return;
        taken++;
        expect(fast, formatIpv4(dst)).toBe(general(session, res.value));
      }),
      { numRuns: 2000 },
    );
    // The test means something only if both kinds of answer came up.
    expect(taken).toBeGreaterThan(100);
    expect(answers - taken).toBeGreaterThan(100);
  });

  it('routeGetDst4 + plainDst4AnswerText answer what routeGet + plainGetAnswerText answer (property)', () => {
    const session = machine();
    const ctx = new RouteCmdContext(session, defaultIpOptions(), new CommandOutput());
    let texts = 0;
    let nulls = 0;
    let errors = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 12 }), (rnd, top) => {
        // The specially routed first octets, the host's own nets, the special addresses, anywhere.
        const dst =
          top < 10 ? ((top << 24) | (rnd & 0xffffff)) >>> 0
          : top === 10 ? (0x0a000000 | (rnd & 0x3ff)) >>> 0
          : top === 11 ? [0, 0x7f000001, 0xffffffff, 0xe0000001, 0xe00000fb, 0x0a0001ff, 0x0a000101][rnd % 7]
          : rnd;
        const general = routeGet(session.host, {
          family: 2, dstLen: 32, srcLen: 0, tos: 0, table: 0, protocol: 0, scope: 0, type: 0,
          flags: RTM_F.LOOKUP_TABLE,
          attrs: { dst },
        });
        const rt = routeGetDst4(session.host, dst);
        expect(rt.ok).toBe(general.ok);
        if (!rt.ok || !general.ok) {
          errors++;
          expect(rt).toEqual(general);
          return;
        }
        const reply = routeGetDst4Reply(dst, rt.value);
        expect(reply).toEqual(general.value);
        const text = plainDst4AnswerText(ctx, dst, rt.value);
        if (text === null) nulls++;
        else texts++;
        expect(text, formatIpv4(dst)).toBe(plainGetAnswerText(ctx, reply));
      }),
      { numRuns: 3000 },
    );
    expect(texts).toBeGreaterThan(100);
    expect(nulls).toBeGreaterThan(100);
    expect(errors).toBeGreaterThan(10);
  });

  it('prints the common answer', () => {
    const session = machine();
    const res = routeGet(session.host, {
      family: 2, dstLen: 32, srcLen: 0, tos: 0, table: 0, protocol: 0, scope: 0, type: 0,
      flags: RTM_F.LOOKUP_TABLE,
      attrs: { dst: 0x03000001 },
    });
    expect(res.ok && plainGetAnswerText(new RouteCmdContext(session, defaultIpOptions(), new CommandOutput()), res.value)).toBe(
      '3.0.0.1 via 10.0.2.254 dev b0 src 10.0.2.9 uid 0 \n    cache \n',
    );
  });
});
