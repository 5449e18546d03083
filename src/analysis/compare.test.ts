import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../test/kernel/random-scenario';
import { createSession, runScript } from '../scenario/run-script';
import { compareScenarios, compareSessions, routeGetLines } from './compare';
import { boxHas } from './packet-class-space';
import { walkPackets } from './packet-class-walk';
import { engineVerdict, randomPoint, rng } from './packet-class-test-kit';

const BEFORE = `ip link set lo up
ip link add a0 type veth peer name a1
ip link set a0 up
ip link set a1 up
ip addr add 10.0.1.1/24 dev a0
ip route add default via 10.0.1.254
ip route add table 100 default via 10.0.1.100
ip rule add pref 100 from 10.1.0.0/16 fwmark 0x1/0xff lookup 100
ip rule add pref 200 to 10.2.0.0/16 ipproto tcp dport 25 prohibit
ip route get 10.2.3.4 ipproto tcp dport 25
ip route get 10.3.0.1
`;
const AFTER = BEFORE.replace('pref 200 to 10.2.0.0/16', 'pref 200 to 10.3.0.0/16').replace(
  'ip route add table 100 default via 10.0.1.100',
  'ip route add table 100 default via 10.0.1.101',
);

describe('compareScenarios', () => {
  it('lists the rule and route lines that changed, in ip rule show / ip route show table T form', () => {
    const c = compareScenarios(BEFORE, AFTER);
    expect(c.diffs).toEqual([
      {
        listing: 'ip rule show',
        removed: ['200:\tfrom all to 10.2.0.0/16 ipproto tcp dport 25 prohibit'],
        added: ['200:\tfrom all to 10.3.0.0/16 ipproto tcp dport 25 prohibit'],
      },
      {
        listing: 'ip route show table 100',
        removed: ['default via 10.0.1.100 dev a0'],
        added: ['default via 10.0.1.101 dev a0'],
      },
    ]);
  });

  it('gives each changed class a probe that the two scenarios answer with the two verdicts', () => {
    const c = compareScenarios(BEFORE, AFTER);
    expect(c.changedClasses.length).toBeGreaterThan(0);
    let ran = 0;
    for (const k of c.changedClasses) {
      expect(k.before.key).not.toBe(k.after.key);
      // A locally generated probe from a foreign source fails before the lookup (verdict null).
      if (k.probeBefore.verdict === null || k.probeAfter.verdict === null) continue;
      ran++;
      expect(k.probeBefore.verdict.key, k.probe.join(' ')).toBe(k.before.key);
      expect(k.probeAfter.verdict.key, k.probe.join(' ')).toBe(k.after.key);
    }
    expect(ran).toBeGreaterThan(c.changedClasses.length / 2);
  });

  it("reports the scripts' route get lines whose answer changed", () => {
    const c = compareScenarios(BEFORE, AFTER);
    expect(c.changedProbes.map((p) => p.command)).toEqual(['ip route get 10.2.3.4 ipproto tcp dport 25']);
    expect(c.changedProbes[0].before).toBe('RTNETLINK answers: Permission denied');
  });

  it('finds no change between a scenario and itself', () => {
    const c = compareScenarios(BEFORE, BEFORE);
    expect(c).toEqual({ diffs: [], changedClasses: [], changedProbes: [] });
  });

  it('routeGetLines picks ip route get lines of either family', () => {
    expect(
      routeGetLines('ip -6 route get ::1\nip route add x\n  ip r get 1.1.1.1 mark 1\n# ip route get 2.2.2.2'),
    ).toEqual(['ip -6 route get ::1', 'ip r get 1.1.1.1 mark 1']);
  });

  it('on random scenarios, a packet changes verdict exactly when it lies in a changed class', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const a = createSession();
      const b = createSession();
      const script = generateScenario(seed, { probes: [0, 0] });
      runScript(script, a);
      runScript(
        `${script}\nip rule add pref 5 to 10.0.0.0/9 lookup 100\nip -6 rule add pref 5 not fwmark 0x1/0x3 lookup 101\nip route add table 100 unreachable 10.1.0.0/16`,
        b,
      );
      const cmp = compareSessions(a, b);
      const r = rng(seed);
      for (const family of [4, 6] as const) {
        const w = walkPackets(a.host, family);
        const boxes = cmp.changedClasses.filter((c) => c.family === family).map((c) => c.box);
        for (let k = 0; k < 80; k++) {
          const p = randomPoint(a.host, w, r);
          const changed = engineVerdict(a.host, family, p).key !== engineVerdict(b.host, family, p).key;
          expect(
            boxes.some((x) => boxHas(x, p)),
            `seed ${seed} IPv${family} ${p.join(',')}`,
          ).toBe(changed);
        }
      }
    }
  });
});
