import { createHost } from '../engine/index';
import type { Session } from '../iproute2/context';
import type { CommandRecord } from './command-record';

/** A fresh simulated machine: a new namespace and a stock /etc/iproute2. */
export function createSession(): Session {
  return { host: createHost(), files: new Map() };
}

/**
 * Runs a script (ip/sysctl/echo lines, comments, blank lines) against `session` and returns one
 * record per command line, as `rpdb run --json` prints them. (Stub: the real runner is in progress.)
 */
export function runScript(text: string, session: Session = createSession()): CommandRecord[] {
  void session;
  return text
    .split('\n')
    .map((command, i) => ({ line: i + 1, command, status: 127, stdout: '', stderr: 'not implemented\n' }))
    .filter((r) => r.command.trim() !== '' && !r.command.trim().startsWith('#'));
}
