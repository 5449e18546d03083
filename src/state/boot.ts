/**
 * Starting the app in a browser: the store with the engine worker and localStorage autosave, then
 * the first scenario: a share link in the fragment if there is one (the fragment is then cleared,
 * so a reload restores the autosaved work instead of the link), else the saved work, else the
 * LARTC example. A link opened later in the same tab (hashchange) loads the same way.
 */
import type { StoreApi } from 'zustand/vanilla';
import { isShareFragment } from '../scenario/share/share-link';
import { EngineClient } from '../worker/engine-client';
import type { KeyValueStorage } from './persistence';
import { createAppStore, type AppState } from './store';

const THEME_KEY = 'rpdb-lab:theme';

function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The app's store in a browser: engine in a Web Worker, work autosaved in localStorage. */
export function createBrowserStore(): StoreApi<AppState> {
  const storage = browserStorage();
  const store = createAppStore(new EngineClient(), { storage });
  const savedTheme = storage?.getItem(THEME_KEY);
  const dark = savedTheme
    ? savedTheme === 'dark'
    : window.matchMedia?.('(prefers-color-scheme: dark)').matches;
  store.getState().setTheme(dark ? 'dark' : 'light');
  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) {
      try {
        storage?.setItem(THEME_KEY, s.theme);
      } catch {
        /* storage full or disabled: the theme is not remembered */
      }
    }
  });
  return store;
}

/** Loads the first scenario and follows later share links opened in this tab. */
export async function startApp(store: StoreApi<AppState>): Promise<void> {
  const openFragment = async () => {
    const hash = window.location.hash;
    if (!isShareFragment(hash)) return false;
    await store.getState().loadFragment(hash);
    // Whatever the link held is now the autosaved work (or was refused): drop it from the URL.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return true;
  };
  window.addEventListener('hashchange', () => void openFragment());
  if (!(await openFragment())) await store.getState().run();
}
