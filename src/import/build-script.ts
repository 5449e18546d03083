/**
 * A MachineState into a scenario script, in the order that rebuilds it: table names, `default`
 * sysctls, links, links up, the other sysctls (after: `forwarding` adds IPv6 anycast routes in
 * device order, as on a machine configured after boot), addresses, routes, rules, manager configuration,
 * then saved binary files; each command is run as it is written (see Replay) and the result is
 * checked against the input dumps (see verify.ts).
 */
import { buildAddrs } from './build-addrs';
import { buildLinks, buildLinksDownAgain, buildLinksUp } from './build-links';
import { buildRoutes } from './build-routes';
import { buildRules } from './build-rules';
import { buildSysctls, warnUnmodelled } from './build-sysctl';
import { buildMissingTables, buildTableFiles, TableUses } from './build-tables';
import type { MachineState, RouteDump } from './machine-state';
import { Replay } from './replay';
import type { Located } from './types';
import { verifyRoutes, verifyRules } from './verify';
import type { Warnings } from './warnings';

/** Route dumps per family, an IPv6 one taken from a family-less dump when no `-6` dump is given. */
function routeDumps(state: MachineState): [4 | 6, RouteDump][] {
  const out: [4 | 6, RouteDump][] = [];
  if (state.routes[4]) out.push([4, state.routes[4]]);
  const six = state.routes[6] ?? state.routes6FromUnspec;
  if (six) out.push([6, six]);
  return out;
}

/** The order in which links came up, as the IPv6 link-local prefix routes of main show it. */
function upOrder(state: MachineState): string[] {
  const six = state.routes[6] ?? state.routes6FromUnspec;
  const out: string[] = [];
  for (const r of six?.routes ?? []) {
    const m = /^fe80::\/64 dev (\S+) proto kernel metric 256/.exec(r.value.text);
    if (m && !/ table /.test(r.value.text)) out.push(m[1]);
  }
  return out;
}

/** The devices in the order of their `anycast fe80::` routes of table local. */
function anycastOrder(state: MachineState): string[] {
  const six = state.routes[6] ?? state.routes6FromUnspec;
  const out: string[] = [];
  for (const r of six?.routes ?? []) {
    const m = /^anycast fe80:: dev (\S+) table local /.exec(r.value.text);
    if (m) out.push(m[1]);
  }
  return out;
}

/** True when `a` lists its devices in the order `b` lists them, and a holds two or more. */
function sameOrder(a: string[], b: string[]): boolean {
  const inA = new Set(a);
  const sub = b.filter((n) => inA.has(n));
  return a.length > 1 && sub.length === a.length && sub.every((n, i) => n === a[i]);
}

/** The devices that hold an IPv6 link-local address in the input. */
function linkLocalDevices(state: MachineState): Set<string> {
  return new Set(
    (state.addrs ?? []).filter((a) => /^fe80:/i.test(a.value.words[0] ?? '')).map((a) => a.value.dev),
  );
}

/** The table names the rule bodies and route lines of `state` use, in rule then route order. */
function tableWords(state: MachineState): Located<string>[] {
  const uses = new TableUses();
  for (const r of [state.rules[4] ?? [], state.rules[6] ?? []].flat()) uses.add(r.value.body, r);
  for (const [, d] of routeDumps(state))
    for (const r of d.routes) uses.add(r.value.text, r);
  return uses.list;
}

/** Builds the script for `state` on `replay`, adding warnings for what it cannot rebuild. */
export function buildScript(
  state: MachineState,
  replay: Replay,
  warnings: Warnings,
  extra: () => void = () => {},
  verify = true,
  built: () => void = () => {},
): void {
  buildTableFiles(state.tableLines, replay);
  buildMissingTables(tableWords(state), replay, warnings);
  buildSysctls(state.sysctls, 'default', replay);
  if (state.links) buildLinks(state.links, replay, warnings);
  const order = upOrder(state);
  // IPv6 forwarding adds a subnet-router anycast route per device: in device order when it is
  // switched on (addrconf_forward_change), in link-up order when it was on as devices came up.
  const early = sameOrder(anycastOrder(state), order);
  if (early) buildSysctls(state.sysctls, 'global', replay);
  const once = state.links ? buildLinksUp(state.links, replay, order, linkLocalDevices(state)) : [];
  if (!early) buildSysctls(state.sysctls, 'global', replay);
  buildSysctls(state.sysctls, 'device', replay);
  warnUnmodelled(state.sysctls, replay, warnings);
  if (state.addrs) buildAddrs(state.addrs, replay, warnings);
  buildLinksDownAgain(once, replay);
  for (const [f, d] of routeDumps(state)) buildRoutes(d.routes, f, d.scope, replay);
  for (const f of [4, 6] as const) if (state.rules[f]) buildRules(state.rules[f], f, replay);
  for (const c of state.managerCommands) replay.emit(c.value, c.loc);
  extra();
  built();
  if (!verify) return;
  for (const [f, d] of routeDumps(state)) verifyRoutes(d.routes, f, d.scope, d.loc, replay, warnings);
  for (const f of [4, 6] as const) if (state.rules[f]) verifyRules(state.rules[f], f, replay, warnings);
}
