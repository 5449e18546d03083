/** Why the clicked rule did or did not match the traced packet. */
import { explainRule } from '../../state/trace-steps';
import { selectSteps, selectTraceRules } from '../../state/trace-view';
import { useAppStore } from '../store-context';

/** The explanation box (empty until a rule is clicked). */
export function RuleExplain() {
  const index = useAppStore((s) => s.selectedRule);
  const steps = useAppStore(selectSteps);
  const rules = useAppStore(selectTraceRules);
  const selectRule = useAppStore((s) => s.selectRule);
  if (index === null || !rules[index]) return null;
  const rule = rules[index];
  const lines = steps.length
    ? explainRule(steps, index)
    : ['Select a probe to see how this rule treats its packet.'];
  return (
    <aside className="explain" data-testid="rule-explain" aria-live="polite">
      <h3>
        Rule {rule.pref}: <code>{rule.text}</code>
      </h3>
      {rule.auto && <p className="auto-why">{rule.auto.why}</p>}
      {lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
      <button type="button" className="link" onClick={() => selectRule(null)}>
        Close
      </button>
    </aside>
  );
}
