/** The rows of the rule list and the D3 overlay (packet, goto arcs) drawn over them. */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ruleDeleteCommand } from '../../state/edit-commands';
import { gotoTarget } from '../../state/rule-chips';
import type { RuleView } from '../../state/store';
import { selectFrame } from '../../state/trace-view';
import { renderOverlay, type GotoArc, type PacketMark, type RowBox } from '../viz/trace-overlay';
import { useAppStore } from '../store-context';
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
  const frame = useAppStore(selectFrame);
  const traceFamily = useAppStore((s) => s.trace?.family ?? null);
  const speed = useAppStore((s) => s.speed);
  const selectedRule = useAppStore((s) => s.selectedRule);
  const selectRule = useAppStore((s) => s.selectRule);
  const applyCommands = useAppStore((s) => s.applyCommands);
  const listRef = useRef<HTMLOListElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const live = traceFamily === family ? frame : null;

  // Row positions change only with the rules (or the width): measure them then, not every step,
  // so stepping a 500-rule trace never forces a layout of the whole list.
  const rowsRef = useRef<RowBox[]>([]);
  const [layoutTick, setLayoutTick] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      rowsRef.current = [...list.children].map((el) => {
        const e = el as HTMLElement;
        return { y: e.offsetTop, h: e.offsetHeight };
      });
      setLayoutTick((t) => t + 1);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(list);
    return () => ro.disconnect();
  }, [rules]);

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

  useLayoutEffect(() => {
    const list = listRef.current;
    const svg = svgRef.current;
    if (!list || !svg) return;
    const rows = rowsRef.current;
    let packet: PacketMark | null = null;
    if (live && live.at !== null) {
      const st = live.statuses.get(live.at);
      packet = {
        row: live.at,
        state:
          st === 'nomatch' ? 'nomatch' : st === 'passed' ? 'passed' : live.verdict ? 'decided' : 'testing',
      };
    }
    const drawn = arcs.map((a) => ({ ...a, taken: live?.jump?.from === a.from }));
    const height = rows.length ? rows[rows.length - 1].y + rows[rows.length - 1].h : 0;
    renderOverlay(svg, rows, height, drawn, packet, Math.min(400, 800 / speed));
    const box = packet ? rows[packet.row] : undefined;
    const scroller = list.parentElement;
    if (box && scroller) {
      // Scroll by pages, not rows: a row-by-row scroll repaints the list at every step.
      const id = requestAnimationFrame(() => pageTo(scroller, box.y, box.h));
      return () => cancelAnimationFrame(id);
    }
  }, [arcs, live, speed, layoutTick]);

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
