/**
 * Runs one script line the way test/kernel/driver.sh does (`(eval "$line")` under dash): the
 * list operators, redirections, the commands the simulator knows (ip, sysctl, iptables,
 * ip6tables, echo, cat, true, false, :, sleep, exit) and dash's messages for unknown commands and
 * failed redirections.
 */
import { CommandExit, CommandOutput, type Session } from '../iproute2/context';
import { ipMain } from '../iproute2/ip-main';
import { runIptables } from './iptables-cmd';
import { plainWords, tokenizeLine, type SimpleCommand } from '../iproute2/tokenize';
import { runFastIpRoute, type FastLineState } from './fast-ip-route';
import { exitStatus, runCat, runEcho, runSleep } from './shell-builtins';
import { runSysctl } from './sysctl-cmd';
import { createError, openForWrite, readFile, writeFile } from './vfs';

/** How the shell names itself in its messages ($0 of the driver). */
export interface ShellOptions {
  /** dash prints "$0: 1: eval: foo: not found"; the recorder's $0 is its driver script. */
  shellName: string;
}

/** $0 used when none is given. */
export const DEFAULT_SHELL_NAME = 'sh';

/** What a line printed and its exit status. */
export interface LineResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** What a failure inside the simulator prints (`program`: the program that was running, if known). */
export function internalErrorText(e: unknown, program?: string): string {
  const msg = e instanceof Error ? e.message : String(e);
  return `rpdb: internal error${program === undefined ? '' : ` while running "${program}"`}: ${msg}\n`;
}

/** A simulated program: reads `stdin`, writes to `out`. */
type Program = (session: Session, argv: string[], out: CommandOutput, stdin: string) => void;

type Sink = { kind: 'stdout' } | { kind: 'stderr' } | { kind: 'file'; path: string };

const COMMANDS = new Map<string, Program>([
  ['ip', (s, a, o, i) => ipMain(s, a, o, i)],
  ['sysctl', (s, a, o) => runSysctl(s, a, o)],
  ['iptables', (s, a, o) => runIptables(s, 4, a, o)],
  ['ip6tables', (s, a, o) => runIptables(s, 6, a, o)],
  ['cat', runCat],
  ['echo', (_s, a, o) => runEcho(a, o)],
  ['true', () => {}],
  [':', () => {}],
  ['false', (_s, _a, o) => void o.exit(1)],
  ['sleep', (_s, a, o) => runSleep(a, o)],
]);

/** Programs also found by absolute path (/sbin/ip, /usr/bin/cat...); builtins are not. */
const PROGRAMS = ['ip', 'sysctl', 'iptables', 'ip6tables', 'cat', 'echo', 'true', 'false', 'sleep'];
const PROGRAM_DIRS = ['/sbin/', '/bin/', '/usr/sbin/', '/usr/bin/'];

function lookupCommand(name: string): Program | undefined {
  const fn = COMMANDS.get(name);
  if (fn) return fn;
  for (const d of PROGRAM_DIRS) {
    if (name.startsWith(d) && PROGRAMS.includes(name.slice(d.length)))
      return COMMANDS.get(name.slice(d.length));
  }
  return undefined;
}

let lastShellName = DEFAULT_SHELL_NAME;
let lastShellPrefix = `${DEFAULT_SHELL_NAME}: 1`;

/** "$0: 1", made once per shell name rather than once per line. */
function shellPrefix(name: string): string {
  if (name !== lastShellName) {
    lastShellName = name;
    lastShellPrefix = `${name}: 1`;
  }
  return lastShellPrefix;
}

/**
 * Runs one non-blank, non-comment line. Never throws. `plain`: whether the line is known to need
 * only splitting on spaces (tokenizeLine's argument; checked when not given). `fast`: what one
 * script run keeps between bulk route lines (forgotten whenever a line takes the general path,
 * which may change anything).
 */
export function runLine(session: Session, line: string, opts: ShellOptions, plain?: boolean, fast?: FastLineState): LineResult {
  // Bulk route lines (`ip route add P via G`, `ip route get A`) skip the word list entirely.
  if (plain !== false) {
    const done = runFastIpRoute(session, line, fast);
    if (done) return done;
  }
  fast?.clear();
  return runGeneralLine(session, line, opts, plain);
}

