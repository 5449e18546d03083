/** The toolbar's machine buttons: Import, Doctor (with its count), Compare with…, Export. */
import type { MachinePanel } from '../../state/machine-store';
import { useMachineStore } from './machine-context';

const BUTTONS: { panel: Exclude<MachinePanel, null>; label: string; title: string }[] = [
  { panel: 'import', label: 'Import…', title: 'Paste or drop what a real machine prints' },
  { panel: 'doctor', label: 'Doctor', title: 'Rule-ordering mistakes in this scenario' },
  { panel: 'compare', label: 'Compare…', title: 'Keep this scenario and compare your changes with it' },
  { panel: 'export', label: 'Export…', title: 'Download as a script or as ip rule/route save files' },
];

/** The count badge of the doctor: the number of findings, coloured by the worst severity. */
function DoctorBadge() {
  const findings = useMachineStore((s) => s.findings);
  if (!findings) return null;
  const worst = findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : findings.length
        ? 'info'
        : 'none';
  return (
    <span className={`um-badge um-${worst}`} data-testid="doctor-count" aria-label={`${findings.length} findings`}>
      {findings.length}
    </span>
  );
}

/** The buttons; each opens (or closes) its panel. */
export function MachineButtons() {
  const panel = useMachineStore((s) => s.panel);
  const setPanel = useMachineStore((s) => s.setPanel);
  return (
    <span className="um-buttons">
      {BUTTONS.map((b) => (
        <button
          key={b.panel}
          type="button"
          data-testid={`machine-${b.panel}`}
          aria-pressed={panel === b.panel}
          title={b.title}
          onClick={() => setPanel(panel === b.panel ? null : b.panel)}
        >
          {b.label}
          {b.panel === 'doctor' && <DoctorBadge />}
        </button>
      ))}
    </span>
  );
}
