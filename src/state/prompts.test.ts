import { describe, expect, it } from 'vitest';
import { promptCommand, stripPrompts } from './prompts';

describe('stripPrompts', () => {
  it('strips LARTC-style # prompts and turns output lines into comments', () => {
    const pasted =
      '# echo 201 mail.out >> /etc/iproute2/rt_tables\n# ip rule add fwmark 1 table mail.out\n# ip rule ls\n0:\tfrom all lookup local\n';
    expect(stripPrompts(pasted)).toBe(
      'echo 201 mail.out >> /etc/iproute2/rt_tables\nip rule add fwmark 1 table mail.out\nip rule ls\n# 0:\tfrom all lookup local\n',
    );
  });

  it('strips $ prompts, user@host prompts and /sbin/ paths', () => {
    expect(stripPrompts('$ ip route show\nroot@box:~# /sbin/ip route add default via 10.0.0.1\n')).toBe(
      'ip route show\nip route add default via 10.0.0.1\n',
    );
  });

  it('leaves a script without prompts alone, comments included', () => {
    const script = '# a comment\nip rule show\n';
    expect(stripPrompts(script)).toBe(script);
  });
});

describe('promptCommand', () => {
  it('does not take a comment for a prompt', () => {
    expect(promptCommand('# the mail table')).toBeNull();
    expect(promptCommand('$ anything')).toBe('anything');
  });
});
