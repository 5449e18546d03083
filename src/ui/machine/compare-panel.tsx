/**
 * Compare with…: keeps the scenario as it is now ("before") and shows the current one ("after")
 * beside it: rule and route differences, packet classes and probes whose verdict changes.
 */
import type { CompareResult } from '../../state/machine-store';
import { useMachineStore } from './machine-context';

function Diffs({ cmp }: { cmp: CompareResult }) {
  return (
    <section data-testid="compare-diffs" className="um-section">
      <h3>Rule and route differences ({cmp.diffs.length})</h3>
      {cmp.diffs.length === 0 && <p className="hint">Same rules and routes.</p>}
      {cmp.diffs.map((d) => (
        <div key={d.listing} className="um-diff" data-testid="compare-diff">
          <code className="um-listing">{d.listing}</code>
          <div className="um-side-by-side">
            <pre className="um-removed">{d.removed.map((l) => `- ${l}`).join('\n')}</pre>
            <pre className="um-added">{d.added.map((l) => `+ ${l}`).join('\n')}</pre>
          </div>
        </div>
      ))}
    </section>
  );
}

function Classes({ cmp }: { cmp: CompareResult }) {
  const openProbe = useMachineStore((s) => s.openProbe);
  return (
    <section data-testid="compare-classes" className="um-section">
      <h3>Packets whose verdict changes ({cmp.classes.length})</h3>
      {cmp.classes.length === 0 && <p className="hint">No packet gets another verdict.</p>}
      <ol className="um-classes">
        {cmp.classes.map((c, i) => (
          <li key={i} data-testid="changed-class">
            <span className="um-class-text">{c.text}</span>
            <div className="um-side-by-side">
              <span className="um-removed">before: {c.before}</span>
              <span className="um-added">after: {c.after}</span>
            </div>
            <button type="button" className="link" data-testid="class-probe" onClick={() => void openProbe(c.probe)}>
              ▶ <code>ip route get {c.probe}</code>
            </button>
            <div className="um-side-by-side">
              <pre className="um-removed">{c.answerBefore}</pre>
              <pre className="um-added">{c.answerAfter}</pre>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Probes({ cmp }: { cmp: CompareResult }) {
  return (
    <section data-testid="compare-probes" className="um-section">
      <h3>Probes whose verdict changes ({cmp.probes.length})</h3>
      <ul className="um-classes">
        {cmp.probes.map((p) => (
          <li key={p.command} data-testid="changed-probe">
            <code>{p.command}</code>
            <div className="um-side-by-side">
              <pre className="um-removed">{p.before}</pre>
              <pre className="um-added">{p.after}</pre>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The comparison, or the button that starts one. */
export function ComparePanel() {
  const before = useMachineStore((s) => s.compareBefore);
  const cmp = useMachineStore((s) => s.comparison);
  const comparing = useMachineStore((s) => s.comparing);
  const start = useMachineStore((s) => s.startCompare);
  const stop = useMachineStore((s) => s.stopCompare);
  if (before === null)
    return (
      <div className="um-compare">
        <p className="hint">Keep the scenario as it is now, then change it: the differences show here.</p>
        <button type="button" data-testid="compare-start" onClick={start}>
          Keep this scenario as “before”
        </button>
      </div>
    );
  return (
    <div className="um-compare">
      <p>
        Comparing the kept scenario (before) with the current one (after).{' '}
        <button type="button" data-testid="compare-stop" onClick={stop}>
          Stop comparing
        </button>{' '}
        <button type="button" data-testid="compare-restart" onClick={start}>
          Keep the current one instead
        </button>{' '}
        {comparing && cmp && <span className="hint">Updating for the latest change…</span>}
      </p>
      {!cmp ? (
        <p className="hint">Comparing…</p>
      ) : (
        <>
          {cmp.error && <p className="um-error">{cmp.error}</p>}
          <section data-testid="compare-rules" className="um-section">
            <h3>Rules</h3>
            <div className="um-side-by-side">
              <div>
                <h4>Before</h4>
                <pre data-testid="compare-rules-before">{cmp.rules.before}</pre>
              </div>
              <div>
                <h4>After</h4>
                <pre data-testid="compare-rules-after">{cmp.rules.after}</pre>
              </div>
            </div>
          </section>
          <Diffs cmp={cmp} />
          <Classes cmp={cmp} />
          <Probes cmp={cmp} />
        </>
      )}
    </div>
  );
}
