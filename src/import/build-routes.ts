/**
 * Routes into commands by difference with the replayed machine: a shown route the machine already
 * has (a prefix route of an address, table local, IPv6 multicast and link-local routes) is what
 * the kernel derived, and is not written; a route only the input has is added; a derived route
 * the input lacks (deleted on the real machine) is deleted. IPv4 routes are added with `append`
 * so that routes sharing prefix, tos and metric keep their dump order (fib_table_insert).
 */
import { AddedRoutes, parseAddr } from './added-routes';
import { routeLines, type RouteScope } from './dump-lines';
import { routeAddArgs, type RouteItem } from './parse-routes';
import type { Replay } from './replay';
import { RouteAdder } from './route-adder';
import type { Located } from './types';

/** Emits the deletions and additions that turn the replayed routes of `family` into `routes`. */
export function buildRoutes(
  routes: Located<RouteItem>[],
  family: 4 | 6,
  scope: RouteScope,
  replay: Replay,
): void {
  const have = new Map<string, number>();
  // A cheap key of the few lines the machine has: most input lines are told apart without
  // hashing their whole text.
  const keys = new Set<number>();
  for (const l of routeLines(replay, family, scope)) {
    have.set(l, (have.get(l) ?? 0) + 1);
    keys.add(cheapKey(l));
  }
  const adds: Located<RouteItem>[] = [];
  for (const r of routes) {
    const text = r.value.text;
    const n = keys.has(cheapKey(text)) ? (have.get(text) ?? 0) : 0;
    if (n > 0) have.set(text, n - 1);
    else adds.push(r);
  }
  const ip = family === 6 ? 'ip -6' : 'ip';
  for (const [line, n] of have)
    for (let i = 0; i < n; i++) replay.emit(`${ip} route del ${routeAddArgs(line)}`);
  const verb = family === 6 ? 'add' : 'append';
  const adder = new RouteAdder(replay.session, family);
  const added = new AddedRoutes();
  // A route refused now may need a route that comes later in the dump (a gateway reached through
  // it): it is tried again at the end, before it becomes a warning.
  const deferred: {
    args: string;
    loc: Located<RouteItem>['loc'];
    status: number;
    stderr: string;
  }[] = [];
  const command = (args: string) => `${ip} route ${verb} ${args}`;
  for (const r of adds) {
    // A plain line is its own arguments (no kernel-only word, no type): most of a big dump.
    if (adder.appendPlain(r.value.text)) {
      replay.lines.push(command(r.value.text));
      added.push(r.value.text);
      continue;
    }
    let args = routeAddArgs(r.value.text);
    // Without `table`, ip puts local, broadcast, nat and anycast routes in table local
    // (iproute_modify); a dump shows main-table routes without `table`.
    if (/^(local|broadcast|nat|anycast) /.test(args) && !/ table /.test(args)) args += ' table main';
    const first = adder.run(verb, args);
    if (first.ok) {
      replay.lines.push(command(args));
      added.push(args);
    } else {
      // The retry runs other commands: the adder's remembered gateway checks may be stale after.
      adder.forget();
      if (!retryUnblocked(command, args, added, replay)) deferred.push({ args, loc: r.loc, ...first });
    }
  }
  for (const d of deferred) {
    const cmd = command(d.args);
    if (replay.attempt(cmd).ok || retryUnblocked(command, d.args, added, replay)) continue;
    if (retryWithStepping(cmd, d.args, ip, replay)) continue;
    replay.refused(cmd, d.status, d.stderr, d.loc);
  }
}

/** Length, first and last character of a line: equal lines have equal keys. */
function cheapKey(line: string): number {
  return line.length === 0 ? 0 : (line.length * 0x10000 + line.charCodeAt(0) * 0x100 + (line.charCodeAt(line.length - 1) & 0xff)) | 0;
}

/**
 * A gateway the kernel cannot reach at add time may be hidden by a route added before it (a more
 * specific route via another gateway; ip6_route_check_nh / fib_check_nh look the gateway up).
 * The machine was built in another order: delete the routes covering the gateway, add this one,
 * and add them back.
 */
function retryUnblocked(
  command: (args: string) => string,
  args: string,
  added: AddedRoutes,
  replay: Replay,
): boolean {
  const via = / via (?:inet6 |inet )?(\S+)/.exec(args)?.[1];
  const gw = via === undefined ? null : parseAddr(via);
  if (gw === null) return false;
  const blockers = added.covering(gw);
  if (blockers.length === 0) return false;
  const del = (c: string) => c.replace(/ route (add|append) /, ' route del ');
  for (const b of [...blockers].reverse()) replay.attempt(del(command(b)));
  const ok = replay.attempt(command(args)).ok;
  for (const b of blockers) replay.attempt(command(b));
  if (ok) added.push(args);
  return ok;
}

/**
 * The gateway was reachable when the machine added the route, through a route gone since (the
 * kernel checks gateways at add time only: fib_check_nh, ip6_route_check_nh): add a host route
 * to the gateway on the route's device for a moment, add the route, delete the host route.
 */
function retryWithStepping(cmd: string, args: string, ip: string, replay: Replay): boolean {
  const via = / via (?:inet6 |inet )?(\S+)/.exec(args)?.[1];
  const dev = / dev (\S+)/.exec(args)?.[1];
  if (via === undefined || dev === undefined) return false;
  const table = / table (\S+)/.exec(args)?.[1] ?? 'main';
  const step = `${ip} route add ${via} dev ${dev} table ${table}`;
  if (!replay.attempt(step).ok) return false;
  const ok = replay.attempt(cmd).ok;
  replay.attempt(step.replace(' route add ', ' route del '));
  return ok;
}
