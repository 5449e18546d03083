/**
 * The verdict of a lookup at the policy-routing level (what fib_lookup returns): a route of a
 * table, an error route of a table, an error action of a rule, or "no rule decided / no route".
 */
import { describeRoute } from '../engine/fib-lookup';
import { ENETUNREACH, strerror } from '../engine/errors';
import type { FibResult } from '../engine/fib-lookup';
import type { Host } from '../engine/host';
import { formatIp } from '../engine/ip';
import type { RulesOutcome } from '../engine/rules-lookup';
import { actionName } from '../engine/rules-lookup';

/** A lookup's verdict. `key` identifies it; equal keys are the same verdict. */
export type Verdict =
  | {
      kind: 'route';
      key: string;
      table: number;
      route: string;
      prefix: string;
      prefixLen: number;
      type: number;
    }
  | {
      kind: 'route-error';
      key: string;
      table: number;
      route: string;
      prefix: string;
      prefixLen: number;
      type: number;
      errno: number;
    }
  | { kind: 'rule-error'; key: string; action: string; errno: number }
  | { kind: 'unreachable'; key: string; errno: number };

/** The name iproute2 prints for the well-known table ids, else the number. */
export function tableLabel(id: number): string {
  return id === 254 ? 'main' : id === 255 ? 'local' : id === 253 ? 'default' : String(id);
}

/** The verdict of a table result (route or error route). */
export function routeVerdict(host: Host, res: FibResult, err: number): Verdict {
  const route = describeRoute(res.route, host);
  const table = res.route.table;
  const prefix = formatIp(res.prefix);
  if (err)
    return {
      kind: 'route-error',
      key: `table ${tableLabel(table)}: ${route} (${strerror(err)})`,
      table,
      route,
      prefix,
      prefixLen: res.prefixLen,
      type: res.type,
      errno: err,
    };
  return {
    kind: 'route',
    key: `table ${tableLabel(table)}: ${route}`,
    table,
    route,
    prefix,
    prefixLen: res.prefixLen,
    type: res.type,
  };
}

/** The verdict of a rule whose action is an error (unreachable, prohibit, blackhole, ...). */
export function ruleErrorVerdict(action: number, errno: number): Verdict {
  const name = actionName(action);
  return { kind: 'rule-error', key: `rule ${name} (${strerror(errno)})`, action: name, errno };
}

/** No rule decided, or the fast path found nothing. */
export const NO_ROUTE: Verdict = {
  kind: 'unreachable',
  key: `no route (${strerror(ENETUNREACH)})`,
  errno: ENETUNREACH,
};

/** The verdict of an engine lookup result (fibLookup4/fibLookup6). */
export function verdictOfOutcome(host: Host, out: RulesOutcome): Verdict {
  if (out.res) return routeVerdict(host, out.res, out.err);
  if (out.err && out.rule) return ruleErrorVerdict(out.rule.action, out.err);
  return NO_ROUTE;
}
