/** A one-line message under the toolbar: a broken link, a copied link, an undo hint. */
import { useAppStore } from './store-context';

/** The current notice, dismissible. */
export function Notice() {
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  if (!notice) return <div className="notice-slot" />;
  return (
    <div className="notice-slot">
      <p
        className={`notice ${notice.kind}`}
        role={notice.kind === 'error' ? 'alert' : 'status'}
        data-testid="notice"
      >
        {notice.text}{' '}
        <button type="button" className="link" onClick={() => setNotice(null)} aria-label="Dismiss">
          ✕
        </button>
      </p>
    </div>
  );
}
