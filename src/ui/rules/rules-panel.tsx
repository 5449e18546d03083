/**
 * The rule list of one family, exactly in `ip rule show` order, with the trace drawn over it,
 * drag-and-drop reordering, the rule form and the explanation of the clicked rule.
 */
import { useState } from 'react';
import { reorderCommands } from '../../state/edit-commands';
import type { RuleView } from '../../state/store';
import { useAppStore } from '../store-context';
import { RuleExplain } from './rule-explain';
import { RuleForm } from './rule-form';
import { RuleList } from './rule-list';

/** The left column: family switch, rules, the last edit's commands, the form. */
export function RulesPanel() {
  const traceFamily = useAppStore((s) => s.trace?.family ?? 4);
  const [picked, setPicked] = useState<4 | 6 | null>(null);
  const family = picked ?? traceFamily;
  const rules = useAppStore((s) => s.view?.rules[family]);
  const applyCommands = useAppStore((s) => s.applyCommands);
  const [editing, setEditing] = useState<RuleView | null>(null);
  const [ran, setRan] = useState<{ commands: string[]; error?: string } | null>(null);

  const move = async (from: number, to: number) => {
    if (!rules) return;
    const commands = reorderCommands(rules, from, to);
    if (commands === null) {
      setRan({
        commands: [],
        error: 'No free priority between those two rules: give one of them another pref first.',
      });
      return;
    }
    if (commands.length === 0) return;
    const r = await applyCommands(commands);
    setRan({ commands, error: r.error });
  };

  return (
    <section className="panel rules-panel" aria-labelledby="rules-heading">
      <div className="panel-head">
        <h2 id="rules-heading">Rules</h2>
        <div role="tablist" aria-label="Address family" className="family-tabs">
          {([4, 6] as const).map((f) => (
            <button
              key={f}
              type="button"
              role="tab"
              aria-selected={family === f}
              data-testid={`family-${f}`}
              onClick={() => setPicked(f)}
            >
              IPv{f}
            </button>
          ))}
        </div>
      </div>
      <p className="hint">
        <code>ip {family === 6 ? '-6 ' : ''}rule show</code> order. Drag a rule (or Alt+↑/↓) to reorder; click
        one to see why it did or did not match.
      </p>
      <RuleList
        family={family}
        rules={rules ?? []}
        onMove={(from, to) => void move(from, to)}
        onEdit={setEditing}
        onRan={setRan}
      />
      <div className="ran" data-testid="reorder-commands" aria-live="polite">
        {ran && ran.commands.length > 0 && (
          <>
            <span>{ran.error ? 'Refused:' : 'Ran:'}</span>
            {ran.commands.map((c) => (
              <code key={c}>{c}</code>
            ))}
          </>
        )}
        {ran?.error && (
          <pre className="inline-error" data-testid="edit-error">
            {ran.error}
          </pre>
        )}
      </div>
      <RuleExplain />
      <RuleForm family={family} editing={editing} onDone={() => setEditing(null)} />
    </section>
  );
}
