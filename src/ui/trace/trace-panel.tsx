/**
 * The decision, step by step: playback controls, one sentence per step (the current one
 * highlighted), and what the current step looks at: the table's competing routes, a suppress
 * rejection, the verdict.
 */
import { useEffect, useRef } from 'react';
import { selectFrame, selectSteps } from '../../state/trace-view';
import { useAppStore } from '../store-context';
import { LookupView } from './lookup-view';
import { TraceControls } from './trace-controls';

/** The trace panel. */
export function TracePanel() {
  const steps = useAppStore(selectSteps);
  const frame = useAppStore(selectFrame);
  const step = useAppStore((s) => s.step);
  const setStep = useAppStore((s) => s.setStep);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    (listRef.current?.children[step] as HTMLElement | undefined)?.scrollIntoView?.({ block: 'nearest' });
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
              <li
                key={i}
                data-testid="trace-step"
                data-kind={s.event.kind}
                className={`step ${s.event.kind}${i === step ? ' current' : ''}${i > step ? ' future' : ''}`}
                aria-current={i === step ? 'step' : undefined}
                onClick={() => setStep(i)}
              >
                {s.sentence}
              </li>
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
            {frame?.lookup && <LookupView lookup={frame.lookup} />}
          </div>
        </div>
      )}
    </section>
  );
}
