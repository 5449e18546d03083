/**
 * A worker process of the live comparison (forked by live-jobs.ts): for each job it is sent, it
 * generates the scenario, records it in a fresh namespace, runs it in the simulator, records it
 * again when asked or when the simulator differs, and sends everything back.
 */
import type { CommandRecord } from '../../src/scenario/command-record';
import type { Job, Outcome } from './live-jobs';
import { sameRecords } from './live-records';
import { generateScenario } from './random-scenario';
import { recordScript } from './recorder';

async function runChild(): Promise<void> {
  const { runScript } = await import('../../src/scenario/run-script');
  process.on('disconnect', () => process.exit(0));
  process.on('message', (job: Job) => {
    const script = generateScenario(job.seed, { features: job.features });
    let t = performance.now();
    const kernel = recordScript(script);
    const kernelMs = performance.now() - t;
    t = performance.now();
    let sim: CommandRecord[] = [];
    let simError: string | undefined;
    try {
      sim = runScript(script);
    } catch (e) {
      simError = e instanceof Error ? (e.stack ?? e.message) : String(e);
    }
    const simMs = performance.now() - t;
    const kernelAgain =
      job.twice || (job.confirm && !sameRecords(kernel, sim)) ? recordScript(script) : undefined;
    const out: Outcome = {
      index: job.index,
      seed: job.seed,
      script,
      kernel,
      kernelAgain,
      sim,
      simError,
      kernelMs,
      simMs,
    };
    process.send?.(out);
  });
  process.send?.('ready');
}

// ---------------------------------------------------------------------------------------------
// Parent side.

void runChild();
