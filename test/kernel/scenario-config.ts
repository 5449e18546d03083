/** The configuration commands of a random scenario: routes, rules, sysctls, deletions, failures. */
import { Builder, MARKS, PREFS, V4_RULE_SOURCES, V4_TOS, V6_RULE_SOURCES, V6_TOS } from './scenario-builder';

/** Emits one `ip route add` (unicast, error types, local, exotic, multipath per features). */
export function addRoute(b: Builder): void {
  const r = b.rng;
  const family = b.family();
  const six = family === 6;
  const type = r.weighted<string>([
    ['unicast', b.has('routes-unicast') ? 60 : 0],
    ['blackhole', b.has('routes-error') ? 7 : 0],
    ['unreachable', b.has('routes-error') ? 7 : 0],
    ['prohibit', b.has('routes-error') ? 6 : 0],
    ['throw', b.has('routes-error') ? 8 : 0],
    ['local', b.has('routes-local') ? 5 : 0],
    ['broadcast', b.has('routes-exotic') && !six ? 1 : 0],
    ['anycast', b.has('routes-exotic') ? 1 : 0],
    ['multicast', b.has('routes-exotic') && !six ? 1 : 0],
    ['multipath', b.has('multipath') ? 4 : 0],
  ]);
  let dst = six ? b.v6Prefix() : b.v4Prefix();
  if (type === 'local' && dst === 'default') dst = six ? '2001:db8:77::5' : '10.77.0.5';
  const table = type === 'local' && r.chance(0.5) ? 'local' : b.table();
  const p = r.pick(b.pairs);
  const dev = r.chance(0.8) ? `${p.name}0` : `${p.name}1`;
  const words: string[] = [];
  if (type === 'unicast') {
    const how = r.weighted<string>([
      ['via', 5],
      ['via-dev', 2],
      ['dev', 3],
    ]);
    if (how !== 'dev') words.push(`via ${b.gateway(family, p)}`);
    if (how !== 'via') words.push(`dev ${how === 'via-dev' ? `${p.name}0` : dev}`);
  } else if (type === 'multipath') {
    const q = r.pick(b.pairs.filter((x) => x !== p));
    words.push(
      `nexthop via ${b.gateway(family, p)} weight ${r.int(1, 3)} nexthop via ${b.gateway(family, q)}`,
    );
  } else if (type === 'local' || type === 'broadcast' || type === 'anycast' || type === 'multicast') {
    words.push(`dev ${dev}`);
  }
  const opts: string[] = [];
  if (table !== 'main' || r.chance(0.2)) opts.push(`table ${table}`);
  if (b.has('route-options')) {
    if (r.chance(0.3)) opts.push(`metric ${r.pick([0, 1, 7, 10, 100, 200, 1024, 4294967295])}`);
    if (r.chance(0.08)) opts.push(`proto ${r.pick(['static', 'boot', 'kernel', '99', 'dhcp'])}`);
    if (type === 'unicast' && !words[0].startsWith('via') && r.chance(0.15)) opts.push('scope link');
    if ((type === 'unicast' || type === 'local') && r.chance(0.1)) opts.push(`src ${b.localAddr(family)}`);
    if (six && r.chance(0.08)) opts.push(`pref ${r.pick(['high', 'low', 'medium'])}`);
  }
  if (b.has('route-tos') && !six && r.chance(0.1)) opts.push(`tos ${r.pick(V4_TOS)}`);
  if (b.has('route-metrics') && (type === 'unicast' || type === 'local') && r.chance(0.1)) {
    opts.push(
      r.pick(['mtu 1400', 'mtu lock 1300', 'advmss 1200', 'hoplimit 32', 'initcwnd 10', 'window 65535']),
    );
  }
  const typeWord = type === 'unicast' || type === 'multipath' ? (r.chance(0.05) ? 'unicast' : '') : type;
  const line = `ip ${six ? '-6 ' : ''}route add ${typeWord} ${dst} ${[...words, ...r.shuffle(opts)].join(' ')}`;
  b.emit(line);
  b.routes.push({ family, typeWord, dst, table, line });
  if (type !== 'local') (six ? b.v6Targets : b.v4Targets).push(dst);
}

