/**
 * iproute_get() of ip/iproute.c (6.1): `ip route get [fibmatch] ADDRESS [from A] [iif D]
 * [oif D] [tos T] [mark M] [uid U] [ipproto P] [sport N] [dport N] [vrf V] [connected]`
 * turned into the RTM_GETROUTE request iproute2 sends, and the answer printed by print_route.
 */
import { AF_INET, AF_INET6 } from '../engine/ip';
import { RTM_F, zeroRouteMessage, type RouteMessage } from '../engine/netlink';
import { routeGet } from '../engine/route-get';
import { ArgCursor } from './args';
import { inetProtoA2n } from './protocols';
import type { CommandOutput } from './context';
import { exitNodev } from './route-args';
import type { RouteCmdContext } from './route-context';
import { resetRouteFilter } from './route-filter';
import { vrfTable } from './route-modify';
import { printRoute } from './route-print';
import { routeUsage } from './route-usage';
import { rtnlTalk } from './rtnl-talk';
import { getAddr, getPrefix, getU16, getUnsigned, invarg, matches } from './utils';

/** The parsed `ip route get` request and the words iproute_get keeps aside. */
export interface RouteGetRequest {
  msg: RouteMessage;
  connected: boolean;
  fromOk: boolean;
  idev?: string;
  odev?: string;
}

/**
 * Parses the words after `get` into the RTM_GETROUTE request (before device names are
 * resolved); prints the `/LEN as prefix is invalid` warnings; exits on iproute2's errors.
 * Null (status 1 set) when no destination was given.
 */
export function parseRouteGet(ctx: RouteCmdContext, argv: string[]): RouteGetRequest | null {
  const out = ctx.out;
  const msg = zeroRouteMessage(ctx.family);
  const req: RouteGetRequest = { msg, connected: false, fromOk: false };
  let fibMatch = false;
  let mark = 0;
  let addressFound = false;
  const a = new ArgCursor(argv, out);
  while (a.more) {
    const w = a.word;
    const c0 = w.charCodeAt(0);
    // Every keyword starts with a letter: a word starting with a digit is the address.
    if (c0 >= 48 && c0 <= 57) {
      addressFound = takeAddress(out, msg, w);
    } else if (w === 'tos' || matches(w, 'dsfield')) {
      a.next();
      const tos = ctx.names.dsfieldA2n(a.word);
      if (tos === null) invarg(out, 'TOS value is invalid\n', a.word);
      msg.tos = tos;
    } else if (matches(w, 'from')) {
      a.next();
      if (matches(a.word, 'help')) routeUsage(out);
      req.fromOk = true;
      const addr = getPrefix(out, a.word, msg.family);
      if (msg.family === 0) msg.family = addr.family;
      if (addr.bytelen) msg.attrs.src = addr.addr;
      msg.srcLen = addr.bitlen;
    } else if (matches(w, 'iif')) {
      req.idev = a.next();
    } else if (matches(w, 'mark')) {
      a.next();
      const m = getUnsigned(a.word);
      if (m === null) invarg(out, 'invalid mark value', a.word);
      mark = m;
    } else if (matches(w, 'oif') || w === 'dev') {
      req.odev = a.next();
    } else if (matches(w, 'notify')) {
      msg.flags |= RTM_F.NOTIFY;
    } else if (matches(w, 'connected')) {
      req.connected = true;
    } else if (matches(w, 'vrf')) {
      a.next();
      if (vrfTable(ctx, a.word) === 0) invarg(out, 'Invalid VRF\n', a.word);
      req.odev = a.word;
    } else if (matches(w, 'uid')) {
      a.next();
      const uid = getUnsigned(a.word);
      if (uid === null) invarg(out, 'invalid UID\n', a.word);
      msg.attrs.uid = uid;
    } else if (matches(w, 'fibmatch')) {
      fibMatch = true;
    } else if (w === 'as') {
      a.next();
      if (a.word === 'to') a.next();
      const addr = getAddr(out, a.word, msg.family);
      if (msg.family === 0) msg.family = addr.family;
      msg.attrs.newdst = addr.addr;
    } else if (matches(w, 'sport')) {
      a.next();
      const port = getU16(a.word);
      if (port === null) invarg(out, 'invalid sport\n', a.word);
      msg.attrs.sport = port;
    } else if (matches(w, 'dport')) {
      a.next();
      const port = getU16(a.word);
      if (port === null) invarg(out, 'invalid dport\n', a.word);
      msg.attrs.dport = port;
    } else if (matches(w, 'ipproto')) {
      a.next();
      const proto = inetProtoA2n(a.word);
      if (proto < 0) invarg(out, 'Invalid "ipproto" value\n', a.word);
      msg.attrs.ipProto = proto;
    } else {
      if (w === 'to') a.next();
      if (matches(a.word, 'help')) routeUsage(out);
      addressFound = takeAddress(out, msg, a.word);
    }
    a.advance();
  }
  if (!addressFound) {
    out.err('need at least a destination address\n');
    out.exit(1);
    return null;
  }
  if (mark) msg.attrs.mark = mark;
  if (fibMatch) msg.flags |= RTM_F.FIB_MATCH;
  return req;
}

