/**
 * The one API object the engine worker exposes with Comlink. Everything here runs in the worker
 * and takes and returns plain structured-cloneable data, so the same object can be called
 * directly in a test or in Node.
 */
import type { CommandRecord } from '../scenario/command-record';
import { runScript } from '../scenario/run-script';
import { buildView } from './build-view';
import { createCaptureApi, type CaptureApi } from './capture-api';
import { createMachineApi, type MachineApi } from './machine-api';
import { isProbe } from './probe-args';
import { traceProbe } from './trace-probe';
import type { Analysis, ProbeTrace } from './view-types';

/** What the engine worker can do; the UI reaches it only through `EngineClient`. */
export interface EngineApi {
  /** Runs a script on a fresh simulated machine and returns one record per command line. */
  runScript(text: string): CommandRecord[];
  /**
   * Runs a script and returns every view of the machine, with the trace of the probe on
   * `probeLine` (or of the first probe when that line is none; no trace when there are none).
   */
  analyze(text: string, probeLine: number | null): Analysis;
  /** Traces the probe on `line` of `text`. */
  trace(text: string, line: number): ProbeTrace | null;
}

/**
 * Creates the engine API (with the capture methods, src/worker/capture-api.ts, and the machine
 * tools, src/worker/machine-api.ts); the worker exposes one.
 */
export function createEngineApi(): EngineApi & CaptureApi & MachineApi {
  return {
    ...createCaptureApi(),
    ...createMachineApi(),
    runScript(text: string): CommandRecord[] {
      return runScript(text);
    },
    analyze(text: string, probeLine: number | null): Analysis {
      const view = buildView(text);
      const probe = view.probes.find((p) => p.line === probeLine) ?? view.probes[0];
      return { view, trace: probe && isProbe(probe.command) ? traceProbe(text, probe.line) : null };
    },
    trace(text: string, line: number): ProbeTrace | null {
      return traceProbe(text, line);
    },
  };
}
