/**
 * Crafting a packet: where it comes from (this host, or arriving on a link), its addresses and
 * the other keys a rule can test. The result is `ip route get` arguments, added to the script
 * as a probe, so the answer is the kernel's.
 */
import { useState } from 'react';
import { useAppStore } from '../store-context';

/** The packet fields, as `ip route get` words. */
export interface PacketForm {
  origin: 'local' | 'arriving';
  dst: string;
  from: string;
  iif: string;
  oif: string;
  uid: string;
  mark: string;
  ipproto: string;
  sport: string;
  dport: string;
  dsfield: string;
  flowlabel: string;
}

/** `ip route get` arguments for a packet form. */
export function packetArgs(f: PacketForm): string {
  const w = [f.dst.trim()];
  const opt = (k: string, v: string) => v.trim() && w.push(k, v.trim());
  opt('from', f.from);
  if (f.origin === 'arriving') opt('iif', f.iif);
  else {
    opt('oif', f.oif);
    opt('uid', f.uid);
  }
  opt('mark', f.mark);
  opt('ipproto', f.ipproto);
  opt('sport', f.sport);
  opt('dport', f.dport);
  opt('dsfield', f.dsfield);
  opt('flowlabel', f.flowlabel);
  return w.join(' ');
}

const EMPTY: PacketForm = {
  origin: 'local',
  dst: '',
  from: '',
  iif: '',
  oif: '',
  uid: '',
  mark: '',
  ipproto: '',
  sport: '',
  dport: '',
  dsfield: '',
  flowlabel: '',
};

/** The packet form. */
export function ProbeForm() {
  const [f, setF] = useState<PacketForm>(EMPTY);
  const selectProbeArgs = useAppStore((s) => s.selectProbeArgs);
  const links = useAppStore((s) => s.view?.links);
  const set = (k: keyof PacketForm, v: string) => setF((x) => ({ ...x, [k]: v }));
  const field = (k: keyof PacketForm, label: string, placeholder: string, list?: string) => (
    <label>
      {label}
      <input
        data-testid={`packet-${k}`}
        value={f[k]}
        placeholder={placeholder}
        list={list}
        onChange={(e) => set(k, e.target.value)}
      />
    </label>
  );
  return (
    <form
      className="probe-form"
      data-testid="probe-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (f.dst.trim()) void selectProbeArgs(packetArgs(f));
      }}
    >
      <fieldset>
        <legend>Craft a packet</legend>
        <div className="origin" role="radiogroup" aria-label="Origin">
          <label className="check">
            <input
              type="radio"
              name="origin"
              checked={f.origin === 'local'}
              onChange={() => set('origin', 'local')}
            />{' '}
            sent by this host
          </label>
          <label className="check">
            <input
              type="radio"
              name="origin"
              data-testid="packet-arriving"
              checked={f.origin === 'arriving'}
              onChange={() => set('origin', 'arriving')}
            />{' '}
            arriving on a link
          </label>
        </div>
        <div className="form-grid">
          {field('dst', 'destination', '192.0.2.25 or 2001:db8::1')}
          {field('from', f.origin === 'local' ? 'bound source' : 'source', '10.0.0.2')}
          {f.origin === 'arriving'
            ? field('iif', 'iif', 'eth0', 'link-names')
            : field('oif', 'oif', 'wg0', 'link-names')}
          {f.origin === 'local' && field('uid', 'uid', '1000')}
          {field('mark', 'fwmark', '0x1')}
          {field('ipproto', 'ipproto', 'tcp')}
          {field('sport', 'sport', '40000')}
          {field('dport', 'dport', '25')}
          {field('dsfield', 'tos/dscp', '0x10')}
          {field('flowlabel', 'flowlabel', '0x12345')}
        </div>
        <datalist id="link-names">
          {links?.map((l) => (
            <option key={l.ifindex} value={l.name} />
          ))}
        </datalist>
        <code className="preview" data-testid="packet-command">
          ip route get {packetArgs(f)}
        </code>
        <button type="submit" data-testid="packet-submit" disabled={!f.dst.trim()}>
          Send it
        </button>
      </fieldset>
    </form>
  );
}
