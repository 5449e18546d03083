/** The types of the app's store: its state and actions, the engine it calls, its options. */
import type { Analysis, ProbeTrace, ScenarioView } from '../worker/view-types';
import type { History } from './history';
import type { KeyValueStorage } from './persistence';

/** Where a run stands: `idle` before the first, `running`, then `done` or `error`. */
export type RunStatus = 'idle' | 'running' | 'done' | 'error';

/** The engine as the store needs it (the worker client in the app, in-process in tests). */
export interface Engine {
  analyze(text: string, probeLine: number | null, signal?: AbortSignal): Promise<Analysis>;
  trace(text: string, line: number, signal?: AbortSignal): Promise<ProbeTrace | null>;
}

/** A message for the user: a broken link, a refused edit, a copied link. */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

/** The result of a visual edit: the commands run, and the kernel's error if one failed. */
export interface EditResult {
  ok: boolean;
  commands: string[];
  /** The failing command's stderr, exactly as ip printed it. */
  error?: string;
  /** What accepted commands printed on stderr (`Warning: route NAT is deprecated`). */
  warnings?: string;
}

/** The store's state and actions. */
export interface AppState {
  script: string;
  history: History;
  view: ScenarioView | null;
  status: RunStatus;
  /** Why the last run failed (the engine's error, not a command's stderr). */
  error: string | null;
  /** Line of the probe the verdict shows; null means the first probe. */
  selectedProbeLine: number | null;
  trace: ProbeTrace | null;
  /** Animation: current step, playing, steps per second. */
  step: number;
  playing: boolean;
  speed: number;
  /** The rule whose explanation is shown (index in the probe family's list). */
  selectedRule: number | null;
  exampleId: string | null;
  notice: Notice | null;
  theme: 'light' | 'dark';
  presentation: boolean;

  /** Replaces the script as typed (coalesced in undo) and runs it after a short pause. */
  setScript(text: string): void;
  /** Runs the current script now; a newer run cancels this one. */
  run(): Promise<void>;
  /** Appends commands, runs them; keeps them only if every one succeeded. */
  applyCommands(commands: string[]): Promise<EditResult>;
  /** Replaces the whole script (an example, a canonical rewrite) as one undoable edit. */
  replaceScript(text: string, exampleId?: string | null): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  selectProbe(line: number): Promise<void>;
  /** Selects the probe with these `ip route get` arguments, adding it to the script if missing. */
  selectProbeArgs(args: string): Promise<EditResult>;
  loadExample(id: string): Promise<void>;
  /** Loads a share link's fragment; a broken one leaves the work as it was and says why. */
  loadFragment(hash: string): Promise<boolean>;
  /** The share fragment of the current script and selected probe. */
  shareFragment(): string;
  setStep(step: number): void;
  stepBy(delta: number): void;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  selectRule(index: number | null): void;
  setNotice(notice: Notice | null): void;
  setTheme(theme: 'light' | 'dark'): void;
  setPresentation(on: boolean): void;
}

/** How to create the store. */
export interface StoreOptions {
  /** Autosave storage (localStorage in the app); none means no autosave. */
  storage?: KeyValueStorage;
  /** Delay before a typed script runs. */
  debounceMs?: number;
  now?: () => number;
}
