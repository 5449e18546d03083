/**
 * Keyboard control: Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) undo and redo everywhere, the script
 * editor included (its text is the history); outside text fields Space plays or pauses, ←/→
 * step, Home/End jump, +/- change the speed, P toggles presentation mode.
 */
import { useEffect } from 'react';
import { useAppStoreApi } from './store-context';

/** Installs the app's keyboard shortcuts on the window. */
export function useKeyboard(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        void (e.shiftKey ? s.redo() : s.undo());
        return;
      }
      if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        void s.redo();
        return;
      }
      const t = e.target as HTMLElement | null;
      if (mod || e.altKey || (t && /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) || t?.isContentEditable)
        return;
      const steps = s.trace?.trace.events.length ?? 0;
      switch (e.key) {
        case ' ':
          if (t?.tagName === 'BUTTON') return;
          e.preventDefault();
          s.setPlaying(!s.playing);
          break;
        case 'ArrowRight':
          e.preventDefault();
          s.stepBy(1);
          break;
        case 'ArrowLeft':
          e.preventDefault();
          s.stepBy(-1);
          break;
        case 'Home':
          s.setStep(0);
          break;
        case 'End':
          s.setStep(steps - 1);
          break;
        case '+':
        case '=':
          s.setSpeed(s.speed * 2);
          break;
        case '-':
          s.setSpeed(s.speed / 2);
          break;
        case 'p':
        case 'P':
          s.setPresentation(!s.presentation);
          break;
        case 'Escape':
          s.selectRule(null);
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
