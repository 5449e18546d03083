import { describe, expect, it } from 'vitest';
import { tokenizeLine } from './highlight';

describe('tokenizeLine', () => {
  it('gives the line back when the tokens are joined', () => {
    for (const l of [
      'ip rule add fwmark 1 table mail.out',
      '  # comment',
      'ip -6 route add ::/1 dev wg0 # split',
      '',
      'sysctl -w a.b=1',
    ]) {
      expect(
        tokenizeLine(l)
          .map((t) => t.text)
          .join(''),
      ).toBe(l);
    }
  });

  it('classifies command, object, verb, keywords and values', () => {
    const kinds = tokenizeLine('ip rule add fwmark 0x1 table 7')
      .filter((t) => t.kind !== 'space')
      .map((t) => t.kind);
    expect(kinds).toEqual(['command', 'object', 'verb', 'keyword', 'value', 'keyword', 'value']);
    expect(tokenizeLine('# ip rule').map((t) => t.kind)).toEqual(['comment']);
  });
});
