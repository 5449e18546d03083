import { expose } from 'comlink';
import { describe, expect, it } from 'vitest';
import type { EngineHandle } from './engine-client';
import { createLane, isAbort } from './machine-lane';

interface Slow {
  after(ms: number, value: string): Promise<string>;
}

/** A lane over in-thread "workers" (MessageChannels), counting starts and stops. */
function lane() {
  const counts = { starts: 0, stops: 0 };
  const start = (): EngineHandle => {
    counts.starts++;
    const { port1, port2 } = new MessageChannel();
    const api: Slow = { after: (ms, value) => new Promise((r) => setTimeout(() => r(value), ms)) };
    expose(api, port1);
    return {
      endpoint: port2,
      terminate: () => {
        counts.stops++;
        port1.close();
        port2.close();
      },
    };
  };
  return { run: createLane<Slow>(start), counts };
}

describe('createLane', () => {
  it('a newer call stops the worker of the older one, which rejects with an AbortError', async () => {
    const { run, counts } = lane();
    const first = run((api) => api.after(200, 'old'));
    const second = run((api) => api.after(1, 'new'));
    const err = await first.catch((e: unknown) => e);
    expect(isAbort(err)).toBe(true);
    expect(await second).toBe('new');
    expect(counts).toEqual({ starts: 2, stops: 1 });
  });

  it('calls one after the other keep their worker', async () => {
    const { run, counts } = lane();
    expect(await run((api) => api.after(1, 'a'))).toBe('a');
    expect(await run((api) => api.after(1, 'b'))).toBe('b');
    expect(counts).toEqual({ starts: 1, stops: 0 });
  });
});
