/**
 * Records what the real kernel prints for the scripts of e2e/form-cases.ts (run as root:
 * `npx tsx e2e/record-form-cases.ts`) into e2e/fixtures/kernel-forms.json, which e2e/forms.spec.ts
 * compares the app's answers with. Never edit the JSON by hand.
 */
import { writeFileSync } from 'node:fs';
import { FORM_CASES } from './form-cases';
import { iproute2Version, kernelRelease, recordScript } from '../test/kernel/recorder';

const out = {
  kernel: kernelRelease(),
  iproute2: iproute2Version(),
  cases: Object.fromEntries(
    Object.entries(FORM_CASES).map(([id, script]) => [id, { script, records: recordScript(script) }]),
  ),
};
writeFileSync(new URL('./fixtures/kernel-forms.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`recorded ${Object.keys(FORM_CASES).length} form cases on Linux ${out.kernel}, ${out.iproute2}`);
