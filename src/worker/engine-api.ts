/**
 * The one API object the engine worker exposes with Comlink. Everything here runs in the worker
 * and takes and returns plain structured-cloneable data, so the same object can be called
 * directly in a test or in Node.
 */
import type { CommandRecord } from '../scenario/command-record';
import { runScript } from '../scenario/run-script';

/** What the engine worker can do; the UI reaches it only through `EngineClient`. */
export interface EngineApi {
  /** Runs a script on a fresh simulated machine and returns one record per command line. */
  runScript(text: string): CommandRecord[];
}

/** Creates the engine API; the worker exposes one of these. */
export function createEngineApi(): EngineApi {
  return {
    runScript(text: string): CommandRecord[] {
      return runScript(text);
    },
  };
}
