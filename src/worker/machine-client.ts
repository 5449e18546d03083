/**
 * The page's side of the machine tools. They run in their own instances of the engine worker
 * (started on first use), so they never queue behind, or hold up, the scenario edits the main
 * engine serves: import, doctor and export in one; packet classes and comparisons, which can take
 * long on large scenarios, each in a lane whose newer call cancels the older (machine-lane.ts).
 */
import { wrap } from 'comlink';
import { startEngineWorker, type EngineHandle } from './engine-client';
import { createLane } from './machine-lane';
import type { MachineApi } from './machine-api';
import type {
  CompareResult,
  ExportKind,
  ExportResult,
  Finding,
  ImportInput,
  ImportResult,
  ReachResult,
  ReachTarget,
} from './machine-types';

/** What the machine store needs from the worker (the in-process API in tests). */
export interface MachineEngine {
  importState(inputs: ImportInput[]): Promise<ImportResult>;
  doctor(script: string): Promise<Finding[]>;
  reach(script: string, target: ReachTarget): Promise<ReachResult>;
  compare(before: string, after: string): Promise<CompareResult>;
  exportAs(script: string, kind: ExportKind, netns?: string): Promise<ExportResult>;
}

type Api = { [K in keyof MachineApi]: (...a: Parameters<MachineApi[K]>) => ReturnType<MachineApi[K]> | Promise<ReturnType<MachineApi[K]>> };

/** A MachineEngine over the machine API, reached by Comlink or called directly. */
export function machineEngineOf(api: Api): MachineEngine {
  return {
    importState: async (inputs) => api.machineImport(inputs),
    doctor: async (script) => api.machineDoctor(script),
    reach: async (script, target) => api.machineReach(script, target),
    compare: async (before, after) => api.machineCompare(before, after),
    exportAs: async (script, kind, netns) => api.machineExport(script, kind, netns),
  };
}

/** Starts the machine workers lazily (on their first call) and returns their engine. */
export function createMachineClient(start: () => EngineHandle = startEngineWorker): MachineEngine {
  let engine: MachineEngine | undefined;
  const get = (): MachineEngine => (engine ??= machineEngineOf(wrap<MachineApi>(start().endpoint)));
  const reachLane = createLane<MachineApi>(start);
  const compareLane = createLane<MachineApi>(start);
  return {
    importState: (i) => get().importState(i),
    doctor: (s) => get().doctor(s),
    reach: (s, t) => reachLane((api) => api.machineReach(s, t)),
    compare: (a, b) => compareLane((api) => api.machineCompare(a, b)),
    exportAs: (s, k, n) => get().exportAs(s, k, n),
  };
}
