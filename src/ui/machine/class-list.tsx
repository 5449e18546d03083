/** A list of packet classes: the packets in words, their verdict, and a sample probe to trace. */
import type { ClassRow } from '../../state/machine-store';
import { useMachineStore } from './machine-context';

/** One row per class; `testid` names the rows (packet-class). */
export function ClassList({ classes }: { classes: ClassRow[] }) {
  const openProbe = useMachineStore((s) => s.openProbe);
  return (
    <ol className="um-classes">
      {classes.map((c, i) => (
        <li key={i} data-testid="packet-class" data-family={c.family}>
          <span className="um-class-text">{c.text}</span>
          <span className="um-class-verdict">
            → {c.verdict}
            {c.rulePref !== undefined && <> (rule {c.rulePref})</>}
          </span>
          <button
            type="button"
            className="link"
            data-testid="class-probe"
            title="Select this probe and show its trace"
            onClick={() => void openProbe(c.probe)}
          >
            ▶ <code>ip route get {c.probe}</code>
          </button>
        </li>
      ))}
    </ol>
  );
}
