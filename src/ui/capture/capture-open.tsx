/**
 * Ways in: the toolbar's "Open capture" button (a file picker) and dropping a file anywhere on
 * the app. The File goes to the worker as a handle; its bytes are read there, slice by slice.
 */
import { useEffect, useRef } from 'react';
import { useCaptureStoreApi } from './capture-context';

/** Scrolls the capture panel into view (after a file was chosen). */
function reveal(): void {
  document.getElementById('capture')?.scrollIntoView({ block: 'start' });
}

/** The toolbar button and its hidden file input. */
export function OpenCaptureButton() {
  const capture = useCaptureStoreApi();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        data-testid="open-capture"
        title="Read a pcap or pcapng file (or drop one on the app)"
        onClick={() => input.current?.click()}
      >
        Open capture
      </button>
      <input
        ref={input}
        type="file"
        accept=".pcap,.pcapng,.cap,application/vnd.tcpdump.pcap"
        data-testid="capture-file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label="Capture file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) {
            void capture.getState().open(f, f.name);
            setTimeout(reveal, 0);
          }
        }}
      />
    </>
  );
}

/** Accepts a capture file dropped anywhere on the page (the script box keeps text drops). */
export function useCaptureDrop(): void {
  const capture = useCaptureStoreApi();
  useEffect(() => {
    const hasFile = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent) => {
      if (hasFile(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const f = e.dataTransfer?.files?.[0];
      if (!f) return;
      e.preventDefault();
      void capture.getState().open(f, f.name);
      setTimeout(reveal, 0);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [capture]);
}
