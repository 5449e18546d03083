import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FuzzHarness } from './fuzz-harness';
import {
  fuzzParams,
  grammarLineArb,
  linkAddrLineArb,
  routeLineArb,
  ruleLineArb,
  sysctlEchoLineArb,
} from './fuzz-grammar';

const harness = new FuzzHarness();

async function check(arb: fc.Arbitrary<string>, runs: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arb, async (line) => {
      const problems = await harness.line(line);
      if (problems.length > 0) throw new Error(`${JSON.stringify(line)}:\n${problems.join('\n')}`);
    }),
    fuzzParams(runs),
  );
}

describe('grammar fuzz: commands built from the ip/sysctl grammar with boundary values', () => {
  afterAll(async () => {
    await harness.close();
  });

  it('ip rule commands never throw, hang, leave bad records or change state when they fail', async () => {
    await check(ruleLineArb, 1500);
  });

  it('ip route commands never throw, hang, leave bad records or change state when they fail', async () => {
    await check(routeLineArb, 1500);
  });

  it('ip link and ip addr commands never throw, hang, leave bad records or change state when they fail', async () => {
    await check(linkAddrLineArb, 700);
  });

  it('sysctl and echo commands never throw, hang, leave bad records or change state when they fail', async () => {
    await check(sysctlEchoLineArb, 500);
  });

  it('mixed grammar commands keep the invariants over a long session', async () => {
    await check(grammarLineArb, 300);
  });

  it('ran 4,500 command lines', () => {
    expect(harness.count()).toBeGreaterThanOrEqual(4500);
  });
});
