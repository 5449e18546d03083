import { describe, expect, it } from 'vitest';
import { createHost } from './index';
import { RTN, RTPROT, SCOPE, TABLE, type Route } from './model';
import { emptyRule } from './default-rules';
import { canonicalValue, snapshotHost } from './snapshot';

function route(dst: number, dstLen: number, priority: number, dev = 1): Route {
  return {
    family: 4,
    table: 100,
    dst,
    dstLen,
    tos: 0,
    type: RTN.UNICAST,
    protocol: RTPROT.BOOT,
    scope: SCOPE.LINK,
    priority,
    nexthops: [{ dev, weight: 1, onlink: false }],
    multipath: false,
    metrics: [],
    seq: 0,
  };
}

describe('snapshotHost', () => {
  it('gives the same text for two fresh hosts', () => {
    expect(snapshotHost(createHost())).toBe(snapshotHost(createHost()));
  });

  it('is deterministic: snapshotting twice gives the same text', () => {
    const h = createHost();
    h.table(4, 100, true).insertAt(route(0x0a000000, 8, 5), 0);
    expect(snapshotHost(h)).toBe(snapshotHost(h));
  });

  it('lists the links, default rules, tables and sysctls of a fresh host', () => {
    const text = snapshotHost(createHost());
    expect(text).toMatch(/^link 1 \{.*"lo".*\}$/m);
    expect(text).toMatch(/^rule 4 \{.*pref:32767.*\}$/m);
    expect(text).toMatch(/^table 4 255 \(0 routes\)$/m);
    expect(text).toMatch(/^table 6 254 \(0 routes\)$/m);
    expect(text).toMatch(/^sysctl net\.ipv4\.conf\.lo\.rp_filter = 0$/m);
    expect(text).toMatch(/^field customRules4 false$/m);
  });

  it('changes when a link comes up', () => {
    const h = createHost();
    const before = snapshotHost(h);
    (h.link(1) as { up: boolean }).up = true;
    expect(snapshotHost(h)).not.toBe(before);
  });

  it('changes when an empty table is created', () => {
    const h = createHost();
    const before = snapshotHost(h);
    h.table(4, 100, true);
    expect(snapshotHost(h)).not.toBe(before);
    expect(snapshotHost(h)).toMatch(/^table 4 100 \(0 routes\)$/m);
  });

  it('changes when a route is added and prints its address readably', () => {
    const h = createHost();
    const before = snapshotHost(h);
    h.table(4, 100, true).insertAt(route(0x0a000000, 8, 5), 0);
    const after = snapshotHost(h);
    expect(after).not.toBe(before);
    expect(after).toMatch(/^ {2}route \{.*dst:10\.0\.0\.0,dstLen:8.*\}$/m);
  });

  it('keeps the order of routes of one prefix', () => {
    const a = createHost();
    const b = createHost();
    a.table(4, 100, true).insertAt(route(0x0a000000, 8, 5), 0);
    a.table(4, 100, true).insertAt(route(0x0a000000, 8, 5, 2), 1);
    b.table(4, 100, true).insertAt(route(0x0a000000, 8, 5, 2), 0);
    b.table(4, 100, true).insertAt(route(0x0a000000, 8, 5), 1);
    expect(snapshotHost(a)).not.toBe(snapshotHost(b));
  });

  it('keeps the order of rules', () => {
    const a = createHost();
    const b = createHost();
    const r1 = { ...emptyRule(4), pref: 100, table: 101 };
    const r2 = { ...emptyRule(4), pref: 100, table: 102 };
    a.rules[4].splice(1, 0, r1, r2);
    b.rules[4].splice(1, 0, r2, r1);
    expect(snapshotHost(a)).not.toBe(snapshotHost(b));
  });

  it('changes when a rule selector changes', () => {
    const h = createHost();
    const before = snapshotHost(h);
    h.rules[6][1].mark = 7;
    expect(snapshotHost(h)).not.toBe(before);
  });

  it('changes when a sysctl is written', () => {
    const h = createHost();
    const before = snapshotHost(h);
    expect(h.sysctl.set('net.ipv4.conf.all.rp_filter', 2).ok).toBe(true);
    expect(snapshotHost(h)).not.toBe(before);
  });

  it('changes when the custom-rules flag is set', () => {
    const h = createHost();
    const before = snapshotHost(h);
    h.customRules4 = true;
    expect(snapshotHost(h)).not.toBe(before);
  });

  it('changes when an address is added or the next ifindex moves', () => {
    const h = createHost();
    const before = snapshotHost(h);
    h.nextIfindex++;
    expect(snapshotHost(h)).not.toBe(before);
    const h2 = createHost();
    h2.addrs.push({
      family: 6,
      ifindex: 1,
      local: 1n,
      prefixLen: 128,
      scope: SCOPE.HOST,
      secondary: false,
      nodad: false,
      noprefixroute: false,
      metric: 0,
    });
    expect(snapshotHost(h2)).not.toBe(before);
    expect(snapshotHost(h2)).toMatch(/^addr \{.*local:::1,.*\}$/m);
  });

  it('ignores creation stamps', () => {
    const h = createHost();
    const before = snapshotHost(h);
    h.nextSeq();
    h.rules[4][0].seq = 12345;
    expect(snapshotHost(h)).toBe(before);
  });

  it('includes fields added to Host later', () => {
    const h = createHost();
    const before = snapshotHost(h);
    (h as unknown as Record<string, unknown>).neighbours = new Map([[1, { state: 'reachable' }]]);
    expect(snapshotHost(h)).not.toBe(before);
    expect(snapshotHost(h)).toContain('field neighbours Map{1=>{state:"reachable"}}');
  });

  it('does not tell an absent table from a table main lookup rule', () => {
    // Sanity: tables are keyed by id, so table 100 in IPv4 and IPv6 are different lines.
    const h = createHost();
    h.table(6, 100, true);
    expect(snapshotHost(h)).toMatch(/^table 6 100 \(0 routes\)$/m);
    expect(snapshotHost(h)).not.toMatch(/^table 4 100 /m);
    void TABLE;
  });
});

describe('canonicalValue', () => {
  it('sorts object keys and leaves out undefined values', () => {
    expect(canonicalValue({ b: 1, a: undefined, c: 'x' })).toBe('{b:1,c:"x"}');
    expect(canonicalValue({ c: 'x', b: 1 })).toBe('{b:1,c:"x"}');
  });

  it('marks bigints and keeps array, Map and Set order', () => {
    expect(canonicalValue([3n, 1])).toBe('[3n,1]');
    expect(
      canonicalValue(
        new Map([
          [2, 'b'],
          [1, 'a'],
        ]),
      ),
    ).toBe('Map{2=>"b",1=>"a"}');
    expect(canonicalValue(new Set(['y', 'x']))).toBe('Set{"y","x"}');
  });

  it('cuts cycles instead of recursing forever', () => {
    const o: Record<string, unknown> = { a: 1 };
    o.self = o;
    expect(canonicalValue(o)).toBe('{a:1,self:[cycle]}');
  });
});
