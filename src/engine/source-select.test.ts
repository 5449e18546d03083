import { describe, expect, it } from 'vitest';
import {
  addrNew,
  createHost,
  linkNew,
  linkSet,
  NLM_F,
  parseIpv4Strict,
  parseIpv6,
  type LinkMessage,
} from './index';
import { inetSelectAddr, ipv6DevGetSaddr } from './source-select';

const ip4 = (s: string) => parseIpv4Strict(s)!;
const ip6 = (s: string) => parseIpv6(s)!;

function lab() {
  const h = createHost();
  const m = (attrs: LinkMessage['attrs'], ifindex = 0, flags = 0): LinkMessage => ({
    family: 0,
    type: 0,
    ifindex,
    flags,
    change: flags,
    attrs,
  });
  linkSet(h, m({}, 1, 1));
  linkNew(h, m({ ifname: 'a0', linkinfo: { kind: 'veth', peer: m({ ifname: 'a1' }) } }), NLM_F.CREATE);
  for (const i of [2, 3]) linkSet(h, m({}, i, 1));
  const add = (ifindex: number, family: number, local: number | bigint, prefixLen: number) =>
    addrNew(
      h,
      { family, prefixLen, flags: 2, scope: 0, ifindex, attrs: { local, address: local } },
      NLM_F.CREATE | NLM_F.EXCL,
    );
  add(3, 2, ip4('10.0.1.1'), 24);
  add(3, 2, ip4('10.0.3.1'), 24);
  add(3, 10, ip6('2001:db8:1::1'), 64);
  return h;
}

describe('inetSelectAddr (inet_select_addr)', () => {
  it('prefers the primary address whose subnet holds the gateway', () => {
    expect(inetSelectAddr(lab(), 3, ip4('10.0.3.254'), 0)).toBe(ip4('10.0.3.1'));
  });

  it('takes the first primary address when there is no gateway', () => {
    expect(inetSelectAddr(lab(), 3, 0, 253)).toBe(ip4('10.0.1.1'));
  });

  it('borrows a global address of another device when the device has none', () => {
    expect(inetSelectAddr(lab(), 2, 0, 0)).toBe(ip4('10.0.1.1'));
  });

  it('skips the host-scope loopback address for a global route', () => {
    const h = createHost();
    linkSet(h, { family: 0, type: 0, ifindex: 1, flags: 1, change: 1, attrs: {} });
    expect(inetSelectAddr(h, 1, 0, 0)).toBe(0);
    expect(inetSelectAddr(h, 1, 0, 254)).toBe(ip4('127.0.0.1'));
  });
});

describe('ipv6DevGetSaddr (ipv6_dev_get_saddr)', () => {
  it('picks the global address for a global destination', () => {
    expect(ipv6DevGetSaddr(lab(), 3, ip6('2001:4860::1'))).toBe(ip6('2001:db8:1::1'));
  });

  it('picks the link-local address of the output device for a link-local destination', () => {
    expect(ipv6DevGetSaddr(lab(), 3, ip6('fe80::1'))).toBe(ip6('fe80::ff:fe00:3'));
  });

  it('uses the address itself when the destination is local', () => {
    expect(ipv6DevGetSaddr(lab(), 1, ip6('::1'))).toBe(1n);
  });
});
