import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import {
  addressAddCommand,
  emptyLinkForm,
  linkAddCommand,
  linkAliasCommand,
  linkGroupCommand,
  linkMtuCommand,
  shellWord,
} from './link-form';

describe('link commands', () => {
  it('linkAddCommand names a veth peer, a vrf table, or just the type', () => {
    expect(linkAddCommand({ ...emptyLinkForm(), name: 'eth1' })).toBe(
      'ip link add eth1 type veth peer name eth1-p',
    );
    expect(linkAddCommand({ ...emptyLinkForm(), name: 'eth1', peer: 'up0' })).toBe(
      'ip link add eth1 type veth peer name up0',
    );
    expect(linkAddCommand({ ...emptyLinkForm(), name: 'blue', kind: 'vrf', vrfTable: '1001' })).toBe(
      'ip link add blue type vrf table 1001',
    );
    expect(linkAddCommand({ ...emptyLinkForm(), name: 'br0', kind: 'bridge' })).toBe(
      'ip link add br0 type bridge',
    );
  });

  it('addressAddCommand picks the family from the address', () => {
    expect(addressAddCommand('eth0', '10.0.0.2/24')).toBe('ip addr add 10.0.0.2/24 dev eth0');
    expect(addressAddCommand('eth0', ' 2001:db8::2/64 ')).toBe('ip -6 addr add 2001:db8::2/64 dev eth0');
  });

  it('shellWord quotes blanks and quotes so the script reads back the same word', () => {
    expect(shellWord('uplink')).toBe('uplink');
    expect(shellWord("Bob's uplink")).toBe(`'Bob'\\''s uplink'`);
    expect(shellWord('')).toBe("''");
  });

  it('mtu, alias and group commands run on the simulator and show in ip link', () => {
    const records = runScript(
      [
        linkAddCommand({ ...emptyLinkForm(), name: 'eth1' }),
        linkMtuCommand('eth1', '1400'),
        linkAliasCommand('eth1', "Bob's uplink"),
        linkGroupCommand('eth1', '5'),
        addressAddCommand('eth1', '2001:db8::2/64'),
        'ip -d link show eth1',
      ].join('\n'),
      createSession(),
    );
    expect(records.map((r) => r.status)).toEqual([0, 0, 0, 0, 0, 0]);
    const shown = records[5].stdout;
    expect(shown).toContain('mtu 1400');
    expect(shown).toContain("alias Bob's uplink");
    expect(shown).toContain('group 5');
  });
});
