import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './examples/index';
import { exportScript, shownLines } from './export-script';
import { createSession, runScript } from './run-script';

/** A session after running `script`. */
function built(script: string) {
  const session = createSession();
  const records = runScript(script, session);
  return { session, records };
}

/** The `ip route get` lines of a script. */
const probes = (script: string) => script.split('\n').filter((l) => /^ip (-\d )?route get /.test(l));

describe('exportScript', () => {
  it('of a fresh machine is empty', () => {
    expect(exportScript(createSession())).toBe('');
  });

  for (const ex of EXAMPLES) {
    it(`rebuilds the rules, routes and sysctls of the "${ex.id}" example, every command succeeding`, () => {
      const { session } = built(ex.script);
      const text = exportScript(session);
      const replay = built(text);
      expect(replay.records.filter((r) => r.status !== 0)).toEqual([]);
      for (const family of [4, 6] as const) {
        expect(shownLines(replay.session, family, 'rule')).toEqual(shownLines(session, family, 'rule'));
        expect(shownLines(replay.session, family, 'route')).toEqual(shownLines(session, family, 'route'));
      }
      for (const key of session.host.sysctl.keys())
        expect(replay.session.host.sysctl.get(key), key).toBe(session.host.sysctl.get(key));
    });

    it(`the "${ex.id}" example's last probes answer the same on the rebuilt machine`, () => {
      const last = probes(ex.script).slice(-1);
      const { session } = built(ex.script);
      const replay = built(exportScript(session));
      const text = last.join('\n');
      expect(runScript(text, replay.session)).toEqual(runScript(text, session));
    });
  }

  it('writes a deleted default rule as a del, and names from rt_tables first', () => {
    const { session } = built(
      'echo 7 seven >> /etc/iproute2/rt_tables\nip rule del pref 32767\nip rule add from 10.0.0.0/8 table seven\n',
    );
    expect(exportScript(session)).toBe(
      'echo 7 seven >> /etc/iproute2/rt_tables\n' +
        'ip rule del from all lookup default proto kernel pref 32767\n' +
        'ip rule add from 10.0.0.0/8 lookup seven pref 32765\n',
    );
  });

  it('turns a multipath route into one add with its nexthops', () => {
    const { session } = built(
      'ip link add va type veth peer name vb\nip link set va up\nip link set vb up\nip addr add 10.0.0.1/24 dev va\n' +
        'ip route add 10.9.0.0/16 nexthop via 10.0.0.2 weight 2 nexthop via 10.0.0.3\n',
    );
    expect(exportScript(session)).toContain(
      'ip route add 10.9.0.0/16 nexthop via 10.0.0.2 dev va weight 2 nexthop via 10.0.0.3 dev va weight 1\n',
    );
  });

  it('keeps local-type routes of table main in main (ip route add puts them in local unless told)', () => {
    const script =
      'ip link add va type veth peer name vb\nip link set va up\nip link set vb up\nip addr add 10.0.0.1/24 dev va\n' +
      'ip route add anycast default dev va metric 10 table main\nip route add local 10.5.0.0/16 dev lo table main\n';
    const { session } = built(script);
    const text = exportScript(session);
    expect(text).toContain('ip route add anycast default dev va scope link metric 10 table main\n');
    const replay = built(text);
    expect(shownLines(replay.session, 4, 'route')).toEqual(shownLines(session, 4, 'route'));
  });

  it('pins a MAC address the script set, before the link comes up', () => {
    const { session } = built(
      'ip link add a0 address 02:00:00:00:00:a0 type veth peer name a1\nip link set a0 up\n',
    );
    const text = exportScript(session);
    expect(text.indexOf('ip link set a0 address 02:00:00:00:00:a0\n')).toBeGreaterThan(-1);
    expect(text.indexOf('ip link set a0 address')).toBeLessThan(text.indexOf('ip link set a0 up'));
    expect(shownLines(built(text).session, 6, 'route')).toEqual(shownLines(session, 6, 'route'));
  });
});
