/**
 * iproute_modify() of ip/iproute.c (6.1): `ip route add|change|replace|prepend|append|test|
 * delete ...` turned into the RTM_NEWROUTE / RTM_DELROUTE request iproute2 sends, keyword by
 * keyword in iproute2's order (which decides abbreviations), with its defaults (protocol boot,
 * type unicast, table main or local, scope by type) and its error texts.
 */
import { routeDel, routeNew } from '../engine/route-ops';
import { AF_INET, AF_INET6 } from '../engine/ip';
import { RTN, RTPROT, SCOPE, TABLE } from '../engine/model';
import { NLM_F, RTNH_F, type RouteAttrs, type RouteMessage } from '../engine/netlink';
import { ArgCursor } from './args';
import { getRtRealmsOrRaw, rtntypeA2n } from './names';
import { exitNodev, readFamily, rejectEncap } from './route-args';
import { dumpAllRoutes, printRouteEcho } from './route-echo';
import { resetRouteFilter } from './route-filter';
import type { CommandOutput, IpOptions } from './context';
import type { IpExtraOptions } from './rule-cmd';
import type { RouteCmdContext } from './route-context';
import { parseFastopenNoCookie, parseMetricKeyword } from './route-metrics-parse';
import { parseNexthops } from './route-nexthops';
import { routeUsage } from './route-usage';
import { rtnlTalk } from './rtnl-talk';
import { duparg2, getAddr, getPrefix, getU32, getU8, invarg, matches } from './utils';

/** AF_MPLS: iproute2 forces type unicast and scope universe for it. */
const AF_MPLS = 28;
/** ICMPV6_ROUTER_PREF_* values of `pref`. */
const ROUTER_PREF: Record<string, number> = { low: 3, medium: 0, high: 1 };

/** The table of a vrf device (ipvrf_get_table), 0 when NAME is not a vrf. */
export function vrfTable(ctx: RouteCmdContext, name: string): number {
  const link = ctx.session.host.linkByName(name);
  return link && link.kind === 'vrf' ? (link.vrfTable ?? 0) : 0;
}

/** Sets the table as iproute2 does: ids < 256 in rtm_table, larger ones in RTA_TABLE. */
export function setRequestTable(msg: RouteMessage, tid: number): void {
  if (tid < 256) msg.table = tid;
  else {
    msg.table = TABLE.UNSPEC;
    msg.attrs.table = tid;
  }
}

/** The destination prefix of a request (the final else of iproute_modify's keyword chain). */
function setDst(out: CommandOutput, msg: RouteMessage, word: string): void {
  const dst = getPrefix(out, word, msg.family);
  if (msg.family === 0) msg.family = dst.family;
  msg.dstLen = dst.bitlen;
  if (dst.bytelen) msg.attrs.dst = dst.addr;
}

/**
 * The request iproute_modify starts from: table main, and for a new route proto boot, scope
 * universe, type unicast (RTM_DELROUTE: proto 0, scope nowhere, type unspec).
 */
export function routeModifyRequest(family: number, del: boolean, attrs: RouteAttrs): RouteMessage {
  return {
    family,
    dstLen: 0,
    srcLen: 0,
    tos: 0,
    table: TABLE.MAIN,
    protocol: del ? 0 : RTPROT.BOOT,
    scope: del ? SCOPE.NOWHERE : SCOPE.UNIVERSE,
    type: del ? RTN.UNSPEC : RTN.UNICAST,
    flags: 0,
    attrs,
  };
}

/**
 * Builds the request of `ip route add|del...` from `argv` (the words after the subcommand).
 * `del` selects RTM_DELROUTE defaults. Exits (CommandExit) on every iproute2 error.
 */
