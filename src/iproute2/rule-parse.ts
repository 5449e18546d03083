/**
 * `ip rule add|del SELECTOR ACTION` → the RTM_NEWRULE/RTM_DELRULE request, exactly as
 * iproute2 6.1 ip/iprule.c:iprule_modify fills it: keyword order and abbreviations, number
 * formats, the family left unspecified (then AF_INET) even for IPv6 prefixes, table < 256 in the
 * header else FRA_TABLE, table main when no table and no type, and every error text and status.
 */
import { AF_INET, AF_INET6 } from '../engine/ip';
import { FR_ACT } from '../engine/model';
import { NLM_F, FIB_RULE, type RuleMessage } from '../engine/netlink';
import { ArgCursor } from './args';
import type { CommandOutput } from './context';
import { getAddr32, getPrefix } from './inet-prefix';
import { Names, getRtRealmsOrRaw, rtntypeA2n } from './names';
import { inetProtoA2n } from './protocols';
import { scanRange } from './scanf';
import { checkIfname, fatal, getS32, getU32, getU64, invarg, matches, returnFrom } from './utils';

/** RT_TABLE_MAIN. */
const RT_TABLE_MAIN = 254;

/** What `ip rule add|del` sends: the message and its NLM_F_* flags. */
export interface RuleRequest {
  msg: RuleMessage;
  nlflags: number;
}

/** The rule usage text (iprule.c usage()), printed to stderr with exit 255. */
export const RULE_USAGE =
  'Usage: ip rule { add | del } SELECTOR ACTION\n' +
  '       ip rule { flush | save | restore }\n' +
  '       ip rule [ list [ SELECTOR ]]\n' +
  'SELECTOR := [ not ] [ from PREFIX ] [ to PREFIX ] [ tos TOS ]\n' +
  '            [ fwmark FWMARK[/MASK] ]\n' +
  '            [ iif STRING ] [ oif STRING ] [ pref NUMBER ] [ l3mdev ]\n' +
  '            [ uidrange NUMBER-NUMBER ]\n' +
  '            [ ipproto PROTOCOL ]\n' +
  '            [ sport [ NUMBER | NUMBER-NUMBER ]\n' +
  '            [ dport [ NUMBER | NUMBER-NUMBER ] ]\n' +
  'ACTION := [ table TABLE_ID ]\n' +
  '          [ protocol PROTO ]\n' +
  '          [ nat ADDRESS ]\n' +
  '          [ realms [SRCREALM/]DSTREALM ]\n' +
  '          [ goto NUMBER ]\n' +
  '          SUPPRESSOR\n' +
  'SUPPRESSOR := [ suppress_prefixlength NUMBER ]\n' +
  '              [ suppress_ifgroup DEVGROUP ]\n' +
  'TABLE_ID := [ local | main | default | NUMBER ]\n';

/** usage(): the rule usage on stderr, exit(-1). */
export function ruleUsage(out: CommandOutput): never {
  return fatal(out, RULE_USAGE, 255);
}

/**
 * iprule_modify(): parses `argv` (the words after add/del) with `family` = ip's preferred_family
 * (AF number, 0 when no -4/-6). Prints and throws CommandExit on user errors.
 */
