/**
 * The app's state as a vanilla Zustand store (usable without React): the script, the records of
 * its last run, the run's status, and which probe the verdict shows. The engine is injected as a
 * `ScriptRunner` (the worker client in the app, the scenario runner or a fake in tests).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CommandRecord } from '../scenario/command-record';
import * as lartcMail from '../scenario/examples/lartc-mail';

/** Where a run stands: `idle` before the first, `running`, then `done` or `error`. */
export type RunStatus = 'idle' | 'running' | 'done' | 'error';

/** Runs a script somewhere (a worker, or in-process) and resolves to its records. */
export interface ScriptRunner {
  runScript(text: string, signal?: AbortSignal): Promise<CommandRecord[]>;
}

/** The store's state and actions. */
export interface AppState {
  /** The scenario as script text. */
  script: string;
  /** One record per command line of the last finished run. */
  records: CommandRecord[];
  status: RunStatus;
  /** Why the last run failed (the runner's error, not a command's stderr). */
  error: string | null;
  /** Line of the probe the verdict shows; null means the first probe. */
  selectedProbeLine: number | null;
  /** Replaces the script (does not run it). */
  setScript(text: string): void;
  /** Shows the answer of the probe on `line`. */
  selectProbe(line: number): void;
  /** Runs the script; a newer run cancels this one, whose answer is then dropped. */
  run(): Promise<void>;
}

/** A store with `script` loaded (the LARTC mail example by default), not yet run. */
export function createAppStore(runner: ScriptRunner, script: string = lartcMail.script): StoreApi<AppState> {
  let current: AbortController | undefined;
  return createStore<AppState>()((set, get) => ({
    script,
    records: [],
    status: 'idle',
    error: null,
    selectedProbeLine: null,
    setScript: (text) => set({ script: text }),
    selectProbe: (line) => set({ selectedProbeLine: line }),
    run: async () => {
      current?.abort(new DOMException('superseded by a newer run', 'AbortError'));
      const controller = new AbortController();
      current = controller;
      set({ status: 'running', error: null });
      try {
        const records = await runner.runScript(get().script, controller.signal);
        if (current !== controller) return;
        const keep = records.some((r) => r.line === get().selectedProbeLine && isProbe(r.command));
        set({ records, status: 'done', selectedProbeLine: keep ? get().selectedProbeLine : null });
      } catch (e) {
        if (current !== controller) return;
        set({ status: 'error', error: e instanceof Error ? e.message : String(e) });
      }
    },
  }));
}

const PROBE = /^\s*ip(?:\s+-\S+)*\s+r(?:o(?:u(?:te?)?)?)?\s+g(?:et?)?(?:\s|$)/;

/** True for an `ip route get` command line (with ip's abbreviations: `ip -4 r g ...`). */
export function isProbe(command: string): boolean {
  return PROBE.test(command);
}

/** The records of the last run that are probes, in script order. */
export function selectProbes(state: AppState): CommandRecord[] {
  return state.records.filter((r) => isProbe(r.command));
}

/** The probe the verdict shows: the selected one, else the first; undefined when there is none. */
export function selectVerdict(state: AppState): CommandRecord | undefined {
  const probes = selectProbes(state);
  return probes.find((r) => r.line === state.selectedProbeLine) ?? probes[0];
}

/** What a probe answered, as a terminal shows it: its output, or its error when it failed. */
export function verdictText(record: CommandRecord): string {
  return record.status === 0 ? record.stdout : record.stderr || record.stdout;
}
