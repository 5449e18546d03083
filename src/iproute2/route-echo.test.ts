import { describe, expect, it } from 'vitest';
import { CommandOutput } from './context';
import { defaultIpOptions } from './ip-main';
import { RouteCmdContext } from './route-context';
import { printRouteEcho } from './route-echo';
import { resetRouteFilter } from './route-filter';
import { referenceSession, routeMessageFromPlain } from './route-test-kit';

// The kernel's dump entry for `ip route add 10.123.0.0/16 dev a0` (recorded with strace).
const ADDED = routeMessageFromPlain({
  family: 2,
  dstLen: 16,
  srcLen: 0,
  tos: 0,
  table: 254,
  protocol: 3,
  scope: 253,
  type: 1,
  flags: 0,
  attrs: { table: 254, dst: '10.123.0.0', oif: 3 },
});
const OTHER = routeMessageFromPlain({
  family: 2,
  dstLen: 24,
  srcLen: 0,
  tos: 0,
  table: 254,
  protocol: 2,
  scope: 253,
  type: 1,
  flags: 0,
  attrs: { table: 254, dst: '10.0.1.0', oif: 3, prefsrc: '10.0.1.1' },
});

function echo(json: boolean, del: boolean): string {
  const out = new CommandOutput();
  const ctx = new RouteCmdContext(referenceSession(), { ...defaultIpOptions(), json }, out);
  ctx.filter = resetRouteFilter();
  const before = del ? [OTHER, ADDED] : [OTHER];
  const after = del ? [OTHER] : [OTHER, ADDED];
  printRouteEcho(ctx, before, after, del);
  return out.stdout;
}

// Expected texts: `ip -echo [-j] route add|del 10.123.0.0/16 dev a0` on Linux 6.18, iproute2 6.1.
describe('ip -echo route', () => {
  it('prints the added route as the kernel notifies it', () => {
    expect(echo(false, false)).toBe('10.123.0.0/16 dev a0 scope link \n');
  });

  it('prefixes a deleted route with Deleted', () => {
    expect(echo(false, true)).toBe('Deleted 10.123.0.0/16 dev a0 scope link \n');
  });

  it('nests the JSON object once more, as rtnl_echo_talk does', () => {
    expect(echo(true, false)).toBe('[{{"dst":"10.123.0.0/16","dev":"a0","scope":"link","flags":[]}}]\n');
  });
});
