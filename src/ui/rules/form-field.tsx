/**
 * The fields the edit forms are made of: a labelled text input, a checkbox and a select, each
 * with a stable test id, its help as a tooltip and as the accessible description, and a fixed
 * size, so showing or hiding help never moves the layout.
 */
import { useId } from 'react';
import './form.css';

/** Props of a text field. */
interface TextFieldProps {
  label: string;
  testId: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  help?: string;
  /** Monospace input (addresses, masks). */
  code?: boolean;
}

/** A labelled text input. */
export function TextField({
  label,
  testId,
  value,
  onChange,
  placeholder,
  help,
  code = true,
}: TextFieldProps) {
  const helpId = useId();
  return (
    <label className="field" title={help}>
      <span className="field-label">{label}</span>
      <input
        data-testid={testId}
        className={code ? 'code' : undefined}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={help ? helpId : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {help && (
        <span id={helpId} className="visually-hidden">
          {help}
        </span>
      )}
    </label>
  );
}

/** Props of a checkbox. */
interface CheckFieldProps {
  label: string;
  testId: string;
  checked: boolean;
  onChange(checked: boolean): void;
  help?: string;
}

/** A labelled checkbox. */
export function CheckField({ label, testId, checked, onChange, help }: CheckFieldProps) {
  return (
    <label className="field check" title={help}>
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="field-label">{label}</span>
    </label>
  );
}

/** Props of a select. */
interface SelectFieldProps<T extends string> {
  label: string;
  testId: string;
  value: T;
  options: readonly T[] | readonly { value: T; label: string }[];
  onChange(value: T): void;
  help?: string;
}

/** A labelled select. */
export function SelectField<T extends string>({
  label,
  testId,
  value,
  options,
  onChange,
  help,
}: SelectFieldProps<T>) {
  return (
    <label className="field" title={help}>
      <span className="field-label">{label}</span>
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => {
          const { value: v, label: l } =
            typeof o === 'string' ? { value: o, label: o || '(kernel picks)' } : o;
          return (
            <option key={v} value={v}>
              {l}
            </option>
          );
        })}
      </select>
    </label>
  );
}

/** The result line under a form: the kernel's error (or warning), or what the edit did. */
export function FormResult({
  testId,
  result,
}: {
  testId: string;
  result: { error?: string; warnings?: string; note?: string } | null;
}) {
  // One reserved line: the form does not grow or shrink while the user works in it.
  return (
    <div className="form-result" aria-live="polite">
      {result?.error && (
        <pre className="inline-error" role="alert" data-testid={`${testId}-error`}>
          {result.error}
        </pre>
      )}
      {result?.warnings && (
        <pre className="inline-warning" data-testid={`${testId}-warning`}>
          {result.warnings}
        </pre>
      )}
      {result?.note && (
        <p className="note" data-testid={`${testId}-note`}>
          {result.note}
        </p>
      )}
    </div>
  );
}
