/** The capture store of an app store in a browser: one per app store, with its own capture worker. */
import type { StoreApi } from 'zustand/vanilla';
import { createCaptureClient } from '../worker/capture-client';
import type { AppState } from './app-state';
import { createCaptureStore, type CaptureState } from './capture-store';

const stores = new WeakMap<StoreApi<AppState>, StoreApi<CaptureState>>();

/** The capture store that follows `app`, created (with its worker, started lazily) on first use. */
export function captureStoreOf(app: StoreApi<AppState>): StoreApi<CaptureState> {
  let s = stores.get(app);
  if (!s) {
    s = createCaptureStore(createCaptureClient(), app);
    stores.set(app, s);
  }
  return s;
}
