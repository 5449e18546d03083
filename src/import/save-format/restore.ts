/**
 * `ip rule restore` and `ip route restore` against a simulated host: every saved message is sent
 * back with NLM_F_REQUEST | NLM_F_CREATE | NLM_F_ACK added to its flags (restore_handler), an
 * EEXIST answer is ignored, and any other error stops the restore there, what came before staying
 * applied, as with the real command. Routes go in iproute_restore's three passes.
 */
import { EEXIST } from '../../engine/errors';
import type { Host } from '../../engine/host';
import { NLM_F, type RouteMessage, type RuleMessage } from '../../engine/netlink';
import { routeNew } from '../../engine/route-ops';
import { ruleNew } from '../../engine/rule-ops';
import { formatTalkError } from '../../iproute2/rtnl-talk';
import { ipToBytes } from '../../scenario/export-save-wire';

/** How a restore ended: how many messages the kernel took, and the first refusal if any. */
export interface RestoreResult {
  ok: boolean;
  /** Messages the host accepted (EEXIST answers not counted). */
  applied: number;
  /** The refused message's index in the list given (0-based) and what ip(8) prints for it. */
  error?: { index: number; text: string };
}

/** Replays rule messages as `ip rule restore` does. */
export function restoreRules(host: Host, messages: readonly RuleMessage[]): RestoreResult {
  let applied = 0;
  for (let i = 0; i < messages.length; i++) {
    const r = ruleNew(host, messages[i], NLM_F.REQUEST | NLM_F.CREATE | NLM_F.ACK | NLM_F.MULTI);
    if (r.ok) applied++;
    else if (r.error.errno !== EEXIST)
      return { ok: false, applied, error: { index: i, text: formatTalkError(r.error).trimEnd() } };
  }
  return { ok: true, applied };
}

/**
 * restore_handler's pass of a route (ip/iproute.c): 0 = no gateway and no prefsrc other than the
 * destination (routes of local addresses), 1 = no gateway with another prefsrc (local
 * networks), 2 = with RTA_GATEWAY (remote networks). A multipath or `via` route has no
 * RTA_GATEWAY at the top level and so goes in pass 0 or 1.
 */
export function restorePass(msg: RouteMessage): 0 | 1 | 2 {
  const a = msg.attrs;
  if (a.gateway !== undefined) return 2;
  if (a.prefsrc === undefined) return 0;
  // rtattr_cmp: equal only when RTA_DST is present with the same bytes.
  const same = a.dst !== undefined && sameBytes(ipToBytes(a.prefsrc), ipToBytes(a.dst));
  return same ? 0 : 1;
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  return x.length === y.length && x.every((b, i) => b === y[i]);
}

/** Replays route messages as `ip route restore` does: all of pass 0, then 1, then 2. */
export function restoreRoutes(host: Host, messages: readonly RouteMessage[]): RestoreResult {
  let applied = 0;
  for (const pass of [0, 1, 2]) {
    for (let i = 0; i < messages.length; i++) {
      if (restorePass(messages[i]) !== pass) continue;
      const r = routeNew(host, messages[i], NLM_F.REQUEST | NLM_F.CREATE | NLM_F.ACK | NLM_F.MULTI);
      if (r.ok) applied++;
      else if (r.error.errno !== EEXIST)
        return { ok: false, applied, error: { index: i, text: formatTalkError(r.error).trimEnd() } };
    }
  }
  return { ok: true, applied };
}
