import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import { importMachineState } from './index';

/** Runs `script` on a fresh simulated machine and returns what `show` prints after it. */
function shown(script: string, show: string): string {
  const s = createSession();
  runScript(script, s);
  return runScript(show, s)[0].stdout;
}

const RULES = `0:\tfrom all lookup local
100:\tfrom 10.0.0.0/8 lookup 100
100:\tfrom 10.1.0.0/16 lookup 101
32765:\tnot from all fwmark 0xca6c lookup 51820
32766:\tfrom all lookup main suppress_prefixlength 0
32766:\tfrom all lookup main
`;

describe('importMachineState', () => {
  it('rebuilds an ip rule show dump with explicit priorities, in order, without re-adding default rules', () => {
    const r = importMachineState([{ name: 'rules.txt', text: RULES }]);
    expect(r.script).toContain(
      'ip rule add pref 100 from 10.0.0.0/8 lookup 100\nip rule add pref 100 from 10.1.0.0/16 lookup 101\n',
    );
    expect(r.script).not.toMatch(/rule add pref 0 from all lookup local/);
    // The input has no 32767 rule: the default one is deleted; 32766 main is not first among its priority.
    expect(r.script).toContain('ip rule del pref 32767 lookup default');
    expect(r.script).toContain('ip rule del pref 32766 lookup main');
    expect(shown(r.script, 'ip rule show')).toBe(RULES);
    expect(r.warnings).toEqual([]);
  });

  it('tells an IPv6 rule dump pasted after an IPv4 one by its priorities starting again', () => {
    const text = `${RULES}0:\tfrom all lookup local\n200:\tfrom 2001:db8::/32 lookup 7\n32766:\tfrom all lookup main\n`;
    const r = importMachineState([{ name: 'paste', text }]);
    expect(r.script).toContain('ip -6 rule add pref 200 from 2001:db8::/32 lookup 7');
    expect(r.warnings).toEqual([]);
  });

  it('warns, located, about a route of a device the input does not have', () => {
    const text = '# ip route show\ndefault via 192.0.2.1 dev eth9\n';
    const r = importMachineState([{ name: 'r.txt', text }]);
    expect(r.warnings[0]).toMatchObject({ file: 'r.txt', line: 2, column: 1 });
    expect(r.warnings[0].message).toMatch(/Cannot find device "eth9"|not rebuilt/);
    expect(r.script).toContain('# not rebuilt: ip route append default via 192.0.2.1 dev eth9');
  });

  it('warns about a line it does not recognise instead of dropping it', () => {
    const r = importMachineState([{ name: 'x', text: 'hello world\n' }]);
    expect(r.warnings).toEqual([
      { file: 'x', line: 1, column: 1, message: 'unrecognised line: "hello world"' },
    ]);
  });

  it('reads the -j JSON forms of ip rule show', () => {
    const json = runScript('ip rule add pref 5 fwmark 0x10/0xff iif lo lookup 100\nip -j rule show')[1]
      .stdout;
    const r = importMachineState([{ name: 'j', text: json }]);
    expect(shown(r.script, 'ip rule show')).toBe(
      shown('ip rule add pref 5 fwmark 0x10/0xff iif lo lookup 100', 'ip rule show'),
    );
    expect(r.warnings).toEqual([]);
  });

  it('reads the -j JSON form of ip route show table all and skips what the kernel derives', () => {
    const setup =
      'ip link add a0 type veth peer name a1\nip link set a0 up\nip link set a1 up\nip addr add 10.0.1.1/24 dev a0\nip route add 1.2.3.0/24 via 10.0.1.2 table 100 metric 5\n';
    const links = shown(setup, 'ip -d link show');
    const addrs = shown(setup, 'ip addr show');
    const routes = shown(setup, 'ip -j route show table all');
    const r = importMachineState([
      {
        name: 'l',
        text: `$ ip -d link show\n${links}$ ip addr show\n${addrs}$ ip -j route show table all\n${routes}`,
      },
    ]);
    expect(r.script).toContain('ip route append 1.2.3.0/24 via 10.0.1.2 dev a0 table 100 metric 5');
    expect(r.script).not.toContain('proto kernel');
    expect(shown(r.script, 'ip route show table all')).toBe(shown(setup, 'ip route show table all'));
  });

  it('names tables from rt_tables lines, and numbers an unknown name with a warning', () => {
    const withFile = importMachineState([
      {
        name: 's',
        text: '### rpdb-snapshot v1: cat /etc/iproute2/rt_tables\n200 vpn\n### rpdb-snapshot v1: ip rule show\n0:\tfrom all lookup local\n10:\tfrom all lookup vpn\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n',
      },
    ]);
    expect(withFile.script).toContain('echo 200 vpn >> /etc/iproute2/rt_tables');
    expect(withFile.warnings).toEqual([]);
    const without = importMachineState([{ name: 'p', text: '10:\tfrom all lookup vpn\n' }]);
    expect(without.warnings[0]).toMatchObject({ line: 1, column: 5 });
    expect(without.warnings[0].message).toMatch(/table "vpn" has no number/);
  });

  it('reads sysctl lines in both forms', () => {
    const r = importMachineState([
      { name: 's', text: 'net.ipv4.ip_forward = 1\nsysctl -w net.ipv4.conf.all.rp_filter=2\n' },
    ]);
    expect(r.script).toContain('sysctl -w net.ipv4.ip_forward=1');
    expect(r.script).toContain('sysctl -w net.ipv4.conf.all.rp_filter=2');
  });

  it('turns networkd [RoutingPolicyRule] sections into the rules networkd installs', () => {
    const text =
      '[Match]\nName=lo\n\n[RoutingPolicyRule]\nFrom=10.0.0.0/8\nTable=100\nPriority=50\n\n[RoutingPolicyRule]\nTo=2001:db8::/32\nTable=7\nFamily=ipv6\nBogus=1\n';
    const r = importMachineState([{ name: 'x.network', text }]);
    expect(r.script).toContain('ip -4 rule add from 10.0.0.0/8 table 100 pref 50 proto static');
    expect(r.script).toContain('ip -6 rule add to 2001:db8::/32 table 7 proto static');
    expect(r.warnings).toEqual([
      { file: 'x.network', line: 13, column: 1, message: '[RoutingPolicyRule] Bogus= is not rebuilt' },
    ]);
  });

  it('turns NetworkManager routing rules (keyfile and nmcli) into ip rule commands', () => {
    const keyfile =
      '[connection]\nid=x\n[ipv4]\nrouting-rule1=priority 5 from 192.0.2.0/24 table 100\n[ipv6]\nrouting-rule1=priority 6 to 2001:db8::/32 table 101\n';
    const nmcli =
      'ipv4.routing-rules:                     priority 7 from 10.0.0.0/8 table 102, priority 8 fwmark 0x1 table 103\n';
    const r = importMachineState([
      { name: 'k', text: keyfile },
      { name: 'n', text: nmcli },
    ]);
    expect(r.script).toContain('ip -4 rule add priority 5 from 192.0.2.0/24 table 100');
    expect(r.script).toContain('ip -6 rule add priority 6 to 2001:db8::/32 table 101');
    expect(r.script).toContain('ip -4 rule add priority 7 from 10.0.0.0/8 table 102');
    expect(r.script).toContain('ip -4 rule add priority 8 fwmark 0x1 table 103');
    expect(r.warnings).toEqual([]);
    expect(shown(r.script, 'ip rule show')).toContain('8:\tfrom all fwmark 0x1 lookup 103');
  });

  it('simulates a physical device by a dummy link, with a warning', () => {
    const text =
      '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP mode DEFAULT group default qlen 1000\n    link/ether 52:54:00:12:34:56 brd ff:ff:ff:ff:ff:ff\n';
    const r = importMachineState([{ name: 'l', text }]);
    expect(r.script).toContain('ip link add eth0 address 52:54:00:12:34:56 type dummy');
    expect(r.warnings[0]).toMatchObject({ line: 1, column: 1 });
    expect(r.warnings[0].message).toMatch(/dummy/);
  });
});
