import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snapshotHost } from '../engine/snapshot';
import { runFastIpRoute } from './fast-ip-route';
import { createSession, runScript } from './run-script';
import { DEFAULT_SHELL_NAME, runGeneralLine } from './shell';

const PREAMBLE = [
  'ip link set lo up',
  'ip link add a0 type veth peer name a1',
  'ip link add b0 type veth peer name b1',
  'ip link set a0 up',
  'ip link set a1 up',
  'ip link set b0 up',
  'ip addr add 10.0.1.1/24 dev a0',
  'ip addr add 10.0.2.1/24 dev b0',
  'ip route add default via 10.0.1.254',
];

/** Addresses near the interesting ones: the connected nets, their gateways, odd spellings. */
const addr = fc.oneof(
  fc.constantFrom('10.0.1.254', '10.0.2.254', '10.0.1.1', '10.0.2.1', '10.0.3.254', '127.0.0.1', '0.0.0.0', '10.0.1.255'),
  fc.constantFrom('255.255.255.255', '224.0.0.1', '010.0.1.254', '10.0.1', '10.0.1.256', '1.2.3.4.5', 'a.b.c.d', ''),
  fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 })).map(([a, b, c]) => `${a}.${b}.${c}.0`),
  fc.tuple(fc.constantFrom(10, 192, 1), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 })).map(([a, b, c]) => `${a}.0.${b}.${c}`),
);
const prefix = fc.oneof(
  addr,
  fc.constantFrom('10.0.1.0/24', '10.0.2.0/24', '10.0.2.254/32', '10.0.0.0/16', '0.0.0.0/0'),
  fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.constantFrom(8, 16, 24)).map(
    ([a, b, l]) => `${a}.${l > 8 ? b : 0}.0.0/${l}`,
  ),
  fc.tuple(addr, fc.constantFrom('0', '8', '16', '23', '24', '25', '32', '33', '024', '', 'x')).map(([a, l]) => `${a}/${l}`),
);
/** Mostly the reachable gateways, so that most generated adds succeed. */
const gateway = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('10.0.1.254', '10.0.2.254') }, { weight: 1, arbitrary: addr });
const dev = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('a0', 'b0') },
  { weight: 1, arbitrary: fc.constantFrom('a1', 'b1', 'lo', 'nope', 'if2', '*') },
);
const metric = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('0', '1', '100', '4294967295') },
  { weight: 1, arbitrary: fc.constantFrom('4294967296', '010', '0x10', '-1') },
);
const modify = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('add', 'append', 'replace', 'prepend') },
  { weight: 1, arbitrary: fc.constantFrom('change', 'test', 'a', 'del', 'delete') },
);
const extra = fc.oneof(
  { weight: 2, arbitrary: dev.map((d) => `dev ${d}`) },
  { weight: 2, arbitrary: metric.map((m) => `metric ${m}`) },
  { weight: 1, arbitrary: gateway.map((a) => `via ${a}`) },
  { weight: 1, arbitrary: fc.constantFrom('table main', 'proto static', 'onlink', 'scope link', 'dev', 'metric', 'via') },
);

/** A route line in the fast shapes or close to them (abbreviations, odd spacing, bad values). */
const routeLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(modify, prefix, gateway, fc.array(extra, { maxLength: 2 })).map(([m, p, g, x]) => ['ip route', m, p, 'via', g, ...x].join(' ')) },
  { weight: 3, arbitrary: addr.map((a) => `ip route get ${a}`) },
  { weight: 1, arbitrary: fc.tuple(addr, extra).map(([a, x]) => `ip route get ${a} ${x}`) },
  { weight: 1, arbitrary: fc.tuple(prefix, addr).map(([p, g]) => `ip route add ${p}  via ${g}`) },
  { weight: 1, arbitrary: fc.tuple(prefix, addr).map(([p, g]) => ` ip route add ${p} via ${g} `) },
);

