import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../test/kernel/random-scenario';
import { createSession, runScript } from '../scenario/run-script';
import { boxSize, intersectBox } from './packet-class-space';
import { fieldWidths } from './packet-class-universe';
import { walkPackets } from './packet-class-walk';
import { engineVerdict, randomPoint, rng, walkVerdicts } from './packet-class-test-kit';
import { packetClasses } from './packet-class';
import { runProbe } from './packet-class-probe';

function scenario(seed: number) {
  const s = createSession();
  runScript(generateScenario(seed, { probes: [0, 0] }), s);
  return s;
}

describe('walkPackets on random scenarios', () => {
  it('partitions the packet space: outcome boxes are disjoint and their sizes add up to the universe', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const s = scenario(seed);
      for (const family of [4, 6] as const) {
        const w = walkPackets(s.host, family);
        const widths = fieldWidths(family);
        const boxes = w.outcomes.flatMap((o) => o.set);
        const total = boxes.reduce((n, b) => n + boxSize(b, widths), 0n);
        const universe = w.universe.reduce((n, b) => n + boxSize(b, widths), 0n);
        expect(total, `seed ${seed} IPv${family}`).toBe(universe);
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) expect(intersectBox(boxes[i], boxes[j])).toBeNull();
      }
    }
  });

  it('gives every random packet the verdict the engine gives it', () => {
    let checked = 0;
    for (let seed = 1; seed <= 15; seed++) {
      const s = scenario(seed);
      const r = rng(seed);
      for (const family of [4, 6] as const) {
        const w = walkPackets(s.host, family);
        for (let k = 0; k < 100; k++) {
          const p = randomPoint(s.host, w, r);
          const got = walkVerdicts(w, p).map((v) => v.key);
          expect(got, `seed ${seed} IPv${family} packet ${p.join(',')}`).toEqual([
            engineVerdict(s.host, family, p).key,
          ]);
          checked++;
        }
      }
    }
    expect(checked).toBe(15 * 2 * 100);
  });

  it('gives each class a sample probe whose engine verdict is the class verdict', () => {
    let ran = 0;
    let total = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const s = scenario(seed);
      for (const family of [4, 6] as const) {
        for (const c of packetClasses(s, { kind: 'all', family }).slice(0, 40)) {
          total++;
          expect(engineVerdict(s.host, family, c.point).key, c.text).toBe(c.verdict.key);
          const res = runProbe(s, c.probe);
          if (res.verdict === null) continue;
          ran++;
          expect(res.verdict.key, `ip route get ${c.probe.join(' ')} (${c.text})`).toBe(c.verdict.key);
        }
      }
    }
    expect(ran).toBeGreaterThan(total * 0.7);
  });
});
