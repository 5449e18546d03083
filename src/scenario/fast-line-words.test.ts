import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineWords, plainName, QuadCache, quad, u32 } from './fast-line-words';

const whole = (f: (s: string, a: number, b: number) => number | boolean, s: string) => f(s, 0, s.length);

describe('fast line words', () => {
  it('reads four-part dotted quads only', () => {
    expect(whole(quad, '10.0.1.254')).toBe(0x0a0001fe);
    expect(whole(quad, '255.255.255.255')).toBe(0xffffffff);
    expect(whole(quad, '0.0.0.0')).toBe(0);
    for (const s of ['010.0.0.1', '10.0.1', '1.2.3.4.5', '256.0.0.1', '1..2.3', '1.2.3.', 'a.b.c.d', '', '1.2.3.0001'])
      expect(whole(quad, s), s).toBe(-1);
  });
  it('reads plain u32 decimals only', () => {
    expect(whole(u32, '0')).toBe(0);
    expect(whole(u32, '4294967295')).toBe(4294967295);
    for (const s of ['4294967296', '010', '0x10', '-1', '', '12a']) expect(whole(u32, s), s).toBe(-1);
  });
  it('accepts device names without shell meaning', () => {
    expect(whole(plainName, 'eth0.100')).toBe(true);
    expect(whole(plainName, 'br-lan_2')).toBe(true);
    for (const s of ['a*', '~x', 'a$b', 'x?']) expect(whole(plainName, s), s).toBe(false);
  });
  it('QuadCache reads what quad reads, from the cache or not (property)', () => {
    const text = fc.oneof(
      fc.constantFrom('10.0.1.254', '10.0.2.254', '10.0.1.25', '10.0.1.2544', '010.0.1.254', '1.2.3', '255.255.255.255', 'x'),
      fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2 })).map(([a, b]) => `10.0.${b}.${a}`),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.string({ maxLength: 3 })), { maxLength: 40 }), (reads) => {
        const cache = new QuadCache();
        for (const [t, pad] of reads) {
          // The quad sits inside a longer text, as in a script.
          const s = `${pad}${t} ${pad}`;
          expect(cache.read(s, pad.length, pad.length + t.length)).toBe(quad(s, pad.length, pad.length + t.length));
        }
      }),
    );
  });

  it('walks words separated by single spaces and stops at any other gap', () => {
    const w = new LineWords().reset('ip route add 1.2.3.0/24 via 10.0.1.254', 9);
    const words: string[] = [];
    while (w.next()) words.push(w.word());
    expect(words).toEqual(['add', '1.2.3.0/24', 'via', '10.0.1.254']);
    expect(w.last).toBe(true);
    const gap = new LineWords().reset('ip route add  1.2.3.0/24', 9);
    expect(gap.next() && gap.is('add')).toBe(true);
    expect(gap.next()).toBe(false);
    const trailing = new LineWords().reset('ip route get 1.2.3.4 ', 9);
    expect(trailing.next() && trailing.next()).toBe(true);
    expect(trailing.last).toBe(false);
    expect(trailing.next()).toBe(false);
  });
});
