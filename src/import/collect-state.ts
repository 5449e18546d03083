/** Turns the blocks of every input into one MachineState, dispatching each block to its parser. */
import { isJsonBlock, parseJsonObjects } from './json-block';
import type { MachineState, RouteDump } from './machine-state';
import { parseLinks } from './parse-links';
import { parseNetworkd } from './parse-networkd';
import { parseNetworkManager } from './parse-network-manager';
import { parseRoutes } from './parse-routes';
import { parseRules } from './parse-rules';
import { parseSysctls } from './parse-sysctl';
import type { Block, BlockKind } from './types';
import { at, Warnings } from './warnings';

/** The kind of a headerless JSON block, from the keys of its first object. */
function jsonKind(b: Block, rulesSeen: number): BlockKind | undefined {
  const objs = parseJsonObjects(b, new Warnings());
  const o = objs[0]?.o;
  if (!o) return undefined;
  if ('priority' in o) {
    const v6 = objs.some(({ o: x }) => /:/.test(String(x.src ?? '') + String(x.dst ?? '')));
    return v6 || rulesSeen > 0 ? 'rules6' : 'rules4';
  }
  if ('ifname' in o) return 'links';
  if ('dst' in o) return 'routes';
  return undefined;
}

/** Adds the content of `b` to `state`. */
export function collectBlock(state: MachineState, b: Block, warnings: Warnings): void {
  const loc = at(b.file, b.firstLine);
  let kind = b.kind;
  if (kind === 'json') {
    const k = jsonKind(b, (state.rules[4] ? 1 : 0) + (state.rules[6] ? 1 : 0));
    if (!k) {
      parseJsonObjects(b, warnings);
      warnings.add(
        loc,
        'JSON of an unknown kind (expected ip -j rule, route, link or addr output): left out',
      );
      return;
    }
    kind = k;
  }
  const replaced = (what: string, had: unknown) => {
    if (had) warnings.add(loc, `a second ${what} dump: it replaces the earlier one`);
  };
  switch (kind) {
    case 'links': {
      const addrsExpected = /\ba(d(d(r(e(s(s)?)?)?)?)?)?\b/.test(b.command ?? '');
      const dump = parseLinks(b, warnings, addrsExpected);
      state.links = mergeLinks(state.links ?? [], dump.links);
      if (dump.addrs) {
        replaced('address', state.addrs);
        state.addrs = dump.addrs;
      }
      break;
    }
    case 'rules4':
    case 'rules6': {
      const f = kind === 'rules6' ? 6 : 4;
      replaced(f === 6 ? 'IPv6 rule' : 'rule', state.rules[f]);
      state.rules[f] = parseRules(b, warnings);
      break;
    }
    case 'routes':
    case 'routes6': {
      const routes = parseRoutes(b, warnings);
      const all =
        /\btable all\b/.test(b.command ?? '') ||
        isJsonBlock(b) ||
        routes.some((r) => / table /.test(r.value.text));
      const byFamily: Record<4 | 6, typeof routes> = { 4: [], 6: [] };
      for (const r of routes) byFamily[r.value.family].push(r);
      const dump = (f: 4 | 6): RouteDump => ({ routes: byFamily[f], scope: all ? 'all' : 'main', loc });
      if (kind === 'routes6') {
        replaced('IPv6 route', state.routes[6]);
        state.routes[6] = dump(6);
      } else {
        replaced('route', state.routes[4]);
        state.routes[4] = dump(4);
        const six = dump(6);
        if (six.routes.length) state.routes6FromUnspec = six;
      }
      break;
    }
    case 'sysctl':
      state.sysctls.push(...parseSysctls(b, warnings));
      break;
    case 'rt_tables': {
      const path =
        /\/etc\/iproute2\/rt_tables(\.d\/[^\s/]+\.conf)?/.exec(b.command ?? '')?.[0] ??
        '/etc/iproute2/rt_tables';
      b.lines.forEach((line, i) =>
        state.tableLines.push({ value: { path, line }, loc: at(b.file, b.firstLine + i) }),
      );
      break;
    }
    case 'networkd':
      state.managerCommands.push(...parseNetworkd(b, warnings));
      break;
    case 'nm':
      state.managerCommands.push(...parseNetworkManager(b, warnings));
      break;
    case 'comment':
    case 'json':
      break;
  }
}

/** Links of a second dump (say `ip addr show` after `ip -d link show`) fill in what the first lacks. */
function mergeLinks(
  had: NonNullable<MachineState['links']>,
  add: NonNullable<MachineState['links']>,
): NonNullable<MachineState['links']> {
  const byName = new Map(had.map((l) => [l.value.name, l]));
  for (const l of add) {
    const old = byName.get(l.value.name);
    if (!old) {
      had.push(l);
      byName.set(l.value.name, l);
      continue;
    }
    for (const [k, v] of Object.entries(l.value))
      if (v !== undefined && (old.value as unknown as Record<string, unknown>)[k] === undefined)
        (old.value as unknown as Record<string, unknown>)[k] = v;
  }
  return had;
}