export function parseRouteModify(ctx: RouteCmdContext, del: boolean, argv: string[]): RouteMessage {
  const out = ctx.out;
  const attrs: RouteAttrs = {};
  const msg = routeModifyRequest(ctx.family, del, attrs);
  const metrics: NonNullable<RouteAttrs['metrics']> = [];
  let dev: string | undefined;
  let gwOk = false;
  let dstOk = false;
  let nhsOk = false;
  let scopeOk = false;
  let tableOk = false;
  let typeOk = false;
  let nhid = 0;
  const a = new ArgCursor(argv, out);

  while (a.more) {
    const w = a.word;
    const c0 = w.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      // Every keyword starts with a letter: a word starting with a digit can only be the
      // destination, and no type name is tried for it.
      if (dstOk) duparg2(out, 'to', w);
      setDst(out, msg, w);
      dstOk = true;
    } else if (w === 'src') {
      a.next();
      const addr = getAddr(out, a.word, msg.family);
      if (msg.family === 0) msg.family = addr.family;
      attrs.prefsrc = addr.addr;
    } else if (w === 'as') {
      a.next();
      if (a.word === 'to') a.next();
      const addr = getAddr(out, a.word, msg.family);
      if (msg.family === 0) msg.family = addr.family;
      attrs.newdst = addr.addr;
    } else if (w === 'via') {
      if (gwOk) invarg(out, 'use nexthop syntax to specify multiple via\n', w);
      gwOk = true;
      a.next();
      let family = readFamily(a.word);
      if (family === 0) family = msg.family;
      else a.next();
      const addr = getAddr(out, a.word, family);
      if (msg.family === 0) msg.family = addr.family;
      if (addr.family === msg.family) attrs.gateway = addr.addr;
      else attrs.via = addr.addr;
    } else if (w === 'from') {
      a.next();
      const addr = getPrefix(out, a.word, msg.family);
      if (msg.family === 0) msg.family = addr.family;
      if (addr.bytelen) attrs.src = addr.addr;
      msg.srcLen = addr.bitlen;
    } else if (w === 'tos' || matches(w, 'dsfield')) {
      a.next();
      const tos = ctx.names.dsfieldA2n(a.word);
      if (tos === null) invarg(out, '"tos" value is invalid\n', a.word);
      msg.tos = tos;
    } else if (w === 'expires') {
      a.next();
      const v = getU32(a.word);
      if (v === null) invarg(out, '"expires" value is invalid\n', a.word);
      attrs.expires = v;
    } else if (matches(w, 'metric') || matches(w, 'priority') || w === 'preference') {
      a.next();
      const v = getU32(a.word);
      if (v === null) invarg(out, '"metric" value is invalid\n', a.word);
      attrs.priority = v;
    } else if (w === 'scope') {
      a.next();
      const scope = ctx.names.rtscopeA2n(a.word);
      if (scope === null) invarg(out, 'invalid "scope" value\n', a.word);
      msg.scope = scope;
      scopeOk = true;
    } else if (parseMetricKeyword(ctx, a, metrics)) {
      // handled (mtu ... ssthresh)
    } else if (matches(w, 'realms')) {
      a.next();
      const realm = getRtRealmsOrRaw(ctx.names, a.word);
      if (realm === null) invarg(out, '"realm" value is invalid\n', a.word);
      attrs.flow = realm;
    } else if (w === 'onlink') {
      msg.flags |= RTNH_F.ONLINK;
    } else if (w === 'nexthop') {
      nhsOk = true;
      break;
    } else if (w === 'nhid') {
      a.next();
      const v = getU32(a.word);
      if (v === null) invarg(out, '"id" value is invalid\n', a.word);
      nhid = v;
      attrs.nhId = v;
    } else if (matches(w, 'protocol')) {
      a.next();
      const prot = ctx.names.rtprotA2n(a.word);
      if (prot === null) invarg(out, '"protocol" value is invalid\n', a.word);
      msg.protocol = prot;
    } else if (matches(w, 'table')) {
      a.next();
      const tid = ctx.names.rttableA2n(a.word);
      if (tid === null) invarg(out, '"table" value is invalid\n', a.word);
      setRequestTable(msg, tid);
      tableOk = true;
    } else if (matches(w, 'vrf')) {
      a.next();
      const tid = vrfTable(ctx, a.word);
      if (tid === 0) invarg(out, 'Invalid VRF\n', a.word);
      setRequestTable(msg, tid);
      tableOk = true;
    } else if (w === 'dev' || w === 'oif') {
      a.next();
      dev = a.word;
    } else if (matches(w, 'pref')) {
      a.next();
      let pref: number | null = ROUTER_PREF[a.word] ?? null;
      if (pref === null) pref = getU8(a.word);
      if (pref === null) invarg(out, '"pref" value is invalid\n', a.word);
      attrs.pref = pref;
    } else if (w === 'encap') {
      rejectEncap(out, a);
    } else if (w === 'ttl-propagate') {
      a.next();
      if (matches(a.word, 'enabled')) attrs.ttlPropagate = 1;
      else if (matches(a.word, 'disabled')) attrs.ttlPropagate = 0;
      else invarg(out, '"ttl-propagate" value is invalid\n', a.word);
    } else if (parseFastopenNoCookie(ctx, a, metrics)) {
      // handled
    } else {
      if (w === 'to') a.next();
      const word = a.word;
      const first = word.charCodeAt(0);
      // A type name is tried only when the word does not start with a digit.
      if (!(first >= 48 && first <= 57)) {
        const type = rtntypeA2n(word);
        if (type !== null) {
          a.next();
          msg.type = type;
          typeOk = true;
        }
      }
      if (matches(a.word, 'help')) routeUsage(out);
      if (dstOk) duparg2(out, 'to', a.word);
      setDst(out, msg, a.word);
      dstOk = true;
    }
    a.advance();
  }

  if (!dstOk) routeUsage(out);
  if (dev !== undefined) {
    const idx = ctx.linkIndex(dev);
    if (!idx) exitNodev(out, dev);
    attrs.oif = idx;
  }
  if (metrics.length) attrs.metrics = metrics;
  if (nhsOk) parseNexthops(ctx, msg, a.rest());
  if (msg.family === 0) msg.family = AF_INET;
  if (!tableOk) {
    const t = msg.type;
    if (t === RTN.LOCAL || t === RTN.BROADCAST || t === RTN.NAT || t === RTN.ANYCAST) msg.table = TABLE.LOCAL;
  }
  if (!scopeOk) {
    if (msg.family === AF_INET6 || msg.family === AF_MPLS) msg.scope = SCOPE.UNIVERSE;
    else if (msg.type === RTN.LOCAL || msg.type === RTN.NAT) msg.scope = SCOPE.HOST;
    else if (msg.type === RTN.BROADCAST || msg.type === RTN.MULTICAST || msg.type === RTN.ANYCAST)
      msg.scope = SCOPE.LINK;
    else if (msg.type === RTN.UNICAST || msg.type === RTN.UNSPEC) {
      if (del) msg.scope = SCOPE.NOWHERE;
      else if (!gwOk && !nhsOk && !nhid) msg.scope = SCOPE.LINK;
    }
  }
  if (!typeOk && msg.family === AF_MPLS) msg.type = RTN.UNICAST;
  return msg;
}

