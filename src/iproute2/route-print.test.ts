import { describe, expect, it } from 'vitest';
import { defaultIpOptions } from './ip-main';
import { formatRouteMessage } from './route-print';
import { formatG } from './route-print-parts';
import { referenceSession, routeMessageFromPlain } from './route-test-kit';

// Kernel answers recorded with strace (see route-corpus.test.ts); expected texts are ip's output.
const GET_ANSWER = routeMessageFromPlain({
  family: 2,
  dstLen: 32,
  srcLen: 0,
  tos: 0,
  table: 100,
  protocol: 0,
  scope: 0,
  type: 1,
  flags: 512,
  attrs: {
    table: 100,
    dst: '8.8.8.8',
    oif: 5,
    prefsrc: '10.0.2.1',
    gateway: '10.0.2.254',
    mark: 19,
    uid: 0,
    cacheinfo: { clntref: 2, lastuse: 0, expires: 0, error: 0, used: 0, id: 0, ts: 0, tsage: 0 },
  },
});
const BROADCAST_ANSWER = routeMessageFromPlain({
  family: 2,
  dstLen: 32,
  srcLen: 0,
  tos: 0,
  table: 255,
  protocol: 0,
  scope: 0,
  type: 3,
  flags: 2415919616,
  attrs: {
    table: 255,
    dst: '10.0.1.255',
    oif: 3,
    prefsrc: '10.0.1.1',
    uid: 0,
    cacheinfo: { clntref: 2, lastuse: 0, expires: 0, error: 0, used: 0, id: 0, ts: 0, tsage: 0 },
  },
});
const LOCAL_ROUTE = routeMessageFromPlain({
  family: 2,
  dstLen: 32,
  srcLen: 0,
  tos: 0,
  table: 255,
  protocol: 2,
  scope: 254,
  type: 2,
  flags: 0,
  attrs: { table: 255, dst: '10.0.1.1', oif: 3, prefsrc: '10.0.1.1' },
});
const IPV6_ROUTE = routeMessageFromPlain({
  family: 10,
  dstLen: 48,
  srcLen: 0,
  tos: 0,
  table: 254,
  protocol: 3,
  scope: 0,
  type: 1,
  flags: 0,
  attrs: {
    table: 254,
    dst: '2001:4860::',
    priority: 10,
    gateway: '2001:db8:1::254',
    oif: 3,
    pref: 1,
    cacheinfo: { clntref: 0, lastuse: 0, expires: 0, error: 0, used: 0, id: 0, ts: 0, tsage: 0 },
  },
});

describe('formatRouteMessage', () => {
  it('prints an ip route get answer with its table, mark and cache line', () => {
    expect(formatRouteMessage(referenceSession(), defaultIpOptions(), GET_ANSWER, 'get')).toBe(
      '8.8.8.8 via 10.0.2.254 dev b0 table 100 src 10.0.2.1 mark 0x13 uid 0 \n    cache \n',
    );
  });

  it('prints the RTCF flags of a cached broadcast answer', () => {
    expect(formatRouteMessage(referenceSession(), defaultIpOptions(), BROADCAST_ANSWER, 'get')).toBe(
      'broadcast 10.0.1.255 dev a0 table local src 10.0.1.1 uid 0 \n    cache <local,brd> \n',
    );
  });

  it('omits the table word for a single-table listing and prints it for table all', () => {
    const s = referenceSession();
    expect(formatRouteMessage(s, defaultIpOptions(), LOCAL_ROUTE, 'show')).toBe(
      'local 10.0.1.1 dev a0 proto kernel scope host src 10.0.1.1 \n',
    );
    expect(formatRouteMessage(s, defaultIpOptions(), LOCAL_ROUTE, 'show-all')).toBe(
      'local 10.0.1.1 dev a0 table local proto kernel scope host src 10.0.1.1 \n',
    );
  });

  it('ends IPv6 lines with the router preference and no space', () => {
    expect(formatRouteMessage(referenceSession(), defaultIpOptions(), IPV6_ROUTE, 'show')).toBe(
      '2001:4860::/48 via 2001:db8:1::254 dev a0 metric 10 pref high\n',
    );
  });

  it('returns the bare JSON object with -j', () => {
    const opts = { ...defaultIpOptions(), json: true };
    expect(formatRouteMessage(referenceSession(), opts, BROADCAST_ANSWER, 'get')).toBe(
      '{"type":"broadcast","dst":"10.0.1.255","dev":"a0","table":"local","prefsrc":"10.0.1.1","flags":[],"uid":0,"cache":["local","brd"]}',
    );
  });

  it('ignores -4/-6, which only filter listings', () => {
    const opts = { ...defaultIpOptions(), family: 4 as const, afFamily: 2 };
    expect(formatRouteMessage(referenceSession(), opts, IPV6_ROUTE, 'get')).toContain('pref high');
  });
});

describe('formatG', () => {
  it('prints like printf %g: six significant digits without trailing zeros', () => {
    expect(formatG(1.5)).toBe('1.5');
    expect(formatG(2)).toBe('2');
    expect(formatG(1234.567)).toBe('1234.57');
    expect(formatG(1234567)).toBe('1.23457e+06');
    expect(formatG(0.00001)).toBe('1e-05');
  });
});
