/**
 * A form for every selector and action `ip rule add` accepts (iproute2 6.1). It only builds the
 * command: running it is what validates it, so the error shown is the kernel's (or iproute2's)
 * own text, and a refused command changes nothing.
 */
import { useEffect, useState } from 'react';
import { ruleDeleteCommand } from '../../state/edit-commands';
import {
  emptyRuleForm,
  RULE_ACTIONS,
  RULE_TEXT_FIELDS,
  ruleFormCommand,
  ruleFormOf,
  type RuleAction,
  type RuleForm as Form,
  type RuleFieldSpec,
} from '../../state/rule-form';
import type { RuleView } from '../../state/store';
import { useAppStore, useAppStoreApi } from '../store-context';
import { CheckField, FormResult, SelectField, TextField } from './form-field';

/** What each action does, one sentence (shown under the form). */
const ACTION_HELP: Record<RuleAction, string> = {
  lookup: 'Look the packet up in TABLE (main when empty); no route there: the walk goes on.',
  goto: 'Jump to the first rule with priority PREF (it must be larger than this rule’s).',
  nop: 'Do nothing and go on with the next rule.',
  blackhole: 'Drop the packet: the lookup fails with EINVAL.',
  unreachable: 'Refuse with "Network is unreachable".',
  prohibit: 'Refuse with "Permission denied".',
  // fib4_rule_action: any other action type returns -EINVAL; the address is not even stored.
  nat: 'Deprecated (iproute2 warns). The kernel keeps no address: the rule’s type is nat, shown as "masquerade", and a packet it matches gets "RTNETLINK answers: Invalid argument".',
};

/** Props of the form. */
interface RuleFormProps {
  family: 4 | 6;
  editing: RuleView | null;
  onDone(): void;
}

/** The add/edit rule form. */
export function RuleForm({ family, editing, onDone }: RuleFormProps) {
  const [form, setForm] = useState<Form>(() => emptyRuleForm(family));
  const [result, setResult] = useState<{ error?: string; warnings?: string; note?: string } | null>(null);
  const applyCommands = useAppStore((s) => s.applyCommands);
  const store = useAppStoreApi();

  useEffect(() => {
    setForm(editing ? ruleFormOf(editing) : emptyRuleForm(family));
    setResult(null);
  }, [editing, family]);

  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const command = ruleFormCommand(form);
  const submit = async () => {
    const commands = editing ? [ruleDeleteCommand(editing), command] : [command];
    const r = await applyCommands(commands);
    if (!r.ok) {
      setResult({ error: r.error });
      return;
    }
    const auto = form.pref.trim() ? undefined : store.getState().view?.autoPrefs.at(-1);
    setResult({
      warnings: r.warnings,
      note: auto ? `The kernel picked priority ${auto.pref}. ${auto.why}` : 'Done.',
    });
    if (editing) onDone();
  };
  const field = (f: RuleFieldSpec) => (
    <TextField
      key={f.key}
      label={f.word}
      testId={`rule-${f.key}`}
      value={form[f.key]}
      placeholder={f.placeholder}
      help={f.help}
      onChange={(v) => set(f.key, v)}
    />
  );

  return (
    <details
      className="rule-form-box"
      open={editing !== null || undefined}
      key={editing ? `edit-${editing.pref}` : 'add'}
    >
      <summary data-testid="rule-form-toggle">{editing ? `Edit rule ${editing.pref}` : 'Add a rule'}</summary>
      <form
        className="rule-form"
        data-testid="rule-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset className="form-group">
          <legend>Selectors (all must match)</legend>
          <div className="form-grid">
            <TextField
              label="pref"
              testId="rule-pref"
              value={form.pref}
              placeholder="(kernel picks)"
              help="priority: rules are tried from the lowest"
              onChange={(v) => set('pref', v)}
            />
            <CheckField
              label="not"
              testId="rule-not"
              checked={form.not}
              help="invert: the rule applies when the selectors do not all match"
              onChange={(v) => set('not', v)}
            />
            {RULE_TEXT_FIELDS.filter((f) => f.group === 'selector').map(field)}
            <CheckField
              label="l3mdev"
              testId="rule-l3mdev"
              checked={form.l3mdev}
              help="look up the table of the packet's VRF device"
              onChange={(v) => set('l3mdev', v)}
            />
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend>Action and modifiers</legend>
          <div className="form-grid">
            <SelectField
              label="action"
              testId="rule-action"
              value={form.action}
              options={RULE_ACTIONS}
              onChange={(v) => set('action', v)}
            />
            {/* The action's argument keeps one slot, so switching actions never moves the grid. */}
            {form.action === 'lookup' || form.action === 'goto' || form.action === 'nat' ? (
              <TextField
                label={form.action === 'lookup' ? 'table' : form.action === 'goto' ? 'goto' : 'nat address'}
                testId={
                  form.action === 'lookup' ? 'rule-table' : form.action === 'goto' ? 'rule-goto' : 'rule-nat'
                }
                value={form.action === 'lookup' ? form.table : form.action === 'goto' ? form.goto : form.nat}
                placeholder={
                  form.action === 'lookup' ? 'main' : form.action === 'goto' ? '32766' : '192.0.2.1'
                }
                onChange={(v) =>
                  set(form.action === 'lookup' ? 'table' : form.action === 'goto' ? 'goto' : 'nat', v)
                }
              />
            ) : (
              <span aria-hidden="true" />
            )}
            {RULE_TEXT_FIELDS.filter((f) => f.group === 'modifier').map(field)}
          </div>
          <p className="form-hint" data-testid="rule-action-help">
            {ACTION_HELP[form.action]}
          </p>
        </fieldset>
        <p className="form-hint">
          iproute2 6.1 has no <code>dscp</code> or <code>flowlabel</code> rule selector (later versions add
          them): <code>tos</code> matches the whole DS field byte.
        </p>
        <code className="preview" data-testid="rule-command">
          {command}
        </code>
        <div className="form-actions">
          <button type="submit" data-testid="rule-submit">
            {editing ? 'Replace rule' : 'Add rule'}
          </button>
          {editing && (
            <button type="button" onClick={onDone}>
              Cancel
            </button>
          )}
        </div>
        <FormResult testId="rule-form" result={result} />
      </form>
    </details>
  );
}
