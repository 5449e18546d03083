/**
 * A seeded generator of random but plausible scenarios in the script language (ip, sysctl, echo
 * lines), for the live comparison with the kernel (live-compare.ts) and for the fuzz tests. The
 * same seed and options always give the same script. The mix of features is a list of flags so
 * that it can grow with the engine.
 */
import { Builder, NAMES } from './scenario-builder';
import { addRoute, addRule, deleteSomething, failingCommand, linkChange, setSysctl } from './scenario-config';
import { DEFAULT_FEATURES, type Feature } from './scenario-features';
import { observe, probe } from './scenario-probes';

export { ALL_FEATURES, DEFAULT_FEATURES, type Feature } from './scenario-features';
export { mulberry32, Rng } from './seeded-rng';

/** Features that each make some kind of route (a scenario without any adds no routes). */
const ROUTE_FEATURES: readonly Feature[] = [
  'routes-unicast',
  'routes-error',
  'routes-local',
  'routes-exotic',
  'multipath',
];

/** What `generateScenario` may be told. */
export interface ScenarioOptions {
  /** Enabled features (default DEFAULT_FEATURES). */
  features?: readonly Feature[];
  /** Inclusive range of configuration commands after the preamble (default 15..45). */
  commands?: readonly [number, number];
  /** Inclusive range of `ip route get` probes (default 10..30). */
  probes?: readonly [number, number];
}

/**
 * A random scenario for `seed`: a fixed preamble (lo, veth pairs with pinned MACs, addresses),
 * random configuration (routes, rules, sysctls, deletions, failing commands), then observations
 * (rule and route dumps, text and JSON) and 10–30 `ip route get` probes. Deterministic in
 * `seed` and `options`.
 */
export function generateScenario(seed: number, options: ScenarioOptions = {}): string {
  const features = options.features ?? DEFAULT_FEATURES;
  const b = new Builder(seed, features);
  const r = b.rng;
  b.lines.push(`# random scenario seed=${seed >>> 0} features=${[...features].join(',')}`);
  preamble(b);
  const [cmin, cmax] = options.commands ?? [15, 45];
  const count = r.int(cmin, cmax);
  if (b.has('routes-unicast') && r.chance(0.85)) b.emit(`ip route add default via 10.0.1.254`);
  if (b.has('routes-unicast') && b.has('ipv6') && r.chance(0.7))
    b.emit(`ip -6 route add default via 2001:db8:1::254`);
  const kinds: (readonly [string, number])[] = [
    ['route', ROUTE_FEATURES.some((f) => b.has(f)) ? 45 : 0],
    ['rule', b.has('rules') ? 35 : 0],
    ['sysctl', b.has('sysctl') ? 6 : 0],
    ['delete', b.has('deletions') ? 6 : 0],
    ['fail', b.has('failing') ? 5 : 0],
    ['observe', b.has('mid-observations') ? 2 : 0],
    ['link', b.has('link-changes') ? 2 : 0],
  ];
  if (b.has('sysctl') && r.chance(0.6)) b.emit('sysctl -w net.ipv4.ip_forward=1');
  const anyKind = kinds.some(([, w]) => w > 0);
  for (let i = 0; anyKind && i < count; i++) {
    switch (r.weighted(kinds)) {
      case 'route':
        addRoute(b);
        break;
      case 'rule':
        addRule(b);
        break;
      case 'sysctl':
        setSysctl(b);
        break;
      case 'delete':
        deleteSomething(b);
        break;
      case 'fail':
        failingCommand(b);
        break;
      case 'observe':
        b.emit(
          r.pick([
            'ip rule show',
            b.has('ipv6') ? 'ip -6 rule show' : 'ip rule show',
            'ip route show',
            'ip route show table all',
          ]),
        );
        break;
      case 'link':
        linkChange(b);
        break;
    }
  }
  observe(b);
  const [pmin, pmax] = options.probes ?? [10, 30];
  const probes = r.int(pmin, pmax);
  for (let i = 0; i < probes; i++) probe(b);
  return b.lines.join('\n') + '\n';
}

function preamble(b: Builder): void {
  const r = b.rng;
  const pairs = b.has('third-pair') && r.chance(0.5) ? 3 : 2;
  for (let i = 0; i < pairs; i++) b.pairs.push({ name: 'abc'[i], net: i + 1 });
  if (b.has('no-dad')) b.emit('sysctl -w net.ipv6.conf.default.accept_dad=0');
  b.emit('ip link set lo up');
  for (const p of b.pairs) {
    const mac = (s: string) => `02:00:00:00:00:${s}`;
    b.emit(
      `ip link add ${p.name}0 address ${mac(`${p.name}0`)} type veth peer name ${p.name}1 address ${mac(`${p.name}1`)}`,
    );
  }
  for (const d of b.devs) b.emit(`ip link set ${d} up`);
  for (const p of b.pairs) {
    b.emit(`ip addr add 10.0.${p.net}.1/24 dev ${p.name}0`);
    b.v4Local.push(`10.0.${p.net}.1`);
  }
  if (pairs === 3) {
    b.emit('ip addr add 10.0.4.1/24 dev c1');
    b.v4Local.push('10.0.4.1');
  }
  for (const p of b.pairs) {
    b.emit(`ip addr add 2001:db8:${p.net}::1/64 dev ${p.name}0 nodad`);
    b.v6Local.push(`2001:db8:${p.net}::1`);
  }
  if (b.has('extra-addresses')) {
    if (r.chance(0.3)) {
      b.emit('ip addr add 10.0.1.100/24 dev a0');
      b.v4Local.push('10.0.1.100');
    }
    if (r.chance(0.2)) {
      b.emit('ip addr add 10.0.9.1/32 dev lo');
      b.v4Local.push('10.0.9.1');
    }
    if (r.chance(0.2)) {
      b.emit('ip addr add 10.0.5.1/24 dev a0');
      b.v4Local.push('10.0.5.1');
    }
  }
  if (b.has('table-names')) {
    for (let id = 100; id <= 110; id++) {
      if (!r.chance(0.25)) continue;
      const used = new Set(b.names.values());
      const name = r.chance(0.5) ? `t${id}` : r.pick(NAMES.filter((n) => !used.has(n)).concat([`t${id}`]));
      b.names.set(id, name);
      b.emit(`echo ${id} ${name} >> /etc/iproute2/rt_tables`);
    }
  }
}
