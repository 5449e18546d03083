/**
 * `rpdb import [--json] FILE...`: what real machines printed (pastes, snapshot files of
 * scripts/rpdb-snapshot.sh, `ip rule save` / `ip route save` files, networkd `.network` files,
 * NetworkManager keyfiles or `nmcli connection show` output) into the scenario script that
 * rebuilds the machine, on standard output; warnings on standard error as
 * `FILE:LINE:COL: warning: MESSAGE`. With --json, one object {script, warnings}. "-" reads
 * standard input. Exit status 0, or 2 when a file cannot be read.
 */
import { isAscii } from 'node:buffer';
import {
  formatWarning,
  importMachineState,
  isBinaryInput,
  isSnapshot,
  type ImportInput,
} from '../import/index';
import type { CliIo } from './main';
import { reportUnreadable } from './cli-errors';

/** The streams and readers `rpdb import` uses (readBytes, when given, reads binary save files). */
export type ImportIo = CliIo;

/** Replaces a snapshot file's text by its imported script (warnings to stderr); other text is returned as is. */
export function scriptOfRunInput(io: CliIo, name: string, text: string): string {
  if (!isSnapshot(text)) return text;
  const r = importMachineState([{ name: name === '-' ? 'stdin' : name, text }]);
  for (const w of r.warnings) io.stderr(`${formatWarning(w)}\n`);
  return r.script;
}

function readInput(io: ImportIo, path: string): ImportInput {
  const name = path === '-' ? 'stdin' : path;
  if (!io.readBytes) return { name, text: io.readScript(path) };
  const bytes = io.readBytes(path);
  if (isBinaryInput(bytes)) return { name, bytes };
  // ASCII reads the same in latin1, which decodes faster than UTF-8 (as `rpdb run` reads scripts).
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { name, text: isAscii(buf) ? buf.toString('latin1') : buf.toString('utf8') };
}

/** `rpdb import`. */
export function importCommand(io: ImportIo, args: string[]): number {
  let json = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a.startsWith('-') && a !== '-') {
      io.stderr(`rpdb: unknown option "${a}"\nTry 'rpdb --help' for more information.\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.stderr(`rpdb: missing FILE (or - for standard input)\nTry 'rpdb --help' for more information.\n`);
    return 2;
  }
  const inputs: ImportInput[] = [];
  for (const f of files) {
    try {
      inputs.push(readInput(io, f));
    } catch (e) {
      reportUnreadable(io, f, e);
      return 2;
    }
  }
  const r = importMachineState(inputs);
  if (json) {
    io.stdout(`${JSON.stringify(r, null, 2)}\n`);
    return 0;
  }
  io.stdout(r.script);
  for (const w of r.warnings) io.stderr(`${formatWarning(w)}\n`);
  return 0;
}
