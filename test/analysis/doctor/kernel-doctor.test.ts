/**
 * The doctor against the kernel: each test/analysis/doctor/kernel/NAME.sh builds a scenario, then
 * (after `# probes`) asks the real kernel the doctor's probes and what changes when the blamed
 * rule goes. NAME.kernel.json holds Linux's answers (record-doctor.ts, root). Here, without root:
 * the simulator answers every line as Linux did, the doctor finds exactly the `# expect:` ids on
 * the scenario part, and each finding's probe is one of the recorded lines, whose kernel answer
 * is the verdict the finding states; for a shadowed rule, the kernel answers that probe differently
 * once the covering rule is deleted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { confirmFinding } from '../../../src/analysis/doctor-confirm';
import { runDoctor } from '../../../src/analysis/doctor';
import type { CommandRecord } from '../../../src/scenario/command-record';
import { createSession, runScript } from '../../../src/scenario/run-script';

const DIR = fileURLToPath(new URL('./kernel', import.meta.url));
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.sh'))
  .map((f) => f.slice(0, -3));

function firstLine(r: CommandRecord): string {
  return (r.stdout || r.stderr).split('\n')[0] ?? '';
}

describe('doctor findings confirmed by the kernel', () => {
  test('there are recorded scenarios', () => expect(names.length).toBeGreaterThanOrEqual(10));

  for (const name of names) {
    test(name, () => {
      const script = readFileSync(join(DIR, `${name}.sh`), 'utf8');
      const kernel = JSON.parse(readFileSync(join(DIR, `${name}.kernel.json`), 'utf8')) as {
        records: CommandRecord[];
      };
      const sim = runScript(script);
      expect(sim.map((r) => [r.line, r.status, r.stdout, r.stderr])).toEqual(
        kernel.records.map((r) => [r.line, r.status, r.stdout, r.stderr]),
      );

      const expected = /^# expect: (.*)$/m.exec(script)![1]!.split(' ');
      const marker = script.indexOf('# probes\n');
      const session = createSession();
      runScript(script.slice(0, marker), session);
      const findings = runDoctor(session);
      expect(findings.map((f) => f.id).sort()).toEqual([...expected].sort());

      const probeLine = script.slice(0, marker).split('\n').length; // 1-based line of `# probes`
      for (const f of findings) {
        expect(confirmFinding(session, f), f.id).toBeNull();
        const rec = kernel.records.find((r) => r.line > probeLine && r.command === f.probe.command);
        expect(rec, `${f.id}: probe "${f.probe.command}" is recorded`).toBeDefined();
        const between = kernel.records.filter(
          (r) =>
            r.line > probeLine &&
            r.line < rec!.line &&
            !r.command.startsWith('ip route get') &&
            !/^ip (-[46] )?rule show/.test(r.command),
        );
        expect(between, `${f.id}: nothing changes the state before the probe`).toEqual([]);
        expect(firstLine(rec!), f.id).toBe(f.verdict);
        if (f.kind === 'shadowed') {
          // Without the covering rule, the kernel answers the same probe differently.
          const del = kernel.records.find(
            (r) => r.line > rec!.line && r.command === `ip rule del pref ${f.rules[1]!.pref}`,
          );
          const again = del && kernel.records.find((r) => r.line > del.line && r.command === f.probe.command);
          expect(
            again,
            `${f.id}: probe recorded again after deleting rule ${f.rules[1]!.pref}`,
          ).toBeDefined();
          expect(firstLine(again!)).not.toBe(f.verdict);
        }
      }
    });
  }
});
