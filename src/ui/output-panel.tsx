/** What every command of the last run printed, as a terminal would show it. */
import type { CommandRecord } from '../scenario/command-record';
import { useAppStore } from './store-context';

function RecordView({ record }: { record: CommandRecord }) {
  return (
    <li className={record.status === 0 ? 'record' : 'record failed'} data-line={record.line}>
      <code className="command">$ {record.command}</code>
      {record.stdout && <pre className="stdout">{record.stdout}</pre>}
      {record.stderr && <pre className="stderr">{record.stderr}</pre>}
      {record.status !== 0 && <span className="status">exit status {record.status}</span>}
    </li>
  );
}

/** The records of the last run, one per command line, or the reason the run failed. */
export function OutputPanel() {
  const records = useAppStore((s) => s.view?.records);
  const error = useAppStore((s) => s.error);
  return (
    <div className="output-panel">
      {error && (
        <p role="alert" data-testid="run-error">
          {error}
        </p>
      )}
      <ol data-testid="output" className="records">
        {(records ?? []).map((r) => (
          <RecordView key={r.line} record={r} />
        ))}
      </ol>
    </div>
  );
}
