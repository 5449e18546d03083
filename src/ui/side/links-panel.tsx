/** Links (add, remove, up/down, group, addresses) and the routing sysctls, each edit an `ip`/`sysctl` command. */
import { useState } from 'react';
import type { LinkView } from '../../state/store';
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
  const [group, setGroup] = useState(String(link.group));
  return (
    <li className="link-row" data-testid="link-row" data-link={link.name}>
      <div className="link-head">
        <strong>
          {link.ifindex}: {link.name}
        </strong>{' '}
        <span className="badge">{link.kind}</span>
        {link.peer && <span className="badge">peer {link.peer}</span>}
        {link.master && <span className="badge">master {link.master}</span>}
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
          if (addr.trim()) void run(`ip addr add ${addr.trim()} dev ${link.name}`);
        }}
      >
        <input
          aria-label={`Address for ${link.name}`}
          value={addr}
          placeholder="10.0.0.2/24"
          onChange={(e) => setAddr(e.target.value)}
        />
        <button type="submit">Add address</button>
        <input
          aria-label={`Group of ${link.name}`}
          value={group}
          size={6}
          onChange={(e) => setGroup(e.target.value)}
        />
        <button type="button" onClick={() => void run(`ip link set ${link.name} group ${group.trim()}`)}>
          Set group
        </button>
      </form>
    </li>
  );
}

function AddLink({ onError }: { onError(e: string | undefined): void }) {
  const run = useRun(onError);
  const [name, setName] = useState('');
  const [kind, setKind] = useState('veth');
  const command =
    kind === 'veth'
      ? `ip link add ${name} type veth peer name ${name}-p`
      : kind === 'vrf'
        ? `ip link add ${name} type vrf table 10`
        : `ip link add ${name} type ${kind}`;
  return (
    <form
      className="inline-form"
      data-testid="link-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.trim()) void run(command);
      }}
    >
      <h3>Add a link</h3>
      <input
        aria-label="Link name"
        data-testid="link-name"
        value={name}
        placeholder="eth1"
        onChange={(e) => setName(e.target.value.trim())}
      />
      <select aria-label="Link type" value={kind} onChange={(e) => setKind(e.target.value)}>
        {['veth', 'dummy', 'bridge', 'vrf'].map((k) => (
          <option key={k}>{k}</option>
        ))}
      </select>
      <button type="submit">Add</button>
      <code className="preview">{command}</code>
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
