/**
 * Records what the real kernel prints for every built-in example (run as root:
 * `npx tsx e2e/record-examples.ts`), and for the scripts of e2e/cases.ts, into e2e/fixtures/kernel-examples.json, which the
 * end-to-end tests compare the app's verdicts with. Never edit the JSON by hand.
 */
import { writeFileSync } from 'node:fs';
import { EXAMPLES } from '../src/scenario/examples/index';
import { CASES } from './cases';
import { iproute2Version, kernelRelease, recordScript } from '../test/kernel/recorder';

const out = {
  kernel: kernelRelease(),
  iproute2: iproute2Version(),
  examples: Object.fromEntries(
    EXAMPLES.map((e) => [e.id, { script: e.script, records: recordScript(e.script) }]),
  ),
  cases: Object.fromEntries(
    Object.entries(CASES).map(([id, script]) => [id, { script, records: recordScript(script) }]),
  ),
};
writeFileSync(
  new URL('./fixtures/kernel-examples.json', import.meta.url),
  `${JSON.stringify(out, null, 1)}\n`,
);
console.log(`recorded ${EXAMPLES.length} examples on Linux ${out.kernel}, ${out.iproute2}`);
