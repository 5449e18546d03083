/**
 * The script being written, run as it is written: every command is applied at once to a simulated
 * machine, so the next step can see what the kernel derived by itself, and a command the machine
 * refuses becomes a located warning and a comment instead of a broken script line.
 */
import type { Session } from '../iproute2/context';
import { createSession } from '../scenario/run-script';
import { DEFAULT_SHELL_NAME, runLine } from '../scenario/shell';
import type { SourceLoc } from './types';
import type { Warnings } from './warnings';

/** A script under construction together with the machine it builds. */
export class Replay {
  readonly session: Session = createSession();
  readonly lines: string[] = [];
  /** Input places whose command failed (the check after the build does not report them again). */
  readonly failed = new Set<string>();
  private readonly warnings: Warnings;

  constructor(warnings: Warnings) {
    this.warnings = warnings;
  }

  /** Runs `cmd` and adds it to the script when the machine accepts it; else returns its error. */
  attempt(cmd: string): { ok: boolean; status: number; stderr: string } {
    let status: number;
    let stderr: string;
    try {
      const r = runLine(this.session, cmd, { shellName: DEFAULT_SHELL_NAME });
      status = r.status;
      stderr = r.stderr;
    } catch (e) {
      status = 1;
      stderr = e instanceof Error ? e.message : String(e);
    }
    if (status === 0) this.lines.push(cmd);
    return { ok: status === 0, status, stderr };
  }

  /** Runs `cmd` on the machine and adds it to the script; false (and a warning at `loc`) when refused. */
  emit(cmd: string, loc?: SourceLoc): boolean {
    const { ok, status, stderr } = this.attempt(cmd);
    if (ok) return true;
    this.refused(cmd, status, stderr, loc);
    return false;
  }

  /** Records a refused command: a warning at `loc` and a comment in the script. */
  refused(cmd: string, status: number, stderr: string, loc?: SourceLoc): void {
    const why = stderr.trim().split('\n')[0] || `exit status ${status}`;
    if (loc) {
      this.warnings.add(loc, `cannot be rebuilt: \`${cmd}\` fails: ${why}`);
      this.failed.add(locKey(loc));
    }
    this.lines.push(`# not rebuilt: ${cmd}`);
  }

  /** Adds a comment line to the script. */
  comment(text: string): void {
    this.lines.push(`# ${text}`);
  }

  /** What `cmd` prints on the machine now (a show command). */
  show(cmd: string): string {
    return runLine(this.session, cmd, { shellName: DEFAULT_SHELL_NAME }).stdout;
  }
}

/** A map key for an input place. */
export function locKey(loc: SourceLoc): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/** Quotes a word for the shell when it needs it (tabs in rt_tables lines, say). */
export function shellWord(s: string): string {
  return /^[\w./:@ -]+$/.test(s) && !/ {2}|^ | $/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}
