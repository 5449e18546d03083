/**
 * The `rpdb` command: `rpdb run [--json] FILE|-` replays a scenario script against a fresh
 * simulated machine, `rpdb trace [--json] FILE|- -- ROUTE-GET-ARGS` explains one `ip route get`
 * after the script. bin/rpdb.mjs calls main() from the bundle that scripts/build-cli.mjs builds.
 */
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import pkg from '../../package.json';
import type { CommandRecord } from '../scenario/command-record';
import { readScriptOrReport, usageError } from './cli-errors';
import { createSession, runScript, runScriptPrinting } from '../scenario/run-script';
import { cmdClasses } from './classes-command';
import { cmdCompare } from './compare-command';
import { traceRouteGet } from '../scenario/trace-route-get';
import { cmdClassify } from './classify-command';
import { cmdDoctor } from './doctor-command';
import { cmdExport } from './export-command';
import { importCommand, scriptOfRunInput } from './import-command';

/** Where the command reads and writes (process streams by default; tests pass their own). */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a script file ("-" = standard input); throws with a message when it cannot. */
  readScript: (path: string) => string;
  /** Reads a file's bytes ("-" = standard input), for binary inputs (`rpdb import`). */
  readBytes?: (path: string) => Uint8Array;
}

/** The usage text of `rpdb --help`. */
export const USAGE = `Usage: rpdb run [--json] FILE|-
       rpdb trace [--json] FILE|- -- ROUTE-GET-ARGS...
       rpdb classify [--json] FILE|- CAPTURE [--output IF]... [--iif IF]... [--map CAPIF=LINK]...
       rpdb export [--format script|rule-save|route-save] [--netns NAME] [-4|-6] [--table ID|all] [-o FILE] FILE|-
       rpdb doctor [--json] [--networkd|--no-networkd] FILE|-
       rpdb import [--json] FILE...
       rpdb classes [--json] [-4|-6] [--limit N] FILE|- (--rule PREF | --table T | --verdict TEXT | --all)
       rpdb compare [--json] [--limit N] [--capture FILE [--output IF]... [--iif IF]... [--map CAPIF=LINK]...] BEFORE AFTER
       rpdb --help | --version

Simulates Linux policy routing (ip rule / ip route) exactly as Linux 6.18 with iproute2 6.1.

  run     Run a script (ip, sysctl, echo, cat lines; # comments) on a fresh simulated machine
          and print what each command prints. With --json, print one JSON array of
          {line, command, status, stdout, stderr}, one object per command line.
  trace   Run the script, then \`ip route get ROUTE-GET-ARGS\` and explain, step by step, which
          rules and routes the kernel considered. With --json, print the answer and the trace.
  export  Run the script, then write the scenario as a script for a real machine (--netns NAME:
          a sh script that builds it in a new network namespace NAME), or as the binary file of
          \`ip rule save\` (rule-save, -4 or -6) or \`ip route save\` (route-save, both families
          and every table unless -4/-6/--table) for \`ip rule restore\` / \`ip route restore\`.
  doctor  Run the script, then look for rule-ordering mistakes (shadowed rules, unresolved goto,
          duplicate priorities, empty tables, useless suppressors, rp_filter drops, IPv6 leaks,
          mark collisions...), each with an \`ip route get\` probe that shows it. Exit status 1
          when there are findings. With --json, print the findings as a JSON array.
  import  Turn what real machines printed (ip rule/route/link/addr show, their -j forms, sysctl
          lines, snapshot files of scripts/rpdb-snapshot.sh, ip rule/route save files, networkd
          and NetworkManager rule configuration) into the script that rebuilds the machine;
          warnings on stderr as FILE:LINE:COL. \`rpdb run\` runs a snapshot file directly.
  classes Run the script, then list the packet classes (exact sets over addresses, iif, oif,
          mark, uid, protocol, ports, tos) that end at a rule, a table or a verdict, each with
          its verdict and a sample \`ip route get\` probe. Exit status 1 when there are none.
  compare Run two scripts, then print their rule and route differences, the packet classes
          whose verdict changes (with a probe answered by both) and the scripts' own
          \`ip route get\` lines whose answer changes. Exit status 1 when something changes.

FILE "-" reads the script from standard input.
`;

/**
 * A reader that closes the pipe early (`rpdb run FILE | head`) ends rpdb the way it ends ip:
 * quietly, with the status a shell shows for a SIGPIPE death (128 + 13). Node ignores SIGPIPE,
 * so without this the failed write surfaces as an unhandled EPIPE error and a stack trace.
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(141);
  });
}

/**
 * Writes to process.stderr, which is set up when first written to: most runs print nothing
 * there, and setting up the stream of a pipe costs ~2 ms of each start.
 */
function stderrWriter(): (text: string) => void {
  let s: NodeJS.WriteStream | null = null;
  return (text) => {
    if (s === null) {
      s = process.stderr;
      endQuietlyOnClosedPipe(s);
    }
    s.write(text);
  };
}

