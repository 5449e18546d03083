/**
 * What the fuzz tests demand of one command line run by the simulator: no exception, a time bound,
 * well-formed records, and no change to the machine when the command fails, except for the few
 * commands that change state before failing on the real kernel (STATE_CHANGING_FAILURES).
 */
import type { CommandRecord } from '../../src/scenario/command-record';

/** A command slower than this (ms, inside the simulator) is reported as too slow. */
export const SLOW_COMMAND_MS = 1000;

/** A command that does not answer within this many ms counts as hung (its worker is killed). */
export const HANG_MS = 10_000;

/** One documented way a failing command may legitimately leave the machine changed. */
export interface StateChangingFailure {
  /** Short name used in reports. */
  readonly name: string;
  /** Why the real kernel or userland behaves so. */
  readonly reason: string;
  /** True when the line is such a command and failed this way. */
  readonly applies: (words: string[], line: string, failure: Failure) => boolean;
  /** Which snapshot lines may change: only these may appear or disappear (undefined = any). */
  readonly allowedLines?: RegExp;
}

/** How a command failed: its exit status and what it wrote to stderr. */
export interface Failure {
  readonly status: number;
  readonly stderr: string;
}

/** The words of an `ip` command after the global options, e.g. ["route", "add", ...]. */
function ipArgs(words: string[]): string[] | undefined {
  if (words[0] !== 'ip') return undefined;
  let i = 1;
  while (i < words.length && words[i].startsWith('-')) {
    // options with a value
    if (/^-(n|netns|b|batch|rc|rcvbuf|l|loops|f|family)$/.test(words[i])) i++;
    i++;
  }
  return words.slice(i);
}

const prefixOf = (word: string | undefined, full: string, min = 1): boolean =>
  word !== undefined && word.length >= min && full.startsWith(word);

/**
 * The failing commands that may change state, each with the kernel's reason. Everything else that
 * fails must leave the session's snapshot exactly as it was.
 */
export const STATE_CHANGING_FAILURES: readonly StateChangingFailure[] = [
  {
    name: 'route add creates its table first',
    reason:
      'inet_rtm_newroute calls fib_new_table() and ip6_route_info_create() calls fib6_new_table() before the ' +
      'route is validated, so e.g. `ip route add 10.6.0.0/16 via 10.0.9.9 table 100` fails with "Nexthop has ' +
      'invalid gateway" yet `ip route show table 100` then succeeds; `ip route change` that fails with ENOENT ' +
      'too. Only kernel errors (status 2) count, and not the two checks made before the table is created: ' +
      '"Invalid prefix for given prefix length" and "ECN bits must be 0" (all checked on 6.18, both families)',
    applies: (w, _line, f) => {
      const a = ipArgs(w);
      return (
        f.status === 2 &&
        !/Invalid prefix for given prefix length|ECN bits must be 0/.test(f.stderr) &&
        a !== undefined &&
        prefixOf(a[0], 'route') &&
        ['add', 'change', 'chg', 'replace', 'prepend', 'append', 'test'].some((c) => prefixOf(a[1], c))
      );
    },
    allowedLines: /^table [46] \d+ \(0 routes\)$/,
  },
  {
    name: 'link add may use up an ifindex',
    reason:
      'register_netdevice reserves an ifindex (dev_index_reserve, cyclic) before the registration can fail: ' +
      '`ip link add zz type veth peer name zz` fails with "File exists" after the peer got ifindex N, and the ' +
      'next device gets N+1 (checked on 6.18). Kernel errors (status 2) only',
    applies: (w, _line, f) => {
      const a = ipArgs(w);
      return f.status === 2 && a !== undefined && prefixOf(a[0], 'link') && prefixOf(a[1], 'add');
    },
    allowedLines: /^nextIfindex \d+$/,
  },
  {
    name: 'ip link set applies attributes in order',
    reason:
      'do_setlink applies IFLA_ADDRESS, IFLA_MTU, IFLA_GROUP, the name, ... one after another without rollback: ' +
      '`ip link set a0 address 02:00:00:00:00:99 mtu 70000` fails with "mtu greater than device maximum" but the ' +
      'MAC address has changed (checked on 6.18). Kernel errors (status 2) only',
    applies: (w, _line, f) => {
      const a = ipArgs(w);
      return (
        f.status === 2 &&
        a !== undefined &&
        prefixOf(a[0], 'link') &&
        (prefixOf(a[1], 'set') || prefixOf(a[1], 'change'))
      );
    },
  },
  {
    name: 'sysctl with several assignments',
    reason:
      'sysctl(8) writes its arguments one by one and exits non-zero if any failed: `sysctl -w ' +
      'net.ipv4.ip_forward=1 net.ipv4.conf.nosuch.rp_filter=1` exits 1 with ip_forward set (checked)',
    // Counted after the options; a second `--` is itself an argument (a key sysctl cannot find),
    // as `sysctl -w -- -- net.ipv4.ip_forward=1` shows on 6.18: it sets ip_forward and exits 1.
    // A lone `-` is an argument too: `sysctl - net.ipv4.conf.lo.src_valid_mark=1` sets the key and
    // exits 1 ("cannot stat /proc/sys/-", checked).
    applies: (w) => {
      if (w[0] !== 'sysctl') return false;
      let i = 1;
      while (i < w.length && w[i].startsWith('-') && w[i] !== '--' && w[i] !== '-') i++;
      if (w[i] === '--') i++;
      return w.length - i > 1;
    },
  },
  {
    name: 'flush, restore and batch are many requests',
    reason:
      'ip rule/route/addr flush, ip rule/route restore and ip -batch send one netlink request per entry; ' +
      'the requests before a failing one stay applied',
    applies: (w, line) => {
      const a = ipArgs(w);
      return (
        /(^|\s)-(b|batch)\b/.test(line) ||
        (a !== undefined && (prefixOf(a[1], 'flush') || a[1] === 'restore' || prefixOf(a[1], 'restore', 3)))
      );
    },
  },
  {
    name: 'shell redirection opens its file first',
    reason:
      'sh opens (creates or truncates) the target of > or >> before it runs the command, so `ip foo > f` ' +
      'fails yet leaves f created or emptied',
    applies: (_w, line) => line.includes('>'),
    allowedLines: /^file /,
  },
  {
    name: 'shell lists run several commands',
    reason: "a line with ; && || | runs several commands in sh; its status is the last one's",
    applies: (_w, line) => /;|&&|\|\||\|/.test(line),
  },
];

