import { describe, expect, test } from 'vitest';
import type { Session } from '../../iproute2/context';
import { createSession, runScript } from '../../scenario/run-script';
import { confirmFinding } from '../doctor-confirm';
import { runDoctor } from '../doctor';
import type { DoctorOptions, Finding } from '../doctor-types';

/** eth0 10.0.0.2/24 with main's default via 10.0.0.1, eth1 10.1.0.2/24, wg0 10.66.0.2/32, lo up. */
const BASE = `ip link set lo up
ip link add eth0 type veth peer name eth0-p
ip link add eth1 type veth peer name eth1-p
ip link add wg0 type veth peer name wg0-p
ip link set eth0 up
ip link set eth0-p up
ip link set eth1 up
ip link set eth1-p up
ip link set wg0 up
ip link set wg0-p up
ip addr add 10.0.0.2/24 dev eth0
ip addr add 10.1.0.2/24 dev eth1
ip addr add 10.66.0.2/32 dev wg0
ip route add default via 10.0.0.1 dev eth0
`;

function doctor(script: string, options: DoctorOptions = {}): { s: Session; findings: Finding[] } {
  const s = createSession();
  const recs = runScript(BASE + script, s);
  const failed = recs.filter((r) => r.status !== 0);
  expect(failed, 'every script line succeeds').toEqual([]);
  return { s, findings: runDoctor(s, options) };
}

/** Asserts exactly these finding ids and that each is confirmed by re-running its probe. */
function expectFindings(script: string, ids: string[], options: DoctorOptions = {}): Finding[] {
  const { s, findings } = doctor(script, options);
  expect(findings.map((f) => f.id).sort()).toEqual([...ids].sort());
  for (const f of findings) expect(confirmFinding(s, f), f.id).toBeNull();
  return findings;
}

describe('shadowed rules', () => {
  test('a catch-all lookup of a table with a default route shadows later rules and the main rule', () => {
    const [f] = expectFindings(
      'ip route add default dev wg0 table 100\nip rule add pref 100 lookup 100\nip rule add pref 200 to 10.9.0.0/16 lookup main\n',
      ['shadowed:4:200:100', 'shadowed:4:32766:100'],
    );
    expect(f!.rules[1]!.text).toBe('100:\tfrom all lookup 100');
    expect(f!.explanation).toContain('rule 100 (from all lookup 100)');
    expect(f!.verdict).toBe('10.9.0.1 dev wg0 table 100 src 10.66.0.2 uid 0 ');
  });

  test('a refusing action shadows a narrower rule behind it', () => {
    const [f] = expectFindings(
      'ip route add default dev wg0 table 100\nip rule add pref 50 to 10.9.0.0/16 blackhole\nip rule add pref 60 to 10.9.1.0/24 lookup 100\n',
      ['shadowed:4:60:50'],
    );
    expect(f!.verdict).toBe('RTNETLINK answers: Invalid argument');
  });

  test('not fwmark covers a rule on other marks but not the main rule (mark 1 reaches it); IPv6 too', () => {
    expectFindings(
      'ip -6 route add default dev wg0 table 100\nip -6 rule add pref 10 not fwmark 0x1 lookup 100\nip -6 rule add pref 20 fwmark 0x2 lookup main\n',
      ['shadowed:6:20:10'],
    );
  });

  test('a goto from above the covering rule keeps the target reachable', () => {
    expectFindings(
      'ip route add default dev wg0 table 100\nip rule add pref 10 fwmark 1 goto 300\nip rule add pref 100 lookup 100\nip rule add pref 300 lookup main\n',
      [],
    );
  });

  test('a throw route, a suppressor or an oif the table cannot serve means the rule may not decide', () => {
    expectFindings(
      'ip route add default dev wg0 table 100\nip route add throw 10.9.0.0/16 table 100\nip rule add pref 100 lookup 100\nip rule add pref 200 to 10.9.0.0/16 lookup main\n',
      [],
    );
    expectFindings(
      'ip route add default dev wg0 table 100\nip rule add pref 100 lookup 100 suppress_prefixlength 0\nip rule add pref 200 to 10.9.0.0/16 lookup main\n',
      [],
    );
    expectFindings(
      'ip route add default dev wg0 table 100\nip rule add pref 100 fwmark 1 lookup 100\nip rule add pref 200 oif eth0 fwmark 1 lookup main\n',
      [],
    );
  });

  test('rules with the same selectors behind a lookup are fallbacks, not mistakes', () => {
    expectFindings(
      'ip rule add pref 10 fwmark 0x80000/0xff0000 lookup main\nip rule add pref 20 fwmark 0x80000/0xff0000 unreachable\n',
      [],
    );
  });
});

