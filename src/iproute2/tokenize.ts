/**
 * Splits one script line into commands and words the way /bin/sh (dash) does for the simple
 * lines scenarios contain: blanks, '…' and "…" quoting, backslash escapes, `#` comments, the list
 * operators `;`, `&&`, `||`, and redirections (`>`, `>>`, `<`, `N>`, `N>>`, `N>&M`). Anything
 * that would need expansion or a pipeline is reported as unsupported, with its column.
 */

/** One redirection of a simple command (`2>/dev/null`, `>> /etc/iproute2/rt_tables`). */
export interface Redirection {
  /** The file descriptor redirected (1 for `>`, 0 for `<`). */
  fd: number;
  op: '>' | '>>' | '<' | '>&';
  /** File name, or the descriptor number for `>&`. */
  target: string;
}

/** A simple command: words after quote removal, and its redirections in order. */
export interface SimpleCommand {
  argv: string[];
  redirections: Redirection[];
}

/** A command of a list and the operator that joins it to the previous one. */
export interface ListItem {
  /** null for the first command. */
  op: ';' | '&&' | '||' | null;
  command: SimpleCommand;
}

/** Why a line could not be split: a dash syntax error, or syntax the simulator does not run. */
export interface TokenizeError {
  kind: 'syntax' | 'unsupported';
  /** 1-based column of the offending character. */
  column: number;
  /** dash's text for syntax errors ("Unterminated quoted string"), else a description. */
  message: string;
}

/** Result of tokenizeLine: the command list (empty for blank/comment lines) or an error. */
export type TokenizeResult = { ok: true; list: ListItem[] } | { ok: false; error: TokenizeError };

const BLANK = new Set([' ', '\t']);
const DQ_ESCAPABLE = new Set(['\\', '"', '$', '`']);

function fail(kind: TokenizeError['kind'], index: number, message: string): TokenizeResult {
  return { ok: false, error: { kind, column: index + 1, message } };
}

/**
 * Characters that make a line need the general scanner of tokenizeLine: tabs, quoting, escapes,
 * comments, expansions, list operators, subshells and redirections. A line without them is
 * words separated by spaces.
 */