/** The NLM_F_* flags each subcommand sends (do_iproute). */
export const MODIFY_FLAGS = {
  add: NLM_F.CREATE | NLM_F.EXCL,
  change: NLM_F.REPLACE,
  replace: NLM_F.CREATE | NLM_F.REPLACE,
  prepend: NLM_F.CREATE,
  append: NLM_F.CREATE | NLM_F.APPEND,
  test: NLM_F.EXCL,
  delete: 0,
} as const;

/** iproute_modify(): parses, sends the request to the kernel, prints its error (exit 2). */
export function iprouteModify(ctx: RouteCmdContext, cmd: keyof typeof MODIFY_FLAGS, argv: string[]): void {
  const del = cmd === 'delete';
  const msg = parseRouteModify(ctx, del, argv);
  const host = ctx.session.host;
  const echo = (ctx.opts as IpOptions & IpExtraOptions).echo === true;
  const before = echo ? dumpAllRoutes(ctx, msg.family) : [];
  const res = del ? routeDel(host, msg) : routeNew(host, msg, NLM_F.REQUEST | NLM_F.ACK | MODIFY_FLAGS[cmd]);
  if (!rtnlTalk(ctx.out, res)) {
    ctx.out.exit(2);
    return;
  }
  if (echo) {
    ctx.filter = resetRouteFilter();
    // The static filter is all zero here (no reset in iproute_modify): match lengths are 0.
    ctx.filter.mdst.bitlen = 0;
    ctx.filter.msrc.bitlen = 0;
    printRouteEcho(ctx, before, dumpAllRoutes(ctx, msg.family), del);
  }
}
