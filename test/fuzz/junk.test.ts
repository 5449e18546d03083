import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../kernel/random-scenario';
import { FuzzHarness } from './fuzz-harness';
import { fuzzParams, junkLineArb, mutateLine } from './fuzz-grammar';

const harness = new FuzzHarness();

describe('junk fuzz: random strings, token soup and whole scripts', () => {
  afterAll(async () => {
    await harness.close();
  });

  it('random strings and token soup never throw, hang, leave bad records or change state when they fail', async () => {
    await fc.assert(
      fc.asyncProperty(junkLineArb, async (line) => {
        const problems = await harness.line(line);
        if (problems.length > 0) throw new Error(`${JSON.stringify(line)}:\n${problems.join('\n')}`);
      }),
      fuzzParams(1500),
    );
  });

  it('whole generated scenarios, some lines mutated, give one well-formed record per command line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom<'drop' | 'dup' | 'swap' | 'truncate' | 'upper'>(
              'drop',
              'dup',
              'swap',
              'truncate',
              'upper',
            ),
            fc.nat(),
            fc.nat(),
          ),
          { maxLength: 8 },
        ),
        fc.constantFrom('', '\n\n', '\n# comment\n', '\n   \n'),
        async (seed, edits, filler) => {
          const lines = generateScenario(seed).split('\n');
          for (const [at, op, i, j] of edits) {
            const k = at % lines.length;
            lines[k] = mutateLine(lines[k], [{ op, i, j, tok: '', c: '' }]);
          }
          const script = lines.join('\n').replace('\nip rule show', `${filler}ip rule show`);
          const problems = await harness.script(script);
          if (problems.length > 0) throw new Error(`seed ${seed}:\n${problems.join('\n')}`);
        },
      ),
      fuzzParams(30),
    );
  });

  it('ran 1,500 command lines and 30 scripts', () => {
    expect(harness.count()).toBeGreaterThanOrEqual(1530);
  });
});
