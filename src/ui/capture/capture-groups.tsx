/** Counts of the filtered packets per rule, table or verdict; clicking a group filters to it. */
import type { GroupField } from '../../state/capture-store';
import { useCaptureStore } from './capture-context';

const FIELDS: GroupField[] = ['rule', 'table', 'verdict'];

/** The grouping selector and the group rows. */
export function CaptureGroups() {
  const groupBy = useCaptureStore((s) => s.groupBy);
  const setGroupBy = useCaptureStore((s) => s.setGroupBy);
  const groups = useCaptureStore((s) => s.summary?.groups[s.groupBy] ?? []);
  const filter = useCaptureStore((s) => s.filter);
  const setFilter = useCaptureStore((s) => s.setFilter);
  return (
    <div className="capture-groups">
      <div role="radiogroup" aria-label="Group by" className="capture-groupby">
        Group by{' '}
        {FIELDS.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="capture-groupby"
              data-testid={`capture-groupby-${f}`}
              checked={groupBy === f}
              onChange={() => setGroupBy(f)}
            />{' '}
            {f}
          </label>
        ))}
      </div>
      <ul>
        {groups.map((g) => (
          <li key={g.term} data-testid="capture-group" data-term={g.term} data-count={g.count}>
            <button
              type="button"
              className={filter === g.term ? 'link active' : 'link'}
              onClick={() => void setFilter(filter === g.term ? '' : g.term)}
            >
              {g.label}
            </button>
            <span className="count">{g.count.toLocaleString('en')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
