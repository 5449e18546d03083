/**
 * Replays the recorded sample probes of packet classes (record-class-probes.ts): the analysis
 * still gives the recorded classes, the engine gives every probe its class's verdict, the kernel
 * answered every probe as the engine does, and the kernel's answers agree with the verdicts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProbe } from '../../src/analysis/packet-class-probe';
import { strerror } from '../../src/engine/errors';
import type { CommandRecord } from '../../src/scenario/command-record';
import { createSession, runScript } from '../../src/scenario/run-script';
import { probeScript, type RecordedProbe } from './class-probes-kit';

const DIR = fileURLToPath(new URL('./class-probes/', import.meta.url));
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.sh'))
  .map((f) => f.slice(0, -3));

/**
 * Probes where the engine (not the analysis) still answers unlike the kernel; reported to the
 * engine's owners. Each must keep differing: when the engine is fixed, remove it from here.
 */
const KNOWN_ENGINE_GAPS: readonly RegExp[] = [
];

function load(name: string) {
  const scenario = readFileSync(`${DIR}${name}.sh`, 'utf8');
  const probes = JSON.parse(readFileSync(`${DIR}${name}.probes.json`, 'utf8')) as RecordedProbe[];
  const kernel = JSON.parse(readFileSync(`${DIR}${name}.kernel.json`, 'utf8')) as {
    records: CommandRecord[];
  };
  return { scenario, probes, kernel: new Map(kernel.records.map((r) => [r.line, r])) };
}

/** What the kernel's answer must look like for the verdict, when nothing after the lookup can fail. */
function agrees(p: RecordedProbe, k: CommandRecord): boolean {
  if (p.kind === 'route')
    return (
      k.status === 0 && (p.table === undefined || p.table >= 253 || k.stdout.includes(` table ${p.table} `))
    );
  return k.status !== 0 && k.stderr.includes(strerror(p.errno ?? 0));
}

describe.each(names)('sample probes of %s', (name) => {
  const { scenario, probes, kernel } = load(name);

  it('are still the probes the analysis gives (else record again)', () => {
    expect(probeScript(scenario).probes).toEqual(probes);
  });

  it('get their class verdict from the engine', () => {
    const s = createSession();
    runScript(scenario, s);
    let ran = 0;
    for (const p of probes) {
      const words = p.command.split(' ').slice(p.family === 6 ? 4 : 3);
      const v = runProbe(s, words).verdict;
      if (v === null) continue;
      ran++;
      expect(v.key, p.command).toBe(p.verdict);
    }
    expect(ran).toBeGreaterThan(probes.length * 0.7);
  });

  it('were answered by the kernel as the engine answers them', () => {
    const s = createSession();
    const records = runScript(`${probeScript(scenario).script}`, s);
    for (const p of probes) {
      const e = records.find((r) => r.line === p.line)!;
      const k = kernel.get(p.line)!;
      const got = { status: e.status, stdout: e.stdout, stderr: e.stderr };
      const want = { status: k.status, stdout: k.stdout, stderr: k.stderr };
      if (KNOWN_ENGINE_GAPS.some((re) => re.test(p.command)))
        expect(got, `${p.command} now matches the kernel: remove it from KNOWN_ENGINE_GAPS`).not.toEqual(
          want,
        );
      else expect(got, p.command).toEqual(want);
    }
  });

  it('got answers from the kernel that agree with their verdicts (locally generated, no oif)', () => {
    let checked = 0;
    for (const p of probes) {
      if (/ (iif|oif|from) /.test(p.command)) continue;
      checked++;
      expect(
        agrees(p, kernel.get(p.line)!),
        `${p.command} → ${p.verdict}: ${JSON.stringify(kernel.get(p.line))}`,
      ).toBe(true);
    }
    expect(checked).toBeGreaterThan(0);
  });
});
