/**
 * The recorded snapshot round trips (test/import/roundtrip/NNN.*, recorded as root by
 * `npx tsx test/kernel/live-snapshot.ts --count 50 --seed S --record test/import/roundtrip`):
 * for each namespace built from a random script, importing its snapshot and replaying the script
 * in the simulator gives back `ip rule show`, `ip -6 rule show`, `ip route show table all` and
 * `ip -6 route show table all` exactly as the namespace printed them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DUMPS, replaySnapshot } from './roundtrip-kit';

const DIR = fileURLToPath(new URL('./roundtrip', import.meta.url));
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.kernel.json'))
  .map((f) => f.replace(/\.kernel\.json$/, ''))
  .sort();

describe('snapshot round trip on recorded namespaces', () => {
  it('has at least 50 recorded namespaces', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });
  for (const c of cases) {
    it(`${c}: the imported snapshot gives back the namespace's rule and route dumps`, () => {
      const kernel = JSON.parse(readFileSync(join(DIR, `${c}.kernel.json`), 'utf8')) as {
        commands: string[];
        dumps: string[];
      };
      expect(kernel.commands).toEqual([...DUMPS]);
      const snapshot = readFileSync(join(DIR, `${c}.snapshot.txt`), 'utf8');
      const { diffs, failed } = replaySnapshot(snapshot, kernel.dumps);
      expect(failed).toEqual([]);
      expect(diffs).toEqual([]);
    });
  }
});
