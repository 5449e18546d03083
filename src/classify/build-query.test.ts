import { describe, expect, it } from 'vitest';
import { buildQuery, needsScope } from './build-query';
import { packet } from './test-packets';

const input = { direction: 'input' as const, link: 'lan0', mark: 0 };
const output = { direction: 'output' as const, link: 'wan0', mark: 0 };

describe('buildQuery', () => {
  it('names dst, then from SRC, then iif, ipproto and ports for an arriving packet', () => {
    expect(buildQuery(packet(), input)).toEqual({
      query: '8.8.8.8 from 10.9.0.7 iif lan0 ipproto udp sport 40000 dport 53',
    });
  });
  it('puts no oif in an IPv4 output query: the socket did not bind a device', () => {
    expect(buildQuery(packet(), output)).toEqual({
      query: '8.8.8.8 from 10.9.0.7 ipproto udp sport 40000 dport 53',
    });
  });
  it('orders mark (hex), uid, ipproto, ports and tos; the uid only for output lookups', () => {
    const p = packet({ proto: 6, tos: 0x2b });
    expect(buildQuery(p, { ...output, mark: 0xca6c, uid: 1234 }).query).toBe(
      '8.8.8.8 from 10.9.0.7 mark 0xca6c uid 1234 ipproto tcp sport 40000 dport 53 tos 0x28',
    );
    expect(buildQuery(p, { ...input, mark: 1, uid: 1234 }).query).toBe(
      '8.8.8.8 from 10.9.0.7 iif lan0 mark 0x1 ipproto tcp sport 40000 dport 53 tos 0x28',
    );
  });
  it('leaves the ports out of a non-first fragment, keeping the protocol', () => {
    const p = packet({ sport: undefined, dport: undefined, fragment: { offset: 16, more: false, id: 7 } });
    expect(buildQuery(p, input).query).toBe('8.8.8.8 from 10.9.0.7 iif lan0 ipproto udp');
  });
  it('names only the protocols ip route get accepts (tcp, udp, icmp; ipv6-icmp for IPv6)', () => {
    expect(buildQuery(packet({ proto: 136 }), input).query).toBe('8.8.8.8 from 10.9.0.7 iif lan0');
    expect(buildQuery(packet({ proto: 132 }), input).query).toBe('8.8.8.8 from 10.9.0.7 iif lan0');
    expect(buildQuery(packet({ proto: 1, sport: undefined, dport: undefined }), input).query).toBe(
      '8.8.8.8 from 10.9.0.7 iif lan0 ipproto icmp',
    );
    const v6 = packet({
      family: 6,
      src: 'fd09::7',
      dst: '2001:db8::1',
      proto: 58,
      sport: undefined,
      dport: undefined,
    });
    expect(buildQuery(v6, input).query).toBe('2001:db8::1 from fd09::7 iif lan0 ipproto ipv6-icmp');
    expect(buildQuery({ ...v6, proto: 1 }, input).query).toBe('2001:db8::1 from fd09::7 iif lan0');
  });
  it('names the oif of an IPv6 output lookup to a link-scope destination (sin6_scope_id)', () => {
    const p = packet({
      family: 6,
      src: 'fe80::1',
      dst: 'ff02::1',
      proto: 58,
      sport: undefined,
      dport: undefined,
    });
    expect(buildQuery(p, output).query).toBe('ff02::1 from fe80::1 oif wan0 ipproto ipv6-icmp');
    expect(buildQuery({ ...p, dst: '2001:db8::1' }, output).query).toBe(
      '2001:db8::1 from fe80::1 ipproto ipv6-icmp',
    );
  });
  it('skips what has no addresses, with the reason', () => {
    expect(buildQuery(packet({ skipped: 'ARP (ethertype 0x0806) is not routed' }), input)).toEqual({
      skipped: 'ARP (ethertype 0x0806) is not routed',
    });
    expect(buildQuery(packet({ src: undefined, dst: undefined, truncated: 'IPv4 header' }), input)).toEqual({
      skipped: 'truncated IPv4 header: no IP addresses',
    });
  });
});

describe('needsScope', () => {
  it('is true for link-local unicast and interface/link-local multicast only', () => {
    expect(['fe80::1', 'febf::1', 'ff02::1:ff00:2', 'ff01::1', 'ff12::3'].map(needsScope)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['fec0::1', 'ff05::2', 'ff0e::1', '2001:db8::1', '::1'].map(needsScope)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
