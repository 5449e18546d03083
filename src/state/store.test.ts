import { describe, expect, it } from 'vitest';
import { example as lartc } from '../scenario/examples/lartc-mail';
import { EXAMPLES } from '../scenario/examples/index';
import { encodeShareFragment } from '../scenario/share/share-link';
import { createEngineApi } from '../worker/engine-api';
import { memoryStorage, STORAGE_KEY } from './persistence';
import { createAppStore, selectVerdict, type Engine } from './store';

/** The worker API in-process, as the store sees it (promises). */
function inProcess(): Engine & { calls: string[] } {
  const api = createEngineApi();
  const calls: string[] = [];
  return {
    calls,
    analyze: async (text, line) => (calls.push('analyze'), api.analyze(text, line)),
    trace: async (text, line) => (calls.push('trace'), api.trace(text, line)),
  };
}

const storeWith = (opts: Parameters<typeof createAppStore>[1] = {}) =>
  createAppStore(inProcess(), { debounceMs: 1, ...opts });

describe('createAppStore', () => {
  it('starts idle with the LARTC mail example and no views', () => {
    const s = storeWith().getState();
    expect(s.script).toBe(lartc.script);
    expect(s.exampleId).toBe('lartc-mail');
    expect(s.status).toBe('idle');
    expect(s.view).toBeNull();
  });

  it('run() derives the views and traces the first probe', async () => {
    const store = storeWith();
    await store.getState().run();
    const s = store.getState();
    expect(s.status).toBe('done');
    expect(s.view?.rules[4].length).toBe(4);
    expect(selectVerdict(s)?.args).toBe('192.0.2.25 mark 1');
    expect(s.trace?.line).toBe(selectVerdict(s)?.line);
  });

  it('applyCommands keeps a command that succeeds, as one undoable step', async () => {
    const store = storeWith();
    await store.getState().run();
    const r = await store.getState().applyCommands(['ip rule add to 192.0.2.0/24 lookup main pref 100']);
    expect(r).toEqual({ ok: true, commands: ['ip rule add to 192.0.2.0/24 lookup main pref 100'] });
    expect(store.getState().script).toContain(
      'ip route add default via 195.96.98.253 dev ppp0 table mail.out\nip rule add to 192.0.2.0/24 lookup main pref 100\nip rule show\n',
    );
    expect(selectVerdict(store.getState())?.verdict).toBe(
      '192.0.2.25 via 10.0.0.1 dev eth0 src 10.0.0.2 mark 1 uid 0 \n    cache \n',
    );
    await store.getState().undo();
    expect(store.getState().script).toBe(lartc.script);
    await store.getState().redo();
    expect(store.getState().script).toContain('pref 100');
  });

  it('applyCommands refuses a command the kernel rejects, with its error text, and keeps the script', async () => {
    const store = storeWith();
    await store.getState().run();
    const r = await store.getState().applyCommands(['ip rule add pref 10 goto 5']);
    expect(r.ok).toBe(false);
    expect(r.error).toBe('Error: Backward goto not supported.\n');
    expect(store.getState().script).toBe(lartc.script);
    expect(store.getState().history.past).toEqual([]);
  });

  it('typing coalesces into one undo step and runs after the pause', async () => {
    const store = storeWith();
    store.getState().setScript('ip rule show\n');
    store.getState().setScript('ip rule show\nip route get 10.0.0.1\n');
    expect(store.getState().history.past).toEqual([lartc.script]);
    await new Promise((r) => setTimeout(r, 30));
    expect(store.getState().view?.probes.map((p) => p.args)).toEqual(['10.0.0.1']);
  });

  it('selectProbe traces that probe', async () => {
    const store = storeWith();
    await store.getState().run();
    const second = store.getState().view!.probes[1];
    await store.getState().selectProbe(second.line);
    expect(store.getState().trace?.record.stdout).toBe(second.verdict);
  });

  it('selectProbeArgs adds a missing probe to the script and selects it', async () => {
    const store = storeWith();
    await store.getState().run();
    await store.getState().selectProbeArgs('198.51.100.1 mark 1');
    const s = store.getState();
    expect(s.script.endsWith('ip route get 198.51.100.1 mark 1\n')).toBe(true);
    expect(selectVerdict(s)?.args).toBe('198.51.100.1 mark 1');
    expect(s.trace?.args).toBe('198.51.100.1 mark 1');
  });

  it('a share fragment round-trips the script and the selected probe', async () => {
    const a = storeWith();
    await a.getState().loadExample('goto-nop');
    const probe = a.getState().view!.probes[1];
    await a.getState().selectProbe(probe.line);
    const b = storeWith();
    expect(await b.getState().loadFragment(a.getState().shareFragment())).toBe(true);
    expect(b.getState().script).toBe(a.getState().script);
    expect(selectVerdict(b.getState())?.line).toBe(probe.line);
  });

  it('a broken link leaves the work unchanged and says why', async () => {
    const store = storeWith();
    store.getState().setScript('ip rule show\n');
    expect(await store.getState().loadFragment('#s=%%%')).toBe(false);
    expect(store.getState().script).toBe('ip rule show\n');
    expect(store.getState().notice?.kind).toBe('error');
    expect(store.getState().notice?.text).toMatch(/not base64url/);
  });

  it('a link can be undone back to the work there was before', async () => {
    const store = storeWith();
    await store.getState().loadFragment(encodeShareFragment({ script: 'ip rule show\n' }));
    await store.getState().undo();
    expect(store.getState().script).toBe(lartc.script);
  });

  it('autosaves and a new store restores the work', async () => {
    const storage = memoryStorage();
    const a = storeWith({ storage });
    await a.getState().loadExample(EXAMPLES[3].id);
    expect(storage.data.has(STORAGE_KEY)).toBe(true);
    const b = storeWith({ storage });
    expect(b.getState().script).toBe(EXAMPLES[3].script);
    expect(b.getState().exampleId).toBe(EXAMPLES[3].id);
  });

  it('a newer run wins over an older one', async () => {
    const engine = inProcess();
    let release: () => void = () => undefined;
    const slow: Engine = {
      ...engine,
      analyze: (text, line, signal) =>
        text.includes('slow')
          ? new Promise((r) => (release = () => r(engine.analyze(text, line, signal))))
          : engine.analyze(text, line, signal),
    };
    const store = createAppStore(slow);
    store.getState().setScript('# slow\n');
    const first = store.getState().run();
    store.getState().setScript('ip route get 10.0.0.1\n');
    await store.getState().run();
    release();
    await first;
    expect(store.getState().view?.probes.length).toBe(1);
  });

  it('steps are clamped to the trace and playing from the end restarts', async () => {
    const store = storeWith();
    await store.getState().run();
    const n = store.getState().trace!.trace.events.length;
    store.getState().setStep(1000);
    expect(store.getState().step).toBe(n - 1);
    store.getState().setPlaying(true);
    expect(store.getState().step).toBe(0);
    store.getState().stepBy(-1);
    expect(store.getState()).toMatchObject({ step: 0, playing: false });
  });
});
