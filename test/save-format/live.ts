/**
 * The live save-format check (root only), for CI:
 *
 *   npx tsx test/save-format/live.ts [--count N] [--seed S]
 *
 * Generates N random scenarios (test/kernel/random-scenario.ts, seeds S, S+1, ...; S random and
 * printed unless given), records each as record.ts does (the real saves, our exports restored
 * by the real restores, the netns export run for real) and runs the checks of checks.ts on it.
 * Failing scenarios are written to test-results/save-format-live/seed-S/. Exit status 1 when any
 * check failed.
 */
import { randomInt } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateScenario } from '../kernel/random-scenario';
import { canRecord } from '../kernel/recorder';
import { exportScenario } from '../../src/scenario/export-scenario';
import { runScript } from '../../src/scenario/run-script';
import { CHECKS, built } from './checks';
import { makeRecording, writeRecording } from './recording';
import { WORK, pinMacs } from './scenarios';

function parse(argv: string[]): { count: number; seed: number } {
  const o = { count: 10, seed: randomInt(2 ** 31) };
  for (let i = 0; i < argv.length; i++) {
    const v = Number(argv[i + 1]);
    if (argv[i] === '--count' && Number.isInteger(v) && v > 0) o.count = v;
    else if (argv[i] === '--seed' && Number.isInteger(v) && v >= 0) o.seed = v >>> 0;
    else {
      console.error(
        `usage: npx tsx test/save-format/live.ts [--count N] [--seed S] (bad argument "${argv[i]}")`,
      );
      process.exit(2);
    }
    i++;
  }
  return o;
}

function main(): void {
  if (!canRecord()) {
    console.error('live.ts needs root (ip netns add)');
    process.exit(1);
  }
  const o = parse(process.argv.slice(2));
  console.log(
    `save-format live: base seed ${o.seed} (reproduce: npx tsx test/save-format/live.ts --count ${o.count} --seed ${o.seed})`,
  );
  let failed = 0;
  try {
    for (let k = 0; k < o.count; k++) {
      const seed = (o.seed + k) >>> 0;
      const rec = makeRecording(pinMacs(generateScenario(seed)), `sv-live-${process.pid}-${k}`);
      // A state whose gateway was accepted against routes deleted since cannot be rebuilt by any
      // command: the real restore of our file stops there (the check of our restore compares the
      // words), and the commands decoded from the real save file fail the same way. Such a
      // scenario skips the two checks that require a complete restore instead of failing them.
      const unrebuildable = rec.b.some((x) => / restore < /.test(x.command) && x.status !== 0);
      if (unrebuildable)
        console.log(
          `seed ${seed}: the real restore cannot rebuild this state; checks of a complete restore skipped`,
        );
      // The same state written as the scenario's canonical script: where the simulator itself
      // refuses a line of it with the words the real namespace script stopped on, both agree that
      // no plain command rebuilds that route; the netns check is skipped, not failed.
      const exported = exportScenario(built(rec.script), { format: 'script' });
      const refused =
        exported.ok && exported.text !== undefined
          ? runScript(exported.text).find((r) => r.status !== 0)
          : undefined;
      const why = refused?.stderr.trim().split('\n').pop();
      const scriptCannot =
        rec.netns.status !== 0 && why !== undefined && why !== '' && rec.netns.stderr.includes(why);
      if (scriptCannot)
        console.log(
          `seed ${seed}: no script rebuilds this state (${refused!.command}: ${why}); netns check skipped`,
        );
      const problems = Object.entries(CHECKS)
        .filter(([name]) => !(scriptCannot && name.startsWith('the netns export')))
        .filter(
          ([name]) =>
            !(unrebuildable && /^the real save files, decoded|the real restores accepted them$/.test(name)),
        )
        .flatMap(([name, check]) => check(rec).map((p) => `${name}: ${p}`));
      if (!problems.length) continue;
      failed++;
      const dir = join('test-results', 'save-format-live', `seed-${seed}`);
      writeRecording(dir, rec);
      console.log(`seed ${seed}: ${problems.length} problem(s), recording in ${dir}`);
      for (const p of problems) console.log(`  ${p.split('\n').slice(0, 12).join('\n  ')}`);
    }
  } finally {
    rmSync(WORK, { recursive: true, force: true });
  }
  console.log(`save-format live: ${o.count - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
