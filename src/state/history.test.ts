import { describe, expect, it } from 'vitest';
import { COALESCE_MS, emptyHistory, MAX_HISTORY, recordEdit, redo, undo } from './history';

describe('history', () => {
  it('undo returns the previous version and redo the next', () => {
    let h = recordEdit(emptyHistory(), 'a', 'b', 'edit', 0);
    h = recordEdit(h, 'b', 'c', 'edit', 10);
    const u = undo(h, 'c')!;
    expect(u.script).toBe('b');
    const r = redo(u.history, 'b')!;
    expect(r.script).toBe('c');
    expect(undo(emptyHistory(), 'x')).toBeNull();
    expect(redo(emptyHistory(), 'x')).toBeNull();
  });

  it('typing within the pause coalesces; a pause, or another kind of edit, starts a new step', () => {
    let h = recordEdit(emptyHistory(), 'a', 'ab', 'type', 0);
    h = recordEdit(h, 'ab', 'abc', 'type', COALESCE_MS - 1);
    expect(h.past).toEqual(['a']);
    h = recordEdit(h, 'abc', 'abcd', 'type', 3 * COALESCE_MS);
    expect(h.past).toEqual(['a', 'abc']);
    h = recordEdit(h, 'abcd', 'x', 'edit', 3 * COALESCE_MS + 1);
    expect(h.past).toEqual(['a', 'abc', 'abcd']);
  });

  it('a new edit clears the redo list; no-op edits change nothing; the past is bounded', () => {
    const h = recordEdit(emptyHistory(), 'a', 'b', 'edit', 0);
    const u = undo(h, 'b')!;
    expect(recordEdit(u.history, 'a', 'z', 'edit', 1).future).toEqual([]);
    expect(recordEdit(h, 'b', 'b', 'edit', 2)).toBe(h);
    let big = emptyHistory();
    for (let i = 0; i < MAX_HISTORY + 10; i++) big = recordEdit(big, String(i), String(i + 1), 'edit', i);
    expect(big.past.length).toBe(MAX_HISTORY);
  });
});
