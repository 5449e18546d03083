/**
 * The kernel recorder (needs root): runs a script in a fresh network namespace with its own copy
 * of /etc/iproute2 (`ip netns exec` bind-mounts /etc/netns/NS/iproute2 over it, so `echo ... >>
 * /etc/iproute2/rt_tables` never touches the machine's own file) and returns one record per
 * command line, in the format of `rpdb run --json`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandRecord } from '../../src/scenario/command-record';

const DRIVER = fileURLToPath(new URL('./driver.sh', import.meta.url));

/** True when this process can create network namespaces (root with iproute2). */
export function canRecord(): boolean {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** iproute2 version string of this machine (`ip -V`). */
export function iproute2Version(): string {
  return execFileSync('ip', ['-V'], { encoding: 'utf8' }).trim();
}

/** Kernel release of this machine. */
export function kernelRelease(): string {
  return execFileSync('uname', ['-r'], { encoding: 'utf8' }).trim();
}

/** Runs `script` in a fresh namespace and returns the kernel's records, one per command line. */
export function recordScript(script: string): CommandRecord[] {
  const ns = `rpdb${process.pid}x${Math.floor(Math.random() * 1e9)}`;
  const work = mkdtempSync(join(tmpdir(), 'rpdb-rec-'));
  const etc = `/etc/netns/${ns}`;
  try {
    mkdirSync(etc, { recursive: true });
    if (existsSync('/etc/iproute2')) cpSync('/etc/iproute2', join(etc, 'iproute2'), { recursive: true });
    else mkdirSync(join(etc, 'iproute2'));
    writeFileSync(join(work, 'script'), script);
    execFileSync('ip', ['netns', 'add', ns]);
    // Run the driver as `sh -c TEXT sh DIR` so dash names itself "sh" in its messages
    // ("sh: 1: foo: not found"), as the simulator does, not by the driver's path.
    execFileSync('ip', ['netns', 'exec', ns, 'sh', '-c', readFileSync(DRIVER, 'utf8'), 'sh', work], { stdio: 'ignore', timeout: 600_000 });
    return collect(script, work);
  } finally {
    try {
      execFileSync('ip', ['netns', 'del', ns], { stdio: 'ignore' });
    } catch {
      /* namespace never created */
    }
    rmSync(etc, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

function collect(script: string, work: string): CommandRecord[] {
  const lines = script.split('\n');
  const have = new Set(readdirSync(work));
  const out: CommandRecord[] = [];
  lines.forEach((command, i) => {
    const n = i + 1;
    if (!have.has(`${n}.rc`)) return;
    out.push({
      line: n,
      command,
      status: Number(readFileSync(join(work, `${n}.rc`), 'utf8').trim()),
      stdout: readFileSync(join(work, `${n}.out`), 'utf8'),
      stderr: readFileSync(join(work, `${n}.err`), 'utf8'),
    });
  });
  return out;
}
