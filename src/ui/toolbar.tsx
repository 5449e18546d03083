/** The top bar: example picker, undo/redo, share, theme and presentation mode. */
import { useState } from 'react';
import { EXAMPLES, findExample } from '../scenario/examples/index';
import { COMFORTABLE_LINK_CHARS } from '../scenario/share/share-link';
import { OpenCaptureButton } from './capture/capture-open';
import { MachineButtons } from './machine/machine-buttons';
import { useAppStore } from './store-context';

/** The toolbar and the current example's introduction. */
export function Toolbar() {
  const exampleId = useAppStore((s) => s.exampleId);
  const loadExample = useAppStore((s) => s.loadExample);
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const presentation = useAppStore((s) => s.presentation);
  const setPresentation = useAppStore((s) => s.setPresentation);
  const example = exampleId ? findExample(exampleId) : undefined;
  return (
    <header className="toolbar">
      <div className="toolbar-row">
        <h1>RPDB Lab</h1>
        <label className="example-picker">
          <span className="visually-hidden">Example</span>
          <select
            data-testid="example"
            value={exampleId ?? ''}
            onChange={(e) => e.target.value && void loadExample(e.target.value)}
          >
            <option value="">Your scenario</option>
            {EXAMPLES.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="undo"
          disabled={!canUndo}
          onClick={() => void undo()}
          title="Undo (Ctrl+Z)"
        >
          ↶ Undo
        </button>
        <button
          type="button"
          data-testid="redo"
          disabled={!canRedo}
          onClick={() => void redo()}
          title="Redo (Ctrl+Shift+Z)"
        >
          ↷ Redo
        </button>
        <ShareButton />
        <DownloadButton />
        <OpenCaptureButton />
        <MachineButtons />
        <span className="spacer" />
        <button
          type="button"
          data-testid="theme"
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
        <button
          type="button"
          data-testid="presentation"
          aria-pressed={presentation}
          onClick={() => setPresentation(!presentation)}
          title="Large type for a projector (P)"
        >
          Present
        </button>
      </div>
      <div className="intro" data-testid="intro">
        {example ? (
          <>
            <p className="example-title">{example.title}</p>
            <p className="example-description">{example.description}</p>
            <p className="example-lesson">
              <strong>Lesson:</strong> {example.lesson}
            </p>
          </>
        ) : (
          <p className="example-description">Your own scenario: edit the rules, the script or the packet.</p>
        )}
      </div>
    </header>
  );
}

/** "Copy link": the fragment link to the clipboard, and shown for copying by hand. */
function ShareButton() {
  const shareFragment = useAppStore((s) => s.shareFragment);
  const setNotice = useAppStore((s) => s.setNotice);
  const [url, setUrl] = useState('');
  const copy = async () => {
    const link = `${location.origin}${location.pathname}${shareFragment()}`;
    setUrl(link);
    const long = link.length > COMFORTABLE_LINK_CHARS;
    try {
      await navigator.clipboard.writeText(link);
      setNotice({
        kind: 'info',
        text: `Link copied (${link.length} characters${long ? '; chat apps may cut links this long' : ''}).`,
      });
    } catch {
      setNotice({ kind: 'info', text: `Copy the link from the box (${link.length} characters).` });
    }
  };
  return (
    <span className="share">
      <button type="button" data-testid="share" onClick={() => void copy()}>
        Copy link
      </button>
      <input
        data-testid="share-url"
        aria-label="Share link"
        readOnly
        value={url}
        placeholder="link appears here"
        onFocus={(e) => e.target.select()}
      />
    </span>
  );
}

/** Saves the script as a file: the way to share scenarios too large for a link. */
function DownloadButton() {
  const script = useAppStore((s) => s.script);
  return (
    <button
      type="button"
      data-testid="download"
      title="Save the script as a file (for scenarios too large for a link)"
      onClick={() => {
        const url = URL.createObjectURL(new Blob([script], { type: 'text/plain' }));
        const a = document.createElement('a');
        a.href = url;
        a.download = 'scenario.rpdb.sh';
        a.click();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      }}
    >
      Save file
    </button>
  );
}
