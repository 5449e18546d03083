/**
 * `sysctl` (procps-ng 4.0.2) over the simulated host's /proc/sys: read `KEY`, write `-w KEY=VALUE`
 * (or any argument containing `=`), `-q`, `-n`, `-N`, `-b`, `-e`, directory listings, and the
 * exact messages and exit statuses (reads add up failures, writes only flag them).
 */
import type { CommandOutput, Session } from '../iproute2/context';
import { cmpComps, parseProcInt, procSysLookup as lookup, procSysTree as tree } from './proc-sys';
import { readFile } from './vfs';

const PROC_PATH = '/proc/sys/';

/** sysctl's usage text. */
export const SYSCTL_USAGE =
  '\nUsage:\n sysctl [options] [variable[=value] ...]\n\nOptions:\n' +
  '  -a, --all            display all variables\n' +
  '  -A                   alias of -a\n' +
  '  -X                   alias of -a\n' +
  '      --deprecated     include deprecated parameters to listing\n' +
  '      --dry-run        Print the key and values but do not write\n' +
  '  -b, --binary         print value without new line\n' +
  '  -e, --ignore         ignore unknown variables errors\n' +
  '  -N, --names          print variable names without values\n' +
  '  -n, --values         print only values of the given variable(s)\n' +
  '  -p, --load[=<file>]  read values from file\n' +
  '  -f                   alias of -p\n' +
  '      --system         read values from all system directories\n' +
  '  -r, --pattern <expression>\n' +
  '                       select setting that match expression\n' +
  '  -q, --quiet          do not echo variable set\n' +
  '  -w, --write          enable writing a value to variable\n' +
  '  -o                   does nothing\n' +
  '  -x                   does nothing\n' +
  '  -d                   alias of -h\n\n' +
  ' -h, --help     display this help and exit\n' +
  ' -V, --version  output version information and exit\n\n' +
  'For more details see sysctl(8).\n';

interface SysctlFlags {
  write: boolean;
  quiet: boolean;
  printName: boolean;
  nameOnly: boolean;
  newline: boolean;
  ignoreError: boolean;
  all: boolean;
}

/** slashdot(): if the first separator is not already `to`, swap '/' and '.' everywhere after it. */
function slashdot(s: string, from: string, to: string): string {
  const first = s.search(/[/.]/);
  if (first < 0 || s[first] === to) return s;
  let r = s.slice(0, first);
  for (const c of s.slice(first)) r += c === from ? to : c === to ? from : c;
  return r;
}

/** Prints one value the way ReadSetting/DisplayAll do. */
function show(out: CommandOutput, f: SysctlFlags, name: string, value: string): void {
  if (f.nameOnly) out.out(`${name}\n`);
  else if (f.printName) out.out(`${name} = ${value}\n`);
  else out.out(f.newline ? `${value}\n` : value);
}

function readSetting(session: Session, out: CommandOutput, f: SysctlFlags, name: string): number {
  const outname = slashdot(name, '/', '.');
  const path = slashdot(name, '.', '/');
  const node = lookup(session, path);
  if (!node) {
    if (f.ignoreError) return 0;
    out.err(`sysctl: cannot stat ${PROC_PATH}${path}: No such file or directory\n`);
    return 1;
  }
  if (node.kind === 'dir') {
    for (const e of node.files) show(out, f, e.comps.join('.'), String(session.host.sysctl.get(e.key)));
    return 0;
  }
  show(out, f, outname, String(session.host.sysctl.get(node.key)));
  return 0;
}

function writeSetting(session: Session, out: CommandOutput, f: SysctlFlags, arg: string): number {
  const line = arg.replace(/^[ \t]+/, '');
  const eq = line.indexOf('=');
  if (eq < 0) {
    // parse_setting_line(): only keys that look like sysctl paths get the warning.
    if (/[./]/.test(line)) out.err('sysctl: command line(0): invalid syntax, continuing...\n');
    return f.ignoreError ? 0 : 1;
  }
  const name = line.slice(0, eq).replace(/[ \t]+$/, '');
  const value = line.slice(eq + 1).trim();
  if (name === '') {
    if (value === '') return 1; // a lone "=" fails without a message
    out.err(`sysctl: Path is not under ${PROC_PATH}: ${PROC_PATH}\n`);
    return 1;
  }
  const outname = slashdot(name, '/', '.');
  const path = slashdot(name, '.', '/');
  const node = lookup(session, path);
  if (!node) {
    if (f.ignoreError) return 0;
    out.err(`sysctl: cannot stat ${PROC_PATH}${path}: No such file or directory\n`);
    return 1;
  }
  const v = node.kind === 'file' ? parseProcInt(value) : null;
  const res = node.kind === 'file' && v !== null ? session.host.sysctl.set(node.key, v) : null;
  if (!res || !res.ok) {
    out.err(`sysctl: setting key "${outname}": Invalid argument\n`);
    // Writing to a directory fails at close time and is not counted (procps 4.0.2).
    return node.kind === 'dir' ? 0 : 1;
  }
  if (!f.quiet) {
    if (f.nameOnly || !f.printName) out.out(f.newline ? `${value}\n` : value);
    else out.out(`${outname} = ${value}\n`);
  }
  return 0;
}

