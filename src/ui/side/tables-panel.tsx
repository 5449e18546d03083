/**
 * One view per routing table, routes in `ip route show table X` order. Table local is derived
 * from addresses: shown, read-only. Adding, replacing and deleting routes run `ip route`.
 */
import { useState } from 'react';
import { routeDeleteCommand, routeFormOf } from '../../state/route-form';
import type { TableView } from '../../state/store';
import { useAppStore } from '../store-context';
import { ReachButton } from '../machine/reach-button';
import { RouteForm } from './route-form';

/** All tables and the route form. */
export function TablesPanel() {
  const tables = useAppStore((s) => s.view?.tables ?? []);
  return (
    <div className="tables">
      {tables.map((t) => (
        <TableBox key={`${t.family}-${t.id}`} table={t} />
      ))}
      <RouteForm />
    </div>
  );
}

function ip(family: 4 | 6) {
  return family === 6 ? 'ip -6' : 'ip';
}

function TableBox({ table }: { table: TableView }) {
  const applyCommands = useAppStore((s) => s.applyCommands);
  const [error, setError] = useState<string | undefined>();
  const [editing, setEditing] = useState<number | null>(null);
  const formOf = (route: string) => routeFormOf(route, table.family, table.name);
  const remove = async (route: string) => {
    const r = await applyCommands([routeDeleteCommand(formOf(route))]);
    setError(r.error);
  };
  return (
    <details
      className="table-box"
      data-testid="table"
      data-table={table.name}
      data-family={table.family}
      open={!table.readOnly || undefined}
    >
      <summary>
        <code>
          {ip(table.family)} route show table {table.name}
        </code>{' '}
        <span className="badge">{table.routes.length}</span>
        {table.readOnly && <span className="badge">derived from addresses</span>}
        <ReachButton target={{ kind: 'table', family: table.family, table: table.id, name: table.name }} label={`table ${table.name}`} />
      </summary>
      <ul className="routes">
        {table.routes.map((r, i) => (
          <li key={`${i}:${r}`} data-testid="route-row">
            {editing === i ? (
              <RouteForm editing={formOf(r)} onDone={() => setEditing(null)} />
            ) : (
              <>
                <code>{r}</code>
                {!table.readOnly && (
                  <span className="row-actions">
                    <button
                      type="button"
                      className="icon"
                      aria-label={`Edit route ${r}`}
                      onClick={() => setEditing(i)}
                    >
                      ✎
                    </button>
                    <button
                      type="button"
                      className="icon"
                      aria-label={`Delete route ${r}`}
                      onClick={() => void remove(r)}
                    >
                      ✕
                    </button>
                  </span>
                )}
              </>
            )}
          </li>
        ))}
        {table.routes.length === 0 && <li className="empty">empty</li>}
      </ul>
      {error && (
        <pre className="inline-error" role="alert" data-testid="route-delete-error">
          {error}
        </pre>
      )}
    </details>
  );
}
