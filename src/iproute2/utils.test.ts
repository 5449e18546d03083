import { describe, expect, it } from 'vitest';
import { CommandExit, CommandOutput } from './context';
import { strtoul } from './strtoul';
import { getAddr1, getInteger, getPrefix, getPrefix1, getU16, getU32, getU8, invarg, matches } from './utils';

describe('strtoul', () => {
  // Expected values come from glibc on the reference machine (value, end offset, ERANGE).
  const cases: [string, bigint, number, boolean][] = [
    ['0x', 0n, 1, false],
    ['0x1g', 1n, 3, false],
    ['-1', 18446744073709551615n, 2, false],
    [' 12', 12n, 3, false],
    ['18446744073709551616', 18446744073709551615n, 20, true],
    ['-18446744073709551615', 1n, 21, false],
    ['010', 8n, 3, false],
    ['09', 0n, 1, false],
    ['+5', 5n, 2, false],
    ['0X1f', 31n, 4, false],
    ['-', 0n, 0, false],
  ];
  for (const [s, value, end, erange] of cases) {
    it(`strtoul(${JSON.stringify(s)}, 0) matches glibc`, () => {
      expect(strtoul(s, 0)).toEqual({ value, end, erange });
    });
  }
});

describe('get_u32 and friends', () => {
  it('get_u32 reads decimal, hex and octal', () => {
    expect(getU32('100')).toBe(100);
    expect(getU32('0x10')).toBe(16);
    expect(getU32('010')).toBe(8);
    expect(getU32('4294967295')).toBe(4294967295);
  });
  it('get_u32 rejects overflow, trailing garbage, empty strings and negatives', () => {
    expect(getU32('4294967296')).toBeNull();
    expect(getU32('12a')).toBeNull();
    expect(getU32('')).toBeNull();
    expect(getU32('-1')).toBeNull();
    expect(getU32('09')).toBeNull();
  });
  it('get_u32 accepts what strtoul accepts: leading blanks, a sign, -0', () => {
    expect(getU32(' 0x20')).toBe(32);
    expect(getU32('-0')).toBe(0);
    expect(getU32('+7')).toBe(7);
  });
  it('get_u16 and get_u8 check their ranges', () => {
    expect(getU16('65535')).toBe(65535);
    expect(getU16('65536')).toBeNull();
    expect(getU8('0xff')).toBe(255);
    expect(getU8('256')).toBeNull();
  });
  it('get_integer takes negative numbers inside the int range', () => {
    expect(getInteger('-1')).toBe(-1);
    expect(getInteger('2147483648')).toBeNull();
  });
});

describe('matches', () => {
  it('matches accepts any non-empty prefix and nothing else', () => {
    expect(matches('pref', 'preference')).toBe(true);
    expect(matches('preference', 'preference')).toBe(true);
    expect(matches('', 'preference')).toBe(false);
    expect(matches('preferences', 'preference')).toBe(false);
  });
});

describe('addresses and prefixes', () => {
  it('get_prefix_1 fills missing IPv4 parts with zeros on the right', () => {
    expect(getPrefix1('10.8', 0)).toMatchObject({ family: 2, addr: 0x0a080000, bitlen: 32, bytelen: 4 });
  });
  it('get_prefix_1 reads each IPv4 part with strtoul base 0', () => {
    expect(getPrefix1('010.0x10.0.1', 0)).toMatchObject({ addr: 0x08100001 });
  });
  it('get_prefix_1 takes dotted and numeric netmasks', () => {
    expect(getPrefix1('1.2.3.4/255.255.0.0', 0)).toMatchObject({ bitlen: 16 });
    expect(getPrefix1('1.2.3.4/0x10', 0)).toMatchObject({ bitlen: 16 });
    expect(getPrefix1('1.2.3.4/33', 0)).toBeNull();
    expect(getPrefix1('1.2.3.4/', 0)).toBeNull();
  });
  it('default, all and any are zero-length prefixes; only default has address bytes', () => {
    expect(getPrefix1('default', 2)).toMatchObject({ bytelen: 4, bitlen: 0 });
    expect(getPrefix1('all', 2)).toMatchObject({ bytelen: 0, bitlen: 0 });
    expect(getPrefix1('default/8', 0)).toBeNull();
  });
  it('IPv6 goes through inet_pton and respects the family', () => {
    expect(getPrefix1('2001:db8::/32', 0)).toMatchObject({ family: 10, bitlen: 32 });
    expect(getAddr1('2001:db8::1', 2)).toBeNull();
    expect(getAddr1('10.0.0.1', 10)).toBeNull();
  });
  it('get_prefix prints the iproute2 error and exits 1', () => {
    const out = new CommandOutput();
    expect(() => getPrefix(out, '10.0.0.300', 0)).toThrow(CommandExit);
    expect(out.stderr).toBe('Error: any valid prefix is expected rather than "10.0.0.300".\n');
    expect(out.status).toBe(1);
    const out4 = new CommandOutput();
    expect(() => getPrefix(out4, '10.0.0.300', 2)).toThrow(CommandExit);
    expect(out4.stderr).toBe('Error: inet prefix is expected rather than "10.0.0.300".\n');
  });
  it('invarg prints the argument and message and exits 255', () => {
    const out = new CommandOutput();
    expect(() => invarg(out, 'invalid table ID\n', 'foo')).toThrow(CommandExit);
    expect(out.stderr).toBe('Error: argument "foo" is wrong: invalid table ID\n\n');
    expect(out.status).toBe(255);
  });
});
