import { EOPNOTSUPP, fail, type KResult } from './errors';
import type { Host } from './host';
import type { RouteMessage } from './netlink';
import type { LookupTrace } from './trace';

/** RTM_GETROUTE request (inet_rtm_getroute / inet6_rtm_getroute): the reply as the kernel fills it. */
export function routeGet(_host: Host, _req: RouteMessage, _trace?: LookupTrace): KResult<RouteMessage> {
  return fail(EOPNOTSUPP);
}
