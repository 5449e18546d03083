/** Play/pause, step back and forward, restart, speed. Keyboard: Space, ←/→, Home/End, +/-. */
import { selectSteps } from '../../state/trace-view';
import { useAppStore } from '../store-context';

const SPEEDS = [0.5, 1, 2, 4, 8, 16, 64];

/** The playback controls. */
export function TraceControls() {
  const playing = useAppStore((s) => s.playing);
  const step = useAppStore((s) => s.step);
  const speed = useAppStore((s) => s.speed);
  const n = useAppStore((s) => selectSteps(s).length);
  const setPlaying = useAppStore((s) => s.setPlaying);
  const stepBy = useAppStore((s) => s.stepBy);
  const setStep = useAppStore((s) => s.setStep);
  const setSpeed = useAppStore((s) => s.setSpeed);
  return (
    <div className="controls" role="toolbar" aria-label="Playback">
      <button
        type="button"
        data-testid="restart"
        onClick={() => setStep(0)}
        disabled={n === 0}
        aria-label="First step (Home)"
      >
        ⇤
      </button>
      <button
        type="button"
        data-testid="step-back"
        onClick={() => stepBy(-1)}
        disabled={step === 0}
        aria-label="Step back (←)"
      >
        ◀
      </button>
      <button
        type="button"
        data-testid="play"
        onClick={() => setPlaying(!playing)}
        disabled={n === 0}
        aria-label={playing ? 'Pause (Space)' : 'Play (Space)'}
      >
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button
        type="button"
        data-testid="step-forward"
        onClick={() => stepBy(1)}
        disabled={step >= n - 1}
        aria-label="Step forward (→)"
      >
        ▶
      </button>
      <button type="button" onClick={() => setStep(n - 1)} disabled={n === 0} aria-label="Last step (End)">
        ⇥
      </button>
      <span className="counter" data-testid="step-counter">
        {n ? `${step + 1}/${n}` : '0/0'}
      </span>
      <label>
        <span className="visually-hidden">Speed</span>
        <select data-testid="speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
