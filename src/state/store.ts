/**
 * The app's state as a vanilla Zustand store (usable without React). The scenario is its script
 * text; everything else the UI shows (rules, tables, links, probes, the trace) is derived from it
 * by the engine worker and stored as `view` and `trace`. Every edit, typed or visual, produces a
 * new script version: undo/redo walk those versions, and autosave keeps the latest.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EXAMPLES, findExample } from '../scenario/examples/index';
import { decodeShareFragment, encodeShareFragment, isShareFragment } from '../scenario/share/share-link';
import type { Analysis } from '../worker/view-types';
import type { AppState, Engine, StoreOptions } from './app-state';
import { emptyHistory, recordEdit, redo, undo, type History } from './history';
import { insertCommands } from './insert-point';
import { loadWork, saveWork } from './persistence';
import { createPlaybackSlice } from './playback-slice';
import { isProbe } from '../worker/probe-args';

export { isProbe } from '../worker/probe-args';
export type * from '../worker/view-types';
export type * from './app-state';

const DEFAULT_SCRIPT = EXAMPLES[0].script;

/** A store with saved work, else the LARTC example, loaded and not yet run. */
export function createAppStore(engine: Engine, options: StoreOptions = {}): StoreApi<AppState> {
  const { storage, debounceMs = 300, now = () => Date.now() } = options;
  const saved = loadWork(storage);
  let current: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const store = createStore<AppState>()((set, get) => {
    /** Runs `text` and, unless superseded, makes it the present with its views. */
    async function analyze(text: string, probeLine: number | null): Promise<Analysis | null> {
      current?.abort(new DOMException('superseded by a newer run', 'AbortError'));
      const controller = new AbortController();
      current = controller;
      set({ status: 'running', error: null });
      try {
        const result = await engine.analyze(text, probeLine, controller.signal);
        if (current !== controller) return null;
        return result;
      } catch (e) {
        if (current !== controller) return null;
        set({ status: 'error', error: e instanceof Error ? e.message : String(e) });
        return null;
      }
    }

    function show(result: Analysis, extra: Partial<AppState> = {}): void {
      const keep = result.trace?.line ?? null;
      set({
        view: result.view,
        trace: result.trace,
        status: 'done',
        selectedProbeLine: keep,
        step: 0,
        playing: false,
        selectedRule: null,
        ...extra,
      });
    }

    async function commit(
      text: string,
      kind: string,
      extra: Partial<AppState> = {},
      probeLine = get().selectedProbeLine,
    ) {
      const history = recordEdit(get().history, get().script, text, kind, now());
      set({ script: text, history, ...extra });
      const result = await analyze(text, probeLine);
      if (result && get().script === text) show(result);
    }

    /** Makes an earlier or later version the present (undo/redo). */
    async function restore(text: string, history: History) {
      clearTimeout(timer);
      set({ script: text, history, exampleId: null });
      const result = await analyze(text, get().selectedProbeLine);
      if (result && get().script === text) show(result);
    }

    return {
      script: saved?.script ?? DEFAULT_SCRIPT,
      history: emptyHistory(),
      view: null,
      status: 'idle',
      error: null,
      selectedProbeLine: null,
      trace: null,
      selectedRule: null,
      exampleId: saved ? saved.exampleId : EXAMPLES[0].id,
      notice: null,
      theme: 'light',
      presentation: false,

      setScript(text) {
        if (text === get().script) return;
        const history = recordEdit(get().history, get().script, text, 'type', now());
        set({ script: text, history, exampleId: null });
        clearTimeout(timer);
        timer = setTimeout(() => void get().run(), debounceMs);
      },

      async run() {
        clearTimeout(timer);
        const text = get().script;
        const result = await analyze(text, get().selectedProbeLine);
        if (result && get().script === text) show(result);
      },

      async applyCommands(commands) {
        clearTimeout(timer);
        const base = get().script;
        const { text, first } = insertCommands(base, commands);
        const last = first + commands.length - 1;
        const selected = get().selectedProbeLine;
        const moved = selected !== null && selected >= first ? selected + commands.length : selected;
        const result = await analyze(text, moved);
        if (!result) return { ok: false, commands, error: get().error ?? 'the run was superseded' };
        const failed = result.view.records.find((r) => r.line >= first && r.line <= last && r.status !== 0);
        if (failed) {
          // Refused: the script stays as it was, and so do its views.
          set({ status: 'done' });
          return {
            ok: false,
            commands,
            error: failed.stderr || failed.stdout || `exit status ${failed.status}`,
          };
        }
        const history = recordEdit(get().history, base, text, 'edit', now());
        set({ script: text, history, exampleId: null });
        show(result);
        const warnings = result.view.records
          .filter((r) => r.line >= first && r.line <= last && r.stderr)
          .map((r) => r.stderr)
          .join('');
        return warnings ? { ok: true, commands, warnings } : { ok: true, commands };
      },

      async replaceScript(text, exampleId = null) {
        clearTimeout(timer);
        await commit(text, 'replace', { exampleId, selectedProbeLine: null }, null);
      },

      async undo() {
        const r = undo(get().history, get().script);
        if (r) await restore(r.script, r.history);
      },

      async redo() {
        const r = redo(get().history, get().script);
        if (r) await restore(r.script, r.history);
      },

      async selectProbe(line) {
        set({ selectedProbeLine: line, step: 0, playing: false, selectedRule: null });
        const text = get().script;
        try {
          const trace = await engine.trace(text, line);
          if (get().script === text && get().selectedProbeLine === line) set({ trace });
        } catch (e) {
          set({ error: e instanceof Error ? e.message : String(e) });
        }
      },

      async selectProbeArgs(args) {
        const wanted = args.trim().replace(/\s+/g, ' ');
        const existing = get().view?.probes.find((p) => p.args.trim().replace(/\s+/g, ' ') === wanted);
        if (existing) {
          await get().selectProbe(existing.line);
          return { ok: true, commands: [] };
        }
        const command = `ip route get ${wanted}`;
        const lines = (
          get().script.endsWith('\n') || get().script === '' ? get().script : `${get().script}\n`
        ).split('\n').length;
        set({ selectedProbeLine: lines });
        // A probe that fails (a bad address, an unreachable network) is still a probe: keep it.
        const base = get().script;
        const text = (base === '' || base.endsWith('\n') ? base : `${base}\n`) + `${command}\n`;
        await commit(text, 'edit', { exampleId: null }, lines);
        return { ok: true, commands: [command] };
      },

      async loadExample(id) {
        const ex = findExample(id);
        if (ex) await get().replaceScript(ex.script, ex.id);
      },

      async loadFragment(hash) {
        if (!isShareFragment(hash)) return false;
        const r = decodeShareFragment(hash);
        if (!r.ok) {
          set({
            notice: {
              kind: 'error',
              text: `This link could not be opened: ${r.error} Your own work is unchanged.`,
            },
          });
          await get().run();
          return false;
        }
        await commit(
          r.value.script,
          'replace',
          {
            exampleId: null,
            selectedProbeLine: null,
            notice: {
              kind: 'info',
              text: 'Opened the shared scenario. Undo (Ctrl+Z) brings back what you had.',
            },
          },
          null,
        );
        if (r.value.probe) await get().selectProbeArgs(r.value.probe);
        return true;
      },

      shareFragment() {
        const { script, view, selectedProbeLine } = get();
        const probe = view?.probes.find((p) => p.line === selectedProbeLine) ?? view?.probes[0];
        return encodeShareFragment({ script, probe: probe?.args });
      },

      ...createPlaybackSlice(set, get),
      selectRule(index) {
        set({ selectedRule: index });
      },
      setNotice(notice) {
        set({ notice });
      },
      setTheme(theme) {
        set({ theme });
      },
      setPresentation(on) {
        set({ presentation: on });
      },
    };
  });

  if (storage) {
    const probeArgsOf = (s: AppState) =>
      s.view?.probes.find((p) => p.line === s.selectedProbeLine)?.args ?? null;
    store.subscribe((s, prev) => {
      if (
        s.script !== prev.script ||
        s.selectedProbeLine !== prev.selectedProbeLine ||
        s.exampleId !== prev.exampleId
      )
        saveWork(storage, { script: s.script, probe: probeArgsOf(s), exampleId: s.exampleId });
    });
  }
  return store;
}

/** The probe the verdict shows: the selected one, else the first; undefined when there is none. */
export function selectVerdict(state: AppState) {
  const probes = state.view?.probes ?? [];
  return probes.find((p) => p.line === state.selectedProbeLine) ?? probes[0];
}

/** True when a script line is a probe that the current view knows. */
export function isKnownProbe(state: AppState, line: number): boolean {
  return state.view?.probes.some((p) => p.line === line && isProbe(p.command)) ?? false;
}