function defaultIo(): CliIo {
  // stdout at once: `rpdb export` also writes its bytes to process.stdout itself.
  endQuietlyOnClosedPipe(process.stdout);
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: stderrWriter(),
    readScript: (path) => {
      const bytes = readFileSync(path === '-' ? 0 : path);
      // ASCII reads the same in latin1, which decodes faster than UTF-8.
      return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    },
    readBytes: (path) => readFileSync(path === '-' ? 0 : path),
  };
}

/** Splits `[--json] FILE` (in any order) into the flag and the one file operand. */
function parseRunArgs(io: CliIo, args: string[]): { json: boolean; file: string } | number {
  let json = false;
  const files: string[] = [];
  for (const a of args) {
    if (a === '--json') json = true;
    else if (a.startsWith('-') && a !== '-') return usageError(io, `unknown option "${a}"`);
    else files.push(a);
  }
  if (files.length !== 1)
    return usageError(
      io,
      files.length === 0
        ? 'missing script FILE (or - for standard input)'
        : 'only one script FILE may be given',
    );
  return { json, file: files[0] };
}

/** Characters of output `rpdb run` gathers before writing them. */
const CHUNK = 1 << 16;

/** `rpdb run`: prints the records; the exit status is the last command's, as sh would return. */
function cmdRun(io: CliIo, args: string[]): number {
  const parsed = parseRunArgs(io, args);
  if (typeof parsed === 'number') return parsed;
  const raw = readScriptOrReport(io, parsed.file);
  if (raw === null) return 2;
  // A snapshot file (scripts/rpdb-snapshot.sh) runs as the script `rpdb import` makes of it.
  const text = scriptOfRunInput(io, parsed.file, raw);
  if (parsed.json) {
    const records: CommandRecord[] = runScript(text);
    io.stdout(`${JSON.stringify(records, null, 2)}\n`);
    return 0;
  }
  // Output is written in large chunks rather than once per record; a chunk holds one stream's
  // text only, so the order between the two streams is kept for a terminal or a 2>&1 file.
  let pending: string[] = [];
  let pendingLength = 0;
  let pendingErr = false;
  const flush = (): void => {
    if (pending.length === 0) return;
    const t = pending.join('');
    pending = [];
    pendingLength = 0;
    if (pendingErr) io.stderr(t);
    else io.stdout(t);
  };
  const write = (isErr: boolean, t: string): void => {
    if (isErr !== pendingErr) flush();
    pendingErr = isErr;
    pending.push(t);
    pendingLength += t.length;
    if (pendingLength >= CHUNK) flush();
  };
  const status = runScriptPrinting(text, createSession(), {}, write);
  flush();
  return status;
}

/** `rpdb trace`: runs the script quietly, then the traced `ip route get`. */
function cmdTrace(io: CliIo, args: string[]): number {
  const sep = args.indexOf('--');
  if (sep < 0) return usageError(io, 'trace needs "--" before the ip route get arguments');
  const parsed = parseRunArgs(io, args.slice(0, sep));
  if (typeof parsed === 'number') return parsed;
  const getArgs = args.slice(sep + 1);
  if (getArgs.length === 0) return usageError(io, 'missing ip route get arguments after "--"');
  const text = readScriptOrReport(io, parsed.file);
  if (text === null) return 2;
  const session = createSession();
  runScript(text, session);
  const t = traceRouteGet(session, getArgs);
  if (parsed.json) {
    io.stdout(
      `${JSON.stringify({ record: t.record, sentences: t.sentences, trace: t.trace, rules: t.rules }, null, 2)}\n`,
    );
    return t.record.status;
  }
  io.stdout(`$ ${t.record.command}\n`);
  if (t.record.stdout) io.stdout(t.record.stdout);
  if (t.record.stderr) io.stdout(t.record.stderr);
  if (t.sentences.length) {
    io.stdout('\nHow the kernel decided:\n');
    t.sentences.forEach((s, i) => io.stdout(`${String(i + 1).padStart(3)}. ${s}\n`));
  }
  return t.record.status;
}

/** Runs the rpdb command with `argv` (without node and script path); resolves to the exit status. */
export async function main(argv: string[], io: CliIo = defaultIo()): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case undefined:
        io.stderr(USAGE);
        return 2;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(USAGE);
        return 0;
      case '--version':
      case '-V':
        io.stdout(`rpdb ${pkg.version}\n`);
        return 0;
      case 'run':
        return cmdRun(io, rest);
      case 'trace':
        return cmdTrace(io, rest);
      case 'classify':
        return await cmdClassify(io, rest);
      case 'export':
        return cmdExport(io, rest);
      case 'doctor':
        return cmdDoctor(io, rest);
      case 'classes':
        return cmdClasses(io, rest);
      case 'compare':
        return await cmdCompare(io, rest);
      case 'import':
        return importCommand(io, rest);
      default:
        return usageError(io, `unknown command "${cmd}"`);
    }
  } catch (e) {
    io.stderr(`rpdb: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}
