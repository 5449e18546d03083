/**
 * Autosave: the work in progress (script and selected probe) in the browser's localStorage, so a
 * reload restores it. Storage is injected (a Map-backed fake in tests); a full or missing storage
 * never breaks the app, it only stops saving.
 */

/** The part of Web Storage autosave uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** What is saved. */
export interface SavedWork {
  script: string;
  probe: string | null;
  exampleId: string | null;
}

/** The storage key; a new format would take a new key. */
export const STORAGE_KEY = 'rpdb-lab:work:v1';

/** The saved work, or null when there is none or it is unreadable. */
export function loadWork(storage: KeyValueStorage | undefined): SavedWork | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<SavedWork>;
    if (typeof v.script !== 'string') return null;
    return {
      script: v.script,
      probe: typeof v.probe === 'string' ? v.probe : null,
      exampleId: typeof v.exampleId === 'string' ? v.exampleId : null,
    };
  } catch {
    return null;
  }
}

/** Saves `work`; false when the storage refused (full, disabled). */
export function saveWork(storage: KeyValueStorage | undefined, work: SavedWork): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(work));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** A Map-backed storage (tests, or when the browser has none). */
export function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
