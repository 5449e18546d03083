/** "Which packets reach this?": the packet classes of the asked rule, table or verdict. */
import { useMachineStore } from './machine-context';
import { ClassList } from './class-list';

/** The answer, or a hint on how to ask. */
export function ReachPanel() {
  const target = useMachineStore((s) => s.reachTarget);
  const reach = useMachineStore((s) => s.reach);
  const reaching = useMachineStore((s) => s.reaching);
  if (!target)
    return <p className="hint">Click ⇶ on a rule, a table or the verdict to see which packets end there.</p>;
  if (!reach) return <p className="hint">Computing the packet classes…</p>;
  return (
    <div className="um-reach-panel">
      <p data-testid="reach-title">
        Packets that reach <strong>{reach.title}</strong>: {reach.classes.length} class
        {reach.classes.length === 1 ? '' : 'es'}
        {reaching && <span className="hint"> (updating for the latest change…)</span>}
      </p>
      {reach.error && <p className="um-error">{reach.error}</p>}
      {reach.classes.length === 0 && !reach.error && <p className="hint">No packet ends here.</p>}
      <ClassList classes={reach.classes} />
    </div>
  );
}
