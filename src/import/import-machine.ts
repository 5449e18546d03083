/**
 * importMachineState: what a machine printed (pasted text, snapshot files, `ip rule save` /
 * `ip route save` binaries, networkd and NetworkManager configuration) into a scenario script
 * that rebuilds it, with located warnings for everything the script does not rebuild as shown.
 */
import { buildScript } from './build-script';
import { collectBlock } from './collect-state';
import { emptyState } from './machine-state';
import { Replay } from './replay';
import { decodeUtf8 } from '../scenario/share/utf8';
import { decodeRouteSave, decodeRuleSave, detectSaveFile } from './save-format/index';
import { splitBlocks } from './split-blocks';
import type { ImportInput, ImportResult } from './types';
import { at, Warnings } from './warnings';

/** True when `bytes` are text (no NUL byte in the first 4 KiB). */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return false;
  return true;
}

/** True when `bytes` are an `ip rule save` / `ip route save` file or other binary data, not text. */
export function isBinaryInput(bytes: Uint8Array): boolean {
  return !looksLikeText(bytes) || detectSaveFile(bytes) !== null;
}

/** Latin-1 text of `bytes`, built in chunks. */
function latin1(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192)
    parts.push(String.fromCharCode(...bytes.subarray(i, i + 8192)));
  return parts.join('');
}

/** Options of importMachineState. */
export interface ImportOptions {
  /**
   * Compare the rebuilt machine's rule and route dumps with the input's and warn about every
   * difference (default true; costs one dump of every table).
   */
  verify?: boolean;
  /**
   * Called as each phase ends: reading the inputs, building the script on the simulated machine,
   * the check against the dumps (when verify is on), joining the script text. For benchmarks.
   */
  onPhaseEnd?: (phase: ImportPhase) => void;
}

/** The phases of an import, in order. */
export type ImportPhase = 'parse' | 'build' | 'check' | 'script';

/** Imports `inputs` (in order) into one script; never throws on bad input. */
export function importMachineState(inputs: ImportInput[], options: ImportOptions = {}): ImportResult {
  const warnings = new Warnings();
  const state = emptyState();
  const binaries: { name: string; bytes: Uint8Array }[] = [];
  for (const input of inputs) {
    let text = input.text;
    if (text === undefined && input.bytes) {
      if (isBinaryInput(input.bytes)) {
        binaries.push({ name: input.name, bytes: input.bytes });
        continue;
      }
      const decoded = decodeUtf8(input.bytes);
      if (decoded === null) warnings.add(at(input.name, 1), 'not valid UTF-8: read as Latin-1');
      text = decoded ?? latin1(input.bytes);
    }
    for (const b of splitBlocks(input.name, text ?? '', warnings)) collectBlock(state, b, warnings);
  }
  const phase = options.onPhaseEnd ?? (() => {});
  phase('parse');
  const replay = new Replay(warnings);
  replay.comment(`imported by rpdb from ${inputs.map((i) => i.name).join(', ') || 'nothing'}`);
  buildScript(
    state,
    replay,
    warnings,
    () => {
      for (const bin of binaries) importSaveFile(bin.name, bin.bytes, replay, warnings);
    },
    options.verify ?? true,
    () => phase('build'),
  );
  if (options.verify ?? true) phase('check');
  const lines = replay.lines;
  const script = lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  phase('script');
  return { script, warnings: warnings.sorted(inputs.map((i) => i.name)) };
}

/** Adds the commands of an `ip rule save` / `ip route save` file (decoded by ./save-format). */
function importSaveFile(name: string, bytes: Uint8Array, replay: Replay, warnings: Warnings): void {
  const kind = detectSaveFile(bytes);
  if (!kind) {
    warnings.add(
      at(name, 1),
      'binary file that is neither `ip rule save` nor `ip route save` output: left out',
    );
    return;
  }
  const decoded =
    kind === 'rule-save'
      ? decodeRuleSave(bytes, { base: replay.session })
      : decodeRouteSave(bytes, { base: replay.session });
  // Byte offsets are given as "line 1, column offset+1": a binary file has no lines.
  if (decoded.error) {
    const e = decoded.error;
    warnings.add(
      at(name, 1, e.offset + 1),
      `${kind === 'rule-save' ? 'ip rule save' : 'ip route save'} file, message ${e.message}: ${e.text}`,
    );
  }
  for (const w of decoded.warnings)
    warnings.add(at(name, 1, w.offset + 1), `message ${w.message}: ${w.text}`);
  replay.comment(`${decoded.messages.length} ${kind === 'rule-save' ? 'rules' : 'routes'} from ${name}`);
  for (const line of decoded.commands.split('\n'))
    if (line.trim() && !line.startsWith('#')) replay.emit(line, at(name, 1));
}
