import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCaptureApi } from '../worker/capture-api';
import { captureEngineOf } from '../worker/capture-client';
import { createEngineApi } from '../worker/engine-api';
import { createCaptureStore, deleteCommand, scenarioKey } from './capture-store';
import { createAppStore } from './store';

const DIR = 'test/classify-fixtures';
const SCENARIO = readFileSync(`${DIR}/scenario-mangle.sh`, 'utf8');
const file = (name: string) => new Blob([readFileSync(`${DIR}/${name}`)]);

function stores() {
  const api = createEngineApi();
  const app = createAppStore(
    { analyze: async (t, l) => api.analyze(t, l), trace: async (t, l) => api.trace(t, l) },
    { debounceMs: 1 },
  );
  const capture = createCaptureStore(captureEngineOf(createCaptureApi(), false), app);
  return { app, capture };
}

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};

describe('the capture store', () => {
  it('scenarioKey ignores probes and comments, so selecting a packet does not classify again', () => {
    expect(scenarioKey('ip link set lo up\n# note\nip route get 1.1.1.1\n')).toBe(
      scenarioKey('ip link set lo up\n'),
    );
    expect(scenarioKey('ip link set lo up\n')).not.toBe(scenarioKey('ip link set lo down\n'));
  });

  it('deleteCommand turns an iptables -S rule into its -D command', () => {
    expect(
      deleteCommand(
        { family: 6, table: 'mangle', lines: [] },
        '-A OUTPUT -j MARK --set-xmark 0x1/0xffffffff',
      ),
    ).toBe('ip6tables -t mangle -D OUTPUT -j MARK --set-xmark 0x1/0xffffffff');
    expect(deleteCommand({ family: 4, table: 'nat', lines: [] }, '-P OUTPUT ACCEPT')).toBeNull();
  });

  it('open() reads the file, pre-fills the mapping with the defaults, and summarises', async () => {
    const { app, capture } = stores();
    await app.getState().replaceScript(SCENARIO);
    await capture.getState().open(file('mangle-sll2.pcap'), 'mangle-sll2.pcap');
    const s = capture.getState();
    expect(s.status).toBe('done');
    expect(s.summary?.total).toBe(82);
    // SLL2 ifindexes resolve with the kernel's numbering: lo 1, then each veth's peer first.
    expect(s.mapping['ifindex 3']).toEqual({ link: 'wan0', direction: 'capture' });
    expect(s.mapping['ifindex 7']).toEqual({ link: 'lan0', direction: 'capture' });
  });

  it('a scenario edit classifies the open capture again; a probe added by selecting a packet does not', async () => {
    const { app, capture } = stores();
    await app.getState().replaceScript(SCENARIO);
    await capture.getState().open(file('mangle-sll2.pcap'), 'x');
    const marked = () =>
      capture.getState().summary?.groups.rule.find((g) => g.term === 'rule:100')?.count ?? 0;
    const before = marked();
    expect(before).toBeGreaterThan(0);
    const version = capture.getState().version;
    const [row] = await capture.getState().rows(0, 1);
    await capture.getState().selectPacket(row);
    await new Promise((r) => setTimeout(r, 50));
    expect(capture.getState().version).toBe(version);
    const r = await capture
      .getState()
      .deleteRule(
        { family: 4, table: 'mangle', lines: [] },
        '-A OUTPUT -p udp -m udp --dport 123 -j MARK --set-xmark 0x1/0xffffffff',
      );
    expect(r.ok).toBe(true);
    await until(() => capture.getState().status === 'done' && marked() < before);
  });

  it('addRule refuses a bad iptables line with its error and keeps the script', async () => {
    const { app, capture } = stores();
    await app.getState().replaceScript(SCENARIO);
    const r = await capture.getState().addRule('iptables -t mangle -A NOSUCH -j MARK --set-mark 1');
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/iptables/);
    expect(app.getState().script).toBe(SCENARIO);
  });

  it('selectPacket plays the trace of the packet and loads its path with the mangle rule that set the mark', async () => {
    const { app, capture } = stores();
    await app.getState().replaceScript(SCENARIO);
    await capture.getState().open(file('mangle-sll2.pcap'), 'x');
    await capture.getState().setFilter('dport:123 dir:out');
    const [row] = await capture.getState().rows(0, 1);
    await capture.getState().selectPacket(row);
    // The probe is the packet's query, its trace shown and playing.
    expect(app.getState().trace?.args).toBe(row.query);
    expect(app.getState().playing).toBe(true);
    await until(() => capture.getState().path.length > 0);
    const path = capture.getState().path.join('\n');
    expect(path).toContain(row.markedBy);
    expect(path).toMatch(/Re-routed after OUTPUT/);
  });
});
