/**
 * The capture section under the main columns: how to open a file, the reading progress, the
 * interface mapping, then the packets: filter, groups, flow diagram and the virtualised table.
 * Clicking a packet selects its `ip route get` probe, whose animated trace the trace panel shows.
 * The mangle/nat rules panel is always there, since marks matter to probes too.
 */
import { useEffect, useState } from 'react';
import { useCaptureStore } from './capture-context';
import { CaptureFlowDiagram } from './capture-flow';
import { CaptureGroups } from './capture-groups';
import { CaptureMapping } from './capture-mapping';
import { CaptureProgress } from './capture-progress';
import { CaptureTable } from './capture-table';
import { NetfilterPanel } from './netfilter-panel';

/** The whole capture section. */
export function CapturePanel() {
  const fileName = useCaptureStore((s) => s.fileName);
  const summary = useCaptureStore((s) => s.summary);
  return (
    <section className="panel capture-panel" id="capture" aria-label="Capture" data-testid="capture-panel">
      <header className="capture-head">
        <h2>Capture</h2>
        {fileName ? (
          <code data-testid="capture-name">{fileName}</code>
        ) : (
          <span className="muted">Drop a pcap or pcapng file on the app, or use “Open capture” above.</span>
        )}
        <CaptureProgress />
      </header>
      <div className="capture-body">
        <div className="capture-main">
          <CaptureMapping />
          {summary && (
            <>
              <CaptureFilter />
              <CaptureFlowDiagram />
              <CaptureTable />
            </>
          )}
        </div>
        <aside className="capture-aside">
          {summary && <CaptureGroups />}
          <SelectedPacket />
          <NetfilterPanel />
        </aside>
      </div>
    </section>
  );
}

/** The filter box: applied as typed, after a short pause. */
function CaptureFilter() {
  const filter = useCaptureStore((s) => s.filter);
  const setFilter = useCaptureStore((s) => s.setFilter);
  const matching = useCaptureStore((s) => s.summary?.matching ?? 0);
  const total = useCaptureStore((s) => s.summary?.total ?? 0);
  const error = useCaptureStore((s) => s.summary?.filterError);
  const [text, setText] = useState(filter);
  useEffect(() => setText(filter), [filter]);
  useEffect(() => {
    if (text === filter) return;
    const t = setTimeout(() => void setFilter(text), 250);
    return () => clearTimeout(t);
  }, [text, filter, setFilter]);
  return (
    <div className="capture-filter">
      <input
        type="search"
        data-testid="capture-filter"
        aria-label="Filter packets"
        placeholder='filter: words, or field:value (if, dir, src, dst, addr, proto, port, mark, rule, table, verdict:"dev wan1")'
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <span data-testid="capture-count">
        {matching.toLocaleString('en')} of {total.toLocaleString('en')} packets
      </span>
      {error && (
        <span className="error" data-testid="capture-filter-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** The selected packet: its lookup (the probe the trace panel animates) and its marking. */
function SelectedPacket() {
  const row = useCaptureStore((s) => s.selected);
  const path = useCaptureStore((s) => s.path);
  if (row === null) return null;
  return (
    <div className="capture-selected" data-testid="capture-selected">
      <h3>Packet {row.index}</h3>
      <p>
        Seen on <code>{row.iface}</code>
        {row.direction === 'out' ? ', sent by the host' : row.direction === 'in' ? ', arriving' : ''}.
      </p>
      {row.query ? (
        <p>
          Its lookup: <code data-testid="capture-selected-query">ip route get {row.query}</code> (the trace
          above animates it).
        </p>
      ) : (
        <p>{row.verdict}</p>
      )}
      {row.markedBy ? (
        <p data-testid="capture-selected-mark">
          Mark {row.mark} set before routing by the mangle rule <code>{row.markedBy}</code>.
        </p>
      ) : (
        row.query && <p>Mark {row.mark}: no mangle rule changed it.</p>
      )}
      {path.length > 0 && (
        <>
          <h4>Through netfilter and routing</h4>
          <ol className="capture-path" data-testid="capture-path">
            {path.map((p, k) => (
              <li key={k}>{p}</li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
