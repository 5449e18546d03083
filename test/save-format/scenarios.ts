/**
 * The scenarios of the save-format recordings: every built-in example and the scripts of
 * test/save-format/scenarios/*.sh, each with its veth MAC addresses pinned to the simulator's
 * (so the kernel derives the same IPv6 link-local addresses), and the split of a scenario into
 * its setup (links, addresses, sysctls, names) and its routes and rules.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXAMPLES } from '../../src/scenario/examples/index';
import { createSession, runScript } from '../../src/scenario/run-script';

/** Where the recordings live. */
export const RECORDED_DIR = fileURLToPath(new URL('./recorded/', import.meta.url));
const SCENARIO_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));

/** A scenario to record: a name (a directory under recorded/) and its script. */
export interface SaveScenario {
  name: string;
  script: string;
}

/** The examples and the hand-written scenario scripts, unpinned. */
export function sourceScenarios(): SaveScenario[] {
  const own = readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.sh'))
    .sort()
    .map((f) => ({ name: f.replace(/\.sh$/, ''), script: readFileSync(join(SCENARIO_DIR, f), 'utf8') }));
  return [...EXAMPLES.map((e) => ({ name: `example-${e.id}`, script: e.script })), ...own];
}

/** `script` with `ip link set dev X address MAC` after each veth creation, MACs as the simulator gives them. */
export function pinMacs(script: string): string {
  const session = createSession();
  runScript(script, session);
  const out: string[] = [];
  for (const line of script.split('\n')) {
    out.push(line);
    const m = /^ip link add (?:name )?(\S+) type veth peer name (\S+)\s*$/.exec(line.trim());
    if (!m) continue;
    for (const dev of [m[1], m[2]]) {
      const link = session.host.linkByName(dev);
      if (link)
        out.push(
          `ip link set dev ${dev} address ${link.mac.map((b) => b.toString(16).padStart(2, '0')).join(':')}`,
        );
    }
  }
  return out.join('\n');
}

/** True for an `ip ... route|rule ...` line (any abbreviation): not part of the setup. */
export function isRouteOrRuleLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words[0] !== 'ip') return false;
  let i = 1;
  while (i < words.length && words[i].startsWith('-'))
    i += /^-(n|netns|b|batch|rc|rcvbuf|l|loops|f|family)$/.test(words[i]) ? 2 : 1;
  const obj = words[i] ?? '';
  return obj !== '' && ('route'.startsWith(obj) || (obj.length >= 2 && 'rule'.startsWith(obj)));
}

/** The setup part of a scenario: every line but its route and rule commands. */
export function setupOf(script: string): string {
  return script
    .split('\n')
    .filter((l) => !isRouteOrRuleLine(l))
    .join('\n');
}

/** The show commands whose outputs the recordings compare. */
export const SHOW_COMMANDS = [
  'ip rule show',
  'ip -6 rule show',
  'ip route show table all',
  'ip -6 route show table all',
];

/** Lines that empty the rule lists before a rule restore (pref 0 has no FRA_PRIORITY, so flush keeps it). */
export const FLUSH_RULES = [
  'ip rule flush',
  'ip rule del pref 0',
  'ip -6 rule flush',
  'ip -6 rule del pref 0',
];

/** Where the scripts in the namespaces read and write the save files (a fixed path: it is recorded). */
export const WORK = '/tmp/rpdb-save-format';

/** The save files of a scenario: file stem and the command that writes it / restores it. */
export const SAVE_FILES = [
  { stem: 'rule4', save: 'ip rule save', restore: 'ip rule restore' },
  { stem: 'rule6', save: 'ip -6 rule save', restore: 'ip -6 rule restore' },
  { stem: 'route', save: 'ip route save table all', restore: 'ip route restore' },
] as const;

/** The namespace name the netns export check uses for scenario number `i`. */
export const netnsName = (i: number) => `sv-export-${i}`;
