/**
 * The machine tools' store (issue 5), beside the app store: the import being prepared (kept apart
 * from the scenario until the user accepts it), the doctor's findings for the current scenario,
 * "which packets reach this?", the comparison with a kept scenario, and exports. It follows the
 * app store: after every run of the scenario, the doctor and the comparison run again.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MachineEngine } from '../worker/machine-client';
import type {
  CompareResult,
  ExportKind,
  ExportResult,
  Finding,
  ImportInput,
  ImportResult,
  ReachResult,
  ReachTarget,
} from '../worker/machine-types';
import type { AppState } from './app-state';
import { latestRunner } from './machine-latest';

export type * from '../worker/machine-types';

/** Which machine panel is open. */
export type MachinePanel = 'import' | 'doctor' | 'reach' | 'compare' | 'export' | null;

/** The machine store's state and actions. */
export interface MachineState {
  panel: MachinePanel;
  /** The pasted text (input "paste") and dropped files, in order. */
  inputs: ImportInput[];
  /** The import preview; the scenario is unchanged until `acceptImport`. */
  imported: ImportResult | null;
  importing: boolean;
  /** The doctor's findings for `doctorScript` (null before the first run). */
  findings: Finding[] | null;
  doctorScript: string | null;
  reachTarget: ReachTarget | null;
  reach: ReachResult | null;
  /** A packet-class question is being answered. */
  reaching: boolean;
  /** The kept scenario ("before") while comparing. */
  compareBefore: string | null;
  comparison: CompareResult | null;
  /** A comparison is running (the one shown may be of an earlier edit). */
  comparing: boolean;
  /** The last failure of a machine tool, in words. */
  error: string | null;

  setPanel(panel: MachinePanel): void;
  setPaste(text: string): void;
  addFiles(files: ImportInput[]): void;
  removeInput(name: string): void;
  /** Imports the inputs into a preview. */
  runImport(): Promise<void>;
  /** Makes the preview the scenario (one undoable edit). */
  acceptImport(): Promise<void>;
  discardImport(): void;
  /** Selects (adding if missing) the probe with these `ip route get` arguments, and shows its trace. */
  openProbe(args: string): Promise<void>;
  /** Shows the packet classes that reach a rule, a table or a verdict. */
  askReach(target: ReachTarget): void;
  /** Keeps the current scenario as "before" and compares the current one with it from now on. */
  startCompare(): void;
  stopCompare(): void;
  exportAs(kind: ExportKind, netns?: string): Promise<ExportResult>;
}

/** The name of the pasted input in warnings. */
export const PASTE = 'paste';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

/** A machine store that follows `app`, calling `engine` for the work. */
export function createMachineStore(engine: MachineEngine, app: StoreApi<AppState>): StoreApi<MachineState> {
  const store = createStore<MachineState>()((set, get) => ({
    panel: null,
    inputs: [{ name: PASTE, text: '' }],
    imported: null,
    importing: false,
    findings: null,
    doctorScript: null,
    reachTarget: null,
    reach: null,
    reaching: false,
    compareBefore: null,
    comparison: null,
    comparing: false,
    error: null,

    setPanel(panel) {
      set({ panel });
    },
    setPaste(text) {
      set({ inputs: get().inputs.map((i) => (i.name === PASTE ? { name: PASTE, text } : i)), imported: null });
    },
    addFiles(files) {
      const names = new Set(files.map((f) => f.name));
      set({ inputs: [...get().inputs.filter((i) => !names.has(i.name)), ...files], imported: null });
    },
    removeInput(name) {
      set({ inputs: get().inputs.filter((i) => i.name !== name || name === PASTE), imported: null });
    },
    async runImport() {
      const inputs = get().inputs.filter((i) => i.bytes || (i.text ?? '').trim() !== '');
      set({ importing: true, error: null });
      try {
        set({ imported: await engine.importState(inputs), importing: false });
      } catch (e) {
        set({ importing: false, error: message(e) });
      }
    },
    async acceptImport() {
      const imported = get().imported;
      if (!imported) return;
      await app.getState().replaceScript(imported.script);
      set({ imported: null, panel: 'doctor' });
    },
    discardImport() {
      set({ imported: null });
    },
    async openProbe(args) {
      await app.getState().selectProbeArgs(args);
    },
    askReach(target) {
      set({ panel: 'reach', reachTarget: target, reach: null });
      reach({ script: app.getState().script, target });
    },
    startCompare() {
      set({ panel: 'compare', compareBefore: app.getState().script, comparison: null });
      compare({ before: app.getState().script, after: app.getState().script });
    },
    stopCompare() {
      set({ compareBefore: null, comparison: null, comparing: false });
    },
    async exportAs(kind, netns) {
      try {
        return await engine.exportAs(app.getState().script, kind, netns);
      } catch (e) {
        return { ok: false, error: message(e) };
      }
    },
  }));

  const fail = (_: unknown, e: unknown) => store.setState({ error: message(e) });
  const doctor = latestRunner(
    (script: string) => engine.doctor(script),
    (script, findings) => store.setState({ findings, doctorScript: script }),
    fail,
  );
  /** Latest wins: a newer request cancels the older one in its worker lane; stale answers are dropped. */
  let reachToken = 0;
  const reach = (q: { script: string; target: ReachTarget }) => {
    const token = ++reachToken;
    store.setState({ reaching: true });
    engine.reach(q.script, q.target).then(
      (result) => {
        if (token !== reachToken) return;
        store.setState({ reaching: false, ...(store.getState().reachTarget === q.target ? { reach: result } : {}) });
      },
      (e: unknown) => {
        if (token === reachToken) store.setState({ reaching: false, ...(isAbort(e) ? {} : { error: message(e) }) });
      },
    );
  };
  let compareToken = 0;
  const compare = (q: { before: string; after: string }) => {
    const token = ++compareToken;
    store.setState({ comparing: true });
    engine.compare(q.before, q.after).then(
      (comparison) => {
        if (token !== compareToken) return;
        store.setState({ comparing: false, ...(store.getState().compareBefore === q.before ? { comparison } : {}) });
      },
      (e: unknown) => {
        if (token === compareToken) store.setState({ comparing: false, ...(isAbort(e) ? {} : { error: message(e) }) });
      },
    );
  };

  /** After each finished run of the scenario: the doctor, the comparison, the packet classes again. */
  const follow = (s: AppState) => {
    if (!s.view) return;
    doctor(s.script);
    const m = store.getState();
    if (m.compareBefore !== null) compare({ before: m.compareBefore, after: s.script });
    if (m.reachTarget && m.reachTarget.kind !== 'verdict') reach({ script: s.script, target: m.reachTarget });
  };
  app.subscribe((s, prev) => {
    if (s.view !== prev.view) follow(s);
  });
  follow(app.getState());
  return store;
}
