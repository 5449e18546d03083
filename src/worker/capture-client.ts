/**
 * The page's side of capture reading. Captures run in a second instance of the engine worker,
 * so a long import never queues behind, or blocks, the scenario edits the main engine serves.
 * Calls are not queued: the worker reads the file slice by slice, and between slices it answers
 * the page's other calls (a cancel, a summary, the rows on screen).
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { CaptureApi, NetfilterListing } from './capture-api';
import type {
  CaptureProgressInfo,
  CaptureRow,
  CaptureRunResult,
  CaptureSummary,
  InterfaceMapping,
} from './capture-types';
import { startEngineWorker, type EngineHandle } from './engine-client';

/** What the capture store needs from the worker (the in-process API in tests). */
export interface CaptureEngine {
  open(file: Blob, script: string, onProgress: (p: CaptureProgressInfo) => void): Promise<CaptureRunResult>;
  reclassify(
    script: string,
    mapping: InterfaceMapping,
    onProgress: (p: CaptureProgressInfo) => void,
  ): Promise<CaptureRunResult>;
  cancel(): Promise<void>;
  summary(filter: string): Promise<CaptureSummary>;
  rows(filter: string, start: number, count: number): Promise<CaptureRow[]>;
  netfilterRules(script: string): Promise<NetfilterListing[]>;
  path(script: string, index: number): Promise<string[]>;
}

/** A CaptureEngine over a CaptureApi reached by Comlink (or called directly). */
export function captureEngineOf(api: CaptureApi | Remote<CaptureApi>, wrapCallback = true): CaptureEngine {
  const cb = (f: (p: CaptureProgressInfo) => void) => (wrapCallback ? proxy(f) : f);
  return {
    open: async (file, script, onProgress) => api.captureOpen(file, script, cb(onProgress)),
    reclassify: async (script, mapping, onProgress) => api.captureReclassify(script, mapping, cb(onProgress)),
    cancel: async () => void (await api.captureCancel()),
    summary: async (filter) => api.captureSummary(filter),
    rows: async (filter, start, count) => api.captureRows(filter, start, count),
    netfilterRules: async (script) => api.netfilterRules(script),
    path: async (script, index) => api.capturePath(script, index),
  };
}

/** Starts the capture worker (lazily, on the first call) and returns its engine. */
export function createCaptureClient(start: () => EngineHandle = startEngineWorker): CaptureEngine {
  let engine: CaptureEngine | undefined;
  const get = (): CaptureEngine => {
    if (!engine) engine = captureEngineOf(wrap<CaptureApi>(start().endpoint));
    return engine;
  };
  return {
    open: (...a) => get().open(...a),
    reclassify: (...a) => get().reclassify(...a),
    cancel: () => get().cancel(),
    summary: (f) => get().summary(f),
    rows: (...a) => get().rows(...a),
    netfilterRules: (s) => get().netfilterRules(s),
    path: (s, i) => get().path(s, i),
  };
}
