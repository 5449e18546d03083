import { describe, expect, it } from 'vitest';
import { createHost, linkDel, linkDump, linkNew, linkSet, NLM_F, type LinkMessage } from './index';
import { carrierOk, IF_OPER } from './link-state';

const CREATE = NLM_F.CREATE | NLM_F.EXCL;

function msg(attrs: LinkMessage['attrs'], extra: Partial<LinkMessage> = {}): LinkMessage {
  return { family: 0, type: 0, ifindex: 0, flags: 0, change: 0, attrs, ...extra };
}

function veth(name: string, peer: string): LinkMessage {
  return msg({ ifname: name, linkinfo: { kind: 'veth', peer: msg({ ifname: peer }) } });
}

function up(host: ReturnType<typeof createHost>, name: string, on = true) {
  return linkSet(host, msg({}, { ifindex: host.linkByName(name)!.ifindex, flags: on ? 1 : 0, change: 1 }));
}

describe('linkNew', () => {
  it('creates the veth peer first, so the peer gets the lower ifindex', () => {
    const h = createHost();
    expect(linkNew(h, veth('a0', 'a1'), CREATE).ok).toBe(true);
    expect(h.linkByName('a1')!.ifindex).toBe(2);
    expect(h.linkByName('a0')!.ifindex).toBe(3);
    expect(h.linkByName('a0')!.peer).toBe(2);
  });

  it('refuses an existing name with EEXIST, for the device and for the peer', () => {
    const h = createHost();
    linkNew(h, veth('a0', 'a1'), CREATE);
    expect(linkNew(h, veth('a0', 'a9'), CREATE)).toEqual({ ok: false, error: { errno: 17 } });
    expect(linkNew(h, veth('z0', 'a0'), CREATE)).toEqual({ ok: false, error: { errno: 17 } });
  });

  it('names unnamed devices from the kind with the lowest free number', () => {
    const h = createHost();
    linkNew(h, msg({ ifname: 'x0', linkinfo: { kind: 'veth' } }), CREATE);
    expect(h.linkByName('veth0')!.ifindex).toBe(2);
  });

  it('answers an unknown kind with "Unknown device type"', () => {
    const h = createHost();
    expect(linkNew(h, msg({ ifname: 'x', linkinfo: { kind: 'vlan' } }), CREATE)).toEqual({
      ok: false,
      error: { errno: 95, extack: 'Unknown device type' },
    });
  });

  it('gives a vrf its tables and the l3mdev rules on first creation', () => {
    const h = createHost();
    expect(linkNew(h, msg({ ifname: 'vrf1', linkinfo: { kind: 'vrf' } }), CREATE).ok).toBe(false);
    expect(
      linkNew(h, msg({ ifname: 'vrf1', linkinfo: { kind: 'vrf', data: { table: 10 } } }), CREATE).ok,
    ).toBe(true);
    expect(h.table(4, 10)).toBeDefined();
    expect(h.table(6, 10)).toBeDefined();
    const d = linkDump(h).find((m) => m.attrs.ifname === 'vrf1')!;
    expect(d.attrs.mtu).toBe(65575);
    expect(d.attrs.operstate).toBe(IF_OPER.DOWN);
  });
});

describe('carrier and operstate', () => {
  it('gives a veth carrier only when both ends are up', () => {
    const h = createHost();
    linkNew(h, veth('a0', 'a1'), CREATE);
    up(h, 'a0');
    const a0 = () => linkDump(h).find((m) => m.attrs.ifname === 'a0')!;
    expect(a0().attrs.operstate).toBe(IF_OPER.LOWERLAYERDOWN);
    expect(carrierOk(h, 3)).toBe(false);
    up(h, 'a1');
    expect(a0().attrs.operstate).toBe(IF_OPER.UP);
    expect(carrierOk(h, 3)).toBe(true);
    up(h, 'a1', false);
    expect(a0().attrs.operstate).toBe(IF_OPER.LOWERLAYERDOWN);
  });

  it('shows qdisc noop until the first open, noqueue afterwards', () => {
    const h = createHost();
    linkNew(h, veth('a0', 'a1'), CREATE);
    const q = () => linkDump(h).find((m) => m.attrs.ifname === 'a0')!.attrs.qdisc;
    expect(q()).toBe('noop');
    up(h, 'a0');
    up(h, 'a0', false);
    expect(q()).toBe('noqueue');
  });

  it('takes a bridge carrier away once its last port is gone', () => {
    const h = createHost();
    linkNew(h, msg({ ifname: 'br0', linkinfo: { kind: 'bridge' } }), CREATE);
    linkNew(h, veth('a0', 'a1'), CREATE);
    up(h, 'br0');
    expect(carrierOk(h, 2)).toBe(true); // no port ever: carrier stays on
    linkSet(h, msg({ master: 2 }, { ifindex: h.linkByName('a1')!.ifindex }));
    up(h, 'a1');
    up(h, 'a0');
    expect(carrierOk(h, 2)).toBe(true);
    linkSet(h, msg({ master: 0 }, { ifindex: h.linkByName('a1')!.ifindex }));
    expect(carrierOk(h, 2)).toBe(false);
  });
});

describe('linkSet', () => {
  it('checks the MTU against the driver range with the kernel messages', () => {
    const h = createHost();
    linkNew(h, veth('a0', 'a1'), CREATE);
    expect(linkSet(h, msg({ mtu: 10 }, { ifindex: 3 }))).toEqual({
      ok: false,
      error: { errno: 22, extack: 'mtu less than device minimum' },
    });
    expect(linkSet(h, msg({ mtu: 70000 }, { ifindex: 3 }))).toEqual({
      ok: false,
      error: { errno: 22, extack: 'mtu greater than device maximum' },
    });
    expect(linkSet(h, msg({ mtu: 9000 }, { ifindex: 3 })).ok).toBe(true);
  });

  it('renames a running device and moves its sysctls, but not onto a taken name', () => {
    const h = createHost();
    linkNew(h, veth('a0', 'a1'), CREATE);
    up(h, 'a0');
    expect(linkSet(h, msg({ ifname: 'b0' }, { ifindex: 3 })).ok).toBe(true);
    expect(h.sysctl.has('net.ipv4.conf.b0.rp_filter')).toBe(true);
    expect(h.sysctl.has('net.ipv4.conf.a0.rp_filter')).toBe(false);
    expect(linkSet(h, msg({ ifname: 'a1' }, { ifindex: 3 }))).toEqual({ ok: false, error: { errno: 17 } });
  });
});

describe('linkDel', () => {
  it('deletes both veth ends with their addresses and routes', () => {
    const h = createHost();
    linkNew(h, veth('a0', 'a1'), CREATE);
    up(h, 'a0');
    up(h, 'a1');
    expect(h.addrs.length).toBeGreaterThan(0);
    expect(linkDel(h, msg({ ifname: 'a1' })).ok).toBe(true);
    expect(h.links.size).toBe(1);
    expect(h.addrs).toEqual([]);
    expect([...h.table(6, 255)!.routes()]).toEqual([]);
    expect(linkDel(h, msg({ ifname: 'lo' }))).toEqual({ ok: false, error: { errno: 95 } });
  });
});
