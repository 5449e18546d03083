/**
 * iproute_list_flush_or_save() and iproute_flush() of ip/iproute.c (6.1): the SELECTOR words of
 * `ip route show|flush`, the dump request they send (family, protocol, RTM_F_CLONED, RTA_TABLE,
 * RTA_OIF), printing or deleting what passes the filter, and the `-s` flush reports.
 */
import { strerror } from '../engine/errors';
import { RTM_F, type RouteMessage } from '../engine/netlink';
import { TABLE, RTN } from '../engine/model';
import { AF_INET, AF_INET6 } from '../engine/ip';
import { routeDel, routeDump, routeDumpEach, routeToMessage } from '../engine/route-ops';
import { ArgCursor } from './args';
import { getRtRealmsOrRaw, rtntypeA2n } from './names';
import { exitNodev, readFamily } from './route-args';
import type { RouteCmdContext } from './route-context';
import { resetRouteFilter } from './route-filter';
import { printDumpError } from './route-kernel-error';
import { vrfTable } from './route-modify';
import { printRoute } from './route-print';
import { PlainRouteText } from './route-show-plain';
import { routeUsage } from './route-usage';
import { getPrefix, getU32, getUnsigned, invarg, matches } from './utils';

/** What the dump is for (enum list_action). */
export type ListAction = 'list' | 'flush';

/** How many flush rounds run before giving up (iproute2 stops after 30 seconds). */
const MAX_FLUSH_ROUNDS = 64;

/** Parses the SELECTOR words into ctx.filter; returns the iif/oif names and the mark. */
function parseSelector(ctx: RouteCmdContext, argv: string[]): { id?: string; od?: string; mark: number } {
  const f = ctx.filter;
  const out = ctx.out;
  const dumpFamily = ctx.family;
  const a = new ArgCursor(argv, out);
  let id: string | undefined;
  let od: string | undefined;
  let mark = 0;
  while (a.more) {
    const w = a.word;
    if (matches(w, 'table')) {
      a.next();
      const tid = ctx.names.rttableA2n(a.word);
      if (tid === null) {
        if (a.word === 'all') f.tb = 0;
        else if (a.word === 'cache') f.cloned = 1;
        else if (a.word === 'help') routeUsage(out);
        else invarg(out, 'table id value is invalid\n', a.word);
      } else f.tb = tid;
    } else if (matches(w, 'vrf')) {
      a.next();
      const tid = vrfTable(ctx, a.word);
      if (tid === 0) invarg(out, 'Invalid VRF\n', a.word);
      f.tb = tid;
      f.typemask = ~((1 << RTN.LOCAL) | (1 << RTN.BROADCAST));
    } else if (matches(w, 'cached') || matches(w, 'cloned')) {
      f.cloned = 1;
    } else if (w === 'tos' || matches(w, 'dsfield')) {
      a.next();
      const tos = ctx.names.dsfieldA2n(a.word);
      if (tos === null) invarg(out, 'TOS value is invalid\n', a.word);
      f.tos = tos;
      f.tosmask = -1;
    } else if (matches(w, 'protocol')) {
      a.next();
      f.protocolmask = -1;
      let prot = ctx.names.rtprotA2n(a.word);
      if (prot === null) {
        if (a.word !== 'all') invarg(out, 'invalid "protocol"\n', a.word);
        prot = 0;
        f.protocolmask = 0;
      }
      f.protocol = prot;
    } else if (matches(w, 'scope')) {
      a.next();
      f.scopemask = -1;
      let scope = ctx.names.rtscopeA2n(a.word);
      if (scope === null) {
        if (a.word !== 'all') invarg(out, 'invalid "scope"\n', a.word);
        scope = 255;
        f.scopemask = 0;
      }
      f.scope = scope;
    } else if (matches(w, 'type')) {
      a.next();
      const type = rtntypeA2n(a.word);
      if (type === null) invarg(out, 'node type value is invalid\n', a.word);
      f.typemask = 1 << type;
    } else if (w === 'dev' || w === 'oif') {
      od = a.next();
    } else if (w === 'iif') {
      id = a.next();
    } else if (w === 'mark') {
      a.next();
      const m = getUnsigned(a.word);
      if (m === null) invarg(out, 'invalid mark value', a.word);
      mark = m;
      f.markmask = -1;
    } else if (matches(w, 'metric') || matches(w, 'priority') || w === 'preference') {
      a.next();
      const metric = getU32(a.word);
      if (metric === null) invarg(out, '"metric" value is invalid\n', a.word);
      f.metric = metric;
      f.metricmask = -1;
    } else if (w === 'via') {
      a.next();
      let family = readFamily(a.word);
      if (family === 0) family = dumpFamily;
      else a.next();
      f.rvia = getPrefix(out, a.word, family);
    } else if (w === 'src') {
      a.next();
      f.rprefsrc = getPrefix(out, a.word, dumpFamily);
    } else if (matches(w, 'realms')) {
      a.next();
      const realm = getRtRealmsOrRaw(ctx.names, a.word);
      if (realm === null) invarg(out, 'invalid realms\n', a.word);
      f.realm = realm;
      f.realmmask = 0xffffffff;
      const arg = a.word;
      if ((realm & 0xffff) === 0 && arg.endsWith('/')) f.realmmask = (f.realmmask & ~0xffff) >>> 0;
      if ((realm & 0xffff0000) >>> 0 === 0 && (!arg.includes('/') || arg.startsWith('/')))
        f.realmmask = (f.realmmask & ~0xffff0000) >>> 0;
    } else if (matches(w, 'from')) {
      a.next();
      if (matches(a.word, 'root')) {
        a.next();
        f.rsrc = getPrefix(out, a.word, dumpFamily);
      } else if (matches(a.word, 'match')) {
        a.next();
        f.msrc = getPrefix(out, a.word, dumpFamily);
      } else {
        if (matches(a.word, 'exact')) a.next();
        f.msrc = getPrefix(out, a.word, dumpFamily);
        f.rsrc = { ...f.msrc };
      }
    } else {
      if (matches(w, 'to')) a.next();
      if (matches(a.word, 'root')) {
        a.next();
        f.rdst = getPrefix(out, a.word, dumpFamily);
      } else if (matches(a.word, 'match')) {
        a.next();
        f.mdst = getPrefix(out, a.word, dumpFamily);
      } else {
        if (matches(a.word, 'exact')) a.next();
        f.mdst = getPrefix(out, a.word, dumpFamily);
        f.rdst = { ...f.mdst };
      }
    }
    a.advance();
  }
  return { id, od, mark };
}

