/**
 * Pasted transcripts: lines copied from a terminal or a HOWTO carry `$ ` or `# ` prompts (LARTC
 * writes `# ip rule add ...`). Prompts are removed; when a paste has prompts, its other lines
 * are the commands' output and become comments, so the pasted text runs as a script.
 */

const COMMANDS = /^(ip|sysctl|echo|\/sbin\/ip|\/bin\/ip|\/usr\/sbin\/ip|\/sbin\/sysctl)(\s|$)/;
const PROMPT = /^\s*(?:[\w.@-]+[:~\w/]*)?([$#])\s+(.*)$/;

/** The command of a prompt line (`$ ip ...`, `# ip ...`, `root@host:~# ip ...`), or null. */
export function promptCommand(line: string): string | null {
  const m = PROMPT.exec(line);
  if (!m) return null;
  const rest = m[2];
  // `# text` is also a comment: only a known command after `#` makes it a prompt.
  if (m[1] === '#' && !COMMANDS.test(rest)) return null;
  return rest;
}

/** Pasted text with prompts stripped and, if there were any, output lines made comments. */
export function stripPrompts(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const commands = lines.map(promptCommand);
  if (!commands.some((c) => c !== null)) return text;
  return lines
    .map((line, i) => {
      const c = commands[i];
      if (c !== null) return c.replace(/^(\/usr)?\/s?bin\//, '');
      if (line.trim() === '' || line.trimStart().startsWith('#')) return line;
      return `# ${line}`;
    })
    .join('\n');
}
