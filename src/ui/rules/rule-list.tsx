/** The rows of the rule list and the D3 overlay (packet, goto arcs) drawn over them. */
import { useLayoutEffect, useRef, useState } from 'react';
import { ruleDeleteCommand } from '../../state/edit-commands';
import { gotoTarget } from '../../state/rule-chips';
import type { RuleView } from '../../state/store';
import { selectFrame } from '../../state/trace-view';
import { renderOverlay, type GotoArc, type PacketMark, type RowBox } from '../viz/trace-overlay';
import { useAppStore } from '../store-context';
import { RuleRow } from './rule-row';

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

  useLayoutEffect(() => {
    const list = listRef.current;
    const svg = svgRef.current;
    if (!list || !svg) return;
    const rows: RowBox[] = [...list.children].map((el) => {
      const e = el as HTMLElement;
      return { y: e.offsetTop, h: e.offsetHeight };
    });
    const arcs: GotoArc[] = [];
    rules.forEach((r, i) => {
      const target = gotoTarget(r.text);
      if (target === undefined) return;
      const to = rules.findIndex((x) => x.pref === target);
      arcs.push({ from: i, to, unresolved: to < 0, taken: live?.jump?.from === i });
    });
    let packet: PacketMark | null = null;
    if (live && live.at !== null) {
      const st = live.statuses.get(live.at);
      packet = {
        row: live.at,
        state:
          st === 'nomatch' ? 'nomatch' : st === 'passed' ? 'passed' : live.verdict ? 'decided' : 'testing',
      };
    }
    renderOverlay(svg, rows, list.scrollHeight, arcs, packet, Math.min(400, 800 / speed));
    if (packet)
      (list.children[packet.row] as HTMLElement | undefined)?.scrollIntoView?.({ block: 'nearest' });
  }, [rules, live, speed]);

  const remove = async (rule: RuleView) => {
    const command = ruleDeleteCommand(rule);
    const r = await applyCommands([command]);
    onRan({ commands: [command], error: r.error });
  };

  return (
    <div className="rule-scroll" data-testid="rule-list" data-family={family}>
      <svg ref={svgRef} className="overlay" aria-hidden="true" />
      <ol ref={listRef} className="rules" onDragEnd={() => (setDragFrom(null), setDropAt(null))}>
        {rules.map((rule, i) => (
          <RuleRow
            key={`${rule.pref}:${rule.text}:${i}`}
            rule={rule}
            status={live?.statuses.get(i)}
            current={live?.at === i}
            tests={live?.at === i ? live.tests : undefined}
            selected={selectedRule === i && traceFamily === family}
            dropTarget={dropAt === i && dragFrom !== i}
            onSelect={() => selectRule(selectedRule === i ? null : i)}
            onDragStart={() => setDragFrom(i)}
            onDragOver={() => setDropAt(i)}
            onDrop={() => {
              if (dragFrom !== null) onMove(dragFrom, i);
              setDragFrom(null);
              setDropAt(null);
            }}
            onMove={(delta) => onMove(i, i + delta)}
            onEdit={() => onEdit(rule)}
            onDelete={() => void remove(rule)}
          />
        ))}
      </ol>
    </div>
  );
}
