/** The machine store of the app (src/state/machine-boot.ts), read by the machine panels. */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { machineStoreOf } from '../../state/machine-boot';
import type { MachineState } from '../../state/machine-store';
import { useAppStoreApi } from '../store-context';

/** The machine store itself, for event handlers. */
export function useMachineStoreApi(): StoreApi<MachineState> {
  return machineStoreOf(useAppStoreApi());
}

/** Reads the machine store with `selector`. */
export function useMachineStore<T>(selector: (s: MachineState) => T): T {
  return useStore(useMachineStoreApi(), selector);
}
