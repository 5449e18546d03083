import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import {
  emptyRouteForm,
  routeDeleteCommand,
  routeFormCommand,
  routeFormOf,
  ROUTE_TYPES,
  type RouteForm,
} from './route-form';

const SETUP = [
  'ip link add eth0 type veth peer name eth0-p',
  'ip link add eth1 type veth peer name eth1-p',
  'ip link set eth0 up',
  'ip link set eth1 up',
  'ip link set eth0-p up',
  'ip link set eth1-p up',
  'ip addr add 10.0.0.2/24 dev eth0',
  'ip addr add 10.1.0.2/24 dev eth1',
  'ip addr add 2001:db8:1::2/64 dev eth0 nodad',
];

/** Runs SETUP and `commands` on a fresh simulated host; returns every record. */
function run(...commands: string[]) {
  return runScript([...SETUP, ...commands].join('\n'), createSession()).slice(SETUP.length);
}

describe('routeFormCommand', () => {
  it('writes a unicast route without its type word, fields in ip route show order', () => {
    const f: RouteForm = {
      ...emptyRouteForm(),
      prefix: '192.0.2.0/24',
      tos: '0x10',
      via: '10.0.0.1',
      dev: 'eth0',
      table: '100',
      proto: 'static',
      scope: 'global',
      src: '10.0.0.2',
      metric: '5',
      onlink: true,
    };
    expect(routeFormCommand(f)).toBe(
      'ip route add 192.0.2.0/24 tos 0x10 via 10.0.0.1 dev eth0 table 100 proto static scope global src 10.0.0.2 metric 5 onlink',
    );
  });

  it('writes default for an empty prefix and the type word for other types', () => {
    expect(routeFormCommand({ ...emptyRouteForm(6), type: 'unreachable' })).toBe(
      'ip -6 route add unreachable default table main',
    );
  });

  it('writes one nexthop group per nexthop of a multipath route, leaving out via/dev', () => {
    const f: RouteForm = {
      ...emptyRouteForm(),
      prefix: '198.51.100.0/24',
      via: 'ignored',
      multipath: true,
      nexthops: [
        { via: '10.0.0.1', dev: 'eth0', weight: '2', onlink: false },
        { via: '10.1.0.1', dev: '', weight: '', onlink: true },
      ],
    };
    expect(routeFormCommand(f)).toBe(
      'ip route add 198.51.100.0/24 table main nexthop via 10.0.0.1 dev eth0 weight 2 nexthop via 10.1.0.1 onlink',
    );
  });

  it('leaves gateway, device and nexthops out of reject and throw routes', () => {
    const f: RouteForm = {
      ...emptyRouteForm(),
      type: 'prohibit',
      via: '10.0.0.1',
      dev: 'eth0',
      onlink: true,
    };
    expect(routeFormCommand(f)).toBe('ip route add prohibit default table main');
    expect(routeFormCommand({ ...f, type: 'throw', multipath: true })).toBe(
      'ip route add throw default table main',
    );
  });

  for (const type of ROUTE_TYPES)
    it(`a ${type} route built by the form is one the simulator accepts and deletes again`, () => {
      const f: RouteForm = {
        ...emptyRouteForm(),
        type,
        prefix: type === 'multicast' ? '239.1.0.0/16' : '203.0.113.0/24',
        dev: ['unicast', 'local', 'broadcast', 'anycast', 'multicast'].includes(type) ? 'eth0' : '',
        table: '100',
      };
      const [add, show] = run(routeFormCommand(f), 'ip route show table 100 type ' + type);
      expect(add.stderr).toBe('');
      const shown = routeFormOf(show.stdout.trim(), 4, '100');
      expect(shown.type).toBe(type);
      const [, del, after] = run(routeFormCommand(f), routeDeleteCommand(shown), 'ip route show table 100');
      expect(del.stderr).toBe('');
      expect(after.stdout).toBe('');
    });
});

describe('routeFormOf', () => {
  it('reads a shown multipath route into nexthops and gives back the same route', () => {
    const add =
      'ip route add 198.51.100.0/24 table 7 proto static metric 3 nexthop via 10.0.0.1 dev eth0 weight 2 nexthop via 10.1.0.1 dev eth1';
    const [, show] = run(add, 'ip route show table 7');
    const text = show.stdout.replace(/\n\t/g, ' ').trim();
    const f = routeFormOf(text, 4, '7');
    expect(f.multipath).toBe(true);
    expect(f.nexthops.map((n) => n.via)).toEqual(['10.0.0.1', '10.1.0.1']);
    const [, , again] = run(add, `ip route flush table 7`, `${routeFormCommand(f)}`);
    expect(again.stderr).toBe('');
    const [, , , show2] = run(add, 'ip route flush table 7', routeFormCommand(f), 'ip route show table 7');
    expect(show2.stdout).toBe(show.stdout);
  });

  it('reads an IPv6 route, dropping what describes state, keeping what has no field', () => {
    const f = routeFormOf(
      '2001:db8::/32 via 2001:db8:1::1 dev eth0 metric 1024 expires 299sec mtu 1400 pref high linkdown',
      6,
      'main',
    );
    expect(f).toMatchObject({
      prefix: '2001:db8::/32',
      via: '2001:db8:1::1',
      dev: 'eth0',
      metric: '1024',
      extra: 'mtu 1400 pref high',
    });
  });

  it('keeps `via inet6 ADDR` of an IPv4 route together', () => {
    expect(routeFormOf('default via inet6 fe80::1 dev eth0', 4, 'main').via).toBe('inet6 fe80::1');
  });
});
