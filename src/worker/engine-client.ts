/**
 * The page's side of the engine worker. Calls run one at a time in a queue (the engine holds one
 * machine, so calls must not interleave); an AbortSignal cancels a call by stopping the worker,
 * which the next call restarts; an optional idle timeout stops an unused worker. Modelled on
 * squoosh's worker-bridge, with the worker start injectable so tests run it in-process.
 */
import { wrap, type Endpoint, type Remote } from 'comlink';
import type { CommandRecord } from '../scenario/command-record';
import type { EngineApi } from './engine-api';
import type { Analysis, ProbeTrace } from './view-types';

/** A started engine: the endpoint Comlink talks over, and how to stop it. */
export interface EngineHandle {
  endpoint: Endpoint;
  terminate(): void;
}

/** Starts the real engine in a module Web Worker (Vite bundles engine.worker.ts). */
export function startEngineWorker(): EngineHandle {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'rpdb-engine',
  });
  return { endpoint: worker, terminate: () => worker.terminate() };
}

/** How an `EngineClient` starts its engine and when it stops an unused one. */
export interface EngineClientOptions {
  /** Starts the engine; the default is `startEngineWorker`. */
  start?: () => EngineHandle;
  /** Stop the engine after this many ms without calls; never when unset. */
  idleMs?: number;
}

/** The engine as the page sees it: the worker's API, queued and cancellable. */
export class EngineClient {
  #queue: Promise<unknown> = Promise.resolve();
  #handle: EngineHandle | undefined;
  #api: Remote<EngineApi> | undefined;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #options: EngineClientOptions;

  constructor(options: EngineClientOptions = {}) {
    this.#options = options;
  }

  /** Runs `text` on a fresh simulated machine in the worker; rejects with `signal.reason` if aborted. */
  runScript(text: string, signal?: AbortSignal): Promise<CommandRecord[]> {
    return this.#enqueue((api) => api.runScript(text), signal);
  }

  /** Runs `text` and derives every view, with the trace of the probe on `probeLine` (or the first). */
  analyze(text: string, probeLine: number | null, signal?: AbortSignal): Promise<Analysis> {
    return this.#enqueue((api) => api.analyze(text, probeLine), signal);
  }

  /** Traces the probe on `line` of `text`. */
  trace(text: string, line: number, signal?: AbortSignal): Promise<ProbeTrace | null> {
    return this.#enqueue((api) => api.trace(text, line), signal);
  }

  /** True while a worker is running (started and not stopped by abort, idleness or dispose). */
  get running(): boolean {
    return this.#handle !== undefined;
  }

  /** Stops the worker now; a later call starts a new one. */
  dispose(): void {
    clearTimeout(this.#idleTimer);
    this.#handle?.terminate();
    this.#handle = undefined;
    this.#api = undefined;
  }

  #enqueue<T>(call: (api: Remote<EngineApi>) => Promise<T>, signal?: AbortSignal): Promise<T> {
    // A failed call must not stop the ones queued after it.
    const job = this.#queue.catch(() => undefined).then(() => this.#call(call, signal));
    this.#queue = job;
    return job;
  }

  async #call<T>(call: (api: Remote<EngineApi>) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    clearTimeout(this.#idleTimer);
    const api = this.#ensureStarted();
    let onAbort = (): void => undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => {
        // Comlink cannot interrupt a running call; stopping the worker can.
        this.dispose();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([call(api), aborted]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.#scheduleIdleStop();
    }
  }

  #ensureStarted(): Remote<EngineApi> {
    if (!this.#api) {
      this.#handle = (this.#options.start ?? startEngineWorker)();
      this.#api = wrap<EngineApi>(this.#handle.endpoint);
    }
    return this.#api;
  }

  #scheduleIdleStop(): void {
    const idleMs = this.#options.idleMs;
    if (idleMs === undefined || !this.#handle) return;
    this.#idleTimer = setTimeout(() => this.dispose(), idleMs);
  }
}
