/**
 * inet_rtm_newroute for the line bulk loads are made of — `ip route add A.B.C.D/LEN via GW
 * [dev D] [table T] [proto P] [metric N]` — when the answer is already known: the gateway's check
 * is remembered (GatewayMemo) and the prefix has no route yet, so fib_create_info cannot fail and
 * fib_table_insert puts the route first in a new chain. Everything else returns false and the
 * caller sends the request to routeNew, which owns every check and every error.
 */
import type { GatewayMemo } from './gateway-memo';
import type { Host } from './host';
import { maskIp } from './ip';
import { RTN, RTPROT, SCOPE, TABLE } from './model';
import { NLM_F } from './netlink';

/**
 * Adds `dst/dstLen via gateway` (oif: the `dev` given, 0 for none; priority: the metric, -1 for
 * none) to table `tableId` (which must exist) as routeNew would with `protocol`, universe scope,
 * unicast, TOS 0 and `nlflags`; true when done, false (nothing changed) when routeNew must take
 * the request.
 */
export function routeNewBulk4(
  host: Host,
  dst: number,
  dstLen: number,
  gateway: number,
  oif: number,
  priority: number,
  nlflags: number,
  memo: GatewayMemo,
  tableId: number = TABLE.MAIN,
  protocol: number = RTPROT.BOOT,
): boolean {
  // A new chain is made only with NLM_F_CREATE; gateway 0 is no gateway (fib_check_nh_nongw).
  if (!(nlflags & NLM_F.CREATE) || gateway === 0 || dstLen > 32 || maskIp(dst, dstLen) !== dst) return false;
  const check = memo.find(gateway, oif, tableId, SCOPE.UNIVERSE);
  if (!check) return false;
  const table = host.table(4, tableId);
  if (!table || table.head(dst, dstLen)) return false;
  const dev = host.link(check.dev);
  if (!dev || !dev.up) return false;
  const metric = priority < 0 ? 0 : priority;
  const seq = host.nextSeq();
  const info = check.info;
  if (info && info.priority === metric && info.protocol === protocol) table.insertFirst4(dst, dstLen, RTN.UNICAST, info, seq);
  else {
    // The route createRoute4 would build (the table copies what it keeps).
    const route = memo.routeOf(check);
    route.dst = dst;
    route.dstLen = dstLen;
    route.protocol = protocol;
    route.priority = metric;
    route.seq = seq;
    check.info = table.insertAt(route, 0).info;
  }
  memo.routeChanged(dst, dstLen);
  return true;
}
