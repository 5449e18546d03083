import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProbe } from '../analysis/packet-class-probe';
import { findExample } from '../scenario/examples/index';
import { createSession, runScript } from '../scenario/run-script';
import { createEngineApi } from '../worker/engine-api';
import { machineEngineOf } from '../worker/machine-client';
import { createMachineStore, PASTE } from './machine-store';
import { createAppStore, selectVerdict, type Engine } from './store';

function stores() {
  const api = createEngineApi();
  const engine: Engine = { analyze: async (t, l) => api.analyze(t, l), trace: async (t, l) => api.trace(t, l) };
  const app = createAppStore(engine, { debounceMs: 1 });
  const machine = createMachineStore(machineEngineOf(api), app);
  return { app, machine };
}

const settle = async (until: () => boolean) => {
  for (let i = 0; i < 200 && !until(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(until()).toBe(true);
};

const snapshot = readFileSync(new URL('../../test/import/roundtrip/001.snapshot.txt', import.meta.url), 'utf8');

describe('createMachineStore', () => {
  it('previews an import without touching the scenario, and accepting it is undoable', async () => {
    const { app, machine } = stores();
    await app.getState().run();
    const before = app.getState().script;
    machine.getState().setPaste(snapshot);
    await machine.getState().runImport();
    const imported = machine.getState().imported;
    expect(imported?.script).toContain('ip rule add');
    expect(app.getState().script).toBe(before);
    await machine.getState().acceptImport();
    expect(app.getState().script).toBe(imported?.script);
    await app.getState().undo();
    expect(app.getState().script).toBe(before);
  });

  it('locates warnings in the paste', async () => {
    const { machine } = stores();
    machine.getState().setPaste('0:\tfrom all lookup local\n32766:\tfrom all lookup main\nthis is no rule\n');
    await machine.getState().runImport();
    const w = machine.getState().imported?.warnings ?? [];
    expect(w.length).toBeGreaterThan(0);
    expect(w.every((x) => x.file === PASTE && x.line >= 1 && x.column >= 1)).toBe(true);
  });

  it('runs the doctor after each run, and a finding probe becomes the selected verdict', async () => {
    const { app, machine } = stores();
    const ex = findExample('priority-fight');
    if (!ex) throw new Error('no priority-fight example');
    await app.getState().replaceScript(ex.script, ex.id);
    await settle(() => machine.getState().doctorScript === ex.script);
    const finding = machine.getState().findings?.find((f) => f.kind === 'shadowed');
    if (!finding) throw new Error('no shadowed finding');
    await machine.getState().openProbe(finding.probe.args.join(' '));
    expect(selectVerdict(app.getState())?.verdict.split('\n')[0].trimEnd()).toBe(finding.verdict.trimEnd());
  });

  it('answers which packets reach a rule, a table and a verdict, each with a probe', async () => {
    const { app, machine } = stores();
    await app.getState().run();
    const rule = app.getState().view?.rules[4].find((r) => r.text.includes('fwmark'));
    if (!rule) throw new Error('no fwmark rule in the default example');
    machine.getState().askReach({ kind: 'rule', family: 4, pref: rule.pref });
    await settle(() => machine.getState().reach !== null);
    const classes = machine.getState().reach?.classes ?? [];
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.every((c) => c.rulePref === rule.pref && c.probe !== '')).toBe(true);
    // Each class's sample probe gets the class's verdict from the engine.
    const session = createSession();
    runScript(app.getState().script, session);
    for (const c of classes) expect(runProbe(session, c.probe.split(' ')).verdict?.key).toBe(c.verdict);
    const line = selectVerdict(app.getState())?.line ?? 0;
    machine.getState().askReach({ kind: 'verdict', line });
    await settle(() => machine.getState().reach !== null);
    expect(machine.getState().reach?.classes.length).toBeGreaterThan(0);
    machine.getState().askReach({ kind: 'table', family: 4, table: 254, name: 'main' });
    await settle(() => machine.getState().reach !== null);
    expect(machine.getState().reach?.title).toBe('table main');
  });

  it('compares the kept scenario with the current one', async () => {
    const { app, machine } = stores();
    await app.getState().run();
    machine.getState().startCompare();
    await settle(() => machine.getState().comparison !== null);
    expect(machine.getState().comparison).toMatchObject({ diffs: [], classes: [], probes: [] });
    const rule = app.getState().view?.rules[4].find((r) => r.text.includes('fwmark'));
    await app.getState().applyCommands([`ip rule del pref ${rule?.pref}`]);
    await settle(() => (machine.getState().comparison?.diffs.length ?? 0) > 0);
    const cmp = machine.getState().comparison;
    expect(cmp?.diffs[0].removed.join('\n')).toContain('fwmark');
    expect(cmp?.classes.length).toBeGreaterThan(0);
    expect(cmp?.probes.length).toBeGreaterThan(0);
  });

  it('exports the script, the netns script and the binary save files', async () => {
    const { machine } = stores();
    const script = await machine.getState().exportAs('script');
    expect(script.ok && script.text?.startsWith('#!/bin/sh')).toBe(true);
    const netns = await machine.getState().exportAs('netns', 'rpdb-try');
    expect(netns.ok && netns.text?.includes('rpdb-try')).toBe(true);
    const rules = await machine.getState().exportAs('rule-save');
    expect(rules.ok && (rules.bytes?.length ?? 0) > 0).toBe(true);
    const bad = await machine.getState().exportAs('netns', 'bad name/');
    expect(bad.ok).toBe(false);
  });
});
