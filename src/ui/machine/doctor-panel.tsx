/**
 * The doctor's findings for the current scenario (re-run after every change), each with its
 * rules, its explanation, and its probe: one click selects the probe and shows its trace.
 */
import type { Finding } from '../../state/machine-store';
import { useAppStore } from '../store-context';
import { useMachineStore } from './machine-context';

function FindingItem({ finding }: { finding: Finding }) {
  const openProbe = useMachineStore((s) => s.openProbe);
  return (
    <li className={`um-finding um-${finding.severity}`} data-testid="doctor-finding" data-id={finding.id} data-severity={finding.severity}>
      <p className="um-finding-title">
        <span className={`um-severity um-${finding.severity}`}>{finding.severity}</span> {finding.title}
      </p>
      {finding.rules.length > 0 && (
        <pre className="um-rules">{finding.rules.map((r) => `${r.family === 6 ? '[IPv6] ' : ''}${r.text}`).join('\n')}</pre>
      )}
      <p className="um-explanation">{finding.explanation}</p>
      <p className="um-probe">
        <button
          type="button"
          className="link"
          data-testid="doctor-probe"
          title="Select this probe and show its trace"
          onClick={() => void openProbe(finding.probe.args.join(' '))}
        >
          ▶ <code>{finding.probe.command}</code>
        </button>
        <code className="um-answer">{finding.verdict}</code>
      </p>
    </li>
  );
}

/** The findings list, or why it is empty. */
export function DoctorPanel() {
  const findings = useMachineStore((s) => s.findings);
  const checked = useMachineStore((s) => s.doctorScript);
  const script = useAppStore((s) => s.script);
  if (!findings) return <p className="hint">Checking the scenario…</p>;
  return (
    <div className="um-doctor">
      <p className="hint" data-testid="doctor-status">
        {checked === script ? '' : 'Checking the latest change… '}
        {findings.length === 0
          ? 'No rule-ordering mistakes found.'
          : `${findings.length} finding${findings.length === 1 ? '' : 's'}. Click a probe to watch its trace.`}
      </p>
      <ul className="um-findings">
        {findings.map((f) => (
          <FindingItem key={f.id} finding={f} />
        ))}
      </ul>
    </div>
  );
}
