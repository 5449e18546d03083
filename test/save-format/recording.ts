/**
 * Makes a save-format recording with the real kernel and iproute2 (needs root), and reads and
 * writes recordings as the files of test/save-format/recorded/NAME/ (see record.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportScenario } from '../../src/scenario/export-scenario';
import type { CommandRecord } from '../../src/scenario/command-record';
import { recordScript } from '../kernel/recorder';
import { built, ourFiles, type Recording, type Shown } from './checks';
import { FLUSH_RULES, SAVE_FILES, SHOW_COMMANDS, WORK, setupOf } from './scenarios';

/** Runs the netns export script as root and returns what it printed and the namespace's shows. */
function runNetns(script: string, ns: string): Recording['netns'] {
  const path = join(WORK, 'netns.sh');
  writeFileSync(path, script);
  try {
    const run = spawnSync('sh', [path], { encoding: 'utf8' });
    // As driver.sh: the simulator shows the settled state, after IPv6 duplicate address detection.
    for (
      let n = 0;
      n < 50 &&
      /inet6/.test(
        spawnSync('ip', ['-n', ns, '-6', 'addr', 'show', 'tentative'], { encoding: 'utf8' }).stdout,
      );
      n++
    )
      spawnSync('sleep', ['0.1']);
    const shows: Shown[] = SHOW_COMMANDS.map((cmd) => {
      const r = spawnSync('ip', ['-n', ns, ...cmd.split(' ').slice(1)], { encoding: 'utf8' });
      return { command: cmd, status: r.status, stdout: r.stdout, stderr: r.stderr };
    });
    return { name: ns, script, status: run.status, stderr: run.stderr, shows };
  } finally {
    spawnSync('ip', ['netns', 'del', ns]);
    rmSync(`/etc/netns/${ns}`, { recursive: true, force: true });
  }
}

/**
 * Records `script` (MACs already pinned): namespace A (the scenario, the real saves, the shows),
 * namespace B (the setup, our exports restored by the real restore, the shows) and the netns
 * export run in a namespace named `ns`.
 */
export function makeRecording(script: string, ns: string): Recording {
  mkdirSync(WORK, { recursive: true });
  const session = built(script);
  const ours = ourFiles(session);
  const files: Record<string, Uint8Array> = {};
  for (const f of SAVE_FILES) {
    files[`ours-${f.stem}`] = ours[f.stem];
    writeFileSync(join(WORK, `ours-${f.stem}.bin`), ours[f.stem]);
    rmSync(join(WORK, `real-${f.stem}.bin`), { force: true });
  }
  const a = recordScript(
    [
      script.trimEnd(),
      ...SAVE_FILES.map((f) => `${f.save} > ${WORK}/real-${f.stem}.bin`),
      ...SHOW_COMMANDS,
    ].join('\n'),
  );
  for (const f of SAVE_FILES) {
    const p = join(WORK, `real-${f.stem}.bin`);
    files[`real-${f.stem}`] = existsSync(p) ? new Uint8Array(readFileSync(p)) : new Uint8Array(0);
  }
  const b = recordScript(
    [
      setupOf(script).trimEnd(),
      ...FLUSH_RULES,
      ...SAVE_FILES.map((f) => `${f.restore} < ${WORK}/ours-${f.stem}.bin`),
      ...SHOW_COMMANDS,
    ].join('\n'),
  );
  const file = exportScenario(session, { format: 'script', netns: ns });
  if (!file.ok || file.text === undefined)
    throw new Error(`netns export failed: ${file.ok ? 'no text' : file.error}`);
  return { script, a, b, files, netns: runNetns(file.text, ns) };
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Writes a recording into `dir` (scenario.sh, a.json, b.json, *.bin, netns.sh, netns.json). */
export function writeRecording(dir: string, rec: Recording): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'scenario.sh'), rec.script.endsWith('\n') ? rec.script : `${rec.script}\n`);
  writeFileSync(join(dir, 'a.json'), json(rec.a));
  writeFileSync(join(dir, 'b.json'), json(rec.b));
  for (const [stem, bytes] of Object.entries(rec.files)) writeFileSync(join(dir, `${stem}.bin`), bytes);
  writeFileSync(join(dir, 'netns.sh'), rec.netns.script);
  const { script: _script, ...rest } = rec.netns;
  void _script;
  writeFileSync(join(dir, 'netns.json'), json(rest));
}

/** Reads the recording in `dir`. */
export function readRecording(dir: string): Recording {
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const files: Record<string, Uint8Array> = {};
  for (const f of SAVE_FILES)
    for (const who of ['ours', 'real'])
      files[`${who}-${f.stem}`] = new Uint8Array(readFileSync(join(dir, `${who}-${f.stem}.bin`)));
  const netns = JSON.parse(read('netns.json')) as Omit<Recording['netns'], 'script'>;
  return {
    script: read('scenario.sh'),
    a: JSON.parse(read('a.json')) as CommandRecord[],
    b: JSON.parse(read('b.json')) as CommandRecord[],
    files,
    netns: { ...netns, script: read('netns.sh') },
  };
}