/** iproute_dump_filter(): the RTM_GETROUTE dump request built from the filter. */
export function dumpRequest(ctx: RouteCmdContext, family: number): RouteMessage {
  const f = ctx.filter;
  const msg: RouteMessage = {
    family,
    dstLen: 0,
    srcLen: 0,
    tos: 0,
    table: 0,
    protocol: f.protocol,
    scope: 0,
    type: 0,
    flags: f.cloned ? RTM_F.CLONED : 0,
    attrs: {},
  };
  if (f.tb) msg.attrs.table = f.tb;
  if (f.oif) msg.attrs.oif = f.oif;
  return msg;
}

/** iproute_list_flush_or_save() for `show` and `flush`. */
export function iprouteList(ctx: RouteCmdContext, argv: string[], action: ListAction): void {
  ctx.filter = resetRouteFilter(0);
  ctx.filter.tb = TABLE.MAIN;
  if (action === 'flush' && argv.length === 0) {
    ctx.out.err('"ip route flush" requires arguments.\n');
    ctx.out.exit(1);
    return;
  }
  const { id, od, mark } = parseSelector(ctx, argv);
  let dumpFamily = ctx.family;
  if (dumpFamily === 0 && ctx.filter.tb) dumpFamily = AF_INET;
  if (id !== undefined) {
    const idx = ctx.linkIndex(id);
    if (!idx) exitNodev(ctx.out, id);
    ctx.filter.iif = idx;
    ctx.filter.iifmask = -1;
  }
  if (od !== undefined) {
    const idx = ctx.linkIndex(od);
    if (!idx) exitNodev(ctx.out, od);
    ctx.filter.oif = idx;
    ctx.filter.oifmask = -1;
  }
  ctx.filter.mark = mark;
  if (action === 'flush') {
    iprouteFlush(ctx, dumpFamily);
    return;
  }
  const host = ctx.session.host;
  // Routes are printed as the dump walks them: a million-route table never exists as messages.
  const plain = PlainRouteText.of(ctx);
  ctx.printer.newJsonObj();
  const res = routeDumpEach(host, dumpRequest(ctx, dumpFamily), (r) => {
    const line = plain?.line(r) ?? null;
    if (line !== null) ctx.out.outRouteLine(line);
    else printRoute(ctx, routeToMessage(host, r));
  });
  if (!res.ok) {
    printDumpError(ctx.out, res.error);
    ctx.out.err('Dump terminated\n');
    ctx.out.exit(2);
    return;
  }
  ctx.printer.deleteJsonObj();
}

/** iproute_flush(): dump, delete what matched, repeat until a dump finds nothing. */
function iprouteFlush(ctx: RouteCmdContext, family: number): void {
  const f = ctx.filter;
  const out = ctx.out;
  const stats = ctx.opts.stats;
  if (f.cloned) {
    // iproute_flush_cache() writes /proc/sys/net/ipv4/route/flush; there is no cache to drop.
    if (family !== AF_INET6 && stats) out.out('*** IPv4 routing cache is flushed.\n');
    if (family === AF_INET) return;
  }
  f.flushing = true;
  for (let round = 0; ;) {
    const res = routeDump(ctx.session.host, dumpRequest(ctx, family));
    if (!res.ok) {
      printDumpError(out, res.error);
      out.err('Flush terminated\n');
      out.exit(2);
      return;
    }
    const doomed: RouteMessage[] = [];
    for (const msg of res.value) {
      if (stats >= 2) {
        if (printRoute(ctx, msg)) doomed.push(msg);
      } else if (ctx.filterPasses(msg)) doomed.push(msg);
    }
    if (doomed.length === 0) {
      if (stats) {
        if (round === 0 && (!f.cloned || family === AF_INET6)) out.out('Nothing to flush.\n');
        else out.out(`*** Flush is complete after ${round} round${round > 1 ? 's' : ''} ***\n`);
      }
      return;
    }
    round++;
    // flush_update(): the RTM_DELROUTE requests carry the dumped messages unchanged.
    for (const msg of doomed) {
      const del = routeDel(ctx.session.host, msg);
      if (!del.ok) {
        out.err(`Failed to send flush request: ${strerror(del.error.errno)}\n`);
        out.exit(2);
        return;
      }
    }
    if (round >= MAX_FLUSH_ROUNDS) {
      out.out(`\n*** Flush not completed after 30 seconds, ${doomed.length} entries remain ***\n`);
      out.exit(1);
      return;
    }
    if (stats) out.out(`\n*** Round ${round}, deleting ${doomed.length} entries ***\n`);
  }
}
