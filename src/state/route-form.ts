/**
 * The route form's model: a route of any type (iproute.c iproute_modify), single path or with
 * `nexthop` groups, as the `ip route add` command it stands for; the `ip route del` that names a
 * shown route; and a form filled from a route as `ip route show` printed it (to edit it). Running
 * the command is what validates it, so errors are the kernel's or iproute2's own text.
 */
import { ip } from './edit-commands';

/** Route types `ip route add` takes (rtnl_rtntype_a2n); unicast is written without its word. */
export const ROUTE_TYPES = [
  'unicast',
  'local',
  'broadcast',
  'anycast',
  'multicast',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
] as const;

/** One of ROUTE_TYPES. */
export type RouteType = (typeof ROUTE_TYPES)[number];

/**
 * Types whose packets go through a nexthop. The others (reject types and throw) take none: the
 * kernel refuses a gateway, device or multipath for them (fib_create_info), so the form leaves
 * its nexthop fields out.
 */
export const FORWARDING_TYPES: ReadonlySet<RouteType> = new Set([
  'unicast',
  'local',
  'broadcast',
  'anycast',
  'multicast',
]);

/** Route scopes by name (rt_scopes). */
export const ROUTE_SCOPES = ['', 'global', 'site', 'link', 'host', 'nowhere'] as const;

/** One `nexthop` of a multipath route. */
export interface NexthopForm {
  via: string;
  dev: string;
  weight: string;
  onlink: boolean;
}

/** Fields of the route form; empty text means "not given". */
export interface RouteForm {
  family: 4 | 6;
  type: RouteType;
  prefix: string;
  tos: string;
  via: string;
  dev: string;
  table: string;
  proto: string;
  scope: string;
  src: string;
  metric: string;
  onlink: boolean;
  /** With `multipath`, `nexthops` replace via/dev/onlink. */
  multipath: boolean;
  nexthops: NexthopForm[];
  /** Words the form has no field for (metrics such as `mtu 1400`, `pref high`), kept as typed. */
  extra: string;
}

/** An empty nexthop. */
export function emptyNexthop(): NexthopForm {
  return { via: '', dev: '', weight: '', onlink: false };
}

/** An empty route form for table main. */
export function emptyRouteForm(family: 4 | 6 = 4): RouteForm {
  return {
    family,
    type: 'unicast',
    prefix: '',
    tos: '',
    via: '',
    dev: '',
    table: 'main',
    proto: '',
    scope: '',
    src: '',
    metric: '',
    onlink: false,
    multipath: false,
    nexthops: [emptyNexthop(), emptyNexthop()],
    extra: '',
  };
}

function push(w: string[], key: string, v: string): void {
  if (v.trim()) w.push(key, v.trim());
}

/** The `nexthop ...` words of one nexthop. */
export function nexthopWords(nh: NexthopForm): string[] {
  const w = ['nexthop'];
  push(w, 'via', nh.via);
  push(w, 'dev', nh.dev);
  push(w, 'weight', nh.weight);
  if (nh.onlink) w.push('onlink');
  return w;
}

/** The `ip route add` command a filled-in form stands for, in `ip route show`'s word order. */
export function routeFormCommand(f: RouteForm): string {
  const w: string[] = [ip(f.family), 'route', 'add'];
  if (f.type !== 'unicast') w.push(f.type);
  w.push(f.prefix.trim() || 'default');
  push(w, 'tos', f.tos);
  const single = FORWARDING_TYPES.has(f.type) && !f.multipath;
  if (single) {
    push(w, 'via', f.via);
    push(w, 'dev', f.dev);
  }
  push(w, 'table', f.table);
  push(w, 'proto', f.proto);
  push(w, 'scope', f.scope);
  push(w, 'src', f.src);
  push(w, 'metric', f.metric);
  if (single && f.onlink) w.push('onlink');
  if (f.extra.trim()) w.push(f.extra.trim());
  if (FORWARDING_TYPES.has(f.type) && f.multipath) for (const nh of f.nexthops) w.push(...nexthopWords(nh));
  return w.join(' ');
}

/**
 * The `ip route del` naming a shown route: its type, prefix, tos, metric and table, and for a
 * single-path route its gateway and device (fib_table_delete / ip6_route_del match on these).
 */
export function routeDeleteCommand(f: RouteForm): string {
  const w: string[] = [ip(f.family), 'route', 'del'];
  if (f.type !== 'unicast') w.push(f.type);
  w.push(f.prefix.trim() || 'default');
  push(w, 'tos', f.tos);
  if (!f.multipath) {
    push(w, 'via', f.via);
    push(w, 'dev', f.dev);
  }
  push(w, 'table', f.table);
  push(w, 'metric', f.metric);
  return w.join(' ');
}

// Words `ip route show` prints that describe state, not configuration: dropped when editing.
const STATE_FLAGS = new Set([
  'linkdown',
  'dead',
  'offload',
  'trap',
  'offload_failed',
  'rt_offload',
  'rt_trap',
]);
const STATE_VALUES = new Set(['expires', 'error', 'cache', 'used', 'age']);
const FIELD_WORDS: Record<string, keyof RouteForm> = {
  tos: 'tos',
  dsfield: 'tos',
  via: 'via',
  dev: 'dev',
  table: 'table',
  proto: 'proto',
  scope: 'scope',
  src: 'src',
  metric: 'metric',
};

/** A form filled from one route of `ip [-6] route show table TABLE` (nexthop lines joined). */
export function routeFormOf(text: string, family: 4 | 6, table: string): RouteForm {
  const f = emptyRouteForm(family);
  f.table = table;
  f.nexthops = [];
  const extra: string[] = [];
  const words = text.trim().split(/\s+/);
  let i = 0;
  if ((ROUTE_TYPES as readonly string[]).includes(words[0])) f.type = words[i++] as RouteType;
  f.prefix = words[i++] ?? '';
  let nh: NexthopForm | null = null;
  for (; i < words.length; i++) {
    const w = words[i];
    let v = words[i + 1] ?? '';
    if (w === 'via' && (v === 'inet' || v === 'inet6')) v = `${v} ${words[++i + 1] ?? ''}`;
    if (w === 'nexthop') {
      nh = emptyNexthop();
      f.nexthops.push(nh);
      f.multipath = true;
    } else if (nh && (w === 'via' || w === 'dev' || w === 'weight')) {
      nh[w] = v;
      i++;
    } else if (w === 'onlink') {
      if (nh) nh.onlink = true;
      else f.onlink = true;
    } else if (STATE_FLAGS.has(w)) continue;
    else if (STATE_VALUES.has(w)) i++;
    else if (w in FIELD_WORDS && !nh) {
      (f[FIELD_WORDS[w]] as string) = v;
      i++;
    } else extra.push(w);
  }
  if (!f.multipath) f.nexthops = [emptyNexthop(), emptyNexthop()];
  f.extra = extra.join(' ');
  return f;
}
