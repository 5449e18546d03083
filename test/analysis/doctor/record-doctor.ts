/**
 * Records the kernel's answers for the doctor's scenarios (needs root):
 * `npx tsx test/analysis/doctor/record-doctor.ts [NAME...]` runs each
 * test/analysis/doctor/kernel/NAME.sh in a fresh network namespace named dr-N-PID (with its own
 * copy of /etc/iproute2) through test/kernel/driver.sh and writes NAME.kernel.json next to it,
 * in the corpus format ({kernel, iproute2, records}). kernel-doctor.test.ts replays them.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandRecord } from '../../../src/scenario/command-record';
import { canRecord, iproute2Version, kernelRelease } from '../../kernel/recorder';

const DIR = fileURLToPath(new URL('./kernel', import.meta.url));
const DRIVER = fileURLToPath(new URL('../../kernel/driver.sh', import.meta.url));

function record(script: string, ns: string): CommandRecord[] {
  const work = mkdtempSync(join(tmpdir(), 'dr-rec-'));
  const etc = `/etc/netns/${ns}`;
  try {
    mkdirSync(etc, { recursive: true });
    if (existsSync('/etc/iproute2')) cpSync('/etc/iproute2', join(etc, 'iproute2'), { recursive: true });
    else mkdirSync(join(etc, 'iproute2'));
    writeFileSync(join(work, 'script'), script);
    execFileSync('ip', ['netns', 'add', ns]);
    execFileSync('ip', ['netns', 'exec', ns, 'sh', '-c', readFileSync(DRIVER, 'utf8'), 'sh', work], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const have = new Set(readdirSync(work));
    const out: CommandRecord[] = [];
    script.split('\n').forEach((command, i) => {
      const n = i + 1;
      if (!have.has(`${n}.rc`)) return;
      const read = (ext: string) => readFileSync(join(work, `${n}.${ext}`), 'utf8');
      out.push({
        line: n,
        command,
        status: Number(read('rc').trim()),
        stdout: read('out'),
        stderr: read('err'),
      });
    });
    return out;
  } finally {
    try {
      execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
    } catch {
      /* never created */
    }
    rmSync(etc, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

if (!canRecord()) {
  process.stderr.write('record-doctor: needs root and iproute2 (ip netns)\n');
  process.exit(1);
}
const wanted = process.argv.slice(2);
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.sh'))
  .map((f) => f.slice(0, -3))
  .filter((n) => wanted.length === 0 || wanted.includes(n));
const meta = { kernel: kernelRelease(), iproute2: iproute2Version() };
names.forEach((name, i) => {
  const script = readFileSync(join(DIR, `${name}.sh`), 'utf8');
  const records = record(script, `dr-${i}-${process.pid}`);
  writeFileSync(join(DIR, `${name}.kernel.json`), `${JSON.stringify({ ...meta, records }, null, 2)}\n`);
  process.stdout.write(`${name}: ${records.length} records\n`);
});