/** Emits one `ip rule add` with random selectors, pref and action. */
export function addRule(b: Builder): void {
  const r = b.rng;
  const family = b.family();
  const six = family === 6;
  const sel: string[] = [];
  if (r.chance(0.35)) sel.push(`from ${r.pick(six ? V6_RULE_SOURCES : V4_RULE_SOURCES)}`);
  if (r.chance(0.35)) sel.push(`to ${six ? b.v6Prefix() : b.v4Prefix()}`);
  if (b.has('rule-devices')) {
    if (r.chance(0.15)) sel.push(`iif ${r.pick([...b.devs, 'lo', 'lo', r.chance(0.2) ? 'nosuch' : 'a0'])}`);
    if (r.chance(0.1)) sel.push(`oif ${r.pick(b.devs)}`);
  }
  if (b.has('rule-fwmark') && r.chance(0.15)) sel.push(`fwmark ${r.pick(MARKS)}`);
  if (b.has('rule-tos') && r.chance(0.08)) sel.push(`tos ${r.pick(six ? V6_TOS : V4_TOS)}`);
  if (b.has('rule-uidrange') && r.chance(0.1))
    sel.push(`uidrange ${r.pick(['0-0', '1000-2000', '0-999', '5-5', '1-4294967294'])}`);
  if (b.has('rule-ports')) {
    if (r.chance(0.1))
      sel.push(`ipproto ${r.pick(six ? ['tcp', 'udp', 'ipv6-icmp'] : ['tcp', 'udp', 'icmp'])}`);
    if (r.chance(0.08)) sel.push(`sport ${r.pick(['53', '1000-2000', '1500', '1-1024'])}`);
    if (r.chance(0.08)) sel.push(`dport ${r.pick(['53', '80', '443', '1000-2000', '80-443'])}`);
  }
  if (b.has('rule-not') && r.chance(0.08)) sel.unshift('not');
  let pref: number | undefined = r.chance(0.7) ? r.pick(PREFS) : undefined;
  const action = r.weighted<string>([
    ['lookup', 70],
    ['goto', b.has('rule-goto') ? 7 : 0],
    ['nop', b.has('rule-goto') ? 3 : 0],
    ['error', b.has('rule-error-actions') && sel.some((s) => s !== 'not') ? 10 : 0],
  ]);
  const act: string[] = [];
  if (action === 'lookup') {
    act.push(`${r.chance(0.8) ? 'lookup' : 'table'} ${b.table()}`);
    if (b.has('rule-suppress') && r.chance(0.12))
      act.push(`suppress_prefixlength ${r.pick([0, 0, 8, 16, 24, 32, 128])}`);
    if (b.has('rule-suppress') && r.chance(0.04))
      act.push(`suppress_ifgroup ${r.pick(['default', '0', '5'])}`);
  } else if (action === 'goto') {
    if (pref === undefined || pref >= 32000) pref = r.pick(PREFS.filter((x) => x < 32000));
    const later = [...b.usedPrefs, ...PREFS, 32766].filter((x) => x > (pref as number));
    act.push(`goto ${r.pick(later)}`);
  } else if (action === 'nop') {
    act.push('nop');
  } else {
    const what = r.pick(['blackhole', 'unreachable', 'prohibit']);
    act.push(r.chance(0.2) ? `type ${what}` : what);
  }
  const prefWords = pref === undefined ? [] : [`${r.pick(['pref', 'pref', 'priority', 'order'])} ${pref}`];
  const parts = r.shuffle([...sel.filter((s) => s !== 'not'), ...prefWords]);
  const body = [sel.includes('not') ? 'not' : '', ...parts, ...act].join(' ');
  b.emit(`ip ${six ? '-6 ' : ''}rule add ${body}`);
  if (pref !== undefined) b.usedPrefs.add(pref);
  b.rules.push({ family, pref, body });
}

