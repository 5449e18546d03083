/**
 * Records the kernel's answers to the sample probes of packet classes (root needed):
 *
 *   npx tsx test/analysis/record-class-probes.ts [NAME...]
 *
 * For each test/analysis/class-probes/NAME.sh: runs the scenario in the simulator, lists the
 * packet classes of every verdict (both families) with their sample probes, writes
 * NAME.probes.json (probe, verdict), then runs the scenario followed by the probes in a fresh
 * network namespace (named an-…, or NS_PREFIX-… when that variable is set) with
 * test/kernel/driver.sh and writes NAME.kernel.json (the records, as the kernel corpus stores
 * them). class-probes.test.ts replays both without root.
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
import type { CommandRecord } from '../../src/scenario/command-record';
import { probeScript } from './class-probes-kit';

const DIR = fileURLToPath(new URL('./class-probes/', import.meta.url));
const DRIVER = fileURLToPath(new URL('../kernel/driver.sh', import.meta.url));

function record(script: string): CommandRecord[] {
  const ns = `${process.env.NS_PREFIX ?? 'an'}-${process.pid}-${Math.floor(Math.random() * 1e6)}`;
  const work = mkdtempSync(join(tmpdir(), 'an-rec-'));
  const etc = `/etc/netns/${ns}`;
  try {
    mkdirSync(etc, { recursive: true });
    if (existsSync('/etc/iproute2')) cpSync('/etc/iproute2', join(etc, 'iproute2'), { recursive: true });
    writeFileSync(join(work, 'script'), script);
    execFileSync('ip', ['netns', 'add', ns]);
    execFileSync('ip', ['netns', 'exec', ns, 'sh', '-c', readFileSync(DRIVER, 'utf8'), 'sh', work], {
      stdio: 'ignore',
      timeout: 600_000,
    });
    const out: CommandRecord[] = [];
    script.split('\n').forEach((command, i) => {
      const n = i + 1;
      if (!existsSync(join(work, `${n}.rc`))) return;
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

const wanted = process.argv.slice(2);
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.sh'))) {
  const name = file.slice(0, -3);
  if (wanted.length && !wanted.includes(name)) continue;
  const scenario = readFileSync(join(DIR, file), 'utf8');
  const { script, probes } = probeScript(scenario);
  writeFileSync(join(DIR, `${name}.probes.json`), `${JSON.stringify(probes, null, 1)}\n`);
  const records = record(script);
  const kernel = execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim();
  const iproute2 = execFileSync('ip', ['-V'], { encoding: 'utf8' }).trim();
  writeFileSync(
    join(DIR, `${name}.kernel.json`),
    `${JSON.stringify({ kernel, iproute2, records }, null, 1)}\n`,
  );
  console.log(`${name}: ${probes.length} probes recorded`);
}
