/**
 * `ip route` (iproute2 6.1 ip/iproute.c do_iproute): picks the subcommand (all abbreviable, in
 * iproute2's order) and runs it. The handlers mirror iproute_modify, iproute_list_flush_or_save,
 * iproute_get. save answers as on a terminal (no binary stream); restore/showdump as with an
 * empty stdin.
 */
import { CommandExit, type CommandOutput, type IpOptions, type Session } from './context';
import { RouteCmdContext } from './route-context';
import { iprouteGet } from './route-get-cmd';
import { iprouteList } from './route-list';
import { iprouteModify, type MODIFY_FLAGS } from './route-modify';
import { routeUsage } from './route-usage';
import { matches } from './utils';

/** What a subcommand word selects. */
type Subcommand =
  keyof typeof MODIFY_FLAGS | 'list' | 'get' | 'flush' | 'save' | 'restore' | 'showdump' | 'help';

/** subcommandOf() answers for the words seen so far (the same few words come again and again). */
const subcommandOfWord = new Map<string, Subcommand | null>();

/** The subcommand a word selects, or null when unknown. */
function subcommand(w: string): Subcommand | null {
  let cmd = subcommandOfWord.get(w);
  if (cmd === undefined) {
    cmd = subcommandOf(w);
    if (subcommandOfWord.size < 256) subcommandOfWord.set(w, cmd);
  }
  return cmd;
}

/** do_iproute's if-chain: the subcommand a word selects, or null when unknown. */
function subcommandOf(w: string): Subcommand | null {
  if (matches(w, 'add')) return 'add';
  if (matches(w, 'change') || w === 'chg') return 'change';
  if (matches(w, 'replace')) return 'replace';
  if (matches(w, 'prepend')) return 'prepend';
  if (matches(w, 'append')) return 'append';
  if (matches(w, 'test')) return 'test';
  if (matches(w, 'delete')) return 'delete';
  if (matches(w, 'list') || matches(w, 'show') || matches(w, 'lst')) return 'list';
  if (matches(w, 'get')) return 'get';
  if (matches(w, 'flush')) return 'flush';
  if (matches(w, 'save')) return 'save';
  if (matches(w, 'restore')) return 'restore';
  if (matches(w, 'showdump')) return 'showdump';
  if (matches(w, 'help')) return 'help';
  return null;
}

/** do_iproute() on an existing context (exits are thrown as CommandExit). */
function doIproute(ctx: RouteCmdContext, argv: string[]): void {
  const out = ctx.out;
  if (argv.length < 1) {
    iprouteList(ctx, [], 'list');
    return;
  }
  const cmd = subcommand(argv[0]);
  const rest = argv.slice(1);
  switch (cmd) {
    case 'list':
    case 'flush':
      iprouteList(ctx, rest, cmd);
      return;
    case 'get':
      iprouteGet(ctx, rest);
      return;
    case 'save':
      // save_route_prep(): the simulated stdout is a terminal.
      out.err('Not sending a binary stream to stdout\n');
      out.exit(1);
      return;
    case 'restore':
    case 'showdump':
      // route_dump_check_magic(): commands get no stdin here, which reads as an empty file
      // (what the kernel corpus driver gives ip: </dev/null).
      out.err('Magic mismatch (0 elems, 0 magic)\n');
      out.exit(1);
      return;
    case 'help':
      routeUsage(out);
      return;
    case null:
      out.err(`Command "${argv[0]}" is unknown, try "ip route help".\n`);
      out.exit(255);
      return;
    default:
      iprouteModify(ctx, cmd, rest);
  }
}

/** `ip route ...`: argv is everything after the object word. */
export function ipRoute(session: Session, opts: IpOptions, argv: string[], out: CommandOutput): void {
  try {
    doIproute(new RouteCmdContext(session, opts, out), argv);
  } catch (e) {
    if (!(e instanceof CommandExit)) throw e;
    out.exit(e.status);
  }
}
