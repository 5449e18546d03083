/** Selectors for the trace animation, cached per trace so a frame costs one pass over the steps. */
import { buildSteps, frameAt, type TraceFrame, type TraceStep } from './trace-steps';
import type { AppState } from './store';
import type { ProbeTrace, RuleView } from '../worker/view-types';

const stepsCache = new WeakMap<ProbeTrace, TraceStep[]>();

/** The animation steps of the selected probe's trace (empty without one). */
export function selectSteps(state: AppState): TraceStep[] {
  const t = state.trace;
  if (!t) return EMPTY;
  let steps = stepsCache.get(t);
  if (!steps) {
    steps = buildSteps(t);
    stepsCache.set(t, steps);
  }
  return steps;
}
const EMPTY: TraceStep[] = [];

let lastFrame: { steps: TraceStep[]; step: number; frame: TraceFrame } | null = null;

/** The frame at the current step (null without a trace). */
export function selectFrame(state: AppState): TraceFrame | null {
  const steps = selectSteps(state);
  if (steps.length === 0) return null;
  if (lastFrame && lastFrame.steps === steps && lastFrame.step === state.step) return lastFrame.frame;
  const frame = frameAt(steps, state.step);
  lastFrame = { steps, step: state.step, frame };
  return frame;
}

/** The rule list the trace walks: the probe's family, else IPv4. */
export function selectTraceRules(state: AppState): RuleView[] {
  return state.view?.rules[state.trace?.family ?? 4] ?? EMPTY_RULES;
}
const EMPTY_RULES: RuleView[] = [];
