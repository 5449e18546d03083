/**
 * Records the save-format checks against the real kernel and iproute2 (needs root):
 *
 *   npx tsx test/save-format/record.ts [NAME-FILTER]
 *
 * For each scenario (scenarios.ts: every built-in example and scenarios/*.sh), with its veth MACs
 * pinned, into test/save-format/recorded/NAME/:
 *   scenario.sh   the scenario
 *   a.json        namespace A: the scenario, then `ip rule save`, `ip -6 rule save` and
 *                 `ip route save table all` into real-*.bin, then the four show commands
 *   b.json        namespace B: the scenario's setup, the rule lists emptied, our exports
 *                 (ours-*.bin) restored by the real `ip rule restore` / `ip route restore`, the shows
 *   netns.sh      `rpdb export --netns sv-export-N` of the scenario; netns.json: its run as root
 *                 and the shows of the namespace it built
 * save-format.test.ts replays all of it without root (checks.ts); live.ts does the same on
 * random scenarios.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canRecord, iproute2Version, kernelRelease } from '../kernel/recorder';
import { makeRecording, writeRecording } from './recording';
import { RECORDED_DIR, WORK, netnsName, pinMacs, sourceScenarios } from './scenarios';

function main(): void {
  if (!canRecord()) {
    console.error('record.ts needs root (ip netns add)');
    process.exit(1);
  }
  const filter = process.argv[2] ?? '';
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  try {
    sourceScenarios().forEach((s, i) => {
      if (!s.name.includes(filter)) return;
      writeRecording(join(RECORDED_DIR, s.name), makeRecording(pinMacs(s.script), netnsName(i)));
      console.log(`recorded ${s.name}`);
    });
    writeFileSync(
      join(RECORDED_DIR, 'meta.json'),
      `${JSON.stringify({ kernel: kernelRelease(), iproute2: iproute2Version() }, null, 2)}\n`,
    );
  } finally {
    rmSync(WORK, { recursive: true, force: true });
  }
}

main();
