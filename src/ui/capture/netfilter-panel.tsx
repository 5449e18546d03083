/**
 * The scenario's mangle and nat rules as `iptables -S` prints them, with add and delete through
 * iptables command lines. Each edit is a scenario edit (it goes into the script, undoable); a
 * rejected one changes nothing and shows iptables' own error text.
 */
import { useState } from 'react';
import { useCaptureStore } from './capture-context';

/** Lists the rules and takes new iptables commands. */
export function NetfilterPanel() {
  const listings = useCaptureStore((s) => s.netfilter);
  const addRule = useCaptureStore((s) => s.addRule);
  const deleteRule = useCaptureStore((s) => s.deleteRule);
  const [command, setCommand] = useState('iptables -t mangle -A PREROUTING ');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const r = await addRule(command);
    setBusy(false);
    if (r.ok) {
      setError(null);
      setCommand('iptables -t mangle -A PREROUTING ');
    } else setError(r.error ?? 'refused');
  };
  const shown = listings.filter(
    (l) => l.lines.some((x) => x.startsWith('-A ')) || (l.family === 4 && l.table === 'mangle'),
  );
  return (
    <section className="netfilter-panel" aria-label="Mangle and NAT rules" data-testid="netfilter-panel">
      <h3>Marking and NAT (iptables)</h3>
      {listings.length === 0 && (
        <p className="muted">
          No iptables rules in the scenario: captured packets keep mark 0 (NFLOG captures keep theirs).
        </p>
      )}
      {shown.map((l) => (
        <div key={`${l.family}-${l.table}`} className="nf-table">
          <h4>
            {l.family === 4 ? 'iptables' : 'ip6tables'} -t {l.table} -S
          </h4>
          <ul>
            {l.lines.map((line) => (
              <li key={line} data-testid="nf-rule">
                <code>{line}</code>
                {line.startsWith('-A ') && (
                  <button
                    type="button"
                    className="icon"
                    title="Delete this rule (adds its -D command to the script)"
                    aria-label={`Delete ${line}`}
                    data-testid="nf-delete"
                    onClick={async () => {
                      const r = await deleteRule(l, line);
                      setError(r.ok ? null : (r.error ?? 'refused'));
                    }}
                  >
                    ✕
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <form
        className="nf-add"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <input
          aria-label="iptables command"
          data-testid="nf-command"
          value={command}
          spellCheck={false}
          onChange={(e) => setCommand(e.target.value)}
        />
        <button type="submit" data-testid="nf-add" disabled={busy}>
          Add
        </button>
      </form>
      {error && (
        <pre className="error" data-testid="nf-error">
          {error}
        </pre>
      )}
    </section>
  );
}
