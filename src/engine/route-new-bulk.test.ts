import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GatewayMemo } from './gateway-memo';
import type { Host } from './host';
import { addrNew, createHost, linkNew, linkSet, type LinkMessage } from './index';
import { RTN, RTPROT, SCOPE, TABLE } from './model';
import { NLM_F, type RouteMessage } from './netlink';
import { routeNewBulk4 } from './route-new-bulk';
import { routeNew } from './route-ops';
import { snapshotHost } from './snapshot';

const ADD = NLM_F.REQUEST | NLM_F.ACK | NLM_F.CREATE | NLM_F.EXCL;

/** lo, veth a0/a1 and b0/b1 up; 10.0.1.1/24 on a0 and 10.0.2.1/24 on b0. */
function host(): Host {
  const h = createHost();
  const m = (attrs: LinkMessage['attrs'], ifindex = 0, flags = 0): LinkMessage => ({ family: 0, type: 0, ifindex, flags, change: flags, attrs });
  linkNew(h, m({ ifname: 'a0', linkinfo: { kind: 'veth', peer: m({ ifname: 'a1' }) } }), NLM_F.CREATE);
  linkNew(h, m({ ifname: 'b0', linkinfo: { kind: 'veth', peer: m({ ifname: 'b1' }) } }), NLM_F.CREATE);
  for (const l of [...h.links.values()]) linkSet(h, m({}, l.ifindex, 1));
  const add = (dev: string, local: number) =>
    addrNew(h, { family: 2, prefixLen: 24, flags: 2, scope: 0, ifindex: h.linkByName(dev)!.ifindex, attrs: { local, address: local } }, NLM_F.CREATE | NLM_F.EXCL);
  add('a0', 0x0a000101);
  add('b0', 0x0a000201);
  return h;
}

/** The request ip sends for `ip route add DST/LEN via GW [dev] [metric] [table T] [proto P]`. */
function request(
  dst: number,
  dstLen: number,
  gateway: number,
  oif: number,
  priority: number,
  table: number = TABLE.MAIN,
  protocol: number = RTPROT.BOOT,
): RouteMessage {
  // Gateway 0: a device route (scope link), which may hide a checked gateway behind another device.
  const attrs: RouteMessage['attrs'] = gateway ? { dst, gateway } : { dst };
  if (priority >= 0) attrs.priority = priority;
  if (oif) attrs.oif = oif;
  if (table >= 256) attrs.table = table;
  return {
    family: 2, dstLen, srcLen: 0, tos: 0, table: table < 256 ? table : TABLE.UNSPEC, protocol,
    scope: gateway ? SCOPE.UNIVERSE : SCOPE.LINK, type: RTN.UNICAST, flags: 0, attrs,
  };
}

const GW1 = 0x0a0001fe;
const GW2 = 0x0a0002fe;

describe('routeNewBulk4', () => {
  it('changes the host exactly as routeNew, whenever it takes the add (property)', () => {
    let taken = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 0xffffffff }),
            fc.constantFrom(8, 16, 24, 24, 24, 32, 32, 32, 24, 24, 24, 0),
            fc.constantFrom(GW1, GW2, GW1, GW2, 0x0a0003fe, 0),
            fc.constantFrom(0, 0, 0, 3, 4),
            fc.constantFrom(-1, -1, 0, 7),
            fc.constantFrom(ADD, ADD, NLM_F.REQUEST | NLM_F.CREATE | NLM_F.REPLACE, NLM_F.REQUEST | NLM_F.REPLACE, NLM_F.REQUEST | NLM_F.CREATE | NLM_F.APPEND),
            fc.constantFrom(TABLE.MAIN, TABLE.MAIN, 100, 1000),
            fc.constantFrom(RTPROT.BOOT, RTPROT.BOOT, RTPROT.STATIC, 186),
          ),
          { minLength: 5, maxLength: 30 },
        ),
        (adds) => {
          const fast = host();
          const general = host();
          const memo = new GatewayMemo();
          for (const [rnd, len, gw, oif, prio, flags, table, proto] of adds) {
            // Mostly proper prefixes, sometimes host bits set, sometimes a prefix holding a gateway.
            const base = rnd % 8 === 1 ? GW1 : rnd % 8 === 2 ? GW2 : rnd;
            const dst = rnd % 8 === 0 ? rnd >>> 0 : len === 0 ? 0 : (base & (0xffffffff << (32 - len))) >>> 0;
            const want = routeNew(general, request(dst, len, gw, oif, prio, table, proto), flags);
            if (routeNewBulk4(fast, dst, len, gw, oif, prio, flags, memo, table, proto)) {
              taken++;
              expect(want.ok).toBe(true);
            } else routeNew(fast, request(dst, len, gw, oif, prio, table, proto), flags, memo);
          }
          expect(snapshotHost(fast)).toEqual(snapshotHost(general));
        },
      ),
      { numRuns: 400 },
    );
    expect(taken).toBeGreaterThan(100);
  });

  it('leaves to routeNew what it cannot know', () => {
    const h = host();
    const memo = new GatewayMemo();
    expect(routeNewBulk4(h, 0x01000000, 8, GW1, 0, -1, ADD, memo)).toBe(false); // gateway not checked yet
    expect(routeNew(h, request(0x01000000, 8, GW1, 0, -1), ADD, memo).ok).toBe(true);
    expect(routeNewBulk4(h, 0x02000000, 8, GW1, 0, -1, ADD, memo)).toBe(true);
    expect(routeNewBulk4(h, 0x02000000, 8, GW1, 0, 5, ADD, memo)).toBe(false); // prefix has a route
    expect(routeNewBulk4(h, 0x03000001, 8, GW1, 0, -1, ADD, memo)).toBe(false); // host bits
    expect(routeNewBulk4(h, 0x03000000, 8, 0, 0, -1, ADD, memo)).toBe(false); // no gateway
    expect(routeNewBulk4(h, 0x03000000, 8, GW1, 0, -1, NLM_F.REQUEST | NLM_F.REPLACE, memo)).toBe(false); // change
  });
});
