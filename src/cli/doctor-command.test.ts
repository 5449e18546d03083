import { describe, expect, test } from 'vitest';
import type { Finding } from '../analysis/doctor';
import { findExample } from '../scenario/examples/index';
import { main, type CliIo } from './main';

function io(files: Record<string, string>): CliIo & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
    readScript: (p: string) => {
      if (!(p in files)) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return files[p]!;
    },
  };
  return o;
}

describe('rpdb doctor', () => {
  test('a correct scenario: "No findings." and exit status 0', async () => {
    const x = io({ 'wg.sh': findExample('wg-quick-full-tunnel')!.script });
    expect(await main(['doctor', 'wg.sh'], x)).toBe(0);
    expect(x.out).toBe('No findings.\n');
  });

  test('findings: one paragraph each with its probe and verdict, exit status 1', async () => {
    const x = io({ 'g.sh': findExample('goto-nop')!.script });
    expect(await main(['doctor', 'g.sh'], x)).toBe(1);
    expect(x.out).toBe(
      'warning: Rule 90 jumps to priority 40000, which no rule has [unresolved-goto:4:90]\n' +
        '    90: from all goto 40000 [unresolved]\n' +
        '  Rule 90 (from all goto 40000 [unresolved]) jumps to priority 40000, but no rule after it has that priority. ' +
        'The kernel marks such a goto [unresolved] and skips it, so the packets it selects are not diverted: they go on down the list ' +
        'and are decided by rule 110. Add a rule with priority 40000 or fix the target.\n' +
        '  Probe: $ ip route get 1.1.1.1\n' +
        '         1.1.1.1 via 10.1.0.1 dev vpn0 table 10 src 10.1.0.2 uid 0\n',
    );
  });

  test('--json prints the findings as typed objects', async () => {
    const x = io({ 'p.sh': findExample('priority-fight')!.script });
    expect(await main(['doctor', '--json', 'p.sh'], x)).toBe(1);
    const findings = JSON.parse(x.out) as Finding[];
    expect(findings.map((f) => f.kind)).toEqual(['shadowed', 'shadowed', 'shadowed', 'mark-collision']);
    expect(findings[0]!.probe).toEqual({
      family: 4,
      args: ['1.1.1.1', 'mark', '0x80000'],
      command: 'ip route get 1.1.1.1 mark 0x80000',
    });
  });

  test('--networkd reports rules without a protocol', async () => {
    const x = io({ 'l.sh': findExample('lartc-mail')!.script });
    expect(await main(['doctor', '--networkd', 'l.sh'], x)).toBe(1);
    expect(x.out).toContain('[foreign-rule:4:32765]');
  });

  test('usage and read errors exit with status 2', async () => {
    const a = io({});
    expect(await main(['doctor'], a)).toBe(2);
    expect(a.err).toBe(
      "rpdb: missing script FILE (or - for standard input)\nTry 'rpdb --help' for more information.\n",
    );
    const b = io({});
    expect(await main(['doctor', '--bogus', 'x.sh'], b)).toBe(2);
    expect(b.err).toContain('unknown option "--bogus"');
    const c = io({});
    expect(await main(['doctor', 'missing.sh'], c)).toBe(2);
    expect(c.err).toBe('rpdb: cannot read missing.sh: No such file or directory\n');
  });
});