const NOT_PLAIN = /[\t#'"\\$`;&|()<>]/;

/**
 * Tells which lines of a whole script are plain (none of NOT_PLAIN's characters) with one regular
 * expression scan of the text, rather than a scan per line; lines must be asked in order.
 */
export class PlainScanner {
  private readonly text: string;
  private readonly re = new RegExp(NOT_PLAIN.source, 'g');
  /** Index of the first such character at or after the last start asked (text.length: none). */
  private next = -1;

  constructor(text: string) {
    this.text = text;
  }

  /** True when text[start, end) has none of the characters. */
  isPlain(start: number, end: number): boolean {
    if (this.next < start) {
      this.re.lastIndex = start;
      const m = this.re.exec(this.text);
      this.next = m ? m.index : this.text.length;
    }
    return this.next >= end;
  }
}

/** The redirections of every plain command: none (frozen, as it is shared). */
const NO_REDIRECTIONS = Object.freeze([]) as unknown as Redirection[];

/**
 * The words of a plain line (none of NOT_PLAIN's characters: words separated by spaces), as the
 * general scanner would split it into one simple command without redirections. Null when the
 * line is not plain, has no words, or starts with an assignment (tokenizeLine then decides).
 * `plain`: whether the caller already knows the line is plain (see PlainScanner).
 */
export function plainWords(line: string, plain = !NOT_PLAIN.test(line)): string[] | null {
  if (!plain) return null;
  const n = line.length;
  // Count the words first so that the array is made at its size.
  let count = 0;
  for (let i = 0; i < n;) {
    if (line.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    count++;
    const j = line.indexOf(' ', i);
    i = j < 0 ? n : j + 1;
  }
  if (count === 0) return null;
  const argv = new Array<string>(count);
  let k = 0;
  for (let i = 0; i < n;) {
    if (line.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let j = line.indexOf(' ', i);
    if (j < 0) j = n;
    argv[k++] = line.slice(i, j);
    i = j + 1;
  }
  // A first word like NAME=value is an assignment: the general scanner reports it.
  if (argv[0].includes('=')) return null;
  return argv;
}

/**
 * Splits `line` (no newline) as dash would for eval. `plain`: the caller knows whether the line
 * has NOT_PLAIN's characters (see PlainScanner); by default the line is checked here.
 */
export function tokenizeLine(line: string, plain = !NOT_PLAIN.test(line)): TokenizeResult {
  const argv = plainWords(line, plain);
  if (argv !== null)
    return { ok: true, list: [{ op: null, command: { argv, redirections: NO_REDIRECTIONS } }] };
  return tokenizeGeneral(line);
}

/** The general scanner of tokenizeLine: quotes, escapes, operators and redirections. */
function tokenizeGeneral(line: string): TokenizeResult {
  const list: ListItem[] = [];
  let cmd: SimpleCommand = { argv: [], redirections: [] };
  let pendingOp: ListItem['op'] = null;
  let word: string | null = null; // null = no word started
  let redirect: { fd: number; op: Redirection['op']; at: number } | null = null;

  const endWord = (): TokenizeResult | null => {
    if (word === null) return null;
    if (redirect) {
      if (redirect.op === '>&' && !/^[0-9]+$/.test(word))
        return fail('unsupported', redirect.at, `redirection to "${word}"`);
      cmd.redirections.push({ fd: redirect.fd, op: redirect.op, target: word });
      redirect = null;
    } else {
      if (cmd.argv.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word))
        return fail('unsupported', 0, 'variable assignments are not supported');
      cmd.argv.push(word);
    }
    word = null;
    return null;
  };
  const endCommand = (at: number, op: ListItem['op']): TokenizeResult | null => {
    if (redirect) return fail('syntax', at, 'redirection without a file name');
    if (cmd.argv.length === 0 && cmd.redirections.length === 0) {
      // An empty command is fine only at the end of the line after `;` (or on an empty line).
      if (op !== null) return fail('syntax', at, `"${op}" unexpected`);
      if (pendingOp === '&&' || pendingOp === '||') return fail('syntax', at, 'end of file unexpected');
      return null;
    }
    list.push({ op: list.length === 0 ? null : pendingOp, command: cmd });
    cmd = { argv: [], redirections: [] };
    pendingOp = op;
    return null;
  };

  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (BLANK.has(c)) {
      const e = endWord();
      if (e) return e;
      i++;
      continue;
    }
    if (c === '#' && word === null) break; // comment
    if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return fail('syntax', i, 'Unterminated quoted string');
      word = (word ?? '') + line.slice(i + 1, close);
      i = close + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= line.length) return fail('syntax', i, 'Unterminated quoted string');
        const d = line[j];
        if (d === '"') break;
        if (d === '$' || d === '`') return fail('unsupported', j, `expansion "${d}" inside double quotes`);
        if (d === '\\' && j + 1 < line.length && DQ_ESCAPABLE.has(line[j + 1])) {
          text += line[j + 1];
          j += 2;
          continue;
        }
        text += d;
        j++;
      }
      word = (word ?? '') + text;
      i = j + 1;
      continue;
    }
    if (c === '\\') {
      // A backslash at the very end is kept (there is no next line to join).
      word = (word ?? '') + (i + 1 < line.length ? line[i + 1] : '\\');
      i += 2;
      continue;
    }
    if (c === '$' || c === '`') {
      const next = line[i + 1];
      if (c === '`' || (next !== undefined && /[A-Za-z0-9_{(@*#?$!-]/.test(next)))
        return fail('unsupported', i, 'variables and command substitution are not supported');
      word = (word ?? '') + c;
      i++;
      continue;
    }
    if (c === ';' || c === '&' || c === '|') {
      const two = line.slice(i, i + 2);
      let op: ListItem['op'];
      if (two === '&&' || two === '||') op = two;
      else if (c === ';' && two !== ';;') op = ';';
      else
        return fail(
          'unsupported',
          i,
          c === '|' ? 'pipelines are not supported' : `"${two.trim() || c}" is not supported`,
        );
      const e = endWord() ?? endCommand(i, op);
      if (e) return e;
      i += op.length;
      continue;
    }
    if (c === '(' || c === ')') return fail('unsupported', i, 'subshells are not supported');
    if (c === '>' || c === '<') {
      // A word made only of digits right before the operator is its file descriptor.
      let fd = c === '>' ? 1 : 0;
      if (word !== null && /^[0-9]$/.test(word) && !BLANK.has(line[i - 1] ?? ' ')) {
        fd = Number(word);
        word = null;
      }
      const e = endWord();
      if (e) return e;
      if (redirect) return fail('syntax', i, 'redirection without a file name');
      let op: Redirection['op'];
      let len = 1;
      if (c === '<') {
        if (line[i + 1] === '<' || line[i + 1] === '>' || line[i + 1] === '&')
          return fail('unsupported', i, 'here-documents are not supported');
        op = '<';
      } else if (line[i + 1] === '>') {
        op = '>>';
        len = 2;
      } else if (line[i + 1] === '&') {
        op = '>&';
        len = 2;
      } else if (line[i + 1] === '|') {
        op = '>';
        len = 2;
      } else op = '>';
      redirect = { fd, op, at: i };
      i += len;
      continue;
    }
    word = (word ?? '') + c;
    i++;
  }
  const e = endWord() ?? endCommand(line.length, null);
  if (e) return e;
  return { ok: true, list };
}
