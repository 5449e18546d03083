/** The machine store of an app store in a browser: one per app store, with its own worker. */
import type { StoreApi } from 'zustand/vanilla';
import { createMachineClient } from '../worker/machine-client';
import type { AppState } from './app-state';
import { createMachineStore, type MachineState } from './machine-store';

const stores = new WeakMap<StoreApi<AppState>, StoreApi<MachineState>>();

/** The machine store that follows `app`, created (its worker started on first use) on first call. */
export function machineStoreOf(app: StoreApi<AppState>): StoreApi<MachineState> {
  let s = stores.get(app);
  if (!s) {
    s = createMachineStore(createMachineClient(), app);
    stores.set(app, s);
  }
  return s;
}
