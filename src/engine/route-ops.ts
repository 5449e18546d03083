import { EOPNOTSUPP, fail, type KResult } from './errors';
import type { Host } from './host';
import type { RouteMessage } from './netlink';

/** RTM_NEWROUTE (inet_rtm_newroute / inet6_rtm_newroute); `nlflags` are NLM_F_* bits. */
export function routeNew(_host: Host, _msg: RouteMessage, _nlflags: number): KResult {
  return fail(EOPNOTSUPP);
}

/** RTM_DELROUTE (inet_rtm_delroute / inet6_rtm_delroute). */
export function routeDel(_host: Host, _msg: RouteMessage): KResult {
  return fail(EOPNOTSUPP);
}

/**
 * RTM_GETROUTE dump (inet_dump_fib / inet6_dump_fib) with the request's filter: family (0 = both),
 * RTA_TABLE (absent = every table), and the other strict-check filters iproute2 sends.
 */
export function routeDump(_host: Host, _filter: RouteMessage): KResult<RouteMessage[]> {
  return fail(EOPNOTSUPP);
}
