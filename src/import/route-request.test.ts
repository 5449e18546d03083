import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommandExit, CommandOutput } from '../iproute2/context';
import { defaultIpOptions } from '../iproute2/ip-main';
import { RouteCmdContext } from '../iproute2/route-context';
import { parseRouteModify } from '../iproute2/route-modify';
import { createSession, runScript } from '../scenario/run-script';
import { RouteAdder } from './route-adder';
import { plainRouteRequest } from './route-request';

const SETUP = [
  'ip link add a0 type veth peer name a1',
  'ip link set a0 up',
  'ip link set a1 up',
  'ip addr add 10.0.1.1/24 dev a0',
  'echo 100 isp >> /etc/iproute2/rt_tables',
].join('\n');

const WORD = fc.constantFrom(
  '10.0.0.0/8',
  '10.0.0.1/8',
  '010.0.0.0/8',
  '10.0.0.0/33',
  '1.2.3.4',
  '0.0.0.0/0',
  '0/0',
  'default',
  '2001:db8::/32',
  'via',
  'dev',
  'table',
  'proto',
  'metric',
  'scope',
  'src',
  'tos',
  'onlink',
  'mtu',
  'nexthop',
  'type',
  'to',
  'tab',
  'pro',
  '10.0.1.2',
  '10.0.1.1',
  '192.0.2.1',
  'inet',
  'inet6',
  'fe80::1',
  'a0',
  'a1',
  'lo',
  'nosuch',
  'if2',
  '100',
  '0x64',
  'isp',
  'main',
  'local',
  '4294967295',
  '4294967296',
  '-1',
  'static',
  'bgp',
  'kernel',
  '250',
  'nonsense',
  'link',
  'host',
  'global',
  '253',
  '0',
  '20',
  '',
  'unicast',
  'blackhole',
);

/** A context of `ip -4 route` on `session`. */
function context(session: ReturnType<typeof createSession>): RouteCmdContext {
  return new RouteCmdContext(
    session,
    { ...defaultIpOptions(), family: 4, afFamily: 2 } as never,
    new CommandOutput(),
  );
}

