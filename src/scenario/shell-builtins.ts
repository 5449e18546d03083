/**
 * The small commands scenario scripts use besides ip and sysctl: dash's builtin `echo` (always
 * interprets backslash escapes, only `-n` as an option), `true`, `false`, `:`, `sleep`, `exit`,
 * and coreutils `cat`.
 */
import type { CommandOutput, Session } from '../iproute2/context';
import { isDirectory, readFile } from './vfs';

/** dash echo's escape processing (bltin/printf.c conv_escape_str): returns the text and whether \c stopped it. */
function echoEscapes(s: string): { text: string; stop: boolean } {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      r += c;
      continue;
    }
    const n = s[++i];
    switch (n) {
      case 'a':
        r += '\x07';
        break;
      case 'b':
        r += '\b';
        break;
      case 'c':
        return { text: r, stop: true };
      case 'e':
        r += '\x1b';
        break;
      case 'f':
        r += '\f';
        break;
      case 'n':
        r += '\n';
        break;
      case 'r':
        r += '\r';
        break;
      case 't':
        r += '\t';
        break;
      case 'v':
        r += '\v';
        break;
      case '\\':
        r += '\\';
        break;
      case '0': {
        // \0NNN: up to three octal digits after the zero.
        let v = 0;
        let k = 0;
        while (k < 3 && i + 1 < s.length && /[0-7]/.test(s[i + 1])) {
          v = v * 8 + Number(s[++i]);
          k++;
        }
        r += String.fromCharCode(v & 0xff);
        break;
      }
      default:
        r += `\\${n}`;
    }
  }
  return { text: r, stop: false };
}

/** dash's `echo [-n] ARGS...`. */
export function runEcho(argv: string[], out: CommandOutput): void {
  let args = argv;
  const nonl = args[0] === '-n';
  if (nonl) args = args.slice(1);
  let text = '';
  for (let i = 0; i < args.length; i++) {
    const { text: t, stop } = echoEscapes(args[i]);
    text += t;
    if (stop) return void out.out(text);
    if (i < args.length - 1) text += ' ';
  }
  out.out(nonl ? text : `${text}\n`);
}

/** coreutils `cat [FILE...]` over the simulated files (no options; no FILE or `-` = stdin). */
export function runCat(session: Session, argv: string[], out: CommandOutput, stdin = ''): void {
  let status = 0;
  for (const f of argv.length ? argv : ['-']) {
    const text = f === '-' ? stdin : readFile(session, f);
    if (text !== undefined) out.out(text);
    else if (isDirectory(session, f)) {
      out.err(`cat: ${f}: Is a directory\n`);
      status = 1;
    } else {
      out.err(`cat: ${f}: No such file or directory\n`);
      status = 1;
    }
  }
  out.exit(status);
}

/** coreutils `sleep NUMBER[SUFFIX]...`: nothing to wait for in a simulation, but the checks stay. */
export function runSleep(argv: string[], out: CommandOutput): void {
  if (argv.length === 0) {
    out.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return void out.exit(1);
  }
  for (const a of argv) {
    if (!/^(\d+\.?\d*|\.\d+)[smhd]?$/.test(a) && a !== 'inf' && a !== 'infinity') {
      out.err(`sleep: invalid time interval \u2018${a}\u2019\nTry 'sleep --help' for more information.\n`);
      return void out.exit(1);
    }
  }
}

/** `exit [N]`: the status of the (sub)shell running the line. */
export function exitStatus(argv: string[], last: number): number | null {
  if (argv.length === 0) return last;
  return /^[0-9]+$/.test(argv[0]) ? Number(argv[0]) & 255 : null;
}
