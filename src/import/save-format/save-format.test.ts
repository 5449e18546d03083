import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../../scenario/run-script';
import {
  decodeRouteSave,
  decodeRuleSave,
  detectSaveFile,
  encodeRouteSave,
  encodeRuleSave,
  restorePass,
} from './index';

function session(script: string) {
  const s = createSession();
  const failed = runScript(script, s).filter((r) => r.status !== 0);
  expect(failed).toEqual([]);
  return s;
}

const SETUP = `ip link add eth0 type veth peer name eth0-p
ip link set eth0 up
ip link set eth0-p up
ip addr add 192.0.2.1/24 dev eth0
ip -6 addr add 2001:db8::1/64 dev eth0 nodad
`;

describe('detectSaveFile', () => {
  it('tells a rule save from a route save by the magic, and anything else is null', () => {
    const s = createSession();
    expect(detectSaveFile(encodeRuleSave(s.host, 4))).toBe('rule-save');
    expect(detectSaveFile(encodeRouteSave(s.host, 4))).toBe('route-save');
    expect(detectSaveFile(new TextEncoder().encode('0:\tfrom all lookup local\n'))).toBeNull();
    expect(detectSaveFile(new Uint8Array([0x86, 0x69]))).toBeNull();
  });
});

describe('decodeRuleSave', () => {
  it('gives back the messages ruleDump made, and commands that rebuild the rules', () => {
    const s = session(
      `${SETUP}ip rule add from 10.0.0.0/8 fwmark 0x5/0xf iif eth0 lookup 100 pref 100\nip rule del pref 32767\n`,
    );
    const d = decodeRuleSave(encodeRuleSave(s.host, 4));
    expect(d.ok).toBe(true);
    expect(d.messages.map((m) => m.attrs.priority ?? 0)).toEqual([0, 100, 32766]);
    expect(d.messages[1].attrs).toMatchObject({
      src: 0x0a000000,
      fwmark: 5,
      fwmask: 15,
      iifname: 'eth0',
      table: 100,
    });
    expect(d.commands).toBe(
      'ip rule del from all lookup default proto kernel pref 32767\n' +
        'ip rule add from 10.0.0.0/8 fwmark 0x5/0xf iif eth0 lookup 100 pref 100\n',
    );
  });

  it('of an empty file after the magic gives no messages and no commands', () => {
    const d = decodeRuleSave(new Uint8Array([0x86, 0x69, 0x70, 0x71]));
    expect(d).toMatchObject({ ok: true, messages: [], commands: '' });
  });

  it('refuses a route save with the words of rule_dump_check_magic', () => {
    const d = decodeRuleSave(encodeRouteSave(createSession().host, 4));
    expect(d.ok).toBe(false);
    expect(d.error).toEqual({ offset: 0, message: 0, text: 'Magic mismatch (1 elems, 45311224 magic)' });
  });

  it('locates a truncated message and keeps the messages before it', () => {
    const bytes = encodeRuleSave(createSession().host, 4);
    const d = decodeRuleSave(bytes.subarray(0, bytes.length - 2));
    expect(d.ok).toBe(false);
    expect(d.messages).toHaveLength(2);
    expect(d.error).toMatchObject({ message: 3, text: 'rtnl-from_file: truncated message' });
  });
});

describe('decodeRouteSave', () => {
  it('gives back multipath, metrics and IPv6 routes, in the dump order', () => {
    const s = session(
      `${SETUP}ip route add 10.1.0.0/16 nexthop via 192.0.2.2 weight 3 nexthop via 192.0.2.3\n` +
        'ip route add 10.6.0.0/16 dev eth0 mtu lock 1300 congctl cubic table 200\n' +
        'ip -6 route add 2001:db8:300::/48 dev eth0 mtu 1400 hoplimit 32 pref high\n',
    );
    const d = decodeRouteSave(encodeRouteSave(s.host, 0, { table: 'all' }), { base: session(SETUP) });
    expect(d.ok).toBe(true);
    const mp = d.messages.find((m) => m.attrs.multipath);
    expect(mp?.attrs.multipath?.map((n) => [n.gateway, n.hops])).toEqual([
      [0xc0000202, 2],
      [0xc0000203, 0],
    ]);
    expect(d.messages.find((m) => m.attrs.table === 200)?.attrs.metrics).toEqual([
      { name: 'mtu', value: 1300, locked: true },
      { name: 'congctl', value: 'cubic', locked: false },
    ]);
    // Routes without a gateway first (iproute_restore's passes).
    expect(d.commands).toBe(
      'ip route add 10.6.0.0/16 dev eth0 table 200 scope link mtu lock 1300 congctl cubic\n' +
        'ip route add 10.1.0.0/16 nexthop via 192.0.2.2 dev eth0 weight 3 nexthop via 192.0.2.3 dev eth0 weight 1\n' +
        'ip -6 route add 2001:db8:300::/48 dev eth0 metric 1024 mtu 1400 hoplimit 32 pref high\n',
    );
  });

  it('names a device the machine lacks as iproute2 does, and says the restore would fail there', () => {
    const s = session(`${SETUP}ip route add 10.9.0.0/16 via 192.0.2.9\n`);
    const d = decodeRouteSave(encodeRouteSave(s.host, 4));
    expect(d.ok).toBe(false);
    // Message 2 (192.0.2.0/24 dev eth0) goes in restore pass 1, before the gateway route.
    expect(d.error).toMatchObject({ offset: 64, message: 2, text: 'RTNETLINK answers: No such device' });
    expect(d.commands).toContain('dev if3');
  });

  it('puts routes through a gateway after the routes that reach it, as iproute_restore passes do', () => {
    const s = session(`${SETUP}ip route add 10.9.0.0/16 via 192.0.2.9\n`);
    const d = decodeRouteSave(encodeRouteSave(s.host, 4), { commands: false });
    expect(d.messages.map(restorePass)).toEqual([2, 1]);
    expect(d.commands).toBe('');
  });
});