/** runLine() without the bulk route fast path: every line split and run as sh and ip do. */
export function runGeneralLine(session: Session, line: string, opts: ShellOptions, plain?: boolean): LineResult {
  // dash's messages: "$0: LINENO: " then the builtin running (eval for the line itself).
  const sh = shellPrefix(opts.shellName);
  // The common line, one command without redirections: what it writes is what the line writes.
  const argv = plainWords(line, plain);
  if (argv !== null && argv[0] !== 'exit') return runProgram(session, argv, '', sh);
  const res: LineResult = { status: 0, stdout: '', stderr: '' };
  const parsed = tokenizeLine(line, plain);
  if (!parsed.ok) {
    const e = parsed.error;
    if (e.kind === 'syntax') res.stderr = `${sh}: eval: Syntax error: ${e.message}\n`;
    else res.stderr = `rpdb: column ${e.column}: unsupported shell syntax: ${e.message}\n`;
    res.status = 2;
    return res;
  }
  const list = parsed.list;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (item.op === '&&' && res.status !== 0) continue;
    if (item.op === '||' && res.status === 0) continue;
    const cmd = item.command;
    if (cmd.argv[0] === 'exit') {
      const st = exitStatus(cmd.argv.slice(1), res.status);
      if (st === null) {
        res.stderr += `${sh}: exit: Illegal number: ${cmd.argv[1]}\n`;
        res.status = 2;
      } else res.status = st;
      return res;
    }
    res.status = runSimple(session, cmd, res, sh);
  }
  return res;
}

/** Applies the redirections, runs the command, routes its output; returns its status. */
function runSimple(session: Session, cmd: SimpleCommand, res: LineResult, sh: string): number {
  if (cmd.redirections.length === 0) {
    // Standard output and error go to the line's own: nothing can fail on the way.
    const out = runProgram(session, cmd.argv, '', sh);
    res.stdout += out.stdout;
    res.stderr += out.stderr;
    return out.status;
  }
  const fds = new Map<number, Sink>([
    [1, { kind: 'stdout' }],
    [2, { kind: 'stderr' }],
  ]);
  let stdin = '';
  for (const r of cmd.redirections) {
    if (r.op === '<') {
      const text = readFile(session, r.target);
      if (text === undefined) {
        res.stderr += `${sh}: eval: cannot open ${r.target}: No such file\n`;
        return 2;
      }
      stdin = text;
      continue;
    }
    if (r.op === '>&') {
      // fd 0 is the driver's </dev/null; 3 and up are not open.
      const to =
        fds.get(Number(r.target)) ??
        (r.target === '0' ? { kind: 'file' as const, path: '/dev/null' } : undefined);
      if (!to) {
        res.stderr += `${sh}: eval: ${r.target}: Bad file descriptor\n`;
        return 2;
      }
      fds.set(r.fd, to);
      continue;
    }
    const why = createError(session, r.target);
    if (why) {
      res.stderr += `${sh}: eval: cannot create ${r.target}: ${why}\n`;
      return 2;
    }
    // The shell opens (and truncates) the file before the command runs.
    openForWrite(session, r.target, r.op === '>>');
    fds.set(r.fd, { kind: 'file', path: r.target });
  }
  const out = runProgram(session, cmd.argv, stdin, sh);
  const stdoutOk = route(session, res, fds.get(1)!, out.stdout);
  route(session, res, fds.get(2)!, out.stderr);
  if (!stdoutOk) {
    // The kernel refused a /proc/sys write: dash's echo reports it, other programs fail too.
    const name = cmd.argv[0];
    res.stderr +=
      name === 'echo' ? `${sh}: echo: echo: I/O error\n` : `${name}: write error: Invalid argument\n`;
    return 1;
  }
  return out.status;
}

/** Runs the program `argv` names (if any) and returns what it wrote and its status. */
function runProgram(session: Session, argv: string[], stdin: string, sh: string): CommandOutput {
  const out = new CommandOutput();
  if (argv.length > 0) {
    const name = argv[0];
    const fn = lookupCommand(name);
    try {
      if (fn) fn(session, argv.slice(1), out, stdin);
      else {
        out.err(`${sh}: eval: ${name}: not found\n`);
        out.exit(127);
      }
    } catch (e) {
      if (e instanceof CommandExit) out.exit(e.status);
      else {
        out.err(internalErrorText(e, name));
        out.exit(1);
      }
    }
  }
  return out;
}

/** Sends a stream's text to its sink; false when a /proc/sys write was rejected. */
function route(session: Session, res: LineResult, sink: Sink, text: string): boolean {
  if (text === '') return true;
  if (sink.kind === 'stdout') res.stdout += text;
  else if (sink.kind === 'stderr') res.stderr += text;
  else return writeFile(session, sink.path, text);
  return true;
}
