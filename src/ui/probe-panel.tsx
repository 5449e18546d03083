/** The probes of the script (its `ip route get` lines) and the kernel's answer to the selected one. */
import { useMemo } from 'react';
import { isProbe, selectVerdict, verdictText } from '../state/store';
import { useAppStore } from './store-context';

/** A picker over the probes and the verdict: what `ip route get` answered. */
export function ProbePanel() {
  const records = useAppStore((s) => s.records);
  const verdict = useAppStore(selectVerdict);
  const selectProbe = useAppStore((s) => s.selectProbe);
  const probes = useMemo(() => records.filter((r) => isProbe(r.command)), [records]);
  return (
    <section className="panel probe-panel" aria-labelledby="probe-heading">
      <h2 id="probe-heading">Verdict</h2>
      {probes.length === 0 ? (
        <p className="hint">
          Add an <code>ip route get</code> line to the script to ask where a packet goes.
        </p>
      ) : (
        <>
          <label>
            Probe{' '}
            <select
              data-testid="probe"
              value={verdict?.line}
              onChange={(e) => selectProbe(Number(e.target.value))}
            >
              {probes.map((p) => (
                <option key={p.line} value={p.line}>
                  {p.command.trim()}
                </option>
              ))}
            </select>
          </label>
          <pre
            data-testid="verdict"
            className={verdict && verdict.status !== 0 ? 'verdict failed' : 'verdict'}
          >
            {verdict ? verdictText(verdict) : ''}
          </pre>
        </>
      )}
    </section>
  );
}
