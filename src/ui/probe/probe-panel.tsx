/**
 * The probes (the script's `ip route get` lines), the verdict of the selected one exactly as
 * `ip route get` prints it, and the form that crafts a new packet.
 */
import { selectVerdict } from '../../state/store';
import { useAppStore } from '../store-context';
import { ReachButton } from '../machine/reach-button';
import { ProbeForm } from './probe-form';

/** Probe picker, verdict, and packet form. */
export function ProbePanel() {
  const probes = useAppStore((s) => s.view?.probes);
  const verdict = useAppStore(selectVerdict);
  const selectProbe = useAppStore((s) => s.selectProbe);
  return (
    <section className="panel probe-panel" aria-labelledby="probe-heading">
      <h2 id="probe-heading">Packet</h2>
      {!probes || probes.length === 0 ? (
        <p className="hint">
          Craft a packet below, or add an <code>ip route get</code> line to the script.
        </p>
      ) : (
        <label className="probe-picker">
          <span>Probe</span>
          <select
            data-testid="probe"
            value={verdict?.line ?? ''}
            onChange={(e) => void selectProbe(Number(e.target.value))}
          >
            {probes.map((p) => (
              <option key={p.line} value={p.line}>
                {p.command.trim()}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="verdict-box">
        <span className="verdict-label">Verdict</span>
        {verdict && <ReachButton target={{ kind: 'verdict', line: verdict.line }} label="this verdict" />}
        <pre data-testid="verdict" className={verdict && verdict.status !== 0 ? 'verdict failed' : 'verdict'}>
          {verdict ? verdict.verdict : ''}
        </pre>
      </div>
      {probes && probes.length > 1 && (
        <details className="all-probes">
          <summary>All probes and their verdicts</summary>
          <ul data-testid="probe-list">
            {probes.map((p) => (
              <li key={p.line} className={p.status === 0 ? '' : 'failed'}>
                <button type="button" className="link" onClick={() => void selectProbe(p.line)}>
                  <code>{p.command.trim()}</code>
                </button>
                <pre>{p.verdict}</pre>
              </li>
            ))}
          </ul>
        </details>
      )}
      <ProbeForm />
    </section>
  );
}
