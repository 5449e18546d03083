/**
 * Import a machine: paste (or drop files of) what it prints — a snapshot of
 * scripts/rpdb-snapshot.sh, `ip rule show`, `ip route show table all`, their JSON forms, binary
 * `ip rule save` / `ip route save` files, networkd and NetworkManager rule configuration. The
 * preview shows the script and every located warning (click: the place in the input); the
 * scenario changes only when the import is accepted, as one undoable edit.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { formatWarning } from '../../import/index';
import { PASTE, type ImportWarning } from '../../state/machine-store';
// The shipped snapshot script is a product asset (not a test or build script): bundled as text.
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- see the line above
import snapshotScript from '../../../scripts/rpdb-snapshot.sh?raw';
import { downloadFile } from './download';
import { filesToInputs, offsetOf } from './import-files';
import { useMachineStore, useMachineStoreApi } from './machine-context';

function SnapshotOffer() {
  return (
    <p className="um-snapshot" data-testid="snapshot-offer">
      On the machine, run{' '}
      <button
        type="button"
        className="link"
        data-testid="snapshot-download"
        onClick={() => downloadFile('rpdb-snapshot.sh', snapshotScript, 'text/x-shellscript')}
      >
        rpdb-snapshot.sh
      </button>{' '}
      (reads only; needs iproute2 and sysctl): <code>sh rpdb-snapshot.sh &gt; snapshot.txt</code>, then paste
      or drop <code>snapshot.txt</code> here.
    </p>
  );
}

/** The import area, its inputs, and the preview with warnings. */
export function ImportPanel() {
  const inputs = useMachineStore((s) => s.inputs);
  const imported = useMachineStore((s) => s.imported);
  const importing = useMachineStore((s) => s.importing);
  const m = useMachineStoreApi().getState();
  const [shown, setShown] = useState(PASTE);
  const [jump, setJump] = useState<ImportWarning | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const current = inputs.find((i) => i.name === shown) ?? inputs[0];

  useEffect(() => {
    const t = area.current;
    if (!jump || !t || current.name !== jump.file) return;
    const start = offsetOf(t.value, jump.line, jump.column);
    const nl = t.value.indexOf('\n', start);
    t.focus();
    t.setSelectionRange(start, nl < 0 ? t.value.length : nl);
    const lineHeight = parseFloat(getComputedStyle(t).lineHeight) || 16;
    t.scrollTop = Math.max(0, (jump.line - 3) * lineHeight);
    setJump(null);
  }, [jump, current.name]);

  const drop = async (e: DragEvent) => {
    if (!e.dataTransfer.files.length) return;
    e.preventDefault();
    e.stopPropagation(); // not a capture file: keep it from the page's capture drop
    const files = await filesToInputs([...e.dataTransfer.files]);
    m.addFiles(files);
    if (files[0]) setShown(files[0].name);
  };

  return (
    <div
      className="um-import"
      data-testid="import-drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => void drop(e)}
    >
      <SnapshotOffer />
      <div className="um-inputs" role="tablist">
        {inputs.map((i) => (
          <span key={i.name} className="um-input-tab">
            <button
              type="button"
              role="tab"
              aria-selected={i.name === current.name}
              data-testid="import-input"
              onClick={() => setShown(i.name)}
            >
              {i.name}
              {i.bytes ? ` (binary, ${i.bytes.length} bytes)` : ''}
            </button>
            {i.name !== PASTE && (
              <button type="button" className="icon" aria-label={`Remove ${i.name}`} onClick={() => m.removeInput(i.name)}>
                ✕
              </button>
            )}
          </span>
        ))}
        <label className="um-file-pick">
          Add files…{' '}
          <input
            type="file"
            multiple
            data-testid="import-files"
            onChange={(e) => void filesToInputs([...(e.target.files ?? [])]).then(m.addFiles)}
          />
        </label>
      </div>
      {current.bytes ? (
        <p className="hint">A binary file ({current.bytes.length} bytes): read as an ip rule/route save file.</p>
      ) : (
        <textarea
          ref={area}
          data-testid="import-text"
          className="um-import-text"
          spellCheck={false}
          placeholder="Paste what the machine prints: the snapshot, or ip rule show, ip route show table all, ip -j …, sysctl lines, networkd or NetworkManager rules"
          value={current.text ?? ''}
          readOnly={current.name !== PASTE}
          onChange={(e) => m.setPaste(e.target.value)}
        />
      )}
      <p>
        <button type="button" data-testid="import-run" disabled={importing} onClick={() => void m.runImport()}>
          {importing ? 'Importing…' : 'Import'}
        </button>
      </p>
      {imported && (
        <div className="um-preview" data-testid="import-preview">
          <h3>
            {imported.warnings.length} warning{imported.warnings.length === 1 ? '' : 's'}
          </h3>
          <ul className="um-warnings" data-testid="import-warnings">
            {imported.warnings.map((w, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="link"
                  data-testid="import-warning"
                  onClick={() => {
                    setShown(w.file);
                    setJump({ ...w });
                  }}
                >
                  <code>{formatWarning(w)}</code>
                </button>
              </li>
            ))}
          </ul>
          <h3>The scenario it builds</h3>
          <pre className="um-script" data-testid="import-script">
            {imported.script}
          </pre>
          <p>
            <button type="button" data-testid="import-accept" onClick={() => void m.acceptImport()}>
              Use this scenario
            </button>{' '}
            <button type="button" data-testid="import-discard" onClick={m.discardImport}>
              Discard
            </button>{' '}
            <span className="hint">Your current scenario stays until you accept; undo brings it back.</span>
          </p>
        </div>
      )}
    </div>
  );
}
