import { describe, expect, it } from 'vitest';
import { example as gotoNop } from '../scenario/examples/goto-nop';
import { example as lartc } from '../scenario/examples/lartc-mail';
import { example as wg } from '../scenario/examples/wg-quick-full-tunnel';
import { createEngineApi } from '../worker/engine-api';
import { buildSteps, explainRule, frameAt } from './trace-steps';

const api = createEngineApi();
/** The steps of the probe `command` of `script`. */
function stepsOf(script: string, command: string) {
  const line = script.split('\n').indexOf(command) + 1;
  const t = api.trace(script, line);
  if (!t) throw new Error(`no probe ${command}`);
  return buildSteps(t);
}

describe('buildSteps / frameAt', () => {
  const steps = stepsOf(lartc.script, 'ip route get 192.0.2.25 mark 1');

  it('gives one step per trace event with its sentence', () => {
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.every((s) => s.sentence.length > 0)).toBe(true);
  });

  it('the last frame has the verdict, rule 0 passed on and the mark rule decided', () => {
    const f = frameAt(steps, steps.length - 1);
    expect(f.verdict).not.toBeNull();
    expect(f.statuses.get(0)).toBe('passed');
    expect(f.statuses.get(1)).toBe('decided');
    expect(f.statuses.has(2)).toBe(false);
  });

  it('a frame at a rule step has that rule current with its selector tests', () => {
    const k = steps.findIndex((s) => s.event.kind === 'rule' && s.rule === 1);
    const f = frameAt(steps, k);
    expect(f.at).toBe(1);
    expect(f.tests.map((t) => [t.selector, t.pass])).toEqual([['fwmark', true]]);
  });

  it('clamps the step into range', () => {
    expect(frameAt(steps, 999).step).toBe(steps.length - 1);
    expect(frameAt(steps, -5).step).toBe(0);
  });

  it('a suppress step is its own frame event (wg-quick, 1.1.1.1)', () => {
    const ws = stepsOf(wg.script, 'ip route get 1.1.1.1');
    const k = ws.findIndex((s) => s.event.kind === 'suppress');
    expect(k).toBeGreaterThan(0);
    expect(frameAt(ws, k).suppress?.threshold).toBe(0);
    expect(frameAt(ws, k + 1).suppress).toBeNull();
  });

  it('a taken goto marks the rules it jumps over', () => {
    const gs = stepsOf(gotoNop.script, 'ip route get 8.8.8.8 mark 1');
    const k = gs.findIndex((s) => s.event.kind === 'goto' && s.event.resolved);
    const f = frameAt(gs, k);
    expect(f.jump).not.toBeNull();
    expect([...f.statuses].filter(([, st]) => st === 'jumped').length).toBeGreaterThan(0);
  });
});

describe('explainRule', () => {
  const steps = stepsOf(lartc.script, 'ip route get 192.0.2.25 mark 1');

  it('gives a tested rule its own sentences', () => {
    expect(explainRule(steps, 1)[0]).toMatch(/^Rule 32765 .* matches: fwmark 0x1 matches/);
  });

  it('says a rule after the answer was never tested', () => {
    expect(explainRule(steps, 2)[0]).toMatch(/^Not tested: the walk had already ended at rule 32765/);
  });

  it('says a rule jumped over by a goto was not tested, and why', () => {
    const gs = stepsOf(gotoNop.script, 'ip route get 8.8.8.8 mark 1');
    const jumped = frameAt(gs, gs.length - 1);
    const index = [...jumped.statuses].find(([, st]) => st === 'jumped')![0];
    expect(explainRule(gs, index)[0]).toMatch(/^Not tested: rule 100 jumps/);
  });
});
