/**
 * Undo/redo over script versions: the script is the single source of truth, so one history of
 * its texts undoes every kind of edit (typed, visual, loaded example or link) alike.
 */

/** Past and future versions around the present script. */
export interface History {
  past: string[];
  future: string[];
  /** What the newest past entry came from; typing in a burst coalesces into one entry. */
  lastKind: string | null;
  lastAt: number;
}

/** Versions kept for undo. */
export const MAX_HISTORY = 200;
/** Typing pauses shorter than this stay in one undo step. */
export const COALESCE_MS = 1000;

/** An empty history. */
export function emptyHistory(): History {
  return { past: [], future: [], lastKind: null, lastAt: 0 };
}

/**
 * The history after the present changed from `present` to `next` by an edit of `kind`; edits of
 * kind 'type' within COALESCE_MS of the last one replace it instead of adding a step.
 */
export function recordEdit(h: History, present: string, next: string, kind: string, now: number): History {
  if (present === next) return h;
  const coalesce =
    kind === 'type' && h.lastKind === 'type' && now - h.lastAt < COALESCE_MS && h.past.length > 0;
  const past = coalesce ? h.past : [...h.past, present].slice(-MAX_HISTORY);
  return { past, future: [], lastKind: kind, lastAt: now };
}

/** Undo: the previous version and the history around it, or null when there is none. */
export function undo(h: History, present: string): { script: string; history: History } | null {
  if (h.past.length === 0) return null;
  const script = h.past[h.past.length - 1];
  return {
    script,
    history: { past: h.past.slice(0, -1), future: [present, ...h.future], lastKind: null, lastAt: 0 },
  };
}

/** Redo: the next version and the history around it, or null when there is none. */
export function redo(h: History, present: string): { script: string; history: History } | null {
  if (h.future.length === 0) return null;
  const [script, ...future] = h.future;
  return { script, history: { past: [...h.past, present], future, lastKind: null, lastAt: 0 } };
}
