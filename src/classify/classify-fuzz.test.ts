/**
 * Fuzzing classify: mutated and cut fixtures, read in random chunks, every packet classified
 * under random link options. Nothing may throw, every packet gets a record, and it stays fast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCaptureReader } from '../capture/capture-reader';
import { createSession, runScript } from '../scenario/run-script';
import { createClassifier } from './classifier';

const DIR = join(__dirname, '../../test/classify-fixtures');
const FIXTURES = (JSON.parse(readFileSync(join(DIR, 'fixtures.json'), 'utf8')) as { file: string }[]).map(
  (f) => new Uint8Array(readFileSync(join(DIR, f.file))),
);
const session = createSession();
runScript(readFileSync(join(DIR, 'scenario-mangle.sh'), 'utf8'), session);
const LINKS = ['lo', 'wan0', 'wan1', 'lan0', 'lan0p'];

describe('fuzzing classify', () => {
  it('classifies every packet of mutated fixtures without throwing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FIXTURES.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }),
        fc.option(fc.nat()),
        fc.integer({ min: 1, max: 700 }),
        fc.record({
          iif: fc.subarray(LINKS, { maxLength: 2 }),
          output: fc.subarray(LINKS, { maxLength: 2 }),
          map: fc.dictionary(fc.constantFrom('1', '3', '9', '99', 'wan0', 'eth0'), fc.constantFrom(...LINKS)),
        }),
        (which, flips, cut, chunk, options) => {
          const bytes = FIXTURES[which].slice(
            0,
            cut === null ? undefined : cut % (FIXTURES[which].length + 1),
          );
          // Mutations fall mostly after the file header, inside the packets.
          for (const [at, v] of flips) if (bytes.length) bytes[at % bytes.length] = v;
          const started = Date.now();
          const r = createCaptureReader();
          const c = createClassifier(session, options);
          let n = 0;
          const take = (recs: ReturnType<typeof r.push>) => {
            for (const p of recs) {
              const out = c.classify(p);
              expect(out.index).toBe(p.index);
              expect(
                out.skipped !== undefined ||
                  (typeof out.query === 'string' && typeof out.stdout === 'string'),
              ).toBe(true);
              n++;
            }
          };
          for (let at = 0; at < bytes.length; at += chunk) take(r.push(bytes.subarray(at, at + chunk)));
          take(r.end());
          expect(n).toBe(r.packets);
          expect(Date.now() - started).toBeLessThan(10_000); // a hang, not a slow machine
        },
      ),
      { numRuns: 300 },
    );
  });
});
