/**
 * `ip [OPTIONS] OBJECT COMMAND ...` — iproute2 6.1 ip/ip.c main(): the global options with their
 * abbreviation order, the object table (do_cmd matches objects by prefix in table order), and
 * dispatch to the simulated objects (link, address, route, rule).
 */
import { AF_INET, AF_INET6 } from '../engine/ip';
import { ipAddr } from './addr-cmd';
import { CommandExit, type CommandOutput, type IpOptions, type Session } from './context';
import { AF_PACKET } from './inet-prefix';
import { ipLink } from './link-cmd';
import { ipRoute } from './route-cmd';
import { ipRule, type IpExtraOptions } from './rule-cmd';
import { parseBatch } from './ip-batch';
import { HandlerReturn, fatal, getUnsigned, invarg, matches, returnFrom } from './utils';

/** Signature of an object handler (`ip rule`, `ip route`, ...). */
export type IpObjectHandler = (session: Session, opts: IpOptions, argv: string[], out: CommandOutput) => void;

/** ip's usage() text (stderr, exit 255). */
export const IP_USAGE =
  'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n' +
  '       ip [ -force ] -batch filename\n' +
  'where  OBJECT := { address | addrlabel | amt | fou | help | ila | ioam | l2tp |\n' +
  '                   link | macsec | maddress | monitor | mptcp | mroute | mrule |\n' +
  '                   neighbor | neighbour | netconf | netns | nexthop | ntable |\n' +
  '                   ntbl | route | rule | sr | tap | tcpmetrics |\n' +
  '                   token | tunnel | tuntap | vrf | xfrm }\n' +
  '       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |\n' +
  '                    -h[uman-readable] | -iec | -j[son] | -p[retty] |\n' +
  '                    -f[amily] { inet | inet6 | mpls | bridge | link } |\n' +
  '                    -4 | -6 | -M | -B | -0 |\n' +
  '                    -l[oops] { maximum-addr-flush-attempts } | -br[ief] |\n' +
  '                    -o[neline] | -t[imestamp] | -ts[hort] | -b[atch] [filename] |\n' +
  '                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |\n' +
  '                    -c[olor]}\n';

/** The `ip -V` line of the reference iproute2. */
export const IP_VERSION = 'ip utility, iproute2-6.1.0, libbpf 1.1.2\n';

const AF_MPLS = 28;
const AF_BRIDGE = 7;

/** ip.c's cmds[] in table order (prefix matching takes the first); null = not simulated. */
const OBJECTS: readonly (readonly [string, IpObjectHandler | 'help' | null])[] = [
  ['address', ipAddr],
  ['addrlabel', null],
  ['maddress', null],
  ['route', ipRoute],
  ['rule', ipRule],
  ['neighbor', null],
  ['neighbour', null],
  ['ntable', null],
  ['ntbl', null],
  ['link', ipLink],
  ['l2tp', null],
  ['fou', null],
  ['ila', null],
  ['macsec', null],
  ['tunnel', null],
  ['tunl', null],
  ['tuntap', null],
  ['tap', null],
  ['token', null],
  ['tcpmetrics', null],
  ['tcp_metrics', null],
  ['monitor', null],
  ['xfrm', null],
  ['mroute', null],
  ['mrule', null],
  ['netns', null],
  ['netconf', null],
  ['vrf', null],
  ['sr', null],
  ['nexthop', null],
  ['mptcp', null],
  ['ioam', null],
  ['stats', null],
  ['help', 'help'],
];

/** Options as ip-main hands them to handlers: IpOptions plus the raw family and `-echo`. */
export type IpMainOptions = IpOptions & Required<IpExtraOptions>;

function usage(out: CommandOutput): never {
  return fatal(out, IP_USAGE, 255);
}

/** read_family(): AF number of a `-f` argument, 0 when unknown. */
function readFamily(name: string): number {
  return (
    (
      { inet: AF_INET, inet6: AF_INET6, link: AF_PACKET, mpls: AF_MPLS, bridge: AF_BRIDGE } as Record<
        string,
        number
      >
    )[name] ?? 0
  );
}

