import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineMultiset, lineHash } from './line-multiset';

/** Takes `takes` from a multiset of `lines[from..]` with `hash`, and from a Map count; both answers. */
function both(lines: string[], from: number, takes: string[], hash: (s: string) => number) {
  const set = new LineMultiset((i) => lines[i], from, lines.length, hash);
  const count = new Map<string, number>();
  for (const l of lines.slice(from)) count.set(l, (count.get(l) ?? 0) + 1);
  const got: boolean[] = [];
  const want: boolean[] = [];
  for (const t of takes) {
    got.push(set.take(t));
    const n = count.get(t) ?? 0;
    if (n > 0) count.set(t, n - 1);
    want.push(n > 0);
  }
  return { got, want };
}

describe('LineMultiset', () => {
  const word = fc.constantFrom('a', 'b', 'ab', 'ba', '', '10.0.0.0/8 via 10.0.1.2', 'x y');

  it('counts lines as a Map of counts does', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.nat(),
        fc.array(word, { maxLength: 60 }),
        (lines, f, takes) => {
          const { got, want } = both(lines, f % (lines.length + 1), takes, lineHash);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('tells lines apart when every hash collides', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 40 }), (lines, takes) => {
        const { got, want } = both(lines, 0, takes, () => 7);
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('hashes with FNV-1a', () => {
    expect(lineHash('') >>> 0).toBe(0x811c9dc5);
    expect(lineHash('a') >>> 0).toBe(0xe40c292c);
  });
});
