import { createHost } from '../engine/index';
import type { Session } from '../iproute2/context';
import { stockEtcFiles } from '../iproute2/etc-files';
import type { CommandRecord } from './command-record';
import { DEFAULT_SHELL_NAME, runLine, type ShellOptions } from './shell';

/** A fresh simulated machine: a new namespace and a stock /etc/iproute2. */
export function createSession(): Session {
  return { host: createHost(), files: stockEtcFiles() };
}

/** True for lines driver.sh skips: only white space, or a comment after optional white space. */
export function isSkippedLine(line: string): boolean {
  const trimmed = line.replace(/^[ \t\n\v\f\r]+/, '');
  return trimmed === '' || trimmed.startsWith('#');
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
  const opts: ShellOptions = { shellName: options.shellName ?? DEFAULT_SHELL_NAME };
  const lines = text.split('\n');
  // A final newline does not start another line (read -r sees none).
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const records: CommandRecord[] = [];
  lines.forEach((command, i) => {
    if (isSkippedLine(command)) return;
    let rec: CommandRecord;
    try {
      const r = runLine(session, command, opts);
      rec = { line: i + 1, command, status: r.status, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      rec = { line: i + 1, command, status: 1, stdout: '', stderr: `rpdb: internal error: ${msg}\n` };
    }
    records.push(rec);
  });
  return records;
}
