import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { main, type CliIo } from './main';

const SCRIPT = `ip link set lo up
ip link add a0 type veth peer name a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip route add default via 10.0.1.254
ip route add table 100 default via 10.0.1.100
ip rule add pref 100 from 10.1.0.0/16 fwmark 0x1/0xff lookup 100
ip rule add pref 200 to 10.2.0.0/16 ipproto tcp dport 25 prohibit
`;

function io(files: Record<string, string>): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
    readScript: (p: string) => {
      if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return files[p];
    },
  };
  return o;
}

describe('rpdb classes', () => {
  test('--rule lists the classes a rule decides, each with its verdict and a probe answered by the simulator', async () => {
    const x = io({ 's.sh': SCRIPT });
    expect(await main(['classes', 's.sh', '--rule', '200'], x)).toBe(0);
    expect(x.out).toContain(
      'IPv4 packet classes:\n  1. locally generated TCP to 10.2.0.0/16, mark not 0x1/0xff, dport 25\n     verdict: rule prohibit (Permission denied) (rule 200)\n     probe:   ip route get 10.2.0.1 ipproto tcp dport 25\n              RTNETLINK answers: Permission denied\n',
    );
  });

  test('--json: every shown probe gets its class verdict from the engine', async () => {
    const x = io({ 's.sh': SCRIPT });
    expect(await main(['classes', '--json', 's.sh', '--table', '100'], x)).toBe(0);
    const out = JSON.parse(x.out) as {
      total: number;
      classes: { verdict: { key: string }; probeVerdict: string | null }[];
    };
    expect(out.classes.length).toBeGreaterThan(0);
    // Probes from a foreign source fail before the lookup (null); the others show the class verdict.
    for (const c of out.classes) if (c.probeVerdict !== null) expect(c.probeVerdict).toBe(c.verdict.key);
    expect(out.classes.filter((c) => c.probeVerdict !== null).length).toBeGreaterThan(0);
  });

  test('--verdict matches verdict text; no match → "No packets end there." and status 1', async () => {
    const x = io({ 's.sh': SCRIPT });
    expect(await main(['classes', 's.sh', '-4', '--verdict', 'no such verdict'], x)).toBe(1);
    expect(x.out).toBe('No packets end there.\n');
  });

  test('usage errors exit 2 with a message', async () => {
    const cases: [string[], string][] = [
      [['classes', 's.sh'], 'classes needs --rule PREF, --table T, --verdict TEXT or --all'],
      [['classes', 's.sh', '--table', 'nosuch'], 'table "nosuch" is not a number or a name in rt_tables'],
      [['classes', 's.sh', '--rule', 'x'], 'invalid rule priority "x"'],
      [['classes', 'missing.sh', '--all'], 'cannot read missing.sh: No such file or directory'],
    ];
    for (const [argv, msg] of cases) {
      const x = io({ 's.sh': SCRIPT });
      expect(await main(argv, x), argv.join(' ')).toBe(2);
      expect(x.err).toContain(msg);
    }
  });

  test('random arguments never crash it', async () => {
    const word = fc.constantFrom(
      '--rule',
      '--table',
      '--verdict',
      '--all',
      '--json',
      '-6',
      '-4',
      '--limit',
      's.sh',
      '100',
      'main',
      'x',
      '-',
      '0',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 6 }), async (args) => {
        const x = io({ 's.sh': SCRIPT, '-': SCRIPT });
        const status = await main(['classes', ...args], x);
        expect([0, 1, 2]).toContain(status);
        expect(x.err).not.toContain('internal error');
      }),
      { numRuns: 40 },
    );
  });
});

describe('rpdb compare', () => {
  const AFTER = SCRIPT.replace('pref 200 to 10.2.0.0/16', 'pref 200 to 10.3.0.0/16');

  test('prints the rule diff, the classes whose verdict changes and exits 1', async () => {
    const x = io({ 'a.sh': SCRIPT, 'b.sh': AFTER });
    expect(await main(['compare', 'a.sh', 'b.sh'], x)).toBe(1);
    expect(x.out).toContain(
      '--- ip rule show\n- 200:\tfrom all to 10.2.0.0/16 ipproto tcp dport 25 prohibit\n+ 200:\tfrom all to 10.3.0.0/16 ipproto tcp dport 25 prohibit\n',
    );
    expect(x.out).toMatch(/Packet classes whose verdict changes \(\d+\):\n/);
    expect(x.out).toContain('     before: rule prohibit (Permission denied)\n');
  });

  test('the same scenario twice: no difference, status 0; --json has the same parts', async () => {
    const x = io({ 'a.sh': SCRIPT });
    expect(await main(['compare', 'a.sh', 'a.sh'], x)).toBe(0);
    expect(x.out).toBe('No difference in rules, routes or verdicts.\n');
    const y = io({ 'a.sh': SCRIPT, 'b.sh': AFTER });
    expect(await main(['compare', '--json', 'a.sh', 'b.sh'], y)).toBe(1);
    const j = JSON.parse(y.out) as { diffs: unknown[]; changedClasses: unknown[]; changedProbes: unknown[] };
    expect(j.diffs.length).toBe(1);
    expect(j.changedClasses.length).toBeGreaterThan(0);
  });

  test('needs two files', async () => {
    const x = io({ 'a.sh': SCRIPT });
    expect(await main(['compare', 'a.sh'], x)).toBe(2);
    expect(x.err).toContain('compare needs two script files: BEFORE AFTER');
  });
});

describe('rpdb compare --capture', () => {
  test('lists the captured packets whose answer changes (classify fixture lan-in.pcap)', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../../test/classify-fixtures/', import.meta.url);
    const before = readFileSync(new URL('scenario.sh', dir), 'utf8');
    const after = before.replace(
      'ip rule add pref 200 from 10.9.0.128/25 lookup 100',
      'ip rule add pref 200 from 10.9.0.128/25 prohibit',
    );
    const bytes = readFileSync(new URL('lan-in.pcap', dir));
    const x = Object.assign(io({ 'a.sh': before, 'b.sh': after }), {
      readBytes: () => new Uint8Array(bytes),
    });
    const argv = ['compare', '--json', '--capture', 'lan-in.pcap', '--iif', 'lan0', 'a.sh', 'b.sh'];
    expect(await main(argv, x)).toBe(1);
    const j = JSON.parse(x.out) as { changedPackets: { command: string; before: string; after: string }[] };
    expect(j.changedPackets.length).toBeGreaterThan(0);
    for (const p of j.changedPackets) expect(p.after).toBe('RTNETLINK answers: Permission denied');
    const same = Object.assign(io({ 'a.sh': before }), { readBytes: () => new Uint8Array(bytes) });
    expect(await main(['compare', '--capture', 'lan-in.pcap', '--iif', 'lan0', 'a.sh', 'a.sh'], same)).toBe(
      0,
    );
  });
});