/** The destination address of `ip route get` (the final else of its keyword chain); true. */
function takeAddress(out: CommandOutput, msg: RouteMessage, word: string): true {
  const addr = getPrefix(out, word, msg.family);
  if (msg.family === 0) msg.family = addr.family;
  if (addr.bytelen) msg.attrs.dst = addr.addr;
  if (msg.family === AF_INET && addr.bitlen !== 32) {
    out.err(`Warning: /${addr.bitlen} as prefix is invalid, only /32 (or none) is supported.\n`);
    msg.dstLen = 32;
  } else if (msg.family === AF_INET6 && addr.bitlen !== 128) {
    out.err(`Warning: /${addr.bitlen} as prefix is invalid, only /128 (or none) is supported.\n`);
    msg.dstLen = 128;
  } else msg.dstLen = addr.bitlen;
  return true;
}

/** iproute_get(): sends the request, prints the answer (twice with `connected`, see below). */
export function iprouteGet(ctx: RouteCmdContext, argv: string[]): void {
  const out = ctx.out;
  ctx.filter = resetRouteFilter(0);
  ctx.filter.cloned = 2;
  const req = parseRouteGet(ctx, argv);
  if (!req) return;
  const msg = req.msg;
  if (req.idev !== undefined) {
    const idx = ctx.linkIndex(req.idev);
    if (!idx) exitNodev(out, req.idev);
    msg.attrs.iif = idx;
  }
  if (req.odev !== undefined) {
    const idx = ctx.linkIndex(req.odev);
    if (!idx) exitNodev(out, req.odev);
    msg.attrs.oif = idx;
  }
  if (msg.family === 0) msg.family = AF_INET;
  // Only IPv4 supports the RTM_F_LOOKUP_TABLE flag (the answer then names its table).
  if (msg.family === AF_INET) msg.flags |= RTM_F.LOOKUP_TABLE;
  const answer = talkGet(ctx, msg);
  if (!answer) return;
  ctx.printer.newJsonObj();
  if (req.connected && !req.fromOk) {
    printRoute(ctx, answer);
    if (answer.attrs.prefsrc === undefined && answer.attrs.src === undefined) {
      out.err('Failed to connect the route\n');
      out.exit(1);
      return;
    }
    // iproute2 rewrites the *answer* and then resends the unchanged request, so the second
    // answer equals the first; the JSON array was closed, so it prints as text.
    ctx.printer.deleteJsonObj();
    const again = talkGet(ctx, msg);
    if (!again) return;
    printRoute(ctx, again);
  } else printRoute(ctx, answer);
  ctx.printer.deleteJsonObj();
}

/** rtnl_talk() of the RTM_GETROUTE request: the answer, or undefined after printing the error (exit 2). */
function talkGet(ctx: RouteCmdContext, msg: RouteMessage): RouteMessage | undefined {
  const res = routeGet(ctx.session.host, msg, ctx.session.trace);
  if (res.ok) return res.value;
  rtnlTalk(ctx.out, res);
  ctx.out.exit(2);
  return undefined;
}
