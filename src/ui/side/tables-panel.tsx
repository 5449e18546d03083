/**
 * One view per routing table, routes in `ip route show table X` order. Table local is derived
 * from addresses: shown, read-only. Adding, replacing and deleting routes run `ip route`.
 */
import { useState } from 'react';
import type { TableView } from '../../state/store';
import { useAppStore } from '../store-context';

const TYPES = [
  'unicast',
  'local',
  'blackhole',
  'unreachable',
  'prohibit',
  'throw',
  'broadcast',
  'anycast',
  'multicast',
  'nat',
];

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
  const [editing, setEditing] = useState<{ index: number; text: string } | null>(null);
  const del = `${ip(table.family)} route del`;
  const remove = async (route: string) => {
    const r = await applyCommands([`${del} ${route.trim()} table ${table.name}`]);
    setError(r.error);
  };
  const replace = async (route: string, next: string) => {
    const r = await applyCommands([
      `${del} ${route.trim()} table ${table.name}`,
      `${ip(table.family)} route add ${next.trim()} table ${table.name}`,
    ]);
    setError(r.error);
    if (r.ok) setEditing(null);
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
      </summary>
      <ul className="routes">
        {table.routes.map((r, i) => (
          <li key={i} data-testid="route-row">
            {editing?.index === i ? (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  void replace(r, editing.text);
                }}
              >
                <input
                  aria-label="Route"
                  value={editing.text}
                  size={Math.max(20, editing.text.length)}
                  onChange={(e) => setEditing({ index: i, text: e.target.value })}
                />
                <button type="submit">Replace</button>
                <button type="button" onClick={() => setEditing(null)}>
                  Cancel
                </button>
              </form>
            ) : (
              <>
                <code>{r}</code>
                {!table.readOnly && (
                  <span className="row-actions">
                    <button
                      type="button"
                      className="icon"
                      aria-label={`Edit route ${r}`}
                      onClick={() => setEditing({ index: i, text: r.trim() })}
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
      {error && <pre className="inline-error">{error}</pre>}
    </details>
  );
}

/** Adds a route of any type: each field becomes an `ip route add` word. */
function RouteForm() {
  const applyCommands = useAppStore((s) => s.applyCommands);
  const [f, setF] = useState({
    family: '4',
    type: 'unicast',
    prefix: '',
    via: '',
    dev: '',
    src: '',
    metric: '',
    table: 'main',
    extra: '',
  });
  const [result, setResult] = useState<{ error?: string } | null>(null);
  const set = (k: keyof typeof f, v: string) => setF((x) => ({ ...x, [k]: v }));
  const words = [f.family === '6' ? 'ip -6' : 'ip', 'route', 'add'];
  if (f.type !== 'unicast') words.push(f.type);
  words.push(f.prefix.trim() || 'default');
  for (const [k, v] of [
    ['via', f.via],
    ['dev', f.dev],
    ['src', f.src],
    ['metric', f.metric],
    ['table', f.table],
  ] as const)
    if (v.trim()) words.push(k, v.trim());
  if (f.extra.trim()) words.push(f.extra.trim());
  const command = words.join(' ');
  return (
    <form
      className="route-form"
      data-testid="route-form"
      onSubmit={(e) => {
        e.preventDefault();
        void applyCommands([command]).then((r) => setResult(r));
      }}
    >
      <h3>Add a route</h3>
      <div className="form-grid">
        <label>
          family
          <select value={f.family} onChange={(e) => set('family', e.target.value)}>
            <option value="4">IPv4</option>
            <option value="6">IPv6</option>
          </select>
        </label>
        <label>
          type
          <select data-testid="route-type" value={f.type} onChange={(e) => set('type', e.target.value)}>
            {TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        {(['prefix', 'via', 'dev', 'src', 'metric', 'table', 'extra'] as const).map((k) => (
          <label key={k}>
            {k === 'extra' ? 'more words' : k}
            <input
              data-testid={`route-${k}`}
              value={f[k]}
              onChange={(e) => set(k, e.target.value)}
              placeholder={k === 'prefix' ? 'default' : ''}
            />
          </label>
        ))}
      </div>
      <code className="preview" data-testid="route-command">
        {command}
      </code>
      <button type="submit" data-testid="route-submit">
        Add route
      </button>
      {result?.error && (
        <pre className="inline-error" role="alert" data-testid="route-form-error">
          {result.error}
        </pre>
      )}
    </form>
  );
}