/** Fresh options: no -4/-6, text output. */
export function defaultIpOptions(): IpMainOptions {
  return {
    family: 0,
    json: false,
    pretty: false,
    details: 0,
    stats: 0,
    oneline: false,
    numeric: false,
    resolve: false,
    brief: false,
    color: false,
    afFamily: 0,
    echo: false,
    stdin: '',
  };
}

/** matches_color(): `-c[olor][=always|auto|never]`; returns the new colour state or null. */
function matchesColor(opt: string): boolean | 'auto' | null {
  const eq = opt.indexOf('=');
  const name = eq >= 0 ? opt.slice(0, eq) : opt;
  const val = eq >= 0 ? opt.slice(eq + 1) : '';
  if (!matches(name, '-color')) return null;
  if (val === '' || val === 'always') return true;
  if (val === 'auto') return 'auto'; // stdout is never a terminal here
  if (val === 'never') return false;
  return null;
}

/**
 * ip(8): `argv` is everything after the word `ip`. Writes to `out` and sets its status; object
 * handlers may throw CommandExit, which ends the command with that status.
 */
export function ipMain(session: Session, argv: string[], out: CommandOutput, stdin = ''): void {
  try {
    runIp(session, argv, out, stdin);
  } catch (e) {
    if (!(e instanceof CommandExit)) throw e;
    out.exit(e.status);
  }
}

function setFamily(o: IpMainOptions, af: number): void {
  o.afFamily = af;
  o.family = af === AF_INET ? 4 : af === AF_INET6 ? 6 : 0;
}

function runIp(session: Session, argv: string[], out: CommandOutput, stdin: string): void {
  const o = defaultIpOptions();
  o.stdin = stdin;
  let batchFile: string | null = null;
  let force = false;
  let i = 0;
  // ip.c main(): `while (argc > 1)` over options; argv[i] is C's argv[1].
  while (i < argv.length) {
    let opt = argv[i];
    if (opt === '--') {
      i++;
      break;
    }
    if (!opt.startsWith('-')) break;
    if (opt[1] === '-') opt = opt.slice(1);
    let color: boolean | 'auto' | null;
    if (matches(opt, '-loops')) {
      if (++i >= argv.length) usage(out);
    } else if (matches(opt, '-family')) {
      if (++i >= argv.length) usage(out);
      if (argv[i] === 'help') usage(out);
      const af = readFamily(argv[i]);
      if (af === 0) invarg(out, 'invalid protocol family', argv[i]);
      setFamily(o, af);
    } else if (opt === '-4') setFamily(o, AF_INET);
    else if (opt === '-6') setFamily(o, AF_INET6);
    else if (opt === '-0') setFamily(o, AF_PACKET);
    else if (opt === '-M') setFamily(o, AF_MPLS);
    else if (opt === '-B') setFamily(o, AF_BRIDGE);
    else if (matches(opt, '-human') || matches(opt, '-human-readable')) {
      /* human_readable: only statistics use it */
    } else if (matches(opt, '-iec')) {
      /* use_iec: only statistics use it */
    } else if (matches(opt, '-stats') || matches(opt, '-statistics')) o.stats++;
    else if (matches(opt, '-details')) o.details++;
    else if (matches(opt, '-resolve')) o.resolve = true;
    else if (matches(opt, '-oneline')) o.oneline = true;
    else if (matches(opt, '-timestamp') || matches(opt, '-tshort')) {
      /* timestamps only matter to `ip monitor` */
    } else if (matches(opt, '-Version')) {
      out.out(IP_VERSION);
      throw new CommandExit(0);
    } else if (matches(opt, '-force')) force = true;
    else if (matches(opt, '-batch')) {
      if (++i >= argv.length) usage(out);
      batchFile = argv[i];
    } else if (matches(opt, '-brief')) o.brief = true;
    else if (matches(opt, '-json')) o.json = true;
    else if (matches(opt, '-pretty')) o.pretty = true;
    else if (matches(opt, '-rcvbuf')) {
      if (++i >= argv.length) usage(out);
      if (getUnsigned(argv[i], 0) === null) fatal(out, `Invalid rcvbuf size '${argv[i]}'\n`, 255);
    } else if ((color = matchesColor(opt)) !== null) o.color = color === true;
    else if (matches(opt, '-help')) usage(out);
    else if (matches(opt, '-netns')) {
      // NEXT_ARG() here does not catch a missing name: netns_switch(NULL) prints "(null)".
      i++;
      const name = argv[i] ?? '(null)';
      // The simulator holds one namespace; named namespaces do not exist.
      fatal(out, `Cannot open network namespace "${name}": No such file or directory\n`, 255);
    } else if (matches(opt, '-Numeric')) o.numeric = true;
    else if (matches(opt, '-all')) {
      /* do_all: only for `ip netns exec` */
    } else if (opt === '-echo') o.echo = true;
    else fatal(out, `Option "${opt}" is unknown, try "ip -help".\n`, 255);
    i++;
  }
  if (batchFile !== null) return void out.exit(runBatch(session, o, batchFile, force, out));
  if (i >= argv.length) usage(out);
  doCmd(session, o, argv[i], argv.slice(i + 1), out);
}