describe('goto, duplicates, tables', () => {
  test('an IPv6 goto to a missing priority', () => {
    expectFindings('ip -6 rule add pref 10 goto 20\n', ['unresolved-goto:6:10']);
  });

  test('two rules at one priority', () => {
    const [f] = expectFindings(
      'ip route add default dev wg0 table 100\nip rule add pref 100 to 10.8.0.0/16 lookup 100\nip rule add pref 100 to 10.9.0.0/16 lookup 100\n',
      ['duplicate-priority:4:100'],
    );
    expect(f!.rules.map((r) => r.text)).toEqual([
      '100:\tfrom all to 10.8.0.0/16 lookup 100',
      '100:\tfrom all to 10.9.0.0/16 lookup 100',
    ]);
  });

  test('a missing table and an emptied one', () => {
    expectFindings('ip rule add pref 100 to 10.9.0.0/16 lookup 300\n', ['missing-table:4:100']);
    expectFindings(
      'ip route add 1.2.3.0/24 dev eth0 table 7\nip route del 1.2.3.0/24 dev eth0 table 7\nip rule add pref 100 to 10.9.0.0/16 lookup 7\n',
      ['empty-table:4:100'],
    );
  });
});

describe('suppressors that never fire', () => {
  test('suppress_prefixlength 0 against 0.0.0.0/1 + 128.0.0.0/1', () => {
    expectFindings(
      'ip route add 0.0.0.0/1 dev wg0\nip route add 128.0.0.0/1 dev wg0\nip rule add pref 100 lookup main suppress_prefixlength 0\n',
      ['suppress-never:4:100'],
    );
  });

  test('suppress_prefixlength 8 fires when a /8 is the longest match somewhere', () => {
    expectFindings(
      'ip route add 0.0.0.0/1 dev wg0\nip route add 128.0.0.0/1 dev wg0\nip route add 10.0.0.0/8 dev wg0\nip rule add pref 100 lookup main suppress_prefixlength 8\n',
      [],
    );
  });

  test('suppress_ifgroup with no route through a device of the group', () => {
    expectFindings('ip link set wg0 group 7\nip rule add pref 100 lookup main suppress_ifgroup 7\n', [
      'suppress-never:4:100',
    ]);
    expectFindings('ip link set eth1 group 5\nip rule add pref 100 lookup main suppress_ifgroup 5\n', []);
  });
});

describe('kernel rules removed', () => {
  test('local, main and default', () => {
    const f = expectFindings(
      'ip route add default via 10.0.0.1 table default\nip rule del pref 0\nip rule del pref 32766\nip rule del pref 32767\n',
      ['local-rule-missing:4:255', 'main-rule-missing:4:254', 'default-rule-missing:4:253'],
    );
    expect(f[0]!.severity).toBe('error');
    expect(f[0]!.probe.args).toEqual(['10.0.0.2']);
  });

  test('a local rule moved below the custom rules is fine (Cilium)', () => {
    expectFindings('ip rule add pref 100 lookup local\nip rule del pref 0\n', []);
  });
});

