/** A table lookup: the routes that competed for the longest prefix, the winner highlighted. */
import type { TraceEvent } from '../../engine/trace';
import { useAppStore } from '../store-context';

type Lookup = Extract<TraceEvent, { kind: 'table-lookup' }>;

const OUTCOME: Record<string, string> = {
  chosen: 'longest match',
  'shorter-prefix': 'shorter prefix',
  'tos-mismatch': 'tos differs',
  'no-usable-nexthop': 'no usable nexthop',
  'oif-mismatch': 'other device',
  scope: 'scope',
  dead: 'dead',
  shadowed: 'shadowed',
};

/** The candidates of one table lookup. */
export function LookupView({ lookup }: { lookup: Lookup }) {
  const family = useAppStore((s) => s.trace?.family ?? 4);
  const name = useAppStore(
    (s) =>
      s.view?.tables.find((t) => t.family === family && t.id === lookup.table)?.name ?? String(lookup.table),
  );
  return (
    <div className="lookup" data-testid="lookup">
      <p>
        Table <strong>{name}</strong>:{' '}
        {lookup.result === 'route'
          ? `chose ${lookup.prefix}/${lookup.prefixLen}`
          : lookup.result.replace('-', ' ')}
      </p>
      <ul>
        {lookup.candidates.map((c, i) => (
          <li key={i} className={`candidate ${c.outcome}`}>
            <code>{c.route}</code> <span className="outcome">{OUTCOME[c.outcome] ?? c.outcome}</span>
          </li>
        ))}
        {lookup.candidates.length === 0 && (
          <li className="candidate none">no route covers the destination</li>
        )}
      </ul>
    </div>
  );
}
