/**
 * Export: the scenario as a script, as a script that applies it inside a fresh network
 * namespace, and as `ip rule save` / `ip route save` binaries for `ip rule/route restore`.
 * The worker makes the file; the page saves it as a Blob download (nothing is sent anywhere).
 */
import { useState } from 'react';
import type { ExportKind } from '../../state/machine-store';
import { downloadFile } from './download';
import { useMachineStore } from './machine-context';

const KINDS: { kind: ExportKind; label: string; how: string }[] = [
  { kind: 'script', label: 'Script', how: 'sh scenario.sh  (changes this machine)' },
  { kind: 'netns', label: 'Script in a new namespace', how: 'sh NAME.sh  (creates netns NAME; your machine is untouched)' },
  { kind: 'rule-save', label: 'ip rule save (IPv4)', how: 'ip rule restore < rules.save' },
  { kind: 'rule6-save', label: 'ip -6 rule save', how: 'ip -6 rule restore < rules6.save' },
  { kind: 'route-save', label: 'ip route save', how: 'ip route restore < routes.save' },
];

/** One button per format, and the namespace name for the namespace script. */
export function ExportPanel() {
  const exportAs = useMachineStore((s) => s.exportAs);
  const [netns, setNetns] = useState('rpdb-try');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async (kind: ExportKind) => {
    const r = await exportAs(kind, kind === 'netns' ? netns : undefined);
    if (!r.ok) return setStatus({ ok: false, text: r.error });
    downloadFile(r.filename, r.bytes ?? r.text ?? '', r.mime);
    setStatus({ ok: true, text: `Saved ${r.filename}.` });
  };
  return (
    <div className="um-export">
      <ul className="um-export-list">
        {KINDS.map((k) => (
          <li key={k.kind}>
            <button type="button" data-testid={`export-${k.kind}`} onClick={() => void save(k.kind)}>
              {k.label}
            </button>
            {k.kind === 'netns' && (
              <label>
                {' '}
                name{' '}
                <input data-testid="export-netns-name" value={netns} size={12} onChange={(e) => setNetns(e.target.value)} />
              </label>
            )}{' '}
            <code className="hint">{k.how}</code>
          </li>
        ))}
      </ul>
      {status && (
        <p className={status.ok ? 'hint' : 'um-error'} data-testid="export-status" role="status">
          {status.text}
        </p>
      )}
    </div>
  );
}
