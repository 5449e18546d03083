/**
 * Advances the trace animation while playing, `speed` steps per second, stopping at the last step.
 * The clock is requestAnimationFrame: at most one step change (one render) per frame, and when
 * the speed outruns the display a frame takes the steps it owes at once.
 */
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from './store-context';

/** Runs the playback clock. */
export function usePlayback(): void {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    let raf = 0;
    let last = performance.now();
    let owed = 0;
    const tick = (now: number) => {
      owed += ((now - last) * speed) / 1000;
      last = now;
      if (owed >= 1) {
        const n = Math.floor(owed);
        owed -= n;
        const s = store.getState();
        const end = (s.trace?.trace.events.length ?? 1) - 1;
        if (s.step >= end) {
          s.setPlaying(false);
          return;
        }
        s.setStep(Math.min(end, s.step + n));
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [store, playing, speed]);
}
