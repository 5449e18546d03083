/** The drawer under the toolbar that shows the open machine panel (Escape closes it). */
import { ComparePanel } from './compare-panel';
import { DoctorPanel } from './doctor-panel';
import { ExportPanel } from './export-panel';
import { ImportPanel } from './import-panel';
import { useMachineStore } from './machine-context';
import { ReachPanel } from './reach-panel';

const TITLES = {
  import: 'Import a machine',
  doctor: 'Doctor',
  reach: 'Which packets reach this?',
  compare: 'Compare',
  export: 'Export',
} as const;

/** The open panel, or nothing. */
export function MachinePanel() {
  const panel = useMachineStore((s) => s.panel);
  const setPanel = useMachineStore((s) => s.setPanel);
  const error = useMachineStore((s) => s.error);
  if (!panel) return null;
  return (
    <section
      className="um-drawer"
      data-testid={`${panel}-panel`}
      aria-label={TITLES[panel]}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        setPanel(null);
      }}
    >
      <header className="um-drawer-head">
        <h2>{TITLES[panel]}</h2>
        <button type="button" className="icon" aria-label="Close" data-testid="machine-close" onClick={() => setPanel(null)}>
          ✕
        </button>
      </header>
      {error && (
        <p className="um-error" role="alert">
          {error}
        </p>
      )}
      {panel === 'import' && <ImportPanel />}
      {panel === 'doctor' && <DoctorPanel />}
      {panel === 'reach' && <ReachPanel />}
      {panel === 'compare' && <ComparePanel />}
      {panel === 'export' && <ExportPanel />}
    </section>
  );
}