/** The exceptions that cover a failing `line` (usually none, sometimes several). */
export function stateChangingFailures(line: string, failure: Failure = KERNEL_ERROR): StateChangingFailure[] {
  const words = line.trim().split(/\s+/);
  return STATE_CHANGING_FAILURES.filter((e) => e.applies(words, line, failure));
}

/** A failure as the kernel reports one (status 2, no particular message). */
const KERNEL_ERROR: Failure = { status: 2, stderr: '' };

/** True when `line` produces no record (blank or comment), as driver.sh and runScript skip them. */
export function isSkippedLine(line: string): boolean {
  // As driver.sh (POSIX [:space:] in the C locale) and runScript: only ASCII blanks count.
  const t = line.replace(/^[ \t\n\v\f\r]+/, '');
  return t === '' || t.startsWith('#');
}

/** Problems with the records one single-line script produced (empty when well-formed). */
export function recordProblems(line: string, records: unknown): string[] {
  if (!Array.isArray(records)) return [`runScript returned ${typeof records}, not an array`];
  const want = isSkippedLine(line) ? 0 : 1;
  if (records.length !== want) return [`expected ${want} record(s), got ${records.length}`];
  const out: string[] = [];
  for (const r of records as Partial<CommandRecord>[]) {
    if (typeof r !== 'object' || r === null) {
      out.push('a record is not an object');
      continue;
    }
    if (r.line !== 1) out.push(`record line is ${String(r.line)}, expected 1`);
    if (r.command !== line)
      out.push(`record command is ${JSON.stringify(r.command)}, expected the line as written`);
    if (typeof r.status !== 'number' || !Number.isInteger(r.status) || r.status < 0 || r.status > 255)
      out.push(`status ${String(r.status)} is not an exit status (integer 0..255)`);
    if (typeof r.stdout !== 'string') out.push('stdout is not a string');
    if (typeof r.stderr !== 'string') out.push('stderr is not a string');
  }
  return out;
}

/** Problems with the records of a multi-line script: one per command line, numbered, in order. */
export function scriptRecordProblems(script: string, records: unknown): string[] {
  if (!Array.isArray(records)) return [`runScript returned ${typeof records}, not an array`];
  const lines = script.split('\n');
  const want = lines.flatMap((l, i) => (isSkippedLine(l) ? [] : [i + 1]));
  const got = (records as Partial<CommandRecord>[]).map((r) => r?.line);
  if (JSON.stringify(got) !== JSON.stringify(want))
    return [`record lines ${JSON.stringify(got)} != command lines ${JSON.stringify(want)}`];
  const out: string[] = [];
  for (const r of records as CommandRecord[]) {
    if (r.command !== lines[r.line - 1]) out.push(`line ${r.line}: command is not the line as written`);
    if (!Number.isInteger(r.status) || r.status < 0 || r.status > 255)
      out.push(`line ${r.line}: bad status ${r.status}`);
    if (typeof r.stdout !== 'string' || typeof r.stderr !== 'string')
      out.push(`line ${r.line}: output is not text`);
  }
  return out;
}

/**
 * Problems with a failing command's effect on the machine: `before`/`after` are snapshots and
 * `failure` how it failed. Empty when unchanged, or changed only as a listed exception allows.
 */
export function stateProblems(
  line: string,
  before: string,
  after: string,
  failure: Failure = KERNEL_ERROR,
): string[] {
  if (before === after) return [];
  const exceptions = stateChangingFailures(line, failure);
  const removed = lineDifference(before, after);
  const added = lineDifference(after, before);
  if (exceptions.some((e) => e.allowedLines === undefined)) return [];
  if (
    exceptions.length > 0 &&
    [...removed, ...added].every((l) => exceptions.some((e) => e.allowedLines?.test(l)))
  )
    return [];
  const names = exceptions.map((e) => `"${e.name}"`).join(' and ');
  const show = (ls: string[]) => ls.slice(0, 6).map((l) => (l.length > 300 ? `${l.slice(0, 300)}...` : l));
  return [
    `the command failed but changed the machine${names ? ` beyond what ${names} allow` : ''}:`,
    ...show(removed).map((l) => `  - ${l}`),
    ...show(added).map((l) => `  + ${l}`),
  ];
}

/** Lines of `a` not matched by a line of `b` (as multisets). */
function lineDifference(a: string, b: string): string[] {
  const count = new Map<string, number>();
  for (const l of b.split('\n')) count.set(l, (count.get(l) ?? 0) + 1);
  const out: string[] = [];
  for (const l of a.split('\n')) {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    else out.push(l);
  }
  return out;
}
