/**
 * Runs an async job for the latest input only: while one runs, newer inputs replace each other
 * and only the last one runs next, so a burst of edits costs at most two runs in the worker.
 */

/** A job runner that drops superseded inputs; `apply` gets each finished run's input and result. */
export function latestRunner<I, O>(
  job: (input: I) => Promise<O>,
  apply: (input: I, output: O) => void,
  fail: (input: I, error: unknown) => void,
): (input: I) => void {
  let running = false;
  let next: { input: I } | undefined;
  const pump = async (): Promise<void> => {
    while (next) {
      const { input } = next;
      next = undefined;
      running = true;
      try {
        const out = await job(input);
        if (!next) apply(input, out);
      } catch (e) {
        if (!next) fail(input, e);
      } finally {
        running = false;
      }
    }
  };
  return (input: I) => {
    next = { input };
    if (!running) void pump();
  };
}
