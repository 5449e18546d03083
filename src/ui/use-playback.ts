/** Advances the trace animation while playing, `speed` steps per second; stops at the last step. */
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from './store-context';

/** Runs the playback clock. */
export function usePlayback(): void {
  const store = useAppStoreApi();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      const s = store.getState();
      const last = (s.trace?.trace.events.length ?? 1) - 1;
      if (s.step >= last) s.setPlaying(false);
      else s.setStep(s.step + 1);
    }, 1000 / speed);
    return () => clearInterval(id);
  }, [store, playing, speed]);
}
