import { describe, expect, it } from 'vitest';
import { insertCommands, looksOnly } from './insert-point';

describe('insertCommands', () => {
  it('puts commands before the trailing probes, shows and comments', () => {
    const script = 'ip rule add fwmark 1 table 7\nip rule show\n# probes\nip route get 1.2.3.4\n';
    expect(insertCommands(script, ['ip rule del pref 32767'])).toEqual({
      text: 'ip rule add fwmark 1 table 7\nip rule del pref 32767\nip rule show\n# probes\nip route get 1.2.3.4\n',
      first: 2,
    });
  });

  it('appends to a script that ends with a change, and to an empty one', () => {
    expect(insertCommands('ip link add x type dummy', ['ip link set x up']).text).toBe(
      'ip link add x type dummy\nip link set x up\n',
    );
    expect(insertCommands('', ['ip rule show'])).toEqual({ text: 'ip rule show\n', first: 1 });
  });
});

describe('looksOnly', () => {
  it('knows which lines only look', () => {
    expect(
      ['ip -6 rule show', 'ip route ls table all', 'ip r g 1.2.3.4', '', '# x', 'ip rule'].every(looksOnly),
    ).toBe(true);
    expect(
      ['ip rule add table 5', 'sysctl -w a=1', 'echo 1 x >> /etc/iproute2/rt_tables'].some(looksOnly),
    ).toBe(false);
  });
});
