/** The rows of the rule list and the D3 overlay (packet, goto arcs) drawn over them. */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ruleDeleteCommand } from '../../state/edit-commands';
import { gotoTarget } from '../../state/rule-chips';
import type { AppState, RuleView } from '../../state/store';
import { selectFrame } from '../../state/trace-view';
import { renderOverlay, type GotoArc, type PacketMark, type RowBox } from '../viz/trace-overlay';
import { useAppStore, useAppStoreApi } from '../store-context';
import { RuleRow, type RowActions } from './rule-row';

/** Scrolls `scroller` so that the band y..y+h is visible, a third from the top when it must move. */
export function pageTo(scroller: HTMLElement, y: number, h: number): void {
  const top = scroller.scrollTop;
  if (y >= top && y + h <= top + scroller.clientHeight) return;
  scroller.scrollTop = Math.max(0, y - scroller.clientHeight / 3);
}

/** Props of the list. */
interface RuleListProps {
  family: 4 | 6;
  rules: RuleView[];
  onMove(from: number, to: number): void;
  onEdit(rule: RuleView): void;
  onRan(r: { commands: string[]; error?: string }): void;
}

/** The rules with drag-and-drop and the trace overlay. */
export function RuleList({ family, rules, onMove, onEdit, onRan }: RuleListProps) {
  const store = useAppStoreApi();
  const frame = useAppStore(selectFrame);
  const traceFamily = useAppStore((s) => s.trace?.family ?? null);
  const selectedRule = useAppStore((s) => s.selectedRule);
  const selectRule = useAppStore((s) => s.selectRule);
  const applyCommands = useAppStore((s) => s.applyCommands);
  const listRef = useRef<HTMLOListElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const live = traceFamily === family ? frame : null;

  // Row boxes are read from the DOM when drawn, only for the rows drawn on (the packet's, the arcs'
  // ends): measuring all 500 rows whenever one is laid out for the first time as it scrolls into
  // view (content-visibility) cost more than the rest of a step.
  const redrawRef = useRef<() => void>(() => {});
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const ro = new ResizeObserver(() => redrawRef.current());
    ro.observe(list);
    return () => ro.disconnect();
  }, []);

  const arcs = useMemo(() => {
    const out: GotoArc[] = [];
    rules.forEach((r, i) => {
      const target = gotoTarget(r.text);
      if (target === undefined) return;
      const to = rules.findIndex((x) => x.pref === target);
      out.push({ from: i, to, unresolved: to < 0, taken: false });
    });
    return out;
  }, [rules]);

  // The overlay follows the trace outside React: a step redraws the packet with D3 straight from
  // a store subscription, without rendering the list (500 rows) again.
  useLayoutEffect(() => {
    const list = listRef.current;
    const svg = svgRef.current;
    if (!list || !svg) return;
    let raf = 0;
    let drawn: unknown = undefined;
    const box = (i: number): RowBox | undefined => {
      const el = list.children[i] as HTMLElement | undefined;
      return el ? { y: el.offsetTop, h: el.offsetHeight } : undefined;
    };
    const draw = (s: AppState, force = false) => {
      const frame = s.trace?.family === family ? selectFrame(s) : null;
      if (frame === drawn && !force) return;
      drawn = frame;
      let packet: PacketMark | null = null;
      if (frame && frame.at !== null) {
        const st = frame.statuses.get(frame.at);
        packet = {
          row: frame.at,
          state:
            st === 'nomatch' ? 'nomatch' : st === 'passed' ? 'passed' : frame.verdict ? 'decided' : 'testing',
        };
      }
      const taken = arcs.map((a) => ({ ...a, taken: frame?.jump?.from === a.from }));
      // A sparse list: only the rows the overlay draws on.
      const rows: RowBox[] = [];
      for (const i of [packet?.row, ...arcs.flatMap((a) => [a.from, a.to])]) {
        const b = i === undefined || i < 0 ? undefined : box(i);
        if (b && i !== undefined) rows[i] = b;
      }
      // A glide shorter than two frames only costs frames: jump instead.
      const glide = Math.min(400, 800 / s.speed);
      renderOverlay(svg, rows, list.offsetHeight, taken, packet, glide < 34 ? 0 : glide);
      const at = packet ? rows[packet.row] : undefined;
      const scroller = list.parentElement;
      cancelAnimationFrame(raf);
      // Scroll by pages, not rows, after the frame's layout: a row-by-row scroll repaints the list.
      if (at && scroller) raf = requestAnimationFrame(() => pageTo(scroller, at.y, at.h));
    };
    draw(store.getState(), true);
    redrawRef.current = () => draw(store.getState(), true);
    const unsubscribe = store.subscribe((s) => draw(s));
    return () => {
      unsubscribe();
      redrawRef.current = () => {};
      cancelAnimationFrame(raf);
    };
  }, [arcs, family, store]);

  // Rows get one stable actions object, reading the latest values through a ref, so that a
  // trace step re-renders only the rows whose status changes (500-rule lists stay smooth).
  const latest = useRef({ rules, selectedRule, dragFrom, onMove, onEdit, onRan });
  latest.current = { rules, selectedRule, dragFrom, onMove, onEdit, onRan };
  const actions = useMemo<RowActions>(
    () => ({
      select: (i) => selectRule(latest.current.selectedRule === i ? null : i),
      dragStart: (i) => setDragFrom(i),
      dragOver: (i) => setDropAt(i),
      drop: (i) => {
        const from = latest.current.dragFrom;
        if (from !== null) latest.current.onMove(from, i);
        setDragFrom(null);
        setDropAt(null);
      },
      move: (i, delta) => latest.current.onMove(i, i + delta),
      edit: (i) => latest.current.onEdit(latest.current.rules[i]),
      remove: (i) => {
        const command = ruleDeleteCommand(latest.current.rules[i]);
        void applyCommands([command]).then((r) =>
          latest.current.onRan({ commands: [command], error: r.error }),
        );
      },
    }),
    [selectRule, applyCommands],
  );

  return (
    <div className="rule-scroll" data-testid="rule-list" data-family={family}>
      <svg ref={svgRef} className="overlay" aria-hidden="true" />
      <ol ref={listRef} className="rules" onDragEnd={() => (setDragFrom(null), setDropAt(null))}>
        {rules.map((rule, i) => (
          <RuleRow
            key={`${rule.pref}:${rule.text}:${i}`}
            index={i}
            rule={rule}
            status={live?.statuses.get(i)}
            current={live?.at === i}
            tests={live?.at === i ? live.tests : undefined}
            selected={selectedRule === i && traceFamily === family}
            dropTarget={dropAt === i && dragFrom !== i}
            actions={actions}
          />
        ))}
      </ol>
    </div>
  );
}
