import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { runScript } from '../scenario/run-script';
import { createEngineApi, type EngineApi } from './engine-api';
import { EngineClient, type EngineHandle } from './engine-client';

const clients: EngineClient[] = [];

/** An engine in this thread, over a MessageChannel, counting how often it was started. */
function inProcess(api: EngineApi = createEngineApi()): { start: () => EngineHandle; starts: () => number } {
  let count = 0;
  return {
    starts: () => count,
    start: () => {
      count++;
      const { port1, port2 } = new MessageChannel();
      expose(api, port1);
      return {
        endpoint: port2,
        terminate: () => {
          port1.close();
          port2.close();
        },
      };
    },
  };
}

function client(start: () => EngineHandle, idleMs?: number): EngineClient {
  const c = new EngineClient({ start, idleMs });
  clients.push(c);
  return c;
}

/** An API whose runScript waits `ms` (from the text) and logs when it starts and ends. */
function slowApi(log: string[]): EngineApi {
  return {
    runScript(text: string) {
      log.push(`start ${text}`);
      const until = Date.now() + Number(text);
      while (Date.now() < until) {
        /* busy: a real engine call does not yield either */
      }
      log.push(`end ${text}`);
      return [];
    },
    analyze: () => {
      throw new Error('not used');
    },
    trace: () => null,
  };
}

/** Lets queued promise callbacks and message deliveries run. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

afterEach(() => {
  clients.splice(0).forEach((c) => c.dispose());
});

describe('EngineClient', () => {
  it('runScript returns the records the scenario runner produces', async () => {
    const text = 'ip rule show\n\n# a comment\nip route show table main\n';
    const engine = inProcess();
    expect(await client(engine.start).runScript(text)).toEqual(runScript(text));
  });

  it('runs calls one at a time, in the order they were made', async () => {
    const log: string[] = [];
    const c = client(inProcess(slowApi(log)).start);
    await Promise.all([c.runScript('20'), c.runScript('1')]);
    expect(log).toEqual(['start 20', 'end 20', 'start 1', 'end 1']);
  });

  it('does not start the engine for a call whose signal is already aborted', async () => {
    const engine = inProcess();
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(client(engine.start).runScript('ip rule show', controller.signal)).rejects.toThrow(
      'cancelled',
    );
    expect(engine.starts()).toBe(0);
  });

  it('an abort during a call rejects it, stops the engine, and the next call starts a new one', async () => {
    const hangs: EngineApi = {
      ...createEngineApi(),
      runScript: () => new Promise<never>(() => undefined) as never,
    };
    const engine = inProcess(hangs);
    const c = client(engine.start);
    const controller = new AbortController();
    const pending = c.runScript('ip rule show', controller.signal);
    await tick();
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    expect(c.running).toBe(false);
    void c.runScript('ip rule show');
    await tick();
    expect(engine.starts()).toBe(2);
  });

  it('a failed call does not stop the calls queued after it', async () => {
    const api: EngineApi = {
      ...createEngineApi(),
      runScript(text) {
        if (text === 'fail') throw new Error('boom');
        return runScript(text);
      },
    };
    const c = client(inProcess(api).start);
    const first = c.runScript('fail');
    const second = c.runScript('ip rule show');
    await expect(first).rejects.toThrow('boom');
    expect(await second).toEqual(runScript('ip rule show'));
  });

  it('analyze and trace reach the worker API', async () => {
    const c = client(inProcess().start);
    const text = 'ip rule add fwmark 1 table 7\nip route get 10.0.0.1 mark 1\n';
    const { view, trace } = await c.analyze(text, null);
    expect(view.probes.map((p) => p.line)).toEqual([2]);
    expect((await c.trace(text, 2))?.sentences).toEqual(trace?.sentences);
  });

  it('stops an unused engine after idleMs', async () => {
    const c = client(inProcess().start, 5);
    await c.runScript('ip rule show');
    expect(c.running).toBe(true);
    await tick();
    await tick();
    expect(c.running).toBe(false);
  });
});
