/**
 * The parent side of the live comparison's worker processes: runs scenario jobs on a few child
 * processes (live-child.ts), replaces a child that dies or overruns its time limit, and cleans up
 * the namespaces a killed child leaves behind.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandRecord } from '../../src/scenario/command-record';
import { generateScenario, type Feature } from './random-scenario';

const CHILD = fileURLToPath(new URL('./live-child.ts', import.meta.url));

/** What the parent asks a child to do. */
export interface Job {
  index: number;
  seed: number;
  features: Feature[];
  twice: boolean;
  confirm: boolean;
  /** Per-scenario time limit in seconds. */
  timeoutS: number;
}

/** What a child answers for one scenario. */
export interface Outcome {
  index: number;
  seed: number;
  script: string;
  kernel: CommandRecord[];
  /**
   * Second recording of the same script: always with `--twice`, else (unless `--no-confirm`) only
   * when the simulator differed, so that a kernel that answers differently from run to run shows
   * as such instead of as a simulator bug.
   */
  kernelAgain?: CommandRecord[];
  sim: CommandRecord[];
  simError?: string;
  kernelMs: number;
  simMs: number;
  /** Set by the parent when the child died or timed out. */
  failure?: string;
}

/** Deletes namespaces and /etc/netns folders a killed child left behind (recorder names them rpdbPIDx...). */
function cleanAfterChild(pid: number | undefined): void {
  if (pid === undefined) return;
  const prefix = `rpdb${pid}x`;
  try {
    const list = execFileSync('ip', ['netns', 'list'], { encoding: 'utf8' });
    for (const line of list.split('\n')) {
      const name = line.split(' ')[0];
      if (name.startsWith(prefix)) execFileSync('ip', ['netns', 'del', name], { stdio: 'ignore' });
    }
  } catch {
    /* nothing to clean */
  }
  if (existsSync('/etc/netns'))
    for (const d of readdirSync('/etc/netns'))
      if (d.startsWith(prefix)) rmSync(join('/etc/netns', d), { recursive: true, force: true });
}

/**
 * Runs every job on `jobs` children; calls `done` once per job (in completion order). A child that
 * dies or overruns the timeout fails its job and is replaced; a child that dies before it is ready
 * (the simulator cannot even be loaded) fails every job not yet started.
 */
export function runJobs(all: Job[], jobs: number, done: (r: Outcome) => void): Promise<void> {
  return new Promise((finish) => {
    let next = 0;
    let pending = all.length;
    if (pending === 0) finish();
    const settle = (r: Outcome): void => {
      done(r);
      if (--pending === 0) finish();
    };
    const failed = (j: Job, why: string): Outcome => ({
      index: j.index,
      seed: j.seed,
      script: generateScenario(j.seed, { features: j.features }),
      kernel: [],
      sim: [],
      kernelMs: 0,
      simMs: 0,
      failure: why,
    });
    const start = (): void => {
      const child: ChildProcess = fork(CHILD, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      let ready = false;
      let job: Job | undefined;
      let timer: NodeJS.Timeout | undefined;
      let dead = false;
      const give = (): void => {
        if (next >= all.length) {
          child.disconnect();
          return;
        }
        job = all[next++];
        const limit = job.timeoutS;
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          die(`no answer within ${limit} s (killed)`);
        }, limit * 1000);
        child.send(job);
      };
      const die = (why: string): void => {
        if (dead) return;
        dead = true;
        clearTimeout(timer);
        cleanAfterChild(child.pid);
        if (job) {
          const j = job;
          job = undefined;
          settle(failed(j, why));
        }
        if (!ready) {
          while (next < all.length) settle(failed(all[next++], `the simulator could not be loaded (${why})`));
        } else if (next < all.length) start();
      };
      child.on('message', (m: Outcome | 'ready') => {
        if (m === 'ready') ready = true;
        else {
          clearTimeout(timer);
          job = undefined;
          settle(m);
        }
        give();
      });
      child.on('exit', (code, signal) => die(`child exited with ${signal ?? code}`));
    };
    for (let i = 0; i < Math.min(jobs, all.length); i++) start();
  });
}