export function parseRuleModify(
  names: Names,
  out: CommandOutput,
  cmd: 'add' | 'del',
  argv: readonly string[],
  family: number,
): RuleRequest {
  const msg: RuleMessage = {
    family,
    dstLen: 0,
    srcLen: 0,
    tos: 0,
    table: 0,
    action: FR_ACT.UNSPEC,
    flags: 0,
    attrs: {},
  };
  let nlflags = NLM_F.REQUEST;
  let l3mdevRule = false;
  let tableOk = false;
  let tid = 0;

  if (cmd === 'add') {
    if (argv.length === 0) returnFrom(out, '"ip rule add" requires arguments.\n', 1);
    nlflags |= NLM_F.CREATE | NLM_F.EXCL;
    msg.action = FR_ACT.TO_TBL;
  }
  if (cmd === 'del' && argv.length === 0) returnFrom(out, '"ip rule del" requires arguments.\n', 1);

  const a = new ArgCursor(argv, out);
  const attrs = msg.attrs;
  while (a.more) {
    const w = a.word;
    if (w === 'not') {
      msg.flags |= FIB_RULE.INVERT;
    } else if (w === 'from') {
      const p = getPrefix(out, a.next(), msg.family);
      msg.srcLen = p.bitlen;
      // addattr_l(FRA_SRC, data, bytelen): `all`/`any` send an empty attribute (no address).
      if (p.bytelen > 0) attrs.src = p.addr;
    } else if (w === 'to') {
      const p = getPrefix(out, a.next(), msg.family);
      msg.dstLen = p.bitlen;
      if (p.bytelen > 0) attrs.dst = p.addr;
    } else if (matches(w, 'preference') || matches(w, 'order') || matches(w, 'priority')) {
      const pref = getU32(a.next(), 0);
      if (pref === null) invarg(out, 'preference value is invalid\n', a.word);
      attrs.priority = pref;
    } else if (w === 'tos' || matches(w, 'dsfield')) {
      const tos = names.dsfieldA2n(a.next());
      if (tos === null) invarg(out, 'TOS value is invalid\n', a.word);
      msg.tos = tos;
    } else if (w === 'fwmark') {
      const m = parseFwmark(out, a.next());
      attrs.fwmark = m.mark;
      if (m.mask !== undefined) attrs.fwmask = m.mask;
    } else if (matches(w, 'realms')) {
      const realm = getRtRealmsOrRaw(names, a.next());
      if (realm === null) invarg(out, 'invalid realms\n', a.word);
      attrs.flow = realm;
    } else if (matches(w, 'protocol')) {
      const proto = names.rtprotA2n(a.next());
      if (proto === null) invarg(out, '"protocol" value is invalid\n', a.word);
      attrs.protocol = proto;
    } else if (matches(w, 'tun_id')) {
      const id = getU64(a.next(), 0);
      if (id === null) invarg(out, '"tun_id" value is invalid\n', a.word);
      attrs.tunId = id;
    } else if (matches(w, 'table') || w === 'lookup') {
      const t = names.rttableA2n(a.next());
      if (t === null) invarg(out, 'invalid table ID\n', a.word);
      tid = t;
      if (t < 256) msg.table = t;
      else {
        msg.table = 0; // RT_TABLE_UNSPEC in the header, the id in FRA_TABLE
        attrs.table = t;
      }
      tableOk = true;
    } else if (matches(w, 'suppress_prefixlength') || w === 'sup_pl') {
      const pl = getS32(a.next(), 0);
      if (pl === null || pl < 0) invarg(out, 'suppress_prefixlength value is invalid\n', a.word);
      attrs.suppressPrefixlen = pl;
    } else if (matches(w, 'suppress_ifgroup') || w === 'sup_group') {
      const group = names.groupA2n(a.next());
      if (group === null) invarg(out, 'Invalid "suppress_ifgroup" value\n', a.word);
      attrs.suppressIfgroup = group;
    } else if (w === 'dev' || w === 'iif') {
      const name = a.next();
      if (!checkIfname(name)) invarg(out, '"iif"/"dev" not a valid ifname', name);
      attrs.iifname = name;
    } else if (w === 'oif') {
      const name = a.next();
      if (!checkIfname(name)) invarg(out, '"oif" not a valid ifname', name);
      attrs.oifname = name;
    } else if (w === 'l3mdev') {
      attrs.l3mdev = 1;
      tableOk = true;
      l3mdevRule = true;
    } else if (w === 'uidrange') {
      const r = scanRange(a.next(), 32);
      if (r.length !== 2) invarg(out, 'invalid UID range\n', a.word);
      attrs.uidRange = { start: r[0], end: r[1] };
    } else if (w === 'nat' || matches(w, 'map-to')) {
      const addr = a.next();
      out.err('Warning: route NAT is deprecated\n');
      // RTA_GATEWAY: the kernel ignores it (rules keep no NAT address), so it is not modelled.
      getAddr32(out, addr);
      msg.action = 10; // RTN_NAT
    } else if (w === 'ipproto') {
      const p = inetProtoA2n(a.next());
      if (p < 0) invarg(out, 'Invalid "ipproto" value\n', a.word);
      attrs.ipProto = p;
    } else if (w === 'sport' || w === 'dport') {
      const r = scanRange(a.next(), 16);
      if (r.length === 0)
        invarg(out, w === 'sport' ? 'invalid port range\n' : 'invalid dport range\n', a.word);
      const range = { start: r[0], end: r.length === 2 ? r[1] : r[0] };
      if (w === 'sport') attrs.sportRange = range;
      else attrs.dportRange = range;
    } else {
      let t = w;
      if (t === 'type') t = a.next();
      let type: number;
      if (matches(t, 'help')) ruleUsage(out);
      if (matches(t, 'goto')) {
        type = FR_ACT.GOTO;
        const target = getU32(a.next(), 0);
        if (target === null) invarg(out, 'invalid target\n', a.word);
        attrs.goto = target;
      } else if (matches(t, 'nop')) type = FR_ACT.NOP;
      else {
        const rt = rtntypeA2n(t);
        if (rt === null) invarg(out, 'Failed to parse rule type', t);
        type = rt;
      }
      msg.action = type;
      tableOk = true;
    }
    a.advance();
  }

  if (l3mdevRule && tid !== 0) returnFrom(out, 'table can not be specified for l3mdev rules\n', 22);
  if (msg.family === 0) msg.family = AF_INET;
  if (!tableOk && cmd === 'add') msg.table = RT_TABLE_MAIN;
  return { msg, nlflags };
}

/** True for the two families the kernel has rule sets for. */
export function isInetFamily(af: number): boolean {
  return af === AF_INET || af === AF_INET6;
}

/** `fwmark MARK[/MASK]` as iprule.c reads it for add/del and for list filters (u32s, base 0). */
export function parseFwmark(out: CommandOutput, arg: string): { mark: number; mask?: number } {
  const slash = arg.indexOf('/');
  const markText = slash >= 0 ? arg.slice(0, slash) : arg;
  const mark = getU32(markText, 0);
  if (mark === null) invarg(out, 'fwmark value is invalid\n', markText);
  if (slash < 0) return { mark };
  const mask = getU32(arg.slice(slash + 1), 0);
  if (mask === null) invarg(out, 'fwmask value is invalid\n', arg.slice(slash + 1));
  return { mark, mask };
}
