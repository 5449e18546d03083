import { describe, expect, it } from 'vitest';
import { loadWork, memoryStorage, saveWork, STORAGE_KEY } from './persistence';

describe('autosave storage', () => {
  it('saves and loads the work', () => {
    const s = memoryStorage();
    expect(saveWork(s, { script: 'ip rule show\n', probe: '1.2.3.4', exampleId: null })).toBe(true);
    expect(loadWork(s)).toEqual({ script: 'ip rule show\n', probe: '1.2.3.4', exampleId: null });
  });

  it('ignores missing, corrupt or foreign data', () => {
    const s = memoryStorage();
    expect(loadWork(s)).toBeNull();
    s.setItem(STORAGE_KEY, '{not json');
    expect(loadWork(s)).toBeNull();
    s.setItem(STORAGE_KEY, JSON.stringify({ script: 42 }));
    expect(loadWork(s)).toBeNull();
    expect(loadWork(undefined)).toBeNull();
  });

  it('a storage that refuses (full, disabled) makes saving return false, not throw', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveWork(full, { script: 'x', probe: null, exampleId: null })).toBe(false);
  });
});
