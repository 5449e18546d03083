/**
 * The scenario as script text: a textarea over a highlighted copy of its lines, a gutter that
 * marks the lines whose command failed, and the list of those errors with their line numbers.
 * Pasting a transcript strips its `$ `/`# ` prompts. Edits run after a short pause (Ctrl+Enter
 * runs at once); Ctrl+Z/Ctrl+Shift+Z walk the script's versions.
 */
import { useMemo, useRef } from 'react';
import { stripPrompts } from '../../state/prompts';
import { isProbe } from '../../state/store';
import { useAppStore } from '../store-context';
import { tokenizeLine } from './highlight';

/** The script editor. */
export function ScriptPanel() {
  const script = useAppStore((s) => s.script);
  const setScript = useAppStore((s) => s.setScript);
  const run = useAppStore((s) => s.run);
  const records = useAppStore((s) => s.view?.records);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const backRef = useRef<HTMLPreElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => script.split('\n'), [script]);
  const failed = useMemo(
    () =>
      new Map((records ?? []).filter((r) => r.status !== 0 && !isProbe(r.command)).map((r) => [r.line, r])),
    [records],
  );

  const goToLine = (line: number) => {
    const area = areaRef.current;
    if (!area) return;
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  };

  return (
    <div className="script-panel">
      <div className="editor">
        <div ref={gutterRef} className="gutter" aria-hidden="true">
          {lines.map((_, i) => (
            <div key={i} className={failed.has(i + 1) ? 'gl err' : 'gl'}>
              {i + 1}
            </div>
          ))}
        </div>
        <div className="code-wrap">
          <pre ref={backRef} className="highlight" aria-hidden="true">
            {lines.map((l, i) => (
              <div key={i} className={failed.has(i + 1) ? 'hl err' : 'hl'}>
                {tokenizeLine(l).map((t, j) => (
                  <span key={j} className={`tok-${t.kind}`}>
                    {t.text}
                  </span>
                ))}
                {'\n'}
              </div>
            ))}
          </pre>
          <textarea
            ref={areaRef}
            data-testid="script"
            aria-label="Script"
            spellCheck={false}
            wrap="off"
            value={script}
            onChange={(e) => setScript(e.target.value)}
            onScroll={(e) => {
              const t = e.currentTarget;
              if (backRef.current) {
                backRef.current.scrollTop = t.scrollTop;
                backRef.current.scrollLeft = t.scrollLeft;
              }
              if (gutterRef.current) gutterRef.current.scrollTop = t.scrollTop;
            }}
            onPaste={(e) => {
              const text = e.clipboardData.getData('text/plain');
              const clean = stripPrompts(text);
              if (clean === text) return;
              e.preventDefault();
              const t = e.currentTarget;
              setScript(t.value.slice(0, t.selectionStart) + clean + t.value.slice(t.selectionEnd));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void run();
              }
            }}
          />
        </div>
      </div>
      <div className="script-actions">
        <button type="button" data-testid="run" onClick={() => void run()}>
          Run (Ctrl+Enter)
        </button>
        <span className="hint">
          Paste a transcript: <code>$ </code> and <code># </code> prompts are removed.
        </span>
      </div>
      <ul className="script-errors" data-testid="script-errors">
        {[...failed.values()].map((r) => (
          <li key={r.line} data-testid="script-error" data-line={r.line}>
            <button type="button" className="link" onClick={() => goToLine(r.line)}>
              line {r.line}
            </button>
            : <code>{r.stderr.trim() || `exit status ${r.status}`}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
