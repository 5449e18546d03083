/**
 * Import what a real machine prints into a scenario: `importMachineState(inputs)` takes texts
 * (pastes, snapshot files of scripts/rpdb-snapshot.sh, networkd / NetworkManager configuration)
 * and bytes (`ip rule save` / `ip route save` files) and returns the script that rebuilds the
 * machine plus warnings located by file, line and column (`{ verify: false }` skips the final
 * comparison of the rebuilt dumps with the input's). `isSnapshot` tells a snapshot file from a
 * script (for `rpdb run`); `isBinaryInput` tells bytes to pass as `bytes` rather than `text`.
 */
import { SNAPSHOT_MAGIC } from './detect-line';

export { importMachineState, isBinaryInput } from './import-machine';
export { SNAPSHOT_MAGIC };
export type { ImportOptions, ImportPhase } from './import-machine';
export type { ImportInput, ImportResult, ImportWarning, SourceLoc } from './types';

/** True when `text` is a snapshot file (its first line is the rpdb-snapshot header). */
export function isSnapshot(text: string): boolean {
  return text.startsWith(SNAPSHOT_MAGIC);
}

/** A warning as `FILE:LINE:COL: warning: MESSAGE`. */
export function formatWarning(w: { file: string; line: number; column: number; message: string }): string {
  return `${w.file}:${w.line}:${w.column}: warning: ${w.message}`;
}
