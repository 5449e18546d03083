/**
 * `ip rule` (iproute2 6.1 ip/iprule.c: do_iprule, iprule_list_flush_or_save, iprule_modify):
 * dispatches list/show/lst, add, delete, flush, help to the parser, the engine's rtnetlink-like
 * rule calls and the printer, with ip's exit statuses (do_cmd returns minus the handler's value).
 */
import { ruleDel, ruleDump, ruleNew } from '../engine/rule-ops';
import { AF_INET } from '../engine/ip';
import type { RuleMessage } from '../engine/netlink';
import { type CommandOutput, type IpOptions, type Session } from './context';
import { afOf } from './inet-prefix';
import { IpPrinter } from './json-print';
import { Names } from './names';
import { ruleMatchesFilter, ruleMatchesProtocol, parseRuleFilter } from './rule-filter';
import { isInetFamily, parseRuleModify, ruleUsage } from './rule-parse';
import { printRule } from './rule-print';
import { formatTalkError } from './rtnl-talk';
import { fatal, matches } from './utils';

/** Options ip-main passes beyond IpOptions: the raw preferred_family and `-echo`. */
export interface IpExtraOptions {
  /** preferred_family as an AF number (0, AF_INET, AF_INET6, AF_PACKET, AF_MPLS, AF_BRIDGE...). */
  afFamily?: number;
  /** `-echo`: print the kernel's echo of a change. */
  echo?: boolean;
  /** What the command reads on standard input (`ip rule restore < FILE`, `ip -batch -`). */
  stdin?: string;
}

/** preferred_family of the options. */
export function preferredFamily(opts: IpOptions & IpExtraOptions): number {
  return opts.afFamily ?? afOf(opts.family);
}

function namesFor(session: Session, opts: IpOptions, out: CommandOutput): Names {
  return new Names(session.files, (t) => out.err(t), opts.numeric);
}

function printerFor(opts: IpOptions, out: CommandOutput): IpPrinter {
  return new IpPrinter(out, { json: opts.json, pretty: opts.pretty, color: opts.color && !opts.json });
}

/** Serialises a dumped rule so two dumps can be compared (the echo of a change is their difference). */
function ruleKey(m: RuleMessage): string {
  return JSON.stringify(m, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

/** The rules in `after` that are not in `before` (multiset difference, dump order). */
function dumpDifference(before: RuleMessage[], after: RuleMessage[]): RuleMessage[] {
  const count = new Map<string, number>();
  for (const m of before) count.set(ruleKey(m), (count.get(ruleKey(m)) ?? 0) + 1);
  const out: RuleMessage[] = [];
  for (const m of after) {
    const k = ruleKey(m);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else out.push(m);
  }
  return out;
}

/** iprule_modify(): add or delete one rule; returns the handler's C return value. */
function ruleModify(
  session: Session,
  opts: IpOptions & IpExtraOptions,
  cmd: 'add' | 'del',
  argv: string[],
  out: CommandOutput,
): number {
  const names = namesFor(session, opts, out);
  const { msg, nlflags } = parseRuleModify(names, out, cmd, argv, preferredFamily(opts));
  const host = session.host;
  const before = opts.echo && isInetFamily(msg.family) ? ruleDump(host, msg.family) : [];
  const res = cmd === 'add' ? ruleNew(host, msg, nlflags) : ruleDel(host, msg);
  if (!res.ok) {
    out.err(formatTalkError(res.error));
    return -2;
  }
  if (opts.echo && isInetFamily(msg.family)) {
    // rtnl_echo_talk(): the kernel's notification printed by print_rule inside an extra object.
    const after = ruleDump(host, msg.family);
    const changed = cmd === 'add' ? dumpDifference(before, after) : dumpDifference(after, before);
    const p = printerFor(opts, out);
    p.newJsonObj();
    p.openJsonObject(null);
    for (const m of changed.slice(0, 1))
      printRule(p, m, { names, details: opts.details, numeric: opts.numeric, deleted: cmd === 'del' });
    p.closeJsonObject();
    p.deleteJsonObj();
  }
  return 0;
}

/** iprule_list_flush_or_save() for list and flush; returns the handler's C return value. */
function ruleListOrFlush(
  session: Session,
  opts: IpOptions & IpExtraOptions,
  flush: boolean,
  argv: string[],
  out: CommandOutput,
): number {
  const preferred = preferredFamily(opts);
  const af = preferred === 0 ? AF_INET : preferred;
  const names = namesFor(session, opts, out);
  const filter = parseRuleFilter(names, out, argv, af);
  const p = printerFor(opts, out);
  if (!isInetFamily(af)) {
    // The kernel has no rules of this family: the dump fails after the JSON array was opened.
    p.newJsonObj();
    out.err('RTNETLINK answers: Address family not supported by protocol\nDump terminated\n');
    return 1;
  }
  const dump = ruleDump(session.host, af);
  p.newJsonObj();
  for (const m of dump) {
    if (!ruleMatchesFilter(filter, m, preferred)) continue;
    if (!flush) {
      printRule(p, m, { names, details: opts.details, numeric: opts.numeric });
      continue;
    }
    // flush_rule(): rules without FRA_PRIORITY (pref 0) are kept; the others are deleted
    // by sending the dumped message back as RTM_DELRULE.
    if (!ruleMatchesProtocol(filter, m)) continue;
    if (m.attrs.priority === undefined) continue;
    const res = ruleDel(session.host, m);
    if (!res.ok) {
      out.err(formatTalkError(res.error));
      out.err('Dump terminated\n');
      return 1;
    }
  }
  p.deleteJsonObj();
  return 0;
}

/** fread(&magic, 4, 1, stdin) on `text`: elements read and the (little-endian) bytes it got. */
function readMagic(text: string): [number, number] {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    if (bytes.length >= 4) break;
  }
  const b = bytes.slice(0, 4);
  const magic = (b[0] ?? 0) | ((b[1] ?? 0) << 8) | ((b[2] ?? 0) << 16) | ((b[3] ?? 0) << 24);
  return [b.length === 4 ? 1 : 0, magic >>> 0];
}

/** `ip rule ...`: argv is everything after the object word. */
export function ipRule(session: Session, opts: IpOptions, argv: string[], out: CommandOutput): void {
  const o = opts as IpOptions & IpExtraOptions;
  let ret: number;
  const sub = argv[0];
  const rest = argv.slice(1);
  if (argv.length < 1) ret = ruleListOrFlush(session, o, false, [], out);
  else if (matches(sub, 'list') || matches(sub, 'lst') || matches(sub, 'show'))
    ret = ruleListOrFlush(session, o, false, rest, out);
  else if (matches(sub, 'save')) {
    // Binary rule dumps on stdout are not part of the simulated shell.
    return void fatal(out, 'rpdb: "ip rule save" is not supported by the simulator\n', 1);
  } else if (matches(sub, 'restore')) {
    // rule_dump_check_magic(): no script file carries a binary dump, so the magic never matches.
    const [elems, magic] = readMagic(o.stdin ?? '');
    return void fatal(out, `Magic mismatch (${elems} elems, ${magic.toString(16)} magic)\n`, 255);
  } else if (matches(sub, 'add')) ret = ruleModify(session, o, 'add', rest, out);
  else if (matches(sub, 'delete')) ret = ruleModify(session, o, 'del', rest, out);
  else if (matches(sub, 'flush')) ret = ruleListOrFlush(session, o, true, rest, out);
  else if (matches(sub, 'help')) ruleUsage(out);
  else return void fatal(out, `Command "${sub}" is unknown, try "ip rule help".\n`, 255);
  out.exit(-ret & 255);
}
