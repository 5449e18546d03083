/**
 * The doctor on random scenarios (the live comparison's generator): it never throws, never
 * changes the session, and every finding it makes is confirmed by re-running its probe.
 */
import { describe, expect, test } from 'vitest';
import { confirmFinding } from '../../../src/analysis/doctor-confirm';
import { runDoctor } from '../../../src/analysis/doctor';
import { createSession, runScript } from '../../../src/scenario/run-script';
import { ALL_FEATURES, generateScenario } from '../../kernel/random-scenario';

const SEEDS = Array.from({ length: 150 }, (_, i) => 7001 + i);

describe('runDoctor on random scenarios', () => {
  test('no exception, no change, every finding confirmed', () => {
    const kinds = new Map<string, number>();
    for (const seed of SEEDS) {
      const s = createSession();
      runScript(generateScenario(seed, { features: ALL_FEATURES }), s);
      const state = () =>
        runScript('ip rule show\nip -6 rule show\nip route show table all\n', s).map((r) => r.stdout);
      const before = state();
      const findings = runDoctor(s);
      expect(state(), `seed ${seed}`).toEqual(before);
      for (const f of findings) {
        expect(confirmFinding(s, f), `seed ${seed} ${f.id}`).toBeNull();
        kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
      }
    }
    // The generator's rule sets are varied enough to exercise several checks.
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  });
});
