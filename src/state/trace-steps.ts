/**
 * A traced lookup as animation steps: one step per trace event, each with its sentence, the rule
 * it concerns, and the frame to draw at that step (which rules were tested and how, the table
 * lookup in progress, the verdict). Pure functions, so the animation is tested without a browser.
 */
import type { SelectorTest, TraceEvent } from '../engine/trace';
import type { ProbeTrace } from '../worker/view-types';

/** What became of a rule by a given step. */
export type RuleStatus =
  /** Its selectors did not all match. */
  | 'nomatch'
  /** It matched, and its action answered (route or error). */
  | 'decided'
  /** It matched, but the walk went on (no route, throw, suppressed, nop, missing table). */
  | 'passed'
  /** A goto jumped over it. */
  | 'jumped';

/** One step of the animation. */
export interface TraceStep {
  event: TraceEvent;
  sentence: string;
  /** Index (in the probe family's rule list) of the rule this step is about, if any. */
  rule: number | null;
}

/** Everything drawn at one step. */
export interface TraceFrame {
  step: number;
  /** The rule the packet is at (null before the walk and after the verdict). */
  at: number | null;
  /** Status per rule index, for the rules dealt with so far. */
  statuses: Map<number, RuleStatus>;
  /** Selector tests of the rule the packet is at. */
  tests: SelectorTest[];
  /** The table lookup of the current rule, if one happened. */
  lookup: Extract<TraceEvent, { kind: 'table-lookup' }> | null;
  /** A suppress rejection at this step. */
  suppress: Extract<TraceEvent, { kind: 'suppress' }> | null;
  /** The verdict, once reached. */
  verdict: Extract<TraceEvent, { kind: 'result' }> | null;
  /** A resolved goto taken at this step: from and to rule index. */
  jump: { from: number; to: number } | null;
}

/** The steps of a probe's trace. */
export function buildSteps(trace: ProbeTrace): TraceStep[] {
  let rule: number | null = null;
  return trace.trace.events.map((event, i) => {
    if (event.kind === 'rule') rule = event.index;
    const concerns =
      event.kind === 'stage' || event.kind === 'result' || event.kind === 'source' || event.kind === 'check';
    return { event, sentence: trace.sentences[i] ?? '', rule: concerns ? null : rule };
  });
}

/** The frame at step `k` (clamped to the steps there are). */
export function frameAt(steps: readonly TraceStep[], k: number): TraceFrame {
  const frame: TraceFrame = {
    step: Math.max(0, Math.min(k, steps.length - 1)),
    at: null,
    statuses: new Map(),
    tests: [],
    lookup: null,
    suppress: null,
    verdict: null,
    jump: null,
  };
  for (let i = 0; i <= frame.step && i < steps.length; i++) apply(frame, steps[i], i === frame.step);
  return frame;
}

function apply(f: TraceFrame, step: TraceStep, isNow: boolean): void {
  const e = step.event;
  switch (e.kind) {
    case 'rule':
      f.at = e.index;
      f.tests = e.tests;
      f.lookup = null;
      f.statuses.set(e.index, e.matched ? 'decided' : 'nomatch');
      return;
    case 'goto':
      if (f.at !== null) {
        f.statuses.set(f.at, 'passed');
        if (e.resolved && e.targetIndex !== undefined) {
          for (let r = f.at + 1; r < e.targetIndex; r++) f.statuses.set(r, 'jumped');
          if (isNow) f.jump = { from: f.at, to: e.targetIndex };
        }
      }
      return;
    case 'nop':
    case 'table-missing':
    case 'continue':
      if (f.at !== null) f.statuses.set(f.at, 'passed');
      return;
    case 'table-lookup':
      f.lookup = e;
      if (f.at !== null && (e.result === 'no-match' || e.result === 'throw')) f.statuses.set(f.at, 'passed');
      return;
    case 'suppress':
      if (isNow) f.suppress = e;
      if (f.at !== null) f.statuses.set(f.at, 'passed');
      return;
    case 'result':
      f.verdict = e;
      return;
    default:
      return;
  }
}

/**
 * Why rule `index` did or did not match the traced packet, in sentences: its own trace sentence
 * and what followed, or why the walk never tested it.
 */
export function explainRule(steps: readonly TraceStep[], index: number): string[] {
  const own = steps.filter((s) => s.rule === index).map((s) => s.sentence);
  if (own.length > 0) return own;
  const jumped = steps.find(
    (s) =>
      s.event.kind === 'goto' &&
      s.event.resolved &&
      s.rule !== null &&
      s.rule < index &&
      (s.event.targetIndex ?? -1) > index,
  );
  if (jumped) return [`Not tested: ${jumped.sentence.charAt(0).toLowerCase()}${jumped.sentence.slice(1)}`];
  const lastRule = [...steps].reverse().find((s) => s.rule !== null);
  if (lastRule && lastRule.rule !== null && lastRule.rule < index) {
    const pref = 'pref' in lastRule.event ? lastRule.event.pref : undefined;
    return [
      `Not tested: the walk had already ended at rule ${pref ?? `#${lastRule.rule + 1}`}, which gave the answer.`,
    ];
  }
  const verdict = steps.find((s) => s.event.kind === 'result');
  if (!steps.some((s) => s.event.kind === 'rule'))
    return [
      'Not tested: this lookup never walked the rule list (see the first steps).',
      ...(verdict ? [verdict.sentence] : []),
    ];
  return ['Not tested by this lookup.'];
}
