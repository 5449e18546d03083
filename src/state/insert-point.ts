/**
 * Where a visual edit's commands go in the script: after the last line that changes the machine,
 * so the trailing probes and `show` commands (which only look) answer for the edited machine.
 */
import { isProbe } from '../worker/probe-args';

const LOOKS_ONLY = /^\s*(#|$)|^\s*ip(?:\s+-\S+)*\s+\S+\s+(s|sh|sho|show|l|ls|li|lis|list|g|ge|get)(\s|$)/;

/** True for a line that does not change the machine: blank, comment, probe or show/list. */
export function looksOnly(line: string): boolean {
  return isProbe(line) || LOOKS_ONLY.test(line) || /^\s*ip(?:\s+-\S+)*\s+\S+\s*$/.test(line);
}

/** The script with `commands` inserted after its last changing line; and the 1-based line of the first. */
export function insertCommands(script: string, commands: readonly string[]): { text: string; first: number } {
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let at = lines.length;
  while (at > 0 && looksOnly(lines[at - 1])) at--;
  const out = [...lines.slice(0, at), ...commands, ...lines.slice(at)];
  return { text: `${out.join('\n')}\n`, first: at + 1 };
}
