/** One rule: its priority (and why the kernel chose it), its selector chips, its action. */
import { memo } from 'react';
import type { SelectorTest } from '../../engine/trace';
import { ruleChips } from '../../state/rule-chips';
import type { RuleView } from '../../state/store';
import type { RuleStatus } from '../../state/trace-steps';
import { ReachButton } from '../machine/reach-button';

/** What a row can ask its list to do, by row index; one stable object for all rows. */
export interface RowActions {
  select(index: number): void;
  dragStart(index: number): void;
  dragOver(index: number): void;
  drop(index: number): void;
  move(index: number, delta: number): void;
  edit(index: number): void;
  remove(index: number): void;
}

/** Props of a row. */
interface RuleRowProps {
  index: number;
  rule: RuleView;
  status: RuleStatus | undefined;
  current: boolean;
  tests: SelectorTest[] | undefined;
  selected: boolean;
  dropTarget: boolean;
  actions: RowActions;
}

const STATUS_LABEL: Record<RuleStatus, string> = {
  nomatch: 'did not match',
  decided: 'matched',
  passed: 'matched, walk went on',
  jumped: 'jumped over',
};

/** A row of the rule list; memoised so a trace step re-renders only the rows it changes. */
export const RuleRow = memo(function RuleRow(props: RuleRowProps) {
  const { index, actions } = props;
  const p = {
    ...props,
    onSelect: () => actions.select(index),
    onDragStart: () => actions.dragStart(index),
    onDragOver: () => actions.dragOver(index),
    onDrop: () => actions.drop(index),
    onMove: (delta: number) => actions.move(index, delta),
    onEdit: () => actions.edit(index),
    onDelete: () => actions.remove(index),
  };
  const chips = ruleChips(p.rule.text);
  const cls = [
    'rule-row',
    p.status ?? '',
    p.current ? 'current' : '',
    p.selected ? 'selected' : '',
    p.dropTarget ? 'drop-target' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li
      className={cls}
      data-testid="rule-row"
      data-pref={p.rule.pref}
      data-status={p.status ?? ''}
      aria-current={p.current ? 'step' : undefined}
      draggable
      tabIndex={0}
      onClick={p.onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter') p.onSelect();
        else if (e.altKey && e.key === 'ArrowUp') p.onMove(-1);
        else if (e.altKey && e.key === 'ArrowDown') p.onMove(1);
        else if (e.key === 'Delete') p.onDelete();
        else return;
        e.preventDefault();
        e.stopPropagation();
      }}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', String(p.rule.pref));
        p.onDragStart();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        p.onDragOver();
      }}
      onDrop={(e) => {
        e.preventDefault();
        p.onDrop();
      }}
    >
      <span className="pref" title={p.rule.auto?.why}>
        {p.rule.pref}
        {p.rule.auto && (
          <span className="auto" data-testid="auto-pref" title={p.rule.auto.why}>
            auto
          </span>
        )}
      </span>
      <span className="chips">
        {chips.map((c, i) => {
          const t = p.tests?.find((x) => x.selector === c.key);
          const cl = `chip ${c.role}${t ? (t.pass ? ' pass' : ' fail') : ''}`;
          const title = t ? `packet ${t.packet} · rule ${t.rule}${t.note ? ` (${t.note})` : ''}` : undefined;
          return (
            <span key={i} className={cl} title={title} data-testid="chip" data-key={c.key}>
              {c.text}
              {t && <span className="visually-hidden">{t.pass ? ' (passes)' : ' (fails)'}</span>}
            </span>
          );
        })}
      </span>
      {p.status && <span className="visually-hidden">{STATUS_LABEL[p.status]}</span>}
      <span className="row-actions">
        <ReachButton target={{ kind: 'rule', family: p.rule.family, pref: p.rule.pref }} label={`rule ${p.rule.pref}`} />
        <button
          type="button"
          className="icon"
          aria-label={`Edit rule ${p.rule.pref}`}
          onClick={(e) => (e.stopPropagation(), p.onEdit())}
        >
          ✎
        </button>
        <button
          type="button"
          className="icon"
          aria-label={`Delete rule ${p.rule.pref}`}
          data-testid="rule-delete"
          onClick={(e) => (e.stopPropagation(), p.onDelete())}
        >
          ✕
        </button>
      </span>
    </li>
  );
});
