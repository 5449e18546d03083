/**
 * The capture part of the app's state (issue 4): the open file and its reading progress, the
 * mapping of capture interfaces to scenario links, the filter and the grouping, and the mangle/nat
 * rules of the scenario. The packets stay in the worker; this store holds their summary and a
 * version number that tells the table to fetch its visible rows again. It follows the app's
 * store: when the scenario changes (other than its probes) the open capture is classified again,
 * the running classification being superseded.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NetfilterListing } from '../worker/capture-api';
import type { CaptureEngine } from '../worker/capture-client';
import type {
  CaptureInterfaceInfo,
  CaptureProgressInfo,
  CaptureRow,
  CaptureRunResult,
  CaptureSummary,
  GroupField,
  InterfaceChoice,
  InterfaceMapping,
} from '../worker/capture-types';
import { isProbe } from '../worker/probe-args';
import type { AppState, EditResult } from './app-state';

export type * from '../worker/capture-types';
export type { NetfilterListing } from '../worker/capture-api';

/** Where the capture stands. */
export type CaptureStatus = 'empty' | 'reading' | 'done' | 'cancelled' | 'error';

/** The capture store's state and actions. */
export interface CaptureState {
  fileName: string | null;
  status: CaptureStatus;
  progress: CaptureProgressInfo | null;
  result: CaptureRunResult | null;
  interfaces: CaptureInterfaceInfo[];
  mapping: InterfaceMapping;
  filter: string;
  groupBy: GroupField;
  summary: CaptureSummary | null;
  /** Bumped whenever the rows change (a run ended, the filter changed): the table refetches. */
  version: number;
  /** The packet whose trace is shown. */
  selected: CaptureRow | null;
  /** The selected packet's path through the netfilter hooks and routing, one sentence per stage. */
  path: string[];
  netfilter: NetfilterListing[];

  open(file: Blob, name: string): Promise<void>;
  cancel(): Promise<void>;
  /** Classifies the open file again (the scenario or the mapping changed); no-op without one. */
  reclassify(): Promise<void>;
  setChoice(key: string, choice: InterfaceChoice): Promise<void>;
  setFilter(text: string): Promise<void>;
  setGroupBy(field: GroupField): void;
  rows(start: number, count: number): Promise<CaptureRow[]>;
  /** Shows the packet's trace: selects (adding if missing) its `ip route get` probe and plays it. */
  selectPacket(row: CaptureRow): Promise<EditResult | null>;
  /** Runs an iptables command line as a scenario edit; iptables' error text when refused. */
  addRule(command: string): Promise<EditResult>;
  /** Deletes a rule listed as `-A CHAIN ...` by appending its `-D` to the scenario. */
  deleteRule(listing: NetfilterListing, line: string): Promise<EditResult>;
}

/** The scenario without its probes and comments: what classification depends on. */
export function scenarioKey(script: string): string {
  return script
    .split('\n')
    .filter((l) => !isProbe(l) && !/^\s*(#|$)/.test(l))
    .join('\n');
}

/** The `iptables -t T -D ...` command deleting the rule `-A ...` of a listing. */
export function deleteCommand(listing: NetfilterListing, line: string): string | null {
  if (!line.startsWith('-A ')) return null;
  const prog = listing.family === 4 ? 'iptables' : 'ip6tables';
  return `${prog} -t ${listing.table} -D ${line.slice(3)}`;
}

/** Creates the capture store over the capture worker and the app's store. */
export function createCaptureStore(engine: CaptureEngine, app: StoreApi<AppState>): StoreApi<CaptureState> {
  let runs = 0;
  const store = createStore<CaptureState>()((set, get) => {
    const onProgress = (p: CaptureProgressInfo) => set({ progress: p });

    async function refresh(): Promise<void> {
      const filter = get().filter;
      const summary = await engine.summary(filter);
      if (get().filter === filter) set({ summary, version: get().version + 1 });
    }

    async function finish(me: number, result: CaptureRunResult): Promise<void> {
      if (me !== runs || result.state === 'superseded') return;
      const mapping: Record<string, InterfaceChoice> = { ...get().mapping };
      for (const i of result.interfaces) if (!mapping[i.key]) mapping[i.key] = i.suggested;
      set({
        status: result.state === 'done' ? 'done' : result.state === 'cancelled' ? 'cancelled' : 'error',
        result,
        interfaces: result.interfaces,
        mapping,
      });
      await refresh();
    }

    async function reclassify(): Promise<void> {
      if (get().fileName === null) return;
      const me = ++runs;
      set({ status: 'reading', progress: null });
      const result = await engine.reclassify(app.getState().script, get().mapping, onProgress);
      await finish(me, result);
    }

    return {
      fileName: null,
      status: 'empty',
      progress: null,
      result: null,
      interfaces: [],
      mapping: {},
      filter: '',
      groupBy: 'verdict',
      summary: null,
      version: 0,
      selected: null,
      path: [],
      netfilter: [],

      async open(file, name) {
        const me = ++runs;
        set({
          fileName: name,
          status: 'reading',
          progress: { bytes: 0, totalBytes: file.size, packets: 0 },
          mapping: {},
          interfaces: [],
          selected: null,
          result: null,
          summary: null,
        });
        const result = await engine.open(file, app.getState().script, onProgress);
        await finish(me, result);
      },
      reclassify,
      async cancel() {
        await engine.cancel();
      },
      async setChoice(key, choice) {
        set({ mapping: { ...get().mapping, [key]: choice } });
        await reclassify();
      },
      async setFilter(text) {
        set({ filter: text });
        await refresh();
      },
      setGroupBy(field) {
        set({ groupBy: field });
      },
      rows(start, count) {
        return engine.rows(get().filter, start, count);
      },
      async selectPacket(row) {
        set({ selected: row, path: [] });
        if (!row.query) return null;
        const script = app.getState().script;
        void engine.path(script, row.index).then((path) => {
          if (get().selected === row) set({ path });
        });
        const r = await app.getState().selectProbeArgs(row.query);
        // "Opens its animated trace": start the animation from the first step.
        if (get().selected === row && app.getState().trace) app.getState().setPlaying(true);
        return r;
      },
      addRule(command) {
        return app.getState().applyCommands([command.trim()]);
      },
      async deleteRule(listing, line) {
        const command = deleteCommand(listing, line);
        if (!command) return { ok: false, commands: [], error: `not a rule: ${line}` };
        return app.getState().applyCommands([command]);
      },
    };
  });

  // Follow the scenario: re-list its netfilter rules and classify the open capture again.
  let key: string | null = null;
  const follow = async (script: string) => {
    const k = scenarioKey(script);
    if (k === key) return;
    key = k;
    const listing = /\bip6?tables\b/.test(k) ? await engine.netfilterRules(script) : [];
    if (scenarioKey(app.getState().script) === k) store.setState({ netfilter: listing });
    await store.getState().reclassify();
  };
  app.subscribe((s, prev) => {
    if (s.script !== prev.script) void follow(s.script);
  });
  void follow(app.getState().script);
  return store;
}
