/**
 * The capture store of the app (src/state/capture-boot.ts): one per app store, with its own
 * capture worker, so reading a capture never waits behind, or holds up, a scenario edit.
 */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { captureStoreOf } from '../../state/capture-boot';
import type { CaptureState } from '../../state/capture-store';
import { useAppStoreApi } from '../store-context';

/** The capture store itself, for event handlers. */
export function useCaptureStoreApi(): StoreApi<CaptureState> {
  return captureStoreOf(useAppStoreApi());
}

/** Reads the capture store with `selector`. */
export function useCaptureStore<T>(selector: (s: CaptureState) => T): T {
  return useStore(useCaptureStoreApi(), selector);
}
