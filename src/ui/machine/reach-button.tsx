/** The "Which packets reach this?" button of a rule row, a table and the verdict box. */
import type { ReachTarget } from '../../state/machine-store';
import { useMachineStoreApi } from './machine-context';

/** A small button that asks which packets end at `target`. */
export function ReachButton({ target, label }: { target: ReachTarget; label: string }) {
  const machine = useMachineStoreApi();
  return (
    <button
      type="button"
      className="icon um-reach"
      data-testid="reach"
      aria-label={`Which packets reach ${label}?`}
      title={`Which packets reach ${label}?`}
      onClick={(e) => {
        e.preventDefault(); // inside a <summary>: do not fold the table
        e.stopPropagation();
        machine.getState().askReach(target);
      }}
    >
      ⇶
    </button>
  );
}
