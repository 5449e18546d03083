import { describe, expect, it } from 'vitest';
import { createSession, runScript } from '../scenario/run-script';
import { lookupRoute } from './route-lookup';

function sessionOf(script: string) {
  const s = createSession();
  const bad = runScript(script, s).filter((r) => r.status !== 0);
  expect(bad).toEqual([]);
  return s;
}

const BASE = `ip link set lo up
ip link add wan0 type veth peer name wan0p
ip link set wan0 up
ip link set wan0p up
ip addr add 192.0.2.1/24 dev wan0
ip route add default via 192.0.2.254
`;

describe('lookupRoute', () => {
  it('answers with the fast path before any rule: no rule decided, table main', () => {
    const a = lookupRoute(sessionOf(BASE), ['8.8.8.8', 'from', '192.0.2.1']);
    expect(a).toMatchObject({ status: 0, rule: null, table: 'main', verdict: 'dev wan0' });
    expect(a.stdout).toBe('8.8.8.8 from 192.0.2.1 via 192.0.2.254 dev wan0 uid 0 \n    cache \n');
  });
  it('names the rule and the table by its rt_tables name once rules exist', () => {
    const s = sessionOf(`${BASE}echo 100 isp2 >> /etc/iproute2/rt_tables
ip route add default via 192.0.2.253 table isp2
ip rule add pref 10 fwmark 1 lookup isp2
`);
    expect(lookupRoute(s, ['8.8.8.8', 'from', '192.0.2.1', 'mark', '1'])).toMatchObject({
      rule: 10,
      table: 'isp2',
      verdict: 'dev wan0',
    });
    expect(lookupRoute(s, ['8.8.8.8', 'from', '192.0.2.1'])).toMatchObject({ rule: 32766, table: 'main' });
    expect(lookupRoute(s, ['192.0.2.1', 'from', '192.0.2.1'])).toMatchObject({
      rule: 0,
      table: 'local',
      verdict: 'local',
    });
  });
  it('names rule actions and route types that refuse, with the error iproute2 prints', () => {
    const s = sessionOf(`${BASE}ip rule add pref 5 to 203.0.113.66 prohibit
ip rule add pref 6 to 203.0.113.67 blackhole
ip route add unreachable 198.51.100.0/24
`);
    expect(lookupRoute(s, ['203.0.113.66', 'from', '192.0.2.1'])).toMatchObject({
      status: 2,
      rule: 5,
      verdict: 'prohibit',
      stderr: 'RTNETLINK answers: Permission denied\n',
    });
    expect(lookupRoute(s, ['203.0.113.67', 'from', '192.0.2.1'])).toMatchObject({
      status: 2,
      rule: 6,
      verdict: 'blackhole',
    });
    expect(lookupRoute(s, ['198.51.100.9', 'from', '192.0.2.1'])).toMatchObject({
      status: 2,
      rule: 32766,
      table: 'main',
      verdict: 'unreachable',
    });
  });
  it('skips a lookup undone by suppress_prefixlength and credits the rule that answered after it', () => {
    const s = sessionOf(`${BASE}ip rule add pref 10 lookup main suppress_prefixlength 0
ip route add default via 192.0.2.253 table 7
ip rule add pref 20 lookup 7
`);
    expect(lookupRoute(s, ['8.8.8.8', 'from', '192.0.2.1'])).toMatchObject({
      rule: 20,
      table: '7',
      verdict: 'dev wan0',
    });
  });
  it('gives the error text as the verdict when no route type explains it', () => {
    const s = sessionOf(BASE);
    const a = lookupRoute(s, ['8.8.8.8', 'from', '192.0.2.9', 'iif', 'wan0']);
    expect(a).toMatchObject({ status: 2, verdict: 'No route to host' });
    expect(lookupRoute(s, ['8.8.8.8', 'from', '10.1.1.1'])).toMatchObject({
      status: 2,
      verdict: 'Network is unreachable',
    });
  });
});
