import { describe, expect, it } from 'vitest';
import { recordProblems, scriptRecordProblems, stateChangingFailures, stateProblems } from './fuzz-checks';

const rec = (line: string, status = 0) => [{ line: 1, command: line, status, stdout: '', stderr: '' }];

describe('fuzz checks', () => {
  it('accept one well-formed record for a command line and none for a comment', () => {
    expect(recordProblems('ip rule show', rec('ip rule show'))).toEqual([]);
    expect(recordProblems('  # hi', [])).toEqual([]);
    expect(recordProblems('\r', [])).toEqual([]);
  });

  it('reject records with a wrong line, command or status', () => {
    expect(
      recordProblems('ip rule', [{ line: 2, command: 'ip rule', status: 0, stdout: '', stderr: '' }]),
    ).not.toEqual([]);
    expect(
      recordProblems('ip rule', [{ line: 1, command: 'ip  rule', status: 0, stdout: '', stderr: '' }]),
    ).not.toEqual([]);
    expect(
      recordProblems('ip rule', [{ line: 1, command: 'ip rule', status: 256, stdout: '', stderr: '' }]),
    ).not.toEqual([]);
    expect(
      recordProblems('ip rule', [{ line: 1, command: 'ip rule', status: 1.5, stdout: '', stderr: '' }]),
    ).not.toEqual([]);
    expect(recordProblems('ip rule', [])).not.toEqual([]);
  });

  it('want script records numbered by the lines that hold commands', () => {
    const script = 'ip rule show\n\n# c\nip route show\n';
    const good = [
      { line: 1, command: 'ip rule show', status: 0, stdout: '', stderr: '' },
      { line: 4, command: 'ip route show', status: 0, stdout: '', stderr: '' },
    ];
    expect(scriptRecordProblems(script, good)).toEqual([]);
    expect(scriptRecordProblems(script, good.slice(0, 1))).not.toEqual([]);
  });

  it('accept a failing command that changed nothing', () => {
    expect(stateProblems('ip rule add pref 50 goto 40', 'a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('reject a failing rule add that changed the machine', () => {
    expect(stateProblems('ip rule add pref 50 goto 40', 'a\n', 'a\nrule 4 {x}\n')).not.toEqual([]);
  });

  it('let a failing route add leave an empty table behind, and nothing more', () => {
    const before = 'table 4 254 (1 routes)\n  route {a}\n';
    expect(
      stateProblems(
        'ip route add 10.6.0.0/16 via 10.0.9.9 table 100',
        before,
        `${before}table 4 100 (0 routes)\n`,
      ),
    ).toEqual([]);
    expect(
      stateProblems(
        'ip -6 route add 2001:db8:5::/48 via 2001:db8:9::9 table 200',
        before,
        `${before}table 6 200 (0 routes)\n`,
      ),
    ).toEqual([]);
    expect(
      stateProblems('ip route add 10.6.0.0/16 via 10.0.9.9 table 100', before, `${before}  route {b}\n`),
    ).not.toEqual([]);
    const early = { status: 2, stderr: 'Error: Invalid prefix for given prefix length.\n' };
    expect(
      stateProblems(
        'ip route add 10.6.0.1/16 dev a0 table 100',
        before,
        `${before}table 4 100 (0 routes)\n`,
        early,
      ),
    ).not.toEqual([]);
    const userland = { status: 1, stderr: 'Error: inet address is expected rather than "10.0.9.300".\n' };
    expect(
      stateProblems(
        'ip route add 10.5.0.0/16 via 10.0.9.300 table 100',
        before,
        `${before}table 4 100 (0 routes)\n`,
        userland,
      ),
    ).not.toEqual([]);
  });

  it('let a failing link add move only the next ifindex', () => {
    expect(
      stateProblems('ip link add zz type veth peer name zz', 'nextIfindex 4\nx\n', 'nextIfindex 5\nx\n'),
    ).toEqual([]);
    expect(
      stateProblems('ip link add zz type veth peer name zz', 'nextIfindex 4\nx\n', 'nextIfindex 5\ny\n'),
    ).not.toEqual([]);
  });

  it('let a failing command with a redirection create its file, and nothing more', () => {
    expect(stateProblems('ip nosuch > /root/x', 'a\n', 'a\nfile /root/x ""\n')).toEqual([]);
    expect(stateProblems('ip nosuch > /root/x', 'a\n', 'b\nfile /root/x ""\n')).not.toEqual([]);
    expect(
      stateProblems('ip link add x0 > /root/x', 'nextIfindex 4\n', 'nextIfindex 5\nfile /root/x ""\n'),
    ).toEqual([]);
  });

  it('know the commands that change state before failing', () => {
    expect(
      stateChangingFailures('sysctl -w net.ipv4.ip_forward=1 net.ipv4.conf.nosuch.rp_filter=1').map(
        (e) => e.name,
      ),
    ).toContain('sysctl with several assignments');
    expect(stateChangingFailures('sysctl -w net.ipv4.conf.nosuch.rp_filter=1')).toEqual([]);
    expect(
      stateChangingFailures('ip link set a0 address 02:00:00:00:00:99 mtu 70000').map((e) => e.name),
    ).toContain('ip link set applies attributes in order');
    expect(stateChangingFailures('ip -6 rule flush').map((e) => e.name)).toContain(
      'flush, restore and batch are many requests',
    );
    expect(stateChangingFailures('ip -j ro replace 1.2.3.0/24 dev a0').map((e) => e.name)).toContain(
      'route add creates its table first',
    );
    expect(stateChangingFailures('ip rule add lookup 100')).toEqual([]);
    expect(stateChangingFailures('ip route del 10.0.0.0/8')).toEqual([]);
  });
});
