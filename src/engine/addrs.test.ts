import { describe, expect, it } from 'vitest';
import {
  addrDel,
  addrDump,
  addrNew,
  createHost,
  formatIp,
  linkNew,
  linkSet,
  NLM_F,
  parseIpv4Strict,
  type LinkMessage,
} from './index';

const ip = (s: string) => parseIpv4Strict(s)!;
const link = (attrs: LinkMessage['attrs'], ifindex = 0, flags = 0): LinkMessage => ({
  family: 0,
  type: 0,
  ifindex,
  flags,
  change: flags,
  attrs,
});

function pair() {
  const h = createHost();
  linkNew(h, link({ ifname: 'a0', linkinfo: { kind: 'veth', peer: link({ ifname: 'a1' }) } }), NLM_F.CREATE);
  linkSet(h, link({}, 2, 1));
  linkSet(h, link({}, 3, 1));
  return h;
}

function add(h: ReturnType<typeof createHost>, a: string, len: number, extra: object = {}) {
  return addrNew(
    h,
    {
      family: 2,
      prefixLen: len,
      flags: 0,
      scope: 0,
      ifindex: 3,
      attrs: { local: ip(a), address: ip(a), ...extra },
    },
    NLM_F.CREATE | NLM_F.EXCL,
  );
}

const routes = (h: ReturnType<typeof createHost>, table: number) =>
  [...h.table(4, table)!.routes()].map(
    (r) => `${r.type} ${formatIp(r.dst)}/${r.dstLen} src ${formatIp(r.prefsrc!)}`,
  );

describe('IPv4 addresses (devinet)', () => {
  it('derives local, broadcast and prefix routes like fib_add_ifaddr', () => {
    const h = pair();
    add(h, '10.0.1.1', 24);
    expect(routes(h, 254)).toEqual(['1 10.0.1.0/24 src 10.0.1.1']);
    expect(routes(h, 255)).toEqual(['2 10.0.1.1/32 src 10.0.1.1', '3 10.0.1.255/32 src 10.0.1.1']);
  });

  it('makes a second address of the subnet secondary, with its local route sourced from the primary', () => {
    const h = pair();
    add(h, '10.0.1.1', 24);
    add(h, '10.0.1.2', 24);
    expect(addrDump(h, 2, 3).map((m) => [formatIp(m.attrs.local!), m.flags & 1])).toEqual([
      ['10.0.1.1', 0],
      ['10.0.1.2', 1],
    ]);
    expect(routes(h, 255)).toContain('2 10.0.1.2/32 src 10.0.1.1');
  });

  it('refuses a duplicate with the kernel extack and deletes unknown addresses with EADDRNOTAVAIL', () => {
    const h = pair();
    add(h, '10.0.1.1', 24);
    expect(add(h, '10.0.1.1', 24)).toEqual({
      ok: false,
      error: { errno: 17, extack: 'ipv4: Address already assigned' },
    });
    const del = addrDel(h, {
      family: 2,
      prefixLen: 24,
      flags: 0,
      scope: 0,
      ifindex: 3,
      attrs: { local: ip('10.0.9.9'), address: ip('10.0.9.9') },
    });
    expect(del).toEqual({ ok: false, error: { errno: 99, extack: 'ipv4: Address not found' } });
  });

  it('drops the secondaries with the primary unless promote_secondaries is on', () => {
    const h = pair();
    add(h, '10.0.1.1', 24);
    add(h, '10.0.1.2', 24);
    addrDel(h, {
      family: 2,
      prefixLen: 24,
      flags: 0,
      scope: 0,
      ifindex: 3,
      attrs: { local: ip('10.0.1.1'), address: ip('10.0.1.1') },
    });
    const left = addrDump(h, 2, 3).map((m) => formatIp(m.attrs.local!));
    const promote = h.sysctl.ipv4Dev('a0', 'promote_secondaries');
    expect(left).toEqual(promote ? ['10.0.1.2'] : []);
  });

  it('removes every route through the device when its last address goes (fib_disable_ip)', () => {
    const h = pair();
    add(h, '10.0.1.1', 24);
    addrDel(h, {
      family: 2,
      prefixLen: 24,
      flags: 0,
      scope: 0,
      ifindex: 3,
      attrs: { local: ip('10.0.1.1'), address: ip('10.0.1.1') },
    });
    expect(routes(h, 254)).toEqual([]);
    expect(routes(h, 255)).toEqual([]);
  });
});

describe('IPv6 addresses (addrconf)', () => {
  it('gives an up veth pair EUI-64 link-locals, fe80::/64 and ff00::/8, the end opened last first (veth_open carrier events)', () => {
    const h = pair();
    const six = [...h.table(6, 254)!.routes()].map(
      (r) => `${formatIp(r.dst)}/${r.dstLen} ${r.nexthops[0].dev}`,
    );
    expect(six).toEqual(['fe80::/64 3', 'fe80::/64 2']);
    expect(addrDump(h, 10, 3).map((m) => formatIp(m.attrs.address!))).toEqual(['fe80::ff:fe00:3']);
  });

  it('keeps addresses tentative, without a local route, while the link is not ready', () => {
    const h = createHost();
    linkNew(
      h,
      link({ ifname: 'a0', linkinfo: { kind: 'veth', peer: link({ ifname: 'a1' }) } }),
      NLM_F.CREATE,
    );
    linkSet(h, link({}, 3, 1));
    addrNew(
      h,
      {
        family: 10,
        prefixLen: 64,
        flags: 0,
        scope: 0,
        ifindex: 3,
        attrs: { local: (0x20010db8n << 96n) | 1n },
      },
      NLM_F.CREATE,
    );
    expect(addrDump(h, 10, 3)[0].flags & 0x40).toBe(0x40);
    expect(h.table(6, 255)!.size).toBe(0);
    linkSet(h, link({}, 2, 1));
    expect(addrDump(h, 10, 3)[0].flags & 0x40).toBe(0);
    expect(h.table(6, 255)!.size).toBeGreaterThan(0);
  });
});