/**
 * Preload(): `sysctl -p [FILE...]` applies `key = value` lines (blank, `#` and `;` lines skipped,
 * a leading `-` makes a failure not count). Without FILE it reads /etc/sysctl.conf, which the
 * simulated machine does not have unless a script wrote it.
 */
function preload(session: Session, out: CommandOutput, f: SysctlFlags, files: string[]): number {
  let rc = 0;
  for (const file of files.length ? files : ['/etc/sysctl.conf']) {
    const text = readFile(session, file);
    if (text === undefined) {
      if (files.length === 0) continue;
      out.err(`sysctl: cannot open "${file}": No such file or directory\n`);
      rc = 1;
      continue;
    }
    // procps 4 parses the whole file first (syntax warnings), then writes the settings.
    const settings: { line: string; tolerate: boolean }[] = [];
    text.split('\n').forEach((raw, i) => {
      let line = raw.replace(/^[ \t]+/, '');
      if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
      const tolerate = line.startsWith('-');
      if (tolerate) line = line.slice(1);
      if (!line.includes('=')) {
        out.err(`sysctl: ${file}(${i + 1}): invalid syntax, continuing...\n`);
        rc = 1;
      } else settings.push({ line, tolerate });
    });
    for (const st of settings) {
      const r = writeSetting(session, out, f, st.line);
      if (!st.tolerate) rc |= r;
    }
  }
  return rc;
}

const LONG: Record<string, string> = {
  all: 'a',
  binary: 'b',
  ignore: 'e',
  names: 'N',
  values: 'n',
  quiet: 'q',
  write: 'w',
  help: 'h',
  load: 'p',
};

/** `sysctl ARGS...`: argv excludes the word `sysctl`. */
export function runSysctl(session: Session, argv: string[], out: CommandOutput): void {
  const f: SysctlFlags = {
    write: false,
    quiet: false,
    printName: true,
    nameOnly: false,
    newline: true,
    ignoreError: false,
    all: false,
  };
  if (argv.length === 0) {
    // No arguments at all: Usage(stderr), while options without variables say so below.
    out.err(SYSCTL_USAGE);
    return void out.exit(1);
  }
  const operands: string[] = [];
  let load = false;
  const loadFiles: string[] = [];
  // getopt_long with argument permutation: options may follow operands.
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const c = LONG[a.slice(2).split('=')[0]];
      if (!c) {
        out.err(`sysctl: unrecognized option '${a}'\n`);
        out.out(SYSCTL_USAGE);
        return void out.exit(0);
      }
      if (applyFlag(f, c, out)) return;
      if (c === 'p') {
        load = true;
        if (a.includes('=')) loadFiles.push(a.slice(a.indexOf('=') + 1));
      }
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        if (!'bneNwfpqoxaAXrhdV'.includes(c)) {
          out.err(`sysctl: invalid option -- '${c}'\n`);
          out.out(SYSCTL_USAGE);
          return void out.exit(0);
        }
        if (c === 'p' || c === 'f') {
          // "p::": an optional argument only when attached (-pFILE).
          load = true;
          if (k + 1 < a.length) loadFiles.push(a.slice(k + 1));
          break;
        }
        if (applyFlag(f, c, out)) return;
      }
      continue;
    }
    operands.push(a);
  }
  if (f.all) {
    for (const e of tree(session).sort((x, y) => cmpComps(x.comps, y.comps)))
      show(out, f, e.comps.join('.'), String(session.host.sysctl.get(e.key)));
    return void out.exit(0);
  }
  if (load) return void out.exit(preload(session, out, f, [...loadFiles, ...operands]));
  if (operands.length === 0) {
    out.err("sysctl: no variables specified\nTry `sysctl --help' for more information.\n");
    return void out.exit(1);
  }
  let readFailures = 0;
  let writeFailed = 0;
  for (const arg of operands) {
    if (f.write || arg.includes('=')) writeFailed |= writeSetting(session, out, f, arg);
    else readFailures += readSetting(session, out, f, arg);
  }
  out.exit((readFailures + writeFailed) & 255);
}

/** Applies one short option; true when the command already ended (help, version). */
function applyFlag(f: SysctlFlags, c: string, out: CommandOutput): boolean {
  switch (c) {
    case 'b':
      f.newline = false;
      f.printName = false;
      break;
    case 'e':
      f.ignoreError = true;
      break;
    case 'N':
      f.nameOnly = true;
      break;
    case 'n':
      f.printName = false;
      break;
    case 'w':
      f.write = true;
      break;
    case 'q':
      f.quiet = true;
      break;
    case 'a':
    case 'A':
    case 'X':
      f.all = true;
      break;
    case 'h':
    case 'd':
      out.out(SYSCTL_USAGE);
      out.exit(0);
      return true;
    case 'V':
      out.out('sysctl from procps-ng 4.0.2\n');
      out.exit(0);
      return true;
    default:
      break;
  }
  return false;
}
