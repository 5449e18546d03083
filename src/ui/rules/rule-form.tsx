/**
 * A form for every selector and action of `ip rule add`. It only builds the command: running it
 * is what validates it, so the error shown is the kernel's (or iproute2's) own text.
 */
import { useEffect, useState } from 'react';
import {
  emptyRuleForm,
  ruleDeleteCommand,
  ruleFormCommand,
  ruleFormOf,
  type RuleForm as Form,
} from '../../state/edit-commands';
import type { RuleView } from '../../state/store';
import { useAppStore, useAppStoreApi } from '../store-context';

const TEXT_FIELDS: { key: keyof Form; label: string; placeholder: string }[] = [
  { key: 'from', label: 'from', placeholder: '10.0.0.0/8' },
  { key: 'to', label: 'to', placeholder: '192.0.2.0/24' },
  { key: 'iif', label: 'iif', placeholder: 'eth0' },
  { key: 'oif', label: 'oif', placeholder: 'wg0' },
  { key: 'fwmark', label: 'fwmark', placeholder: '0x1/0xff' },
  { key: 'uidrange', label: 'uidrange', placeholder: '1000-1000' },
  { key: 'ipproto', label: 'ipproto', placeholder: 'tcp' },
  { key: 'sport', label: 'sport', placeholder: '1024-65000' },
  { key: 'dport', label: 'dport', placeholder: '25' },
  { key: 'tos', label: 'tos', placeholder: '0x10' },
  { key: 'dscp', label: 'dscp', placeholder: 'EF' },
  { key: 'flowlabel', label: 'flowlabel', placeholder: '0x12345/0xfffff' },
  { key: 'suppressPrefixlength', label: 'suppress_prefixlength', placeholder: '0' },
  { key: 'suppressIfgroup', label: 'suppress_ifgroup', placeholder: 'default' },
  { key: 'protocol', label: 'protocol', placeholder: 'static' },
];

/** Props of the form. */
interface RuleFormProps {
  family: 4 | 6;
  editing: RuleView | null;
  onDone(): void;
}

/** The add/edit rule form. */
export function RuleForm({ family, editing, onDone }: RuleFormProps) {
  const [form, setForm] = useState<Form>(() => emptyRuleForm(family));
  const [result, setResult] = useState<{ error?: string; note?: string } | null>(null);
  const applyCommands = useAppStore((s) => s.applyCommands);
  const store = useAppStoreApi();

  useEffect(() => {
    setForm(editing ? ruleFormOf(editing) : emptyRuleForm(family));
    setResult(null);
  }, [editing, family]);

  const set = (k: keyof Form, v: string | boolean) => setForm((f) => ({ ...f, [k]: v }));
  const command = ruleFormCommand(form);
  const submit = async () => {
    const commands = editing ? [ruleDeleteCommand(editing), command] : [command];
    const r = await applyCommands(commands);
    if (!r.ok) {
      setResult({ error: r.error });
      return;
    }
    const auto = form.pref.trim() ? undefined : store.getState().view?.autoPrefs.at(-1);
    setResult({ note: auto ? `The kernel picked priority ${auto.pref}. ${auto.why}` : 'Done.' });
    if (editing) onDone();
  };

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
        <div className="form-grid">
          <label>
            pref
            <input
              data-testid="rule-pref"
              value={form.pref}
              placeholder="(kernel picks)"
              onChange={(e) => set('pref', e.target.value)}
            />
          </label>
          <label className="check">
            <input type="checkbox" checked={form.not} onChange={(e) => set('not', e.target.checked)} /> not
          </label>
          {TEXT_FIELDS.map((f) => (
            <label key={f.key}>
              {f.label}
              <input
                data-testid={`rule-${f.key}`}
                value={form[f.key] as string}
                placeholder={f.placeholder}
                onChange={(e) => set(f.key, e.target.value)}
              />
            </label>
          ))}
          <label className="check">
            <input type="checkbox" checked={form.l3mdev} onChange={(e) => set('l3mdev', e.target.checked)} />{' '}
            l3mdev
          </label>
          <label>
            action
            <select
              data-testid="rule-action"
              value={form.action}
              onChange={(e) => set('action', e.target.value)}
            >
              {['lookup', 'goto', 'nop', 'blackhole', 'unreachable', 'prohibit'].map((a) => (
                <option key={a}>{a}</option>
              ))}
            </select>
          </label>
          {form.action === 'lookup' && (
            <label>
              table
              <input
                data-testid="rule-table"
                value={form.table}
                placeholder="main"
                onChange={(e) => set('table', e.target.value)}
              />
            </label>
          )}
          {form.action === 'goto' && (
            <label>
              goto
              <input
                data-testid="rule-goto"
                value={form.goto}
                placeholder="32766"
                onChange={(e) => set('goto', e.target.value)}
              />
            </label>
          )}
        </div>
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
        {result?.error && (
          <pre className="inline-error" role="alert" data-testid="rule-form-error">
            {result.error}
          </pre>
        )}
        {result?.note && (
          <p className="note" data-testid="rule-form-note">
            {result.note}
          </p>
        )}
      </form>
    </details>
  );
}
