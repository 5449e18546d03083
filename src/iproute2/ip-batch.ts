/**
 * How `ip -batch FILE` reads its file (iproute2 lib/utils.c getcmdline + makeargs): `#` cuts the
 * rest of a line, a backslash-newline joins lines, words split on blanks, and a word that starts
 * with ' or " runs to the next same quote (no escapes).
 */

/** One command of a batch file: its argv and the line number do_batch reports on failure. */
export interface BatchCommand {
  lineno: number;
  argv: string[];
}

/** A batch file split into commands, or the message ip prints (and exits 1 with) on bad input. */
export type BatchParse =
  | { ok: true; commands: BatchCommand[] }
  | {
      ok: false;
      message: string;
      before: BatchCommand[];
      /** exit(1) rather than end of input */ fatal: boolean;
    };

/** makeargs(): splits one command line into words; null for an unterminated quote. */
function makeargs(line: string): string[] | null {
  const ws = ' \t\r\n';
  const argv: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && ws.includes(line[i])) i++;
    if (i >= line.length) break;
    const c = line[i];
    if (c === "'" || c === '"') {
      const close = line.indexOf(c, i + 1);
      if (close < 0) return null;
      argv.push(line.slice(i + 1, close));
      i = close + 2; // the character after the closing quote is taken as the separator
    } else {
      let j = i;
      while (j < line.length && !ws.includes(line[j])) j++;
      argv.push(line.slice(i, j));
      i = j + 1;
    }
  }
  return argv;
}

/** getcmdline() + makeargs() over a whole batch file. */
export function parseBatch(text: string): BatchParse {
  const raw = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const commands: BatchCommand[] = [];
  let n = 0;
  while (n < raw.length) {
    let line = raw[n++];
    let lineno = n;
    const cut = (l: string) => (l.includes('#') ? l.slice(0, l.indexOf('#')) : l);
    line = cut(line);
    while (line.includes('\\\n')) {
      if (n >= raw.length)
        return { ok: false, message: 'Missing continuation line\n', before: commands, fatal: false };
      const next = cut(raw[n++]);
      lineno = n;
      line = line.replace('\\\n', '') + next;
    }
    const argv = makeargs(line);
    if (argv === null)
      return { ok: false, message: 'Unterminated quoted string\n', before: commands, fatal: true };
    if (argv.length >= 100)
      return { ok: false, message: 'Too many arguments to command\n', before: commands, fatal: true };
    if (argv.length > 0) commands.push({ lineno, argv });
  }
  return { ok: true, commands };
}