describe('rp_filter', () => {
  const lartc =
    'ip route add default via 10.1.0.1 dev eth1 table 201\nip rule add pref 100 fwmark 1 lookup 201\n';

  test('strict rp_filter drops the replies of fwmark source routing', () => {
    const [f] = expectFindings(`${lartc}sysctl -w net.ipv4.conf.all.rp_filter=1\n`, [
      'rp-filter-drop:4:eth1',
    ]);
    expect(f!.probe.args).toEqual(['10.1.0.2', 'from', '1.1.1.1', 'iif', 'eth1']);
    expect(f!.verdict).toBe('RTNETLINK answers: Invalid argument');
    expect(f!.explanation).toContain('which rule 32766 decides');
    expect(f!.explanation).toContain('`from 10.1.0.2 lookup 201`');
  });

  test('the effective value is the maximum of all and the device', () => {
    expectFindings(`${lartc}sysctl -w net.ipv4.conf.eth1.rp_filter=1\n`, ['rp-filter-drop:4:eth1']);
    expectFindings(
      `${lartc}sysctl -w net.ipv4.conf.all.rp_filter=2\nsysctl -w net.ipv4.conf.eth1.rp_filter=1\n`,
      [],
    );
  });

  test('a from rule for the second address makes the replies pass', () => {
    expectFindings(
      `${lartc}sysctl -w net.ipv4.conf.all.rp_filter=1\nip rule add pref 90 from 10.1.0.2 lookup 201\n`,
      ['from-unbound:4:90'],
    );
  });
});

describe('marks', () => {
  test('fwmark rules no iptables rule can satisfy (only when iptables state exists)', () => {
    const rule = 'ip route add default dev wg0 table 100\nip rule add pref 100 fwmark 0x2 lookup 100\n';
    expectFindings(rule, []);
    expectFindings(`${rule}iptables -t mangle -A PREROUTING -p tcp --dport 25 -j MARK --set-mark 1\n`, [
      'fwmark-never-set:4:100',
    ]);
    expectFindings(`${rule}iptables -t mangle -A OUTPUT -p tcp --dport 25 -j MARK --set-xmark 0x2/0x2\n`, []);
  });

  test('Tailscale and Cilium share the upper mark bits', () => {
    const [f] = expectFindings(
      'ip rule add pref 9 fwmark 0x200/0xf00 lookup main\nip rule add pref 5210 fwmark 0x80000/0xff0000 lookup main\nip rule add pref 5270 lookup 52\nip route add 100.64.0.0/10 dev wg0 table 52\n',
      ['mark-collision:4:tailscale:cilium'],
    );
    expect(f!.probe.args).toEqual(['1.1.1.1', 'mark', '0x80f00']);
    expect(f!.decidedBy).toBe(5210);
  });

  test('kube-proxy marks against a full-mark VPN rule', () => {
    expectFindings(
      'ip route add default dev wg0 table 51820\nip rule add not fwmark 51820 table 51820\niptables -t nat -N KUBE-MARK-MASQ\niptables -t nat -A KUBE-MARK-MASQ -j MARK --set-xmark 0x4000/0x4000\n',
      ['mark-collision:4:wg-quick:kube-proxy'],
    );
  });
});

describe('IPv6 leaks and foreign rules', () => {
  const wg =
    'ip route add default dev wg0 table 51820\nip rule add not fwmark 51820 table 51820\nip rule add table main suppress_prefixlength 0\n';
  const v6 =
    'ip -6 addr add 2001:db8:1::2/64 dev eth0 nodad\nip -6 route add default via 2001:db8:1::1 dev eth0\n';

  test('IPv4-only wg-quick rules with an IPv6 default route', () => {
    const [f] = expectFindings(wg + v6, ['ipv6-leak:6:32765']);
    expect(f!.verdict).toContain('dev eth0');
  });

  test('no leak once the IPv6 rules exist too', () => {
    expectFindings(
      `${wg}${v6}ip -6 route add default dev wg0 table 51820\nip -6 rule add not fwmark 51820 table 51820\nip -6 rule add table main suppress_prefixlength 0\n`,
      [],
    );
  });

  test('rules without protocol on a networkd host', () => {
    const script =
      'ip route add default dev wg0 table 100\nip rule add pref 100 to 10.8.0.0/16 lookup 100 protocol static\nip rule add pref 200 to 10.9.0.0/16 lookup 100\n';
    expectFindings(script, ['foreign-rule:4:200']);
    expectFindings(script, [], { networkd: false });
    expectFindings('ip rule add pref 200 to 10.9.0.0/16 lookup main protocol kernel\n', [], {
      networkd: true,
    });
  });
});
