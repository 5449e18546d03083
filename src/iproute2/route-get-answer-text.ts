/**
 * The text of the common `ip route get` answer, built directly: a unicast route of table main
 * through at most a gateway, a device and a source, as print_route() prints it for a plain `ip`
 * (no -j/-d/-s/-o/-N/-c options, iproute_get's filter): `DST [via GW ]dev DEV [src SRC ]uid U `
 * then `\n    cache \n`. Every other answer returns null and goes through printRoute.
 */
import { AF_INET, formatIpv4 } from '../engine/ip';
import { RTN, TABLE } from '../engine/model';
import { RTM_F, type RouteMessage } from '../engine/netlink';
import type { Rt4 } from '../engine/route-output4';
import type { RouteCmdContext } from './route-context';
import { effectiveRtmFlags } from './route-print';

/**
 * printRoute(ctx, msg)'s output for an answer of the common shape (ctx: a plain `ip route get`),
 * else null.
 */
export function plainGetAnswerText(ctx: RouteCmdContext, msg: RouteMessage): string | null {
  const a = msg.attrs;
  if (
    msg.family !== AF_INET ||
    msg.type !== RTN.UNICAST ||
    msg.tos !== 0 ||
    msg.srcLen !== 0 ||
    msg.dstLen !== 32 ||
    (a.table ?? msg.table) !== TABLE.MAIN ||
    // Only the cloned bit: no RTNH_F/RTM_F flag words, no RTCF cache flags (<local,brd...>).
    effectiveRtmFlags(msg) !== RTM_F.CLONED ||
    typeof a.dst !== 'number' ||
    a.oif === undefined ||
    a.uid === undefined ||
    (a.gateway !== undefined && typeof a.gateway !== 'number') ||
    (a.prefsrc !== undefined && typeof a.prefsrc !== 'number') ||
    a.src !== undefined ||
    a.nhId !== undefined ||
    a.newdst !== undefined ||
    a.encap !== undefined ||
    a.via !== undefined ||
    a.priority !== undefined ||
    a.mark !== undefined ||
    a.flow !== undefined ||
    (a.metrics !== undefined && a.metrics.length > 0) ||
    a.iif !== undefined ||
    a.pref !== undefined ||
    a.ttlPropagate !== undefined ||
    a.multipath !== undefined
  )
    return null;
  const ci = a.cacheinfo as (RouteMessage['attrs']['cacheinfo'] & { id?: number }) | undefined;
  if (ci && (ci.expires !== 0 || ci.error !== 0 || ci.ts || ci.tsage || ci.id)) return null;
  let text = `${formatIpv4(a.dst)} `;
  if (a.gateway !== undefined) text += `via ${formatIpv4(a.gateway)} `;
  text += `dev ${ctx.linkName(a.oif)} `;
  if (a.prefsrc !== undefined) text += `src ${formatIpv4(a.prefsrc)} `;
  return `${text}uid ${a.uid >>> 0} \n    cache \n`;
}

/**
 * plainGetAnswerText(ctx, routeGetDst4Reply(dst, rt)) without building the reply: the text of
 * the plain `ip route get DST` answer from its routing cache entry, or null (then print that
 * reply through printRoute). Each test below is one of plainGetAnswerText's on the reply
 * rt_fill_info makes of `rt` (table: rt.table, uid 0, no source, mark or iif).
 */
export function plainDst4AnswerText(ctx: RouteCmdContext, dst: number, rt: Rt4): string | null {
  if (
    rt.type !== RTN.UNICAST ||
    rt.tos !== 0 ||
    rt.table !== TABLE.MAIN ||
    // The reply's flags: the RTCF bits above 0xffff, RTM_F_CLONED, and RTCF_DOREDIRECT's bit.
    (rt.flags & ~0xffff) !== 0 ||
    rt.doRedirect ||
    !rt.dev ||
    typeof rt.gateway === 'bigint' ||
    rt.realm ||
    rt.metrics.length > 0
  )
    return null;
  return `${formatIpv4(dst)} ${answerTail(rt.gateway ?? -1, ctx.linkName(rt.dev), rt.saddr)}`;
}

/** A few recent answer tails: bulk `ip route get` lines keep getting the same few. */
const TAILS: { gateway: number; dev: string; saddr: number; text: string }[] = [];

/**
 * What follows the destination in the answer: `[via GW ]dev DEV [src SRC ]uid 0 ` and the cache
 * line (gateway -1: none; saddr 0: none, as rt_fill_info adds RTA_PREFSRC only when the chosen
 * source differs from the request's, which has none).
 */
function answerTail(gateway: number, dev: string, saddr: number): string {
  for (let i = 0; i < TAILS.length; i++) {
    const t = TAILS[i];
    if (t.gateway === gateway && t.dev === dev && t.saddr === saddr) return t.text;
  }
  let text = gateway >= 0 ? `via ${formatIpv4(gateway)} ` : '';
  text += `dev ${dev} `;
  if (saddr !== 0) text += `src ${formatIpv4(saddr)} `;
  text += 'uid 0 \n    cache \n';
  if (TAILS.length === 4) TAILS.shift();
  TAILS.push({ gateway, dev, saddr, text });
  return text;
}
