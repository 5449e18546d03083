/** The trace animation's part of the store: the current step, playing or not, and the speed. */
import type { AppState } from './app-state';

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

/** The playback state and actions; steps are clamped to the selected probe's trace. */
export function createPlaybackSlice(set: Set, get: Get) {
  const last = () => Math.max(0, (get().trace?.trace.events.length ?? 1) - 1);
  return {
    step: 0,
    playing: false,
    speed: 2,
    setStep(step: number) {
      set({ step: Math.max(0, Math.min(last(), step)) });
    },
    stepBy(delta: number) {
      get().setStep(get().step + delta);
      set({ playing: false });
    },
    setPlaying(playing: boolean) {
      // Playing from the last step starts over.
      if (playing && get().step >= last()) set({ step: 0 });
      set({ playing });
    },
    setSpeed(speed: number) {
      set({ speed: Math.max(0.25, Math.min(64, speed)) });
    },
  };
}
