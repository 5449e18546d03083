/**
 * The app: toolbar on top; the rule list (with the trace drawn over it) on the left; the probe,
 * its verdict and the step-by-step explanation in the middle; script, canonical commands, tables,
 * links and output as tabs on the right. `data-status` on the root says whether a run is in
 * progress, so end-to-end tests wait for the app to be idle instead of sleeping.
 */
import { CapturePanel } from './capture/capture-panel';
import { useCaptureDrop } from './capture/capture-open';
import { MachinePanel } from './machine/machine-panel';
import { Notice } from './notice';
import { ProbePanel } from './probe/probe-panel';
import { RulesPanel } from './rules/rules-panel';
import { SidePanel } from './side/side-panel';
import { useAppStore } from './store-context';
import { Toolbar } from './toolbar';
import { TracePanel } from './trace/trace-panel';
import { useKeyboard } from './use-keyboard';
import { usePlayback } from './use-playback';

/** The whole app; expects a `StoreProvider` above it. */
export function App() {
  const status = useAppStore((s) => s.status);
  const theme = useAppStore((s) => s.theme);
  const presentation = useAppStore((s) => s.presentation);
  useKeyboard();
  useCaptureDrop();
  usePlayback();
  return (
    <div
      className={presentation ? 'app presentation' : 'app'}
      data-theme={theme}
      data-testid="app"
      data-status={status}
      aria-busy={status === 'running'}
    >
      <Toolbar />
      <Notice />
      <MachinePanel />
      <main className="columns">
        <RulesPanel />
        <section className="middle" aria-label="Packet and decision">
          <ProbePanel />
          <TracePanel />
        </section>
        <SidePanel />
      </main>
      <CapturePanel />
    </div>
  );
}
