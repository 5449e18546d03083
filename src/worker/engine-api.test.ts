import { describe, expect, it } from 'vitest';
import { example as lartc } from '../scenario/examples/lartc-mail';
import { example as priorityFight } from '../scenario/examples/priority-fight';
import { runScript } from '../scenario/run-script';
import { createEngineApi } from './engine-api';
import { isProbe, probeArgs, probeFamily } from './probe-args';

const api = createEngineApi();

describe('createEngineApi().analyze', () => {
  it('returns the same records as the scenario runner', () => {
    expect(api.analyze(lartc.script, null).view.records).toEqual(runScript(lartc.script));
  });

  it('lists the rules in ip rule show order, with the kernel-chosen priority explained', () => {
    const { view } = api.analyze(lartc.script, null);
    expect(view.rules[4].map((r) => `${r.pref}: ${r.text}`)).toEqual([
      '0: from all lookup local',
      '32765: from all fwmark 0x1 lookup mail.out',
      '32766: from all lookup main',
      '32767: from all lookup default',
    ]);
    expect(view.rules[4][1].auto).toMatchObject({ pref: 32765, family: 4 });
    expect(view.rules[4][1].auto?.why).toMatch(/second rule's priority \(32766\) minus one/);
    expect(view.rules[4][0].auto).toBeUndefined();
  });

  it('explains the priorities of the wg-quick rules added after Tailscale', () => {
    const { view } = api.analyze(priorityFight.script, null);
    expect(view.autoPrefs.map((a) => a.pref)).toEqual([5209, 5208]);
  });

  it('shows one view per table, main first, local read-only, named from rt_tables', () => {
    const { view } = api.analyze(lartc.script, null);
    const v4 = view.tables.filter((t) => t.family === 4);
    expect(v4.map((t) => t.name)).toEqual(['main', 'local', 'mail.out']);
    expect(v4.find((t) => t.name === 'local')?.readOnly).toBe(true);
    expect(v4.find((t) => t.name === 'mail.out')?.routes).toEqual(['default via 195.96.98.253 dev ppp0 ']);
  });

  it('gives the probes with their verdicts and traces the first by default', () => {
    const { view, trace } = api.analyze(lartc.script, null);
    expect(view.probes.map((p) => p.args)).toEqual(['192.0.2.25 mark 1', '192.0.2.25']);
    expect(trace?.line).toBe(view.probes[0].line);
    expect(trace?.record.stdout).toBe(view.probes[0].verdict);
    expect(trace?.sentences.length).toBe(trace?.trace.events.length);
  });

  it('traces a probe with the machine as the lines before it left it', () => {
    const { view } = api.analyze(priorityFight.script, null);
    const [before, after] = view.probes;
    expect(api.trace(priorityFight.script, before.line)?.record.stdout).toBe(before.verdict);
    expect(api.trace(priorityFight.script, after.line)?.record.stdout).toBe(after.verdict);
    expect(before.verdict).not.toBe(after.verdict);
  });

  it('the canonical script rebuilds the same verdicts', () => {
    const { view } = api.analyze(lartc.script, null);
    expect(api.analyze(view.canonical, null).view.probes.map((p) => p.verdict)).toEqual(
      view.probes.map((p) => p.verdict),
    );
  });
});

describe('probeArgs', () => {
  it('finds the arguments of ip route get with abbreviations and options', () => {
    expect(probeArgs('ip route get 1.2.3.4 mark 1')).toBe('1.2.3.4 mark 1');
    expect(probeArgs('  ip -4 r g 1.2.3.4')).toBe('1.2.3.4');
    expect(probeArgs('ip rule show')).toBeNull();
    expect(isProbe('# ip route get 1.2.3.4')).toBe(false);
  });

  it('tells the family from -6 or the destination', () => {
    expect(probeFamily('ip -6 route get ::1')).toBe(6);
    expect(probeFamily('ip route get to 2001:db8::1')).toBe(6);
    expect(probeFamily('ip route get 10.0.0.1')).toBe(4);
  });
});
