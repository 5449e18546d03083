import { describe, expect, it } from 'vitest';
import { sprintf } from './sprintf';

describe('sprintf', () => {
  it('formats unsigned, signed and 64-bit numbers', () => {
    expect(sprintf('%u:\t', 32766)).toBe('32766:\t');
    expect(sprintf(' suppress_prefixlength %d', -1)).toBe(' suppress_prefixlength -1');
    expect(sprintf(' tun_id %llu', 18446744073709551615n)).toBe(' tun_id 18446744073709551615');
  });
  it('prints %#x without a 0x prefix for zero, as C does', () => {
    expect(sprintf(' fwmark %#llx', 0x10)).toBe(' fwmark 0x10');
    expect(sprintf(' fwmark %#llx', 0)).toBe(' fwmark 0');
  });
  it('pads with zeros or blanks to the width', () => {
    expect(sprintf('0x%02x', 4)).toBe('0x04');
    expect(sprintf('%5s|%-3s|', 'ab', 'c')).toBe('   ab|c  |');
  });
  it('keeps %% and text around conversions', () => {
    expect(sprintf('100%% %s', 'done')).toBe('100% done');
  });
});
