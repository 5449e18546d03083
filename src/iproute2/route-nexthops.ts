/**
 * parse_one_nh() and parse_nexthops() of ip/iproute.c (6.1): the `nexthop via A dev D weight W
 * onlink realms R as [to] A` list that becomes RTA_MULTIPATH, with iproute2's errors (a bad
 * word ends the list: `"nexthop" or end of line is expected instead of "X"`).
 */
import { RTNH_F, type NexthopMessage, type RouteMessage } from '../engine/netlink';
import { ArgCursor } from './args';
import type { RouteCmdContext } from './route-context';
import { readFamily, rejectEncap } from './route-args';
import { getRtRealmsOrRaw } from './names';
import { fatal, getAddr, getUnsigned, invarg, matches, nodev } from './utils';

/** One nexthop being built, with its RTA_NEWDST (not part of NexthopMessage). */
type NexthopBuild = NexthopMessage & { newdst?: NexthopMessage['gateway'] };

/**
 * parse_one_nh(): reads the words after `nexthop` into `nh`. Returns false on nodev (C returns
 * -1, and parse_nexthops then prints "Error: cannot parse nexthop").
 */
function parseOneNh(ctx: RouteCmdContext, msg: RouteMessage, nh: NexthopBuild, a: ArgCursor): boolean {
  // while (++argv, --argc > 0)
  for (a.advance(); a.more; a.advance()) {
    const w = a.word;
    if (w === 'via') {
      a.next();
      let family = readFamily(a.word);
      if (family === 0) family = msg.family;
      else a.next();
      const addr = getAddr(ctx.out, a.word, family);
      if (msg.family === 0) msg.family = addr.family;
      if (addr.family === msg.family) nh.gateway = addr.addr;
      else nh.via = addr.addr;
    } else if (w === 'dev') {
      a.next();
      nh.ifindex = ctx.linkIndex(a.word);
      if (!nh.ifindex) {
        nodev(ctx.out, a.word);
        return false;
      }
    } else if (w === 'weight') {
      a.next();
      const wt = getUnsigned(a.word);
      if (wt === null || wt === 0 || wt > 256) invarg(ctx.out, '"weight" is invalid\n', a.word);
      nh.hops = wt - 1;
    } else if (w === 'onlink') {
      nh.flags |= RTNH_F.ONLINK;
    } else if (matches(w, 'realms')) {
      a.next();
      const realm = getRtRealmsOrRaw(ctx.names, a.word);
      if (realm === null) invarg(ctx.out, '"realm" value is invalid\n', a.word);
      nh.flow = realm;
    } else if (w === 'encap') {
      rejectEncap(ctx.out, a);
    } else if (w === 'as') {
      a.next();
      if (a.word === 'to') a.next();
      nh.newdst = getAddr(ctx.out, a.word, msg.family).addr;
    } else break;
  }
  return true;
}

/**
 * parse_nexthops(): `argv` starts at the first `nexthop`; fills msg.attrs.multipath. Exits 255
 * on the list errors, as iproute2 does.
 */
export function parseNexthops(ctx: RouteCmdContext, msg: RouteMessage, argv: string[]): void {
  const a = new ArgCursor(argv, ctx.out);
  const hops: NexthopMessage[] = [];
  while (a.more) {
    if (a.word !== 'nexthop')
      fatal(ctx.out, `Error: "nexthop" or end of line is expected instead of "${a.word}"\n`, 255);
    if (a.argc <= 1) fatal(ctx.out, 'Error: unexpected end of line after "nexthop"\n', 255);
    const nh: NexthopBuild = { flags: 0, hops: 0, ifindex: 0 };
    if (!parseOneNh(ctx, msg, nh, a)) fatal(ctx.out, 'Error: cannot parse nexthop\n', 255);
    const { newdst: _newdst, ...wire } = nh;
    hops.push(wire);
  }
  if (hops.length) msg.attrs.multipath = hops;
}