/** Emits one `sysctl -w` with one or two routing sysctls. */
export function setSysctl(b: Builder): void {
  const r = b.rng;
  const dev = () => r.pick(['all', 'all', ...b.devs.filter((d) => d.endsWith('0') || r.chance(0.3))]);
  const one = (): string =>
    r.weighted<string>([
      [`net.ipv4.ip_forward=${r.pick([0, 1, 1])}`, 3],
      [`net.ipv4.conf.${dev()}.rp_filter=${r.pick([0, 1, 2])}`, 4],
      [`net.ipv4.conf.${dev()}.src_valid_mark=${r.pick([0, 1])}`, 2],
      [`net.ipv4.conf.${dev()}.accept_local=${r.pick([0, 1])}`, 2],
      [`net.ipv4.conf.${r.pick(b.devs)}.forwarding=${r.pick([0, 1])}`, 2],
      [`net.ipv6.conf.all.forwarding=${r.pick([0, 1])}`, b.has('ipv6') ? 1 : 0],
    ]);
  const n = r.chance(0.15) ? 2 : 1;
  b.emit(`sysctl -w ${Array.from({ length: n }, one).join(' ')}`);
}

/** Emits a deletion: a rule by pref or by its spec, a route, or a table flush. */
export function deleteSomething(b: Builder): void {
  const r = b.rng;
  const what = r.weighted<string>([
    ['rule-pref', b.rules.some((x) => x.pref !== undefined) ? 3 : 0],
    ['rule-spec', b.rules.length > 0 ? 3 : 0],
    ['route', b.routes.length > 0 ? 4 : 0],
    ['flush', 1],
  ]);
  if (what === 'rule-pref') {
    const rule = r.pick(b.rules.filter((x) => x.pref !== undefined));
    b.emit(`ip ${rule.family === 6 ? '-6 ' : ''}rule del pref ${rule.pref}`);
  } else if (what === 'rule-spec') {
    const rule = r.pick(b.rules);
    b.emit(`ip ${rule.family === 6 ? '-6 ' : ''}rule del ${rule.body}`);
  } else if (what === 'route') {
    const route = r.pick(b.routes);
    const table = route.table === 'main' && r.chance(0.5) ? '' : ` table ${route.table}`;
    b.emit(`ip ${route.family === 6 ? '-6 ' : ''}route del ${route.typeWord} ${route.dst}${table}`);
  } else {
    const six = b.family() === 6;
    b.emit(`ip ${six ? '-6 ' : ''}route flush table ${r.int(100, 110)}`);
  }
}

/** Emits a command the kernel or iproute2 rejects (or a duplicate of an earlier route). */
export function failingCommand(b: Builder): void {
  const r = b.rng;
  const p = r.pick(b.pairs);
  const dup = b.routes.length > 0 ? r.pick(b.routes).line : 'ip route add 10.5.0.0/16 dev a0';
  const v6 = b.has('ipv6');
  b.emit(
    r.pick([
      'ip rule add pref 50 goto 40',
      'ip rule add sport 0 lookup 100',
      'ip rule add dport 65535 lookup 100',
      'ip rule add tos 0x20 lookup 100',
      'ip rule add uidrange 10-5 lookup 100',
      'ip rule add lookup nosuchtable',
      'ip rule add fwmark 0xzz lookup 100',
      'ip rule add type local',
      'ip route add 10.5.0.0/16',
      'ip route add 10.5.0.1/16 dev a0',
      `ip route add 10.6.0.0/16 via 10.0.${p.net}.7 dev ${p.name === 'a' ? 'b0' : 'a0'}`,
      'ip route add blackhole 10.7.0.0/16 dev a0',
      'ip route add 10.5.0.0/16 via 10.0.9.300',
      'ip rule del pref 12345',
      'ip route del 10.99.0.0/16',
      'ip route show table 999',
      'ip route add 10.8.0.0/16 dev nosuch',
      'ip rule add iif a0 lookup',
      'sysctl -w net.ipv4.conf.nosuch.rp_filter=1',
      'ip route add nat 10.9.0.0/16 via 10.0.1.5',
      dup,
      ...(v6
        ? [
            'ip -6 rule add type unicast',
            'ip -4 rule add from 2001:db8::/32 lookup 100',
            'ip -6 route del 2001:db8:dead::/48 table 101',
          ]
        : []),
    ]),
  );
}

/** Emits `ip link set DEV down` and usually `up` again. */
export function linkChange(b: Builder): void {
  const d = b.rng.pick(b.devs);
  b.emit(`ip link set ${d} down`);
  if (b.rng.chance(0.7)) b.emit(`ip link set ${d} up`);
}
