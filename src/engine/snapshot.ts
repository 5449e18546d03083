/**
 * A canonical, deterministic text of a Host, so tests can say "the host is unchanged": two hosts
 * whose routing state is the same give the same text, and any change of links, addresses, tables,
 * routes (and their order), rules (and their order), sysctls or flags changes it. Creation stamps
 * (`seq`, the host's private counters) are left out: they order things but are not state.
 * Fields added to Host later are included automatically (generic walk), unless listed below.
 */
import { FibTable } from './fib-table';
import type { Host } from './host';
import { formatIp } from './ip';
import { SysctlStore } from './sysctl';

/** Host fields the snapshot leaves out: creation counters that change without changing state. */
export const SNAPSHOT_IGNORED_HOST_FIELDS: ReadonlySet<string> = new Set(['stamp', 'tableStamp']);

/** Keys left out of every object: insertion stamps (the order they give is kept by list order). */
export const SNAPSHOT_IGNORED_KEYS: ReadonlySet<string> = new Set(['seq']);

/** Keys whose integer/bigint values are printed as addresses, for readable diffs. */
const IP_KEYS = new Set([
  'dst',
  'src',
  'gateway',
  'prefsrc',
  'local',
  'peer',
  'broadcast',
  'addr',
  'natAddr',
  'via',
  'newdst',
]);

/** Fields of Host rendered by dedicated sections (everything else goes through the generic walk). */
const SECTION_FIELDS = new Set(['links', 'nextIfindex', 'addrs', 'tables', 'rules', 'sysctl']);

/** The canonical multi-line text of everything in `host` (one item per line). */
export function snapshotHost(host: Host): string {
  const out: string[] = [`nextIfindex ${host.nextIfindex}`];
  for (const [ifindex, link] of host.links) out.push(`link ${ifindex} ${canonicalValue(link)}`);
  for (const a of host.addrs) out.push(`addr ${canonicalValue(a)}`);
  for (const family of [4, 6] as const) {
    for (const t of host.tablesInDumpOrder(family)) {
      out.push(`table ${family} ${t.id} (${t.size} routes)`);
      for (const r of t.routes()) out.push(`  route ${canonicalRoute(r)}`);
    }
    for (const rule of host.rules[family]) out.push(`rule ${family} ${canonicalValue(rule)}`);
  }
  for (const key of host.sysctl.keys()) out.push(`sysctl ${key} = ${host.sysctl.get(key)}`);
  const rest = Object.keys(host)
    .filter((k) => !SECTION_FIELDS.has(k) && !SNAPSHOT_IGNORED_HOST_FIELDS.has(k))
    .sort();
  for (const k of rest) {
    const v = (host as unknown as Record<string, unknown>)[k];
    if (typeof v !== 'function') out.push(`field ${k} ${canonicalValue(v)}`);
  }
  return out.join('\n') + '\n';
}

/**
 * A canonical one-line text of a route as the Route interface describes it: a table's internal
 * representation (e.g. a fib_alias view with `toRoute()`, its chain pointer) does not show.
 */
export function canonicalRoute(route: object): string {
  const r = route as { toRoute?: () => object };
  const view = typeof r.toRoute === 'function' ? r.toRoute() : route;
  const { next: _next, ...rest } = view as Record<string, unknown>;
  void _next;
  return walk(rest, undefined, new Set());
}

/**
 * A canonical one-line text of any value: object keys sorted, undefined-valued keys and functions
 * left out, Map/Set/array order kept, bigints marked with `n`, cycles cut. Tables and sysctl
 * stores print their contents, not their internals.
 */
export function canonicalValue(value: unknown): string {
  return walk(value, undefined, new Set());
}

function walk(v: unknown, key: string | undefined, path: Set<object>): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'undefined':
      return 'undefined';
    case 'string':
      return JSON.stringify(v);
    case 'boolean':
      return String(v);
    case 'number':
      if (key !== undefined && IP_KEYS.has(key) && Number.isInteger(v) && v >= 0 && v <= 0xffffffff)
        return formatIp(v);
      return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint':
      if (key !== undefined && IP_KEYS.has(key) && v >= 0n && v < 1n << 128n) return formatIp(v);
      return `${v}n`;
    case 'function':
      return 'function';
    case 'symbol':
      return String(v);
  }
  const obj = v as object;
  if (path.has(obj)) return '[cycle]';
  path.add(obj);
  try {
    if (obj instanceof FibTable) {
      const routes = [...obj.routes()].map((r) => canonicalRoute(r as object));
      return `FibTable(${obj.family},${obj.id})[${routes.join(',')}]`;
    }
    if (obj instanceof SysctlStore)
      return `Sysctl{${obj
        .keys()
        .map((k) => `${k}=${obj.get(k)}`)
        .join(',')}}`;
    if (Array.isArray(obj)) return `[${obj.map((x) => walk(x, key, path)).join(',')}]`;
    if (obj instanceof Map)
      return `Map{${[...obj].map(([k, x]) => `${walk(k, undefined, path)}=>${walk(x, undefined, path)}`).join(',')}}`;
    if (obj instanceof Set) return `Set{${[...obj].map((x) => walk(x, undefined, path)).join(',')}}`;
    if (ArrayBuffer.isView(obj))
      return `${obj.constructor.name}[${Array.from(obj as unknown as ArrayLike<number>).join(',')}]`;
    if (obj.constructor?.name === 'Host') return '[host]';
    const rec = obj as Record<string, unknown>;
    const fields = Object.keys(rec)
      .filter((k) => !SNAPSHOT_IGNORED_KEYS.has(k) && rec[k] !== undefined && typeof rec[k] !== 'function')
      .sort()
      .map((k) => `${k}:${walk(rec[k], k, path)}`);
    return `{${fields.join(',')}}`;
  } finally {
    path.delete(obj);
  }
}
