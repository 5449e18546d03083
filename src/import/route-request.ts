/**
 * The RTM_NEWROUTE request of the plain IPv4 routes that make up nearly all of a big dump
 * (`PREFIX [via ADDR] [dev NAME] [table T] [proto P] [metric N] [scope S] [src ADDR]`), built
 * straight from the words with the helpers parseRouteModify (iproute_modify) uses, without its
 * chain of keyword tests. Anything else, and anything it would refuse, gives null: the caller
 * then runs the route through the command's own parser, which words the error as ip does.
 */
import { AF_INET } from '../engine/ip';
import { SCOPE } from '../engine/model';
import type { RouteAttrs, RouteMessage } from '../engine/netlink';
import { getAddr1, getPrefix1 } from '../iproute2/inet-prefix';
import type { RouteCmdContext } from '../iproute2/route-context';
import { readFamily } from '../iproute2/route-args';
import { routeModifyRequest, setRequestTable } from '../iproute2/route-modify';
import { getU32 } from '../iproute2/utils';

/** The keywords read here (each takes one value and is allowed once), as bits. */
const KEYWORD_BIT: Readonly<Record<string, number>> = {
  via: 1,
  dev: 2,
  table: 4,
  proto: 8,
  metric: 16,
  scope: 32,
  src: 64,
};

/**
 * What parseRouteModify(ctx, false, words) returns for `words` (an `ip route add|append`
 * request) when `words` are of the plain shape and valid, built the same way (same fields, same
 * attribute order); null otherwise. `ctx` must be an IPv4 (`ip -4`) context.
 */
export function plainRouteRequest(ctx: RouteCmdContext, words: readonly string[]): RouteMessage | null {
  if (ctx.family !== AF_INET || words.length === 0) return null;
  const attrs: RouteAttrs = {};
  const msg = routeModifyRequest(AF_INET, false, attrs);
  // The destination: a word starting with a digit (setDst of iproute_modify).
  const first = words[0].charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return null;
  const dst = getPrefix1(words[0], AF_INET);
  if (!dst || dst.family !== AF_INET) return null;
  msg.dstLen = dst.bitlen;
  if (dst.bytelen) attrs.dst = dst.addr;
  let seen = 0;
  let dev: string | undefined;
  let gateway = false;
  let scopeGiven = false;
  for (let i = 1; i < words.length; i += 2) {
    const w = words[i];
    const v = words[i + 1];
    const bit = Object.hasOwn(KEYWORD_BIT, w) ? KEYWORD_BIT[w] : 0;
    if (v === undefined || bit === 0 || (seen & bit) !== 0) return null;
    seen |= bit;
    if (w === 'via' || w === 'src') {
      // `via inet 1.2.3.4` names the family first: left to the command's parser.
      if (w === 'via' && readFamily(v) !== 0) return null;
      const addr = getAddr1(v, AF_INET);
      if (!addr || addr.family !== AF_INET) return null;
      if (w === 'src') attrs.prefsrc = addr.addr;
      else {
        attrs.gateway = addr.addr;
        gateway = true;
      }
    } else if (w === 'dev') dev = v;
    else if (w === 'table') {
      const tid = ctx.names.rttableA2n(v);
      if (tid === null) return null;
      setRequestTable(msg, tid);
    } else if (w === 'proto') {
      const prot = ctx.names.rtprotA2n(v);
      if (prot === null) return null;
      msg.protocol = prot;
    } else if (w === 'metric') {
      const metric = getU32(v);
      if (metric === null) return null;
      attrs.priority = metric;
    } else {
      const scope = ctx.names.rtscopeA2n(v);
      if (scope === null) return null;
      msg.scope = scope;
      scopeGiven = true;
    }
  }
  if (dev !== undefined) {
    const idx = ctx.linkIndex(dev);
    if (!idx) return null;
    attrs.oif = idx;
  }
  // A unicast route without a gateway is scope link unless told (iproute_modify).
  if (!scopeGiven && !gateway) msg.scope = SCOPE.LINK;
  return msg;
}
