/**
 * The packet table, virtualised: a spacer as tall as every filtered row, and only the rows in
 * view (plus a margin) drawn over it. Rows are fetched from the worker in blocks and cached until
 * the data changes (the store's `version`), so a million rows scroll like a hundred.
 */
import { useEffect, useReducer, useRef, useState } from 'react';
import type { CaptureRow } from '../../state/capture-store';
import { useCaptureStore, useCaptureStoreApi } from './capture-context';

/** Row height in px (fixed: the virtualisation depends on it). */
const ROW_H = 24;
const BLOCK = 200;
const OVERSCAN = 10;

const COLUMNS: { key: keyof CaptureRow; label: string }[] = [
  { key: 'index', label: 'No.' },
  { key: 'time', label: 'Time' },
  { key: 'iface', label: 'Interface' },
  { key: 'direction', label: 'Dir' },
  { key: 'src', label: 'Source' },
  { key: 'dst', label: 'Destination' },
  { key: 'proto', label: 'Proto' },
  { key: 'sport', label: 'Sport' },
  { key: 'dport', label: 'Dport' },
  { key: 'mark', label: 'Mark' },
  { key: 'rule', label: 'Rule' },
  { key: 'table', label: 'Table' },
  { key: 'verdict', label: 'Verdict' },
];

/** The table of the filtered packets; clicking a row shows its trace. */
export function CaptureTable() {
  const capture = useCaptureStoreApi();
  const version = useCaptureStore((s) => s.version);
  const total = useCaptureStore((s) => s.summary?.matching ?? 0);
  const selected = useCaptureStore((s) => s.selected);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  const box = useRef<HTMLDivElement>(null);
  const cache = useRef({ version: -1, blocks: new Map<number, CaptureRow[]>(), pending: new Set<number>() });
  const [, redraw] = useReducer((x: number) => x + 1, 0);

  if (cache.current.version !== version) cache.current = { version, blocks: new Map(), pending: new Set() };
  const first = Math.max(0, Math.floor(scrollTop / ROW_H) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_H) + OVERSCAN);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const c = cache.current;
    for (let b = Math.floor(first / BLOCK); b * BLOCK < last; b++) {
      if (c.blocks.has(b) || c.pending.has(b)) continue;
      c.pending.add(b);
      void capture
        .getState()
        .rows(b * BLOCK, BLOCK)
        .then((rows) => {
          if (cache.current !== c) return;
          c.blocks.set(b, rows);
          c.pending.delete(b);
          redraw();
        });
    }
  }, [first, last, version, capture]);

  const rows: { i: number; row: CaptureRow | undefined }[] = [];
  for (let i = first; i < last; i++)
    rows.push({ i, row: cache.current.blocks.get(Math.floor(i / BLOCK))?.[i % BLOCK] });

  return (
    <div className="capture-table" role="table" aria-label="Packets" aria-rowcount={total + 1}>
      <div className="capture-tr capture-th" role="row">
        {COLUMNS.map((c) => (
          <span key={c.key} role="columnheader">
            {c.label}
          </span>
        ))}
      </div>
      <div
        className="capture-scroll"
        ref={box}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        data-testid="capture-scroll"
      >
        <div style={{ height: total * ROW_H, position: 'relative' }}>
          {rows.map(({ i, row }) => (
            <div
              key={i}
              role="row"
              aria-rowindex={i + 2}
              className={row && row.index === selected?.index ? 'capture-tr selected' : 'capture-tr'}
              style={{ top: i * ROW_H, height: ROW_H }}
              data-testid={row ? 'capture-row' : 'capture-row-loading'}
              data-index={row?.index}
              data-query={row?.query}
              data-answer={row?.answer}
              tabIndex={row ? 0 : -1}
              title={row ? rowTitle(row) : undefined}
              onClick={() => row && void capture.getState().selectPacket(row)}
              onKeyDown={(e) => {
                if (row && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  void capture.getState().selectPacket(row);
                }
              }}
            >
              {COLUMNS.map((c) => (
                <span key={c.key} role="cell" data-col={c.key}>
                  {row ? cellText(row, c.key) : ''}
                </span>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

function cellText(row: CaptureRow, key: keyof CaptureRow): string {
  if (key === 'iface' && row.link && row.link !== row.iface) return `${row.iface} (${row.link})`;
  return String(row[key]);
}

function rowTitle(row: CaptureRow): string {
  const parts = [row.query ? `ip route get ${row.query}\n${row.answer}` : row.verdict];
  if (row.markedBy) parts.push(`mark ${row.mark} set by: ${row.markedBy}`);
  return parts.join('\n');
}
