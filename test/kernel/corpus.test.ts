/**
 * Replays the kernel corpus without root: every script in test/kernel/corpus/<topic>/<name>.sh is
 * run through the simulator (runScript) and each of its records (status, stdout, stderr) must equal
 * what Linux printed (<name>.kernel.json). test/kernel/exceptions.json lists the records known to
 * differ; exactly those must differ, so a listed exception that now agrees fails too.
 */
import { describe, expect, test } from 'vitest';
import { runScript } from '../../src/scenario/run-script';
import {
  compareRecords,
  describeDifference,
  exceptionScriptId,
  loadCorpus,
  loadExceptions,
  simulate,
} from './corpus';

const entries = loadCorpus();
const exceptions = loadExceptions();
const byScript = new Map<string, Map<number, string>>();
for (const x of exceptions) {
  const id = exceptionScriptId(x.script);
  let m = byScript.get(id);
  if (!m) byScript.set(id, (m = new Map()));
  m.set(x.line, x.reason);
}

describe('kernel corpus', () => {
  test('corpus is present and fully recorded', () => {
    expect(entries.length).toBeGreaterThan(0);
    const unrecorded = entries.filter((e) => !e.recording).map((e) => e.id);
    expect(unrecorded, 'scripts without a .kernel.json (run `sudo npm run record`)').toEqual([]);
  });

  test('every exception names an existing script and a recorded line', () => {
    const problems: string[] = [];
    for (const x of exceptions) {
      const id = exceptionScriptId(x.script);
      const e = entries.find((en) => en.id === id);
      if (!e) problems.push(`${x.script}: no such script`);
      else if (!e.recording?.records.some((r) => r.line === x.line))
        problems.push(`${x.script}:${x.line}: the kernel recorded no command on that line`);
      if (!x.reason || !x.reason.trim()) problems.push(`${x.script}:${x.line}: missing reason`);
    }
    expect(problems).toEqual([]);
  });

  for (const e of entries) {
    if (!e.recording) continue;
    const recording = e.recording;
    test(e.id, () => {
      const cmp = compareRecords(recording.records, simulate(runScript, e.script));
      const allowed = byScript.get(e.id) ?? new Map<number, string>();
      const unexpected = cmp.filter((c) => !c.agree && !allowed.has(c.line));
      const stale = [...allowed.keys()].filter((line) => cmp.some((c) => c.line === line && c.agree));
      const report: string[] = [];
      if (unexpected.length) {
        const total = recording.records.length;
        report.push(
          `${e.id}: ${unexpected.length} of ${total} records differ from the kernel ` +
            `(${recording.kernel}, ${recording.iproute2})`,
        );
        for (const c of unexpected) report.push(describeDifference(c));
      }
      for (const line of stale)
        report.push(
          `${e.id}:${line}: listed in exceptions.json (${allowed.get(line)}) but now agrees — remove it`,
        );
      if (report.length) expect.fail(report.join('\n\n'));
    });
  }
});
