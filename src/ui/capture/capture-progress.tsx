/** The reading progress: packets and bytes done, a bar, and Cancel while the worker reads. */
import { useCaptureStore } from './capture-context';

const mb = (n: number) => (n / 1e6).toFixed(1);

/** Progress bar and cancel button (shown while reading), else how the last read ended. */
export function CaptureProgress() {
  const status = useCaptureStore((s) => s.status);
  const progress = useCaptureStore((s) => s.progress);
  const result = useCaptureStore((s) => s.result);
  const cancel = useCaptureStore((s) => s.cancel);
  if (status === 'reading') {
    const done = progress?.bytes ?? 0;
    const total = progress?.totalBytes ?? 0;
    return (
      <div className="capture-progress" role="status">
        <progress
          data-testid="capture-progress"
          max={total || 1}
          value={done}
          aria-label="Reading the capture"
        />
        <span data-testid="capture-progress-text">
          {(progress?.packets ?? 0).toLocaleString('en')} packets, {mb(done)} of {mb(total)} MB
        </span>
        <button type="button" data-testid="capture-cancel" onClick={() => void cancel()}>
          Cancel
        </button>
      </div>
    );
  }
  if (!result) return null;
  const rate = result.ms > 0 ? Math.round((result.packets / result.ms) * 1000) : 0;
  return (
    <div
      className={`capture-progress ended ${status}`}
      data-testid="capture-status"
      data-state={result.state}
      data-packets={result.packets}
      data-bytes={result.bytes}
      data-ms={Math.round(result.ms)}
    >
      {status === 'cancelled' &&
        `Cancelled: ${result.packets.toLocaleString('en')} packets read (${mb(result.bytes)} MB). `}
      {status === 'done' &&
        `${result.packets.toLocaleString('en')} packets (${result.format ?? ''}, ${mb(result.bytes)} MB) in ${(result.ms / 1000).toFixed(2)} s, ${rate.toLocaleString('en')} packets/s. `}
      {status === 'error' && (
        <span className="error" data-testid="capture-error">
          {result.packets.toLocaleString('en')} packets read, then: {result.error}
        </span>
      )}
    </div>
  );
}
