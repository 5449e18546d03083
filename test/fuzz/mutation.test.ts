import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzHarness } from './fuzz-harness';
import { fuzzParams, mutatedLineArb, mutateLine, seedLines } from './fuzz-grammar';

const harness = new FuzzHarness();
const seeds = seedLines();

describe('mutation fuzz: real command lines with dropped, duplicated, swapped and replaced tokens', () => {
  afterAll(async () => {
    await harness.close();
  });

  it('has real command lines to start from', () => {
    expect(seeds.length).toBeGreaterThan(200);
  });

  it('mutates lines token by token', () => {
    expect(mutateLine('ip rule add pref 10 lookup 100', [{ op: 'drop', i: 3, j: 0, tok: '', c: '' }])).toBe(
      'ip rule add 10 lookup 100',
    );
    expect(mutateLine('ip rule add', [{ op: 'swap', i: 1, j: 2, tok: '', c: '' }])).toBe('ip add rule');
    expect(mutateLine('ip route get 8.8.8.8', [{ op: 'number', i: 0, j: 0, tok: '4294967296', c: '' }])).toBe(
      'ip route get 4294967296.8.8.8',
    );
  });

  it('unmutated seed lines run cleanly one after another', async () => {
    for (const line of seeds.slice(0, 300)) {
      const problems = await harness.line(line);
      expect(problems, line).toEqual([]);
    }
  });

  it('mutated command lines never throw, hang, leave bad records or change state when they fail', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedLineArb(seeds), async (line) => {
        const problems = await harness.line(line);
        if (problems.length > 0) throw new Error(`${JSON.stringify(line)}:\n${problems.join('\n')}`);
      }),
      fuzzParams(3700),
    );
  });

  it('ran 4,000 command lines', () => {
    expect(harness.count()).toBeGreaterThanOrEqual(4000);
  });
});