/** Lines that change what the fast lines see: devices, addresses, rules, tables, files. */
const otherLine = fc.constantFrom(
  'ip link set b0 down',
  'ip link set b0 up',
  'ip link set b0 name c0',
  'ip link set a1 down',
  'ip addr del 10.0.2.1/24 dev b0',
  'ip addr add 10.0.3.1/24 dev b0',
  'ip route del 10.0.1.0/24 dev a0',
  'ip route add 10.0.2.254/32 dev a0',
  'ip route add blackhole 10.0.1.254/32',
  'ip rule add pref 100 lookup 100',
  'ip route add 10.0.0.0/8 via 10.0.1.254 table 100',
  'echo 100 main2 >> /etc/iproute2/rt_tables',
  'ip route flush table main',
  'ip route show',
);

const script = fc.array(fc.oneof({ weight: 5, arbitrary: routeLine }, { weight: 1, arbitrary: otherLine }), {
  maxLength: 40,
});

/** Runs `lines` through the general path only (what the fast path must equal). */
function runGeneral(lines: string[]) {
  const session = createSession();
  const opts = { shellName: DEFAULT_SHELL_NAME };
  const records = lines.map((line) => {
    const r = runGeneralLine(session, line, opts);
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  });
  return { records, state: snapshotHost(session.host) };
}

function runWithFastPath(lines: string[]) {
  const session = createSession();
  const records = runScript(lines.join('\n'), session).map((r) => ({ status: r.status, stdout: r.stdout, stderr: r.stderr }));
  return { records, state: snapshotHost(session.host) };
}

describe('the bulk route fast path', () => {
  it('takes the bulk shapes and leaves everything else to the general path', () => {
    const s = createSession();
    runScript(PREAMBLE.join('\n'), s);
    expect(runFastIpRoute(s, 'ip route add 1.2.3.0/24 via 10.0.1.254')).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(runFastIpRoute(s, 'ip route add 1.2.3.0/24 via 10.0.1.254')?.stderr).toBe('RTNETLINK answers: File exists\n');
    expect(runFastIpRoute(s, 'ip route get 1.2.3.4')?.stdout).toBe(
      '1.2.3.4 via 10.0.1.254 dev a0 src 10.0.1.1 uid 0 \n    cache \n',
    );
    for (const line of [
      'ip route a 1.2.3.0/24 via 10.0.1.254',
      'ip -4 route add 1.2.3.0/24 via 10.0.1.254',
      'ip route add 1.2.3.0/24 via 10.0.1.254 table main',
      'ip route add 010.2.3.0/24 via 10.0.1.254',
      'ip route add 1.2.3.0/024 via 10.0.1.254',
      'ip route add 1.2.3.0/24 via 10.0.1.254 dev nope',
      'ip route add 1.2.3.0/24  via 10.0.1.254',
      'ip route get 1.2.3.4 from 10.0.1.1',
      'ip route get 1.2.3',
    ])
      expect(runFastIpRoute(s, line), line).toBeNull();
  });

  it('prints, fails and changes the machine exactly as the general path (property)', () => {
    fc.assert(
      fc.property(script, (lines) => {
        const all = [...PREAMBLE, ...lines];
        expect(runWithFastPath(all)).toEqual(runGeneral(all));
      }),
      { numRuns: 300 },
    );
  });

  it('forgets a remembered gateway when its route is replaced', () => {
    const lines = [
      ...PREAMBLE,
      'ip route add 1.0.0.0/24 via 10.0.2.254',
      'ip route replace 10.0.2.0/24 via 10.0.1.254',
      'ip route add 2.0.0.0/24 via 10.0.2.254',
    ];
    const fast = runWithFastPath(lines);
    expect(fast).toEqual(runGeneral(lines));
    expect(fast.records.at(-1)?.stderr).toBe('Error: Nexthop has invalid gateway.\n');
  });
});
