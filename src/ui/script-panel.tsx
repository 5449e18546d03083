/** The scenario as editable script text, with a button (and Ctrl+Enter) to run it. */
import { useAppStore } from './store-context';

/** The script editor and its Run button. */
export function ScriptPanel() {
  const script = useAppStore((s) => s.script);
  const setScript = useAppStore((s) => s.setScript);
  const run = useAppStore((s) => s.run);
  return (
    <section className="panel script-panel" aria-labelledby="script-heading">
      <h2 id="script-heading">Script</h2>
      <textarea
        data-testid="script"
        aria-labelledby="script-heading"
        spellCheck={false}
        wrap="off"
        value={script}
        onChange={(e) => setScript(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run();
        }}
        rows={Math.min(30, script.split('\n').length + 1)}
      />
      <button type="button" data-testid="run" onClick={() => void run()}>
        Run
      </button>
    </section>
  );
}
