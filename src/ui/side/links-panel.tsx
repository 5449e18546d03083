/**
 * Links (add, remove, up/down, mtu, alias, group, addresses of both families) and the routing
 * sysctls, each edit an `ip`/`sysctl` command whose error, if the kernel refuses it, is shown.
 */
import { useState } from 'react';
import {
  addressAddCommand,
  addressFamily,
  emptyLinkForm,
  LINK_KINDS,
  linkAddCommand,
  linkAliasCommand,
  linkGroupCommand,
  linkMtuCommand,
  type LinkForm,
} from '../../state/link-form';
import type { LinkView } from '../../state/store';
import { SelectField, TextField } from '../rules/form-field';
import { useAppStore } from '../store-context';

/** Links and sysctls. */
export function LinksPanel() {
  const links = useAppStore((s) => s.view?.links ?? []);
  const [error, setError] = useState<string | undefined>();
  return (
    <div className="links">
      <ul className="link-list">
        {links.map((l) => (
          <LinkRow key={l.ifindex} link={l} onError={setError} />
        ))}
      </ul>
      {error && (
        <pre className="inline-error" role="alert" data-testid="link-error">
          {error}
        </pre>
      )}
      <AddLink onError={setError} />
      <Sysctls onError={setError} />
    </div>
  );
}

function useRun(onError: (e: string | undefined) => void) {
  const applyCommands = useAppStore((s) => s.applyCommands);
  return async (...commands: string[]) => onError((await applyCommands(commands)).error);
}

function LinkRow({ link, onError }: { link: LinkView; onError(e: string | undefined): void }) {
  const run = useRun(onError);
  const [addr, setAddr] = useState('');
  return (
    <li className="link-row" data-testid="link-row" data-link={link.name}>
      <div className="link-head">
        <strong>
          {link.ifindex}: {link.name}
        </strong>{' '}
        <span className="badge">{link.kind}</span>
        {link.peer && <span className="badge">peer {link.peer}</span>}
        {link.master && <span className="badge">master {link.master}</span>}
        <span className="badge">mtu {link.mtu}</span>
        {link.alias && <span className="badge">alias {link.alias}</span>}
        <span className={link.up ? 'state up' : 'state down'}>
          {link.up ? (link.carrier ? 'UP' : 'UP, no carrier') : 'DOWN'}
        </span>
        <button
          type="button"
          data-testid="link-toggle"
          onClick={() => void run(`ip link set ${link.name} ${link.up ? 'down' : 'up'}`)}
        >
          {link.up ? 'Set down' : 'Set up'}
        </button>
        {link.kind !== 'loopback' && (
          <button
            type="button"
            className="icon"
            aria-label={`Delete ${link.name}`}
            onClick={() => void run(`ip link del ${link.name}`)}
          >
            ✕
          </button>
        )}
      </div>
      <ul className="addrs">
        {link.addrs.map((a) => (
          <li key={a.text}>
            <code>{a.text}</code>
            {a.kernel ? (
              <span className="badge">kernel</span>
            ) : (
              <button
                type="button"
                className="icon"
                aria-label={`Remove ${a.text}`}
                onClick={() =>
                  void run(`ip ${a.family === 6 ? '-6 ' : ''}addr del ${a.text} dev ${link.name}`)
                }
              >
                ✕
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (addr.trim()) void run(addressAddCommand(link.name, addr));
        }}
      >
        <input
          aria-label={`Address for ${link.name}`}
          data-testid="link-addr"
          className="code"
          value={addr}
          placeholder="10.0.0.2/24 or 2001:db8::2/64"
          onChange={(e) => setAddr(e.target.value)}
        />
        <button type="submit" data-testid="link-addr-add">
          Add IPv{addressFamily(addr)} address
        </button>
      </form>
      <LinkSettings key={`${link.mtu}|${link.alias ?? ''}|${link.group}`} link={link} run={run} />
    </li>
  );
}

/** mtu, alias and group of one link, each set with its own `ip link set`. */
function LinkSettings({ link, run }: { link: LinkView; run(...commands: string[]): Promise<void> }) {
  const [mtu, setMtu] = useState(String(link.mtu));
  const [alias, setAlias] = useState(link.alias ?? '');
  const [group, setGroup] = useState(String(link.group));
  const settings = [
    { key: 'mtu', value: mtu, set: setMtu, command: linkMtuCommand(link.name, mtu) },
    { key: 'alias', value: alias, set: setAlias, command: linkAliasCommand(link.name, alias) },
    { key: 'group', value: group, set: setGroup, command: linkGroupCommand(link.name, group) },
  ];
  return (
    <div className="link-settings">
      {settings.map((x) => (
        <form
          key={x.key}
          className="inline-form"
          aria-label={`${x.key} of ${link.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void run(x.command);
          }}
        >
          <TextField
            label={x.key}
            testId={`link-${x.key}`}
            value={x.value}
            onChange={x.set}
            code={x.key !== 'alias'}
          />
          <button type="submit" data-testid={`link-set-${x.key}`} title={x.command}>
            Set
          </button>
        </form>
      ))}
    </div>
  );
}

function AddLink({ onError }: { onError(e: string | undefined): void }) {
  const run = useRun(onError);
  const [f, setF] = useState<LinkForm>(emptyLinkForm);
  const set = <K extends keyof LinkForm>(k: K, v: LinkForm[K]) => setF((x) => ({ ...x, [k]: v }));
  const command = linkAddCommand(f);
  return (
    <form
      className="link-form"
      data-testid="link-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (f.name.trim()) void run(command);
      }}
    >
      <h3>Add a link</h3>
      <div className="form-grid">
        <TextField
          label="name"
          testId="link-name"
          value={f.name}
          placeholder="eth1"
          onChange={(v) => set('name', v.trim())}
        />
        <SelectField
          label="type"
          testId="link-kind"
          value={f.kind}
          options={LINK_KINDS}
          onChange={(v) => set('kind', v)}
        />
        {f.kind === 'veth' && (
          <TextField
            label="peer name"
            testId="link-peer"
            value={f.peer}
            placeholder={`${f.name || 'NAME'}-p`}
            onChange={(v) => set('peer', v)}
          />
        )}
        {f.kind === 'vrf' && (
          <TextField
            label="vrf table"
            testId="link-vrf-table"
            value={f.vrfTable}
            placeholder="10"
            help="the table the VRF's l3mdev rule looks up"
            onChange={(v) => set('vrfTable', v)}
          />
        )}
      </div>
      <code className="preview" data-testid="link-command">
        {command}
      </code>
      <button type="submit" data-testid="link-submit">
        Add link
      </button>
    </form>
  );
}

function Sysctls({ onError }: { onError(e: string | undefined): void }) {
  const run = useRun(onError);
  const sysctls = useAppStore((s) => s.view?.sysctls ?? []);
  return (
    <section className="sysctls">
      <h3>sysctl</h3>
      <table>
        <tbody>
          {sysctls.map((s) => (
            <tr key={s.key} data-testid="sysctl" data-key={s.key}>
              <td>
                <code>{s.key}</code>
              </td>
              <td>
                <select
                  aria-label={s.key}
                  value={String(s.value)}
                  onChange={(e) => void run(`sysctl -w ${s.key}=${e.target.value}`)}
                >
                  {(s.key.endsWith('rp_filter') ? ['0', '1', '2'] : ['0', '1']).map((v) => (
                    <option key={v}>{v}</option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
