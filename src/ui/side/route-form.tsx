/**
 * The route form: a route of any type, single path or multipath, as the `ip route add` it
 * stands for. Adding runs that command; editing a shown route runs `ip route del` for the old one
 * and `ip route add` for the new, as one edit the kernel accepts or refuses whole.
 */
import { useState } from 'react';
import {
  emptyNexthop,
  emptyRouteForm,
  FORWARDING_TYPES,
  ROUTE_SCOPES,
  ROUTE_TYPES,
  routeDeleteCommand,
  routeFormCommand,
  type NexthopForm,
  type RouteForm as Form,
} from '../../state/route-form';
import { useAppStore } from '../store-context';
import { CheckField, FormResult, SelectField, TextField } from '../rules/form-field';

/** Props of the form: the route being edited (as filled from its text), or none to add one. */
interface RouteFormProps {
  editing?: Form;
  onDone?(): void;
}

/** The add/edit route form. */
export function RouteForm({ editing, onDone }: RouteFormProps) {
  const applyCommands = useAppStore((s) => s.applyCommands);
  const [f, setF] = useState<Form>(() => editing ?? emptyRouteForm());
  const [result, setResult] = useState<{ error?: string; warnings?: string; note?: string } | null>(null);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((x) => ({ ...x, [k]: v }));
  const setNh = (i: number, nh: Partial<NexthopForm>) =>
    setF((x) => ({ ...x, nexthops: x.nexthops.map((n, j) => (j === i ? { ...n, ...nh } : n)) }));
  const command = routeFormCommand(f);
  const id = editing ? 'route-edit' : 'route';
  const submit = async () => {
    const commands = editing ? [routeDeleteCommand(editing), command] : [command];
    const r = await applyCommands(commands);
    if (!r.ok) setResult({ error: r.error });
    else {
      setResult({ warnings: r.warnings, note: `Ran: ${commands.join(' ; ')}` });
      onDone?.();
    }
  };
  const forwarding = FORWARDING_TYPES.has(f.type);

  return (
    <form
      className={editing ? 'route-form route-edit' : 'route-form'}
      data-testid={editing ? 'route-edit-form' : 'route-form'}
      aria-label={editing ? 'Edit route' : 'Add a route'}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onDone) {
          e.preventDefault();
          onDone();
        }
      }}
    >
      {!editing && <h3>Add a route</h3>}
      <div className="form-grid">
        <SelectField
          label="family"
          testId={`${id}-family`}
          value={String(f.family) as '4' | '6'}
          options={[
            { value: '4', label: 'IPv4' },
            { value: '6', label: 'IPv6' },
          ]}
          onChange={(v) => set('family', v === '6' ? 6 : 4)}
        />
        <SelectField
          label="type"
          testId={`${id}-type`}
          value={f.type}
          options={ROUTE_TYPES}
          onChange={(v) => set('type', v)}
        />
        <TextField
          label="prefix"
          testId={`${id}-prefix`}
          value={f.prefix}
          placeholder="default"
          onChange={(v) => set('prefix', v)}
        />
        <TextField
          label="table"
          testId={`${id}-table`}
          value={f.table}
          placeholder="main"
          onChange={(v) => set('table', v)}
        />
        <TextField
          label="tos"
          testId={`${id}-tos`}
          value={f.tos}
          placeholder="0x10"
          help="IPv4 only: TOS the route is for"
          onChange={(v) => set('tos', v)}
        />
        <TextField
          label="metric"
          testId={`${id}-metric`}
          value={f.metric}
          placeholder="0"
          help="priority among routes to the same prefix: lower wins"
          onChange={(v) => set('metric', v)}
        />
        <TextField
          label="src"
          testId={`${id}-src`}
          value={f.src}
          placeholder="10.0.0.2"
          help="preferred source address for locally generated packets"
          onChange={(v) => set('src', v)}
        />
        <TextField
          label="proto"
          testId={`${id}-proto`}
          value={f.proto}
          placeholder="boot"
          help="who installed the route (static, kernel, dhcp, a number)"
          onChange={(v) => set('proto', v)}
        />
        <SelectField
          label="scope"
          testId={`${id}-scope`}
          value={f.scope}
          options={ROUTE_SCOPES}
          onChange={(v) => set('scope', v)}
        />
        <TextField
          label="more words"
          testId={`${id}-extra`}
          value={f.extra}
          placeholder="mtu 1400"
          help="anything else ip route add takes, as typed"
          onChange={(v) => set('extra', v)}
        />
      </div>
      <fieldset className="form-group" disabled={!forwarding} aria-label="Nexthops">
        <legend>
          <CheckField
            label={`multipath (${f.nexthops.length} nexthops)`}
            testId={`${id}-multipath`}
            checked={f.multipath}
            onChange={(v) => set('multipath', v)}
          />
        </legend>
        {f.multipath ? (
          <ol className="nexthops">
            {f.nexthops.map((nh, i) => (
              <li key={i} className="nexthop" data-testid={`${id}-nexthop`}>
                <span className="nh-index">{i + 1}</span>
                <TextField
                  label="via"
                  testId={`${id}-nh-via`}
                  value={nh.via}
                  placeholder="10.0.0.1"
                  onChange={(v) => setNh(i, { via: v })}
                />
                <TextField
                  label="dev"
                  testId={`${id}-nh-dev`}
                  value={nh.dev}
                  placeholder="eth0"
                  onChange={(v) => setNh(i, { dev: v })}
                />
                <TextField
                  label="weight"
                  testId={`${id}-nh-weight`}
                  value={nh.weight}
                  placeholder="1"
                  onChange={(v) => setNh(i, { weight: v })}
                />
                <CheckField
                  label="onlink"
                  testId={`${id}-nh-onlink`}
                  checked={nh.onlink}
                  onChange={(v) => setNh(i, { onlink: v })}
                />
                <button
                  type="button"
                  className="icon"
                  aria-label={`Remove nexthop ${i + 1}`}
                  onClick={() => setF((x) => ({ ...x, nexthops: x.nexthops.filter((_, j) => j !== i) }))}
                >
                  ✕
                </button>
              </li>
            ))}
            <li>
              <button
                type="button"
                data-testid={`${id}-nh-add`}
                onClick={() => setF((x) => ({ ...x, nexthops: [...x.nexthops, emptyNexthop()] }))}
              >
                Add nexthop
              </button>
            </li>
          </ol>
        ) : (
          <div className="form-grid">
            <TextField
              label="via"
              testId={`${id}-via`}
              value={f.via}
              placeholder="10.0.0.1"
              help="gateway"
              onChange={(v) => set('via', v)}
            />
            <TextField
              label="dev"
              testId={`${id}-dev`}
              value={f.dev}
              placeholder="eth0"
              onChange={(v) => set('dev', v)}
            />
            <CheckField
              label="onlink"
              testId={`${id}-onlink`}
              checked={f.onlink}
              help="the gateway is on the link even if no address says so"
              onChange={(v) => set('onlink', v)}
            />
          </div>
        )}
      </fieldset>
      <code className="preview" data-testid={`${id}-command`}>
        {editing ? `${routeDeleteCommand(editing)}\n${command}` : command}
      </code>
      <div className="form-actions">
        <button type="submit" data-testid={`${id}-submit`}>
          {editing ? 'Replace route' : 'Add route'}
        </button>
        {onDone && (
          <button type="button" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
      <FormResult testId={`${id}-form`} result={result} />
    </form>
  );
}
