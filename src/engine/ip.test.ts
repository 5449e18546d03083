import { describe, expect, it } from 'vitest';
import { formatIpv6, maskIp, parseIpv6, prefixContains } from './ip';

describe('ip', () => {
  it('formatIpv6 compresses the longest zero run as inet_ntop does', () => {
    expect(formatIpv6(parseIpv6('2001:db8:0:0:1:0:0:1')!)).toBe('2001:db8::1:0:0:1');
    expect(formatIpv6(parseIpv6('::1')!)).toBe('::1');
    expect(formatIpv6(0n)).toBe('::');
    expect(formatIpv6(parseIpv6('::ffff:1.2.3.4')!)).toBe('::ffff:1.2.3.4');
    expect(formatIpv6(parseIpv6('fe80::ff:fe00:a1')!)).toBe('fe80::ff:fe00:a1');
  });
  it('parseIpv6 rejects two double colons', () => {
    expect(parseIpv6('1::2::3')).toBeNull();
  });
  it('maskIp clears host bits for both families', () => {
    expect(maskIp(0x0a010203, 8)).toBe(0x0a000000);
    expect(maskIp(parseIpv6('2001:db8::1')!, 32)).toBe(parseIpv6('2001:db8::'));
  });
  it('prefixContains ignores host bits of the prefix', () => {
    expect(prefixContains(0x0a010203, 8, 0x0aff0000)).toBe(true);
    expect(prefixContains(0x0a010203, 8, 0x0b000000)).toBe(false);
  });
});
