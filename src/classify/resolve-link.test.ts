import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import { checkLinkOptions, createLinkResolver } from './resolve-link';
import { packet } from './test-packets';

// lo 1, wan0p 2, wan0 3, wan1p 4, wan1 5, lan0p 6, lan0 7: a veth's peer is created first.
const session = createSession();
runScript(readFileSync(join(__dirname, '../../test/classify-fixtures/scenario.sh'), 'utf8'), session);
const host = session.host;

describe('createLinkResolver', () => {
  it('resolves an SLL2 ifindex with the kernel numbering of the scenario (peer first, lo is 1)', () => {
    const r = createLinkResolver(host, {});
    expect(r.place(packet({ interface: { ifindex: 7 }, direction: { packetType: 0 } }))).toEqual({
      link: 'lan0',
      direction: 'input',
    });
    expect(r.place(packet({ interface: { ifindex: 3 }, direction: { packetType: 4 } }))).toEqual({
      link: 'wan0',
      direction: 'output',
    });
    expect(r.place(packet({ interface: { ifindex: 1 }, direction: { packetType: 0 } }))).toEqual({
      link: 'lo',
      direction: 'input',
    });
  });
  it('takes broadcast and multicast packet types as arriving, and skips PACKET_OTHERHOST', () => {
    const r = createLinkResolver(host, {});
    for (const t of [1, 2])
      expect(r.place(packet({ interface: { ifindex: 7 }, direction: { packetType: t } }))).toMatchObject({
        direction: 'input',
      });
    expect(r.place(packet({ interface: { ifindex: 2 }, direction: { packetType: 3 } }))).toEqual({
      skipped: 'addressed to another host (PACKET_OTHERHOST): ip_rcv drops it before routing',
    });
  });
  it('lets --map rename an ifindex or a pcapng interface name, and says what to map when unknown', () => {
    const r = createLinkResolver(host, { map: { '42': 'wan1', eth0: 'lan0' } });
    expect(r.place(packet({ interface: { ifindex: 42 }, direction: { packetType: 0 } }))).toEqual({
      link: 'wan1',
      direction: 'input',
    });
    expect(r.place(packet({ interface: { name: 'eth0' } }))).toEqual({ link: 'lan0', direction: 'input' });
    expect(r.place(packet({ interface: { ifindex: 43 }, direction: { packetType: 0 } }))).toEqual({
      skipped: 'ifindex 43 is no link of the scenario: name one with --map 43=LINK',
    });
    expect(r.place(packet({ interface: { name: 'eth1' } }))).toEqual({
      skipped: 'capture interface "eth1" is no link of the scenario: name one with --map eth1=LINK',
    });
  });
  it('uses the pcapng name with --output / --iif for the direction, arriving by default', () => {
    const r = createLinkResolver(host, { output: ['wan0'] });
    expect(r.place(packet({ interface: { name: 'wan0' } }))).toEqual({ link: 'wan0', direction: 'output' });
    expect(r.place(packet({ interface: { name: 'lan0' } }))).toEqual({ link: 'lan0', direction: 'input' });
    expect(
      r.place(packet({ interface: { name: 'wan0' }, direction: { flagsDirection: 'inbound' } })),
    ).toEqual({ link: 'wan0', direction: 'input' });
  });
  it('places packets of a capture that names no interface on the one link of --iif or --output', () => {
    expect(createLinkResolver(host, { iif: ['lan0'] }).place(packet())).toEqual({
      link: 'lan0',
      direction: 'input',
    });
    expect(createLinkResolver(host, { output: ['wan1'] }).place(packet())).toEqual({
      link: 'wan1',
      direction: 'output',
    });
    expect(createLinkResolver(host, {}).place(packet()).skipped).toMatch(
      /name it with --iif IF or --output IF/,
    );
    expect(createLinkResolver(host, { iif: ['lan0'], output: ['wan1'] }).place(packet()).skipped).toMatch(
      /the options name several/,
    );
  });
  it('keeps the capture direction over the options (LINUX_SLL of -i any), without claiming the link', () => {
    const r = createLinkResolver(host, { iif: ['lan0'] });
    expect(r.place(packet({ direction: { packetType: 4 } }))).toEqual({
      link: undefined,
      direction: 'output',
    });
    expect(r.place(packet({ direction: { packetType: 0 } }))).toEqual({ link: 'lan0', direction: 'input' });
  });
  it('reads NFLOG: PREROUTING/INPUT/FORWARD arrive on indev, OUTPUT leaves on outdev, POSTROUTING by indev', () => {
    const r = createLinkResolver(host, {});
    const nf = (
      hook: 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting',
      indev?: number,
      outdev?: number,
    ) =>
      r.place(packet({ linkType: 239, nflog: { family: 2, group: 9, indev, outdev }, direction: { hook } }));
    expect(nf('prerouting', 7)).toEqual({ link: 'lan0', direction: 'input' });
    expect(nf('forward', 7, 3)).toEqual({ link: 'lan0', direction: 'input' });
    expect(nf('output', undefined, 5)).toEqual({ link: 'wan1', direction: 'output' });
    expect(nf('postrouting', undefined, 5)).toEqual({ link: 'wan1', direction: 'output' });
    expect(nf('postrouting', 7, 5)).toEqual({ link: 'lan0', direction: 'input' });
    expect(nf('input')).toEqual({ skipped: 'NFLOG packet of hook input without an input device' });
  });
});

describe('checkLinkOptions', () => {
  it('names every unknown link in iproute2 words, and accepts --map keys in --output / --iif', () => {
    expect(
      checkLinkOptions(host, { map: { eth0: 'wan9' }, output: ['eth0', 'wan0'], iif: ['lan7'] }),
    ).toEqual(['--map eth0=wan9: Cannot find device "wan9"', '--iif lan7: Cannot find device "lan7"']);
    expect(checkLinkOptions(host, { map: { eth0: 'wan0' }, output: ['eth0'], iif: ['lan0'] })).toEqual([]);
  });
});
