/**
 * The decision, step by step: playback controls, one sentence per step (the current one
 * highlighted), and what the current step looks at: the table's competing routes, a suppress
 * rejection, the verdict.
 */
import { memo, useEffect, useRef } from 'react';
import { selectFrame, selectSteps } from '../../state/trace-view';
import { useAppStore } from '../store-context';
import { LookupView } from './lookup-view';
import { TraceControls } from './trace-controls';
import { pageTo } from '../rules/rule-list';

/** The trace panel. */
export function TracePanel() {
  const steps = useAppStore(selectSteps);
  const frame = useAppStore(selectFrame);
  const step = useAppStore((s) => s.step);
  const setStep = useAppStore((s) => s.setStep);
  const trace = useAppStore((s) => s.trace);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // After paint, so a step costs one layout, not one more.
    const id = requestAnimationFrame(() => {
      const list = listRef.current;
      const item = list?.children[step] as HTMLElement | undefined;
      if (list && item) pageTo(list, item.offsetTop, item.offsetHeight);
    });
    return () => cancelAnimationFrame(id);
  }, [step]);
  return (
    <section
      className="panel trace-panel"
      aria-labelledby="trace-heading"
      data-testid="trace"
      data-step={step}
      data-steps={steps.length}
    >
      <div className="panel-head">
        <h2 id="trace-heading">Decision</h2>
        <TraceControls />
      </div>
      {steps.length === 0 ? (
        <p className="hint">No probe yet: craft a packet to watch the kernel decide.</p>
      ) : (
        <div className="trace-body">
          <ol ref={listRef} className="steps" aria-label="Steps">
            {steps.map((s, i) => (
              <StepItem
                key={i}
                index={i}
                kind={s.event.kind}
                sentence={s.sentence}
                when={i < step ? 'past' : i === step ? 'current' : 'future'}
                onPick={setStep}
              />
            ))}
          </ol>
          <div className="focus" aria-live="polite" data-testid="step-focus">
            <p className="sentence" data-testid="step-sentence">
              {steps[step]?.sentence}
            </p>
            {frame?.suppress && (
              <p className="suppress-event" data-testid="suppress-event">
                Suppressed: {frame.suppress.prefix}/{frame.suppress.prefixLen} rejected
              </p>
            )}
            {frame?.lookup && !frame.verdict && <LookupView lookup={frame.lookup} />}
            {frame?.verdict && (
              <pre className={trace?.record.status ? 'verdict failed' : 'verdict'} data-testid="step-verdict">
                {trace ? trace.record.stdout || trace.record.stderr : frame.verdict.text}
              </pre>
            )}
          </div>
        </div>
      )}
    </section>
  );
}

/** One step of the list; memoised so a step re-renders two items, not all of them. */
const StepItem = memo(function StepItem(p: {
  index: number;
  kind: string;
  sentence: string;
  when: 'past' | 'current' | 'future';
  onPick(i: number): void;
}) {
  return (
    <li
      data-testid="trace-step"
      data-kind={p.kind}
      className={`step ${p.kind}${p.when === 'current' ? ' current' : p.when === 'future' ? ' future' : ''}`}
      aria-current={p.when === 'current' ? 'step' : undefined}
      onClick={() => p.onPick(p.index)}
    >
      {p.sentence}
    </li>
  );
});