/** A message as text, key order included (bigints marked). */
function text(m: unknown): string {
  return JSON.stringify(m, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

describe('plainRouteRequest', () => {
  it('builds what parseRouteModify builds, or leaves the words to it', () => {
    const session = createSession();
    runScript(SETUP, session);
    let plain = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(WORD, { minLength: 1, maxLength: 9 }),
          fc
            .tuple(
              fc.constantFrom('10.0.0.0/8', '1.2.3.4', '10.9.0.0/16'),
              fc.array(
                fc.tuple(fc.constantFrom('via', 'dev', 'table', 'proto', 'metric', 'scope', 'src'), WORD),
                { maxLength: 5 },
              ),
            )
            .map(([d, kv]) => [d, ...kv.flat()]),
        ),
        (words) => {
          const fast = plainRouteRequest(context(session), words);
          let slow: unknown = null;
          try {
            slow = parseRouteModify(context(session), false, words);
          } catch (e) {
            if (!(e instanceof CommandExit)) throw e;
          }
          if (fast !== null) {
            plain++;
            expect(text(fast)).toBe(text(slow));
          }
        },
      ),
      { numRuns: 3000 },
    );
    expect(plain).toBeGreaterThan(100);
  });

  it('loads routes through RouteAdder exactly as `ip route append` does on the command line', () => {
    // RouteAdder takes words separated by single spaces (normalised dump lines): no empty word.
    const arg = fc
      .tuple(
        fc.constantFrom('10.0.0.0/8', '1.2.3.4', '10.9.0.0/16', '10.0.1.0/24', '10.9.0.1/16', '192.0.2.0/24'),
        fc.array(
          fc.tuple(
            fc.constantFrom('via', 'dev', 'table', 'proto', 'metric', 'scope', 'src'),
            WORD.filter((w) => w !== ''),
          ),
          {
            maxLength: 5,
          },
        ),
      )
      .map(([d, kv]) => [d, ...kv.flat()].join(' '));
    fc.assert(
      fc.property(fc.array(arg, { maxLength: 12 }), (args) => {
        const a = createSession();
        const b = createSession();
        runScript(SETUP, a);
        runScript(SETUP, b);
        const adder = new RouteAdder(a, 4);
        for (const x of args) {
          const fast = adder.run('append', x);
          const shell = runScript(`ip route append ${x}`, b)[0];
          expect({ status: fast.status, stderr: fast.stderr }).toEqual({
            status: shell.status,
            stderr: shell.stderr,
          });
        }
        const dumps = 'ip -d route show table all\nip -s route show table all';
        expect(runScript(dumps, a).map((r) => r.stdout)).toEqual(runScript(dumps, b).map((r) => r.stdout));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('takes plain lines through appendPlain exactly as `ip route append` does (property)', () => {
    const prefix = fc
      .tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(8, 16, 24, 24, 32, 0, 25))
      .map(([a, l]) => {
        // Now and then the default route, which covers every gateway.
        const len = a % 41 === 0 ? 0 : l;
        // Mostly without host bits, sometimes with; sometimes inside the gateways' subnet.
        const addr = a % 17 === 0 ? (0x0a000100 | (a & 0xff)) >>> 0 : a % 11 === 0 ? a : len === 0 ? 0 : (a & (0xffffffff << (32 - len))) >>> 0;
        const q = [addr >>> 24, (addr >>> 16) & 255, (addr >>> 8) & 255, addr & 255].join('.');
        return len === 32 && a % 2 === 0 ? q : `${q}/${len}`;
      });
    const line = fc
      .tuple(
        prefix,
        fc.oneof(
          { weight: 30, arbitrary: fc.constantFrom(' via 10.0.1.2', ' via 10.0.1.3') },
          { weight: 1, arbitrary: fc.constantFrom(' via 192.0.2.1', ' via 010.0.1.2', '') },
        ),
        fc.oneof(
          { weight: 30, arbitrary: fc.constantFrom(' dev a0', '') },
          { weight: 1, arbitrary: fc.constantFrom(' dev a1', ' dev nosuch', ' dev if2') },
        ),
        fc.oneof(
          { weight: 30, arbitrary: fc.constantFrom('', ' table 100', ' table isp') },
          { weight: 1, arbitrary: fc.constantFrom(' table main', ' table 0', ' table 7', ' table nonsense') },
        ),
        fc.oneof(
          { weight: 30, arbitrary: fc.constantFrom('', ' proto static') },
          { weight: 1, arbitrary: fc.constantFrom(' proto 250', ' proto bgp', ' proto nonsense') },
        ),
        fc.oneof(
          { weight: 30, arbitrary: fc.constantFrom('', ' metric 20') },
          { weight: 1, arbitrary: fc.constantFrom(' metric 0', ' metric 4294967296', ' metric 0x10', ' scope link', ' src 10.0.1.1', ' onlink') },
        ),
      )
      .map((w) => w.join(''));
    let taken = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 20, maxLength: 60 }), (lines) => {
        const a = createSession();
        const b = createSession();
        runScript(SETUP, a);
        runScript(SETUP, b);
        const adder = new RouteAdder(a, 4);
        for (const x of lines) {
          const shell = runScript(`ip route append ${x}`, b)[0];
          if (adder.appendPlain(x)) {
            taken++;
            expect({ status: shell.status, stderr: shell.stderr }).toEqual({ status: 0, stderr: '' });
            continue;
          }
          const fast = adder.run('append', x);
          expect({ status: fast.status, stderr: fast.stderr }).toEqual({ status: shell.status, stderr: shell.stderr });
        }
        const dumps = 'ip -d route show table all\nip -s route show table all';
        expect(runScript(dumps, a).map((r) => r.stdout)).toEqual(runScript(dumps, b).map((r) => r.stdout));
      }),
      { numRuns: 300 },
    );
    expect(taken).toBeGreaterThan(500);
  }, 120_000);
});
