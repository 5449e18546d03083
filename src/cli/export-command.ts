/**
 * `rpdb export [--format script|rule-save|route-save] [--netns NAME] [-4|-6] [--table ID|all]
 * [--output FILE] SCRIPT|-`: runs the scenario script on a fresh simulated machine and writes it
 * out as a script to apply to a real machine (optionally inside a fresh network namespace), or
 * as the binary file of `ip rule save` / `ip route save` that `ip rule restore` / `ip route
 * restore` load. Like ip(8), binary output is never sent to a terminal.
 */
import { writeFileSync } from 'node:fs';
import {
  EXPORT_FORMATS,
  exportScenario,
  type ExportFormat,
  type ExportOptions,
} from '../scenario/export-scenario';
import { createSession, runScript } from '../scenario/run-script';
import type { CliIo } from './main';
import { readScriptOrReport, usageError } from './cli-errors';

/** CliIo plus the byte sink binary formats write to (standard output by default). */
export interface ExportIo extends CliIo {
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** Whether standard output is a terminal (binary output is then refused). */
  stdoutIsTty?: boolean;
  writeFile?: (path: string, data: Uint8Array | string) => void;
}

interface ExportArgs {
  opts: ExportOptions;
  output?: string;
  script: string;
}

/** Parses the arguments; a number is the exit status of a usage error (already printed). */
export function parseExportArgs(io: CliIo, args: string[]): ExportArgs | number {
  const files: string[] = [];
  const opts: ExportOptions = { format: 'script' };
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const value = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : args[++i]);
    if (flag === '-4' || flag === '-6') opts.family = flag === '-4' ? 4 : 6;
    else if (
      flag === '--format' ||
      flag === '--netns' ||
      flag === '--table' ||
      flag === '--output' ||
      flag === '-o'
    ) {
      const v = value();
      if (v === undefined) return usageError(io, `option "${flag}" needs a value`);
      if (flag === '--format') {
        if (!EXPORT_FORMATS.includes(v as ExportFormat))
          return usageError(io, `unknown format "${v}" (script, rule-save or route-save)`);
        opts.format = v as ExportFormat;
      } else if (flag === '--netns') opts.netns = v;
      else if (flag === '--table') {
        if (v !== 'all' && !/^(0x[0-9a-fA-F]+|\d+)$/.test(v))
          return usageError(io, `invalid table "${v}" (a number or all)`);
        opts.table = v === 'all' ? 'all' : Number(v);
      } else output = v;
    } else if (a.startsWith('-') && a !== '-') return usageError(io, `unknown option "${a}"`);
    else files.push(a);
  }
  if (files.length !== 1)
    return usageError(
      io,
      files.length === 0
        ? 'missing script FILE (or - for standard input)'
        : 'only one script FILE may be given',
    );
  return { opts, output, script: files[0] };
}

/** `rpdb export`: exit status 0, 1 when the export is impossible, 2 for usage errors. */
export function cmdExport(io: ExportIo, args: string[]): number {
  const parsed = parseExportArgs(io, args);
  if (typeof parsed === 'number') return parsed;
  const text = readScriptOrReport(io, parsed.script);
  if (text === null) return 2;
  const session = createSession();
  const failed = runScript(text, session).filter((r) => r.status !== 0);
  for (const r of failed)
    io.stderr(`rpdb: warning: line ${r.line} failed and changed nothing: ${r.command}\n`);
  const file = exportScenario(session, parsed.opts);
  if (!file.ok) {
    io.stderr(`rpdb: ${file.error}\n`);
    return 1;
  }
  const data = file.bytes ?? file.text;
  if (parsed.output !== undefined) {
    (io.writeFile ?? writeFileSync)(parsed.output, data);
    return 0;
  }
  if (file.text !== undefined) {
    io.stdout(file.text);
    return 0;
  }
  // save_rule_prep / save_route_prep refuse a terminal with these words.
  if (io.stdoutIsTty ?? process.stdout.isTTY) {
    io.stderr('Not sending a binary stream to stdout\n');
    return 1;
  }
  (io.stdoutBytes ?? ((b) => void process.stdout.write(b)))(file.bytes);
  return 0;
}
