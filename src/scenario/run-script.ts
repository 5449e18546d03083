import { createHost } from '../engine/index';
import type { Session } from '../iproute2/context';
import { PlainScanner } from '../iproute2/tokenize';
import { stockEtcFiles } from '../iproute2/etc-files';
import type { CommandRecord } from './command-record';
import { FastLineState, runFastIpRouteIn } from './fast-ip-route';
import { DEFAULT_SHELL_NAME, internalErrorText, runGeneralLine, runLine, type ShellOptions } from './shell';

/** A fresh simulated machine: a new namespace and a stock /etc/iproute2. */
export function createSession(): Session {
  return { host: createHost(), files: stockEtcFiles() };
}

/** True for lines driver.sh skips: only white space, or a comment after optional white space. */
export function isSkippedLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // ' ', \t, \n, \v, \f, \r
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    return c === 35; // '#'
  }
  return true;
}

/**
 * Runs a script (ip/sysctl/echo lines, comments, blank lines) against `session` and returns one
 * record per command line, as `rpdb run --json` prints them and as test/kernel/driver.sh records
 * them (each line in its own `(eval "$line")`). Never throws: an internal failure becomes a
 * record with status 1 and a message on stderr.
 */
export function runScript(
  text: string,
  session: Session = createSession(),
  options: Partial<ShellOptions> = {},
): CommandRecord[] {
  const records: CommandRecord[] = [];
  runScriptEach(text, session, options, (rec) => void records.push(rec));
  return records;
}

/**
 * runScript() that hands each record to `onRecord` as soon as its line has run, instead of
 * keeping them all (`rpdb run` prints them as they come). `onRecord` must not change `session`.
 */
export function runScriptEach(
  text: string,
  session: Session,
  options: Partial<ShellOptions>,
  onRecord: (rec: CommandRecord) => void,
): void {
  const opts: ShellOptions = { shellName: options.shellName ?? DEFAULT_SHELL_NAME };
  // Lines as text.split('\n') gives them, but a final newline does not start another line
  // (read -r sees none).
  const scanner = new PlainScanner(text);
  // Nothing but the lines touches the session while they run (onRecord must not change it).
  const fast = new FastLineState();
  let start = 0;
  let lineNo = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    const last = end < 0;
    if (last) end = text.length;
    if (last && start === end) break;
    lineNo++;
    const command = text.slice(start, end);
    const plain = scanner.isPlain(start, end);
    start = end + 1;
    if (!isSkippedLine(command)) {
      let rec: CommandRecord;
      try {
        const r = runLine(session, command, opts, plain, fast);
        rec = { line: lineNo, command, status: r.status, stdout: r.stdout, stderr: r.stderr };
      } catch (e) {
        rec = { line: lineNo, command, status: 1, stdout: '', stderr: internalErrorText(e) };
      }
      onRecord(rec);
    }
    if (last) break;
  }
}

/**
 * runScriptEach() for a caller that wants only what the lines print and the last status (`rpdb
 * run`): `print(toStderr, text)` gets each command line's stdout, then its stderr (non-empty
 * texts only). Bulk route lines (fast-ip-route.ts) are read in place: no line string and no
 * record is made for them. Returns the last command line's status (0 when there is none).
 */
export function runScriptPrinting(
  text: string,
  session: Session,
  options: Partial<ShellOptions>,
  print: (toStderr: boolean, text: string) => void,
): number {
  const opts: ShellOptions = { shellName: options.shellName ?? DEFAULT_SHELL_NAME };
  const fast = new FastLineState();
  let status = 0;
  let start = 0;
  for (;;) {
    let end = text.indexOf('\n', start);
    const last = end < 0;
    if (last) end = text.length;
    if (last && start === end) break;
    // As runLine: the fast path, else (after forgetting its state) the general one. The lines the
    // fast path takes have none of the characters PlainScanner looks for, and a whole-script
    // scan is not worth it for the few others: runGeneralLine checks each itself.
    let r = runFastIpRouteIn(session, text, start, end, fast);
    if (r === null) {
      const command = text.slice(start, end);
      if (!isSkippedLine(command)) {
        fast.clear();
        try {
          r = runGeneralLine(session, command, opts);
        } catch (e) {
          r = { status: 1, stdout: '', stderr: internalErrorText(e) };
        }
      }
    }
    if (r !== null) {
      status = r.status;
      if (r.stdout) print(false, r.stdout);
      if (r.stderr) print(true, r.stderr);
    }
    start = end + 1;
    if (last) break;
  }
  return status;
}
