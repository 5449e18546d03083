import { describe, expect, it } from 'vitest';
import { FlowMemo } from './flow-memo';
import { packet } from './test-packets';

describe('FlowMemo', () => {
  it('gives different keys to flows whose queries differ, equal keys to the same flow', () => {
    const m = new FlowMemo<number>();
    const k = (over: Parameters<typeof packet>[0], dir: 'input' | 'output' = 'input', link = 'lan0') =>
      m.key(packet(over), dir, link, undefined);
    const base = k({});
    expect(k({})).toBe(base);
    const others = [
      k({}, 'output'),
      k({}, 'input', 'wan0'),
      k({ proto: 6 }),
      k({ sport: 40001 }),
      k({ dport: 54 }),
      k({ tos: 0x28 }),
      k({ sport: undefined, dport: undefined }),
      k({ sport: 0, dport: 0 }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
    // ECN bits never route: they do not split a flow.
    expect(k({ tos: 0x01 })).toBe(base);
    expect(others.every((x) => Number.isSafeInteger(x) && x >= 0)).toBe(true);
  });
  it('does not pack flows with a uid or without a protocol', () => {
    const m = new FlowMemo<number>();
    expect(m.key(packet(), 'output', 'wan0', 1234)).toBe(-1);
    expect(m.key(packet({ proto: undefined }), 'input', 'lan0', undefined)).toBe(-1);
  });
  it('finds an entry by flow and mark, and by query text', () => {
    const m = new FlowMemo<number>();
    const p = packet();
    const key = m.key(p, 'input', 'lan0', undefined);
    m.set(p, 0, key, { query: 'q', value: 7 });
    expect(m.get(p, 0, key)).toEqual({ query: 'q', value: 7 });
    expect(m.get(p, 1, key)).toBeUndefined();
    expect(m.get(packet({ src: '10.9.0.8' }), 0, key)).toBeUndefined();
    expect(m.getQuery('q')?.value).toBe(7);
  });
});
