/**
 * A worker lane for long analyses (packet classes, comparisons): one call at a time, and a new
 * call stops the worker running the old one (Comlink cannot interrupt a call; terminating the
 * worker can) and starts a fresh one, so a burst of edits never piles up minutes of work.
 */
import { wrap, type Remote } from 'comlink';
import type { EngineHandle } from './engine-client';

/** Runs `call` on the lane's worker, cancelling the call in progress (it rejects with an AbortError). */
export type Lane<A> = <T>(call: (api: Remote<A>) => Promise<T>) => Promise<T>;

/** Creates a lane whose worker `start` starts (lazily, and again after each cancellation). */
export function createLane<A>(start: () => EngineHandle): Lane<A> {
  let handle: EngineHandle | undefined;
  let api: Remote<A> | undefined;
  let cancel: ((e: unknown) => void) | undefined;
  return <T>(call: (api: Remote<A>) => Promise<T>): Promise<T> => {
    if (cancel) {
      handle?.terminate();
      handle = undefined;
      api = undefined;
      cancel(new DOMException('superseded by a newer request', 'AbortError'));
      cancel = undefined;
    }
    if (!api) {
      handle = start();
      api = wrap<A>(handle.endpoint);
    }
    const current = api;
    return new Promise<T>((resolve, reject) => {
      cancel = reject;
      const done = () => {
        if (cancel === reject) cancel = undefined;
      };
      call(current).then(
        (v) => (done(), resolve(v)),
        (e: unknown) => (done(), reject(e)),
      );
    });
  };
}

/** True for the rejection of a cancelled call. */
export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}
