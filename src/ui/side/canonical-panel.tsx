/** The whole scenario as the commands that rebuild it (export-script), with the probes. */
import { useAppStore } from '../store-context';

/** The canonical commands, and a button to make them the script. */
export function CanonicalPanel() {
  const canonical = useAppStore((s) => s.view?.canonical ?? '');
  const replaceScript = useAppStore((s) => s.replaceScript);
  return (
    <div className="canonical">
      <p className="hint">
        The machine as it is now, written as the <code>ip</code>/<code>sysctl</code> commands that rebuild it
        (what the kernel derives by itself, like table local, is left out).
      </p>
      <pre data-testid="canonical" className="code">
        {canonical}
      </pre>
      <button type="button" data-testid="use-canonical" onClick={() => void replaceScript(canonical)}>
        Use as the script
      </button>
    </div>
  );
}