/**
 * batch() / do_batch(): runs each command of the file with the options of the command line;
 * a failing command prints "Command failed FILE:LINE" and stops the batch unless -force.
 * Commands that exit() end ip at once. Returns the exit status.
 */
function runBatch(
  session: Session,
  o: IpMainOptions,
  name: string,
  force: boolean,
  out: CommandOutput,
): number {
  let text = o.stdin;
  if (name !== '-') {
    const t = session.files.get(name);
    if (t === undefined) fatal(out, `Cannot open file "${name}" for reading: No such file or directory\n`, 1);
    text = t;
  }
  const parsed = parseBatch(text);
  const commands = parsed.ok ? parsed.commands : parsed.before;
  const family = { family: o.family, afFamily: o.afFamily };
  let ret = 0;
  for (const c of commands) {
    Object.assign(o, family); // ip_batch_cmd() restores preferred_family for each command
    out.exit(0);
    try {
      doCmd(session, o, c.argv[0], c.argv.slice(1), out);
    } catch (e) {
      if (!(e instanceof HandlerReturn)) throw e;
    }
    if (out.status !== 0) {
      out.err(`Command failed ${name}:${c.lineno}\n`);
      ret = 1;
      if (!force) return ret;
    }
  }
  if (!parsed.ok) {
    out.err(parsed.message);
    if (parsed.fatal) fatal(out, '', 1);
  }
  return ret;
}

/** The OBJECTS entry each word seen so far selects (undefined: none), so each is searched once. */
const objectOfWord = new Map<string, (typeof OBJECTS)[number] | undefined>();

/** The first object the word abbreviates, in table order. */
function objectOf(word: string): (typeof OBJECTS)[number] | undefined {
  if (objectOfWord.has(word)) return objectOfWord.get(word);
  const entry = OBJECTS.find(([name]) => matches(word, name));
  if (objectOfWord.size < 256) objectOfWord.set(word, entry);
  return entry;
}

/** do_cmd(): the first object the word abbreviates; unknown → `Object "X" is unknown`. */
function doCmd(session: Session, o: IpMainOptions, word: string, rest: string[], out: CommandOutput): void {
  const entry = objectOf(word);
  if (entry === undefined) returnFrom(out, `Object "${word}" is unknown, try "ip help".\n`, 1);
  const name = entry[0];
  const handler = entry[1];
  if (handler === 'help') usage(out);
  if (handler === null) returnFrom(out, `rpdb: "ip ${name}" is not supported by the simulator\n`, 1);
  handler(session, o, rest, out);
}
