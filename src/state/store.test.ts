import { describe, expect, it } from 'vitest';
import type { CommandRecord } from '../scenario/command-record';
import * as lartcMail from '../scenario/examples/lartc-mail';
import { runScript } from '../scenario/run-script';
import {
  createAppStore,
  isProbe,
  selectProbes,
  selectVerdict,
  verdictText,
  type ScriptRunner,
} from './store';

/** A record as the runner would return it for `command` on `line`. */
function record(line: number, command: string, stdout = '', status = 0, stderr = ''): CommandRecord {
  return { line, command, status, stdout, stderr };
}

/** A runner that answers every script with `records`. */
function fixedRunner(records: CommandRecord[]): ScriptRunner {
  return { runScript: async () => records };
}

const twoProbes = [
  record(1, 'ip rule add fwmark 1 table 100'),
  record(2, 'ip route get 192.0.2.1 mark 1', 'marked\n'),
  record(3, 'ip route get 192.0.2.1', 'unmarked\n'),
];

describe('createAppStore', () => {
  it('starts idle with the LARTC mail example loaded and no records', () => {
    const state = createAppStore(fixedRunner([])).getState();
    expect(state.script).toBe(lartcMail.script);
    expect(state.status).toBe('idle');
    expect(state.records).toEqual([]);
    expect(selectVerdict(state)).toBeUndefined();
  });

  it('run() stores the records of the current script and ends done', async () => {
    const seen: string[] = [];
    const store = createAppStore({ runScript: async (text) => (seen.push(text), twoProbes) }, 'ip rule show');
    store.getState().setScript('ip route show');
    const running = store.getState().run();
    expect(store.getState().status).toBe('running');
    await running;
    expect(seen).toEqual(['ip route show']);
    expect(store.getState()).toMatchObject({ status: 'done', records: twoProbes, error: null });
  });

  it('run() with the scenario runner gives one record per command line of the example', async () => {
    const store = createAppStore({ runScript: async (text) => runScript(text) });
    await store.getState().run();
    const commands = lartcMail.script.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
    expect(store.getState().records.map((r) => r.command)).toEqual(commands);
  });

  it('the verdict is the first probe until another probe is selected', async () => {
    const store = createAppStore(fixedRunner(twoProbes));
    await store.getState().run();
    expect(selectProbes(store.getState()).map((r) => r.line)).toEqual([2, 3]);
    expect(selectVerdict(store.getState())?.stdout).toBe('marked\n');
    store.getState().selectProbe(3);
    expect(selectVerdict(store.getState())?.stdout).toBe('unmarked\n');
  });

  it('a selected probe that is no longer a probe after a run falls back to the first', async () => {
    let records = twoProbes;
    const store = createAppStore({ runScript: async () => records });
    await store.getState().run();
    store.getState().selectProbe(3);
    records = [record(2, 'ip route get 192.0.2.1 mark 1', 'marked\n'), record(3, 'ip rule show')];
    await store.getState().run();
    expect(store.getState().selectedProbeLine).toBeNull();
    expect(selectVerdict(store.getState())?.line).toBe(2);
  });

  it('a newer run cancels the older one, whose late answer is dropped', async () => {
    const signals: AbortSignal[] = [];
    let release: (records: CommandRecord[]) => void = () => undefined;
    const store = createAppStore({
      runScript: (_text, signal) => {
        signals.push(signal!);
        return signals.length === 1
          ? new Promise((resolve) => (release = resolve))
          : Promise.resolve(twoProbes);
      },
    });
    const first = store.getState().run();
    await store.getState().run();
    expect(signals[0].aborted).toBe(true);
    release([record(1, 'stale')]);
    await first;
    expect(store.getState()).toMatchObject({ status: 'done', records: twoProbes });
  });

  it('a runner that fails ends the run in error with its message', async () => {
    const store = createAppStore({ runScript: () => Promise.reject(new Error('worker crashed')) });
    await store.getState().run();
    expect(store.getState()).toMatchObject({ status: 'error', error: 'worker crashed' });
  });
});

describe('isProbe', () => {
  it('recognises ip route get with global options and abbreviations', () => {
    for (const c of [
      'ip route get 1.2.3.4',
      'ip -4 r g 1.2.3.4',
      '  ip -d ro get 1.2.3.4 mark 1',
      'ip rou ge to 1.2.3.4',
    ]) {
      expect(isProbe(c), c).toBe(true);
    }
  });

  it('rejects other route and rule commands', () => {
    for (const c of [
      'ip route show',
      'ip rule add fwmark 1 table 100',
      'ip routeget 1.2.3.4',
      '# ip route get 1.2.3.4',
    ]) {
      expect(isProbe(c), c).toBe(false);
    }
  });
});

describe('verdictText', () => {
  it('is the output of a probe that succeeded and the error of one that failed', () => {
    expect(verdictText(record(1, 'ip route get 1.2.3.4', 'ok\n'))).toBe('ok\n');
    expect(
      verdictText(record(1, 'ip route get 1.2.3.4', '', 2, 'RTNETLINK answers: Network is unreachable\n')),
    ).toBe('RTNETLINK answers: Network is unreachable\n');
  });
});
