/**
 * The placeholder page: the example scenario's script, the verdict for its probes, and the output
 * of every command. `data-status` on the root says whether a run is in progress, so end-to-end
 * tests wait for the app to be idle instead of sleeping.
 */
import * as lartcMail from '../scenario/examples/lartc-mail';
import { OutputPanel } from './output-panel';
import { ProbePanel } from './probe-panel';
import { ScriptPanel } from './script-panel';
import { useAppStore } from './store-context';

/** The whole app; expects a `StoreProvider` above it. */
export function App() {
  const status = useAppStore((s) => s.status);
  return (
    <main className="app" data-testid="app" data-status={status} aria-busy={status === 'running'}>
      <header>
        <h1>RPDB Lab</h1>
        <p className="example-title">{lartcMail.title}</p>
        <p className="example-description">{lartcMail.description}</p>
      </header>
      <div className="panels">
        <ScriptPanel />
        <div className="results">
          <ProbePanel />
          <OutputPanel />
        </div>
      </div>
    </main>
  );
}
