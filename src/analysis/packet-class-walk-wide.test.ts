import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../test/kernel/random-scenario';
import { createSession, runScript } from '../scenario/run-script';
import { subtractSets, type BoxSet } from './packet-class-space';
import { walkPackets, type PacketWalk } from './packet-class-walk';
import { classesForTarget, packetClasses } from './packet-class';

/** The walk's outcome sets by where they were decided and with what verdict. */
function bySite(w: PacketWalk): Map<string, BoxSet> {
  const out = new Map<string, BoxSet>();
  for (const o of w.outcomes) {
    const k = `${o.ruleIndex ?? '-'} ${o.verdict.key}`;
    out.set(k, (out.get(k) ?? []).concat(o.set));
  }
  return out;
}

function sameSet(a: BoxSet, b: BoxSet): boolean {
  return subtractSets(a, b).length === 0 && subtractSets(b, a).length === 0;
}

describe('walkPackets on wide reach sets ("reach minus decided")', () => {
  it('ends every packet where the narrow decomposition ends it, on random scenarios', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const s = createSession();
        runScript(generateScenario(seed, { probes: [0, 0] }), s);
        for (const family of [4, 6] as const) {
          // 0: every reach set takes the wide path; 1e9: none does (the recorded decomposition).
          const wide = bySite(walkPackets(s.host, family, 0));
          const narrow = bySite(walkPackets(s.host, family, 1e9));
          expect([...wide.keys()].sort(), `seed ${seed} IPv${family}`).toEqual([...narrow.keys()].sort());
          for (const [k, set] of narrow)
            expect(sameSet(set, wide.get(k) ?? []), `seed ${seed} ${k}`).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('packetClasses of a rule', () => {
  it('gives what the whole walk gives, though it walks only up to the rule when the rule decides', () => {
    let rules = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const s = createSession();
      runScript(generateScenario(seed, { probes: [0, 0] }), s);
      for (const family of [4, 6] as const) {
        const whole = walkPackets(s.host, family);
        for (const pref of new Set(s.host.rules[family].map((r) => r.pref))) {
          const target = { kind: 'rule', family, pref } as const;
          const texts = (cs: ReturnType<typeof packetClasses>) =>
            cs.map((c) => `${c.text} → ${c.verdict.key} (${c.probe.join(' ')})`);
          expect(texts(packetClasses(s, target)), `seed ${seed} IPv${family} pref ${pref}`).toEqual(
            texts(classesForTarget(s.host, whole, target)),
          );
          rules++;
        }
      }
    }
    expect(rules).toBeGreaterThan(50);
  });
});
