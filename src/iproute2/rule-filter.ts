/**
 * The selector of `ip rule list|flush [SELECTOR]` (iprule.c: the `filter` struct, its parsing in
 * iprule_list_flush_or_save and filter_nlmsg). A bare word is a `to` prefix; the `protocol`
 * filter only applies to flush (as in 6.1, list ignores it).
 */
import type { Ip } from '../engine/ip';
import type { RuleMessage } from '../engine/netlink';
import { FIB_RULE } from '../engine/netlink';
import { ArgCursor } from './args';
import type { CommandOutput } from './context';
import { getPrefix, type InetPrefix } from './inet-prefix';
import type { Names } from './names';
import { inetProtoA2n } from './protocols';
import { parseFwmark } from './rule-parse';
import { ruleTable } from './rule-print';
import { scanRange } from './scanf';
import { checkIfname, getU32, getU64, invarg, matches } from './utils';

/** The parsed list/flush selector (iprule.c `filter`). */
export interface RuleFilter {
  not: boolean;
  l3mdev: boolean;
  iif?: string;
  oif?: string;
  uidrange?: { start: number; end: number };
  tb: number;
  tos?: number;
  pref?: number;
  fwmark: number;
  fwmask: number;
  tunId: bigint;
  src?: InetPrefix;
  dst?: InetPrefix;
  protocol: number;
  protocolMask: number;
  sport?: { start: number; end: number };
  dport?: { start: number; end: number };
  ipproto: number;
}

/** Parses the list/flush selector; `af` is the dump family (AF_INET unless -6). */
export function parseRuleFilter(
  names: Names,
  out: CommandOutput,
  argv: readonly string[],
  af: number,
): RuleFilter {
  const f: RuleFilter = {
    not: false,
    l3mdev: false,
    tb: 0,
    fwmark: 0,
    fwmask: 0,
    tunId: 0n,
    protocol: 0,
    protocolMask: 0,
    ipproto: 0,
  };
  const a = new ArgCursor(argv, out);
  while (a.more) {
    const w = a.word;
    if (matches(w, 'preference') || matches(w, 'order') || matches(w, 'priority')) {
      const pref = getU32(a.next(), 0);
      if (pref === null) invarg(out, 'preference value is invalid\n', a.word);
      f.pref = pref;
    } else if (w === 'not') {
      f.not = true;
    } else if (w === 'tos' || w === 'dsfield') {
      const tos = names.dsfieldA2n(a.next());
      if (tos === null) invarg(out, 'TOS value is invalid\n', a.word);
      f.tos = tos;
    } else if (w === 'fwmark') {
      const m = parseFwmark(out, a.next());
      f.fwmark = m.mark;
      if (m.mask !== undefined) f.fwmask = m.mask;
    } else if (w === 'dev' || w === 'iif') {
      const name = a.next();
      if (!checkIfname(name)) invarg(out, '"iif"/"dev" not a valid ifname', name);
      f.iif = name;
    } else if (w === 'oif') {
      const name = a.next();
      if (!checkIfname(name)) invarg(out, '"oif" not a valid ifname', name);
      f.oif = name;
    } else if (w === 'l3mdev') {
      f.l3mdev = true;
    } else if (w === 'uidrange') {
      const r = scanRange(a.next(), 32);
      if (r.length !== 2) invarg(out, 'invalid UID range\n', a.word);
      f.uidrange = { start: r[0], end: r[1] };
    } else if (matches(w, 'tun_id')) {
      const id = getU64(a.next(), 0);
      if (id === null) invarg(out, '"tun_id" value is invalid\n', a.word);
      f.tunId = id;
    } else if (matches(w, 'lookup') || matches(w, 'table')) {
      const t = names.rttableA2n(a.next());
      if (t === null) invarg(out, 'table id value is invalid\n', a.word);
      f.tb = t;
    } else if (matches(w, 'from') || matches(w, 'src')) {
      f.src = getPrefix(out, a.next(), af);
    } else if (matches(w, 'protocol')) {
      const arg = a.next();
      f.protocolMask = -1;
      const prot = names.rtprotA2n(arg);
      if (prot === null) {
        if (arg !== 'all') invarg(out, 'invalid "protocol"\n', arg);
        f.protocol = 0;
        f.protocolMask = 0;
      } else f.protocol = prot;
    } else if (w === 'ipproto') {
      const p = inetProtoA2n(a.next());
      if (p < 0) invarg(out, 'Invalid "ipproto" value\n', a.word);
      f.ipproto = p;
    } else if (w === 'sport' || w === 'dport') {
      const r = scanRange(a.next(), 16);
      if (r.length === 0)
        invarg(out, w === 'sport' ? 'invalid port range\n' : 'invalid dport range\n', a.word);
      const range = { start: r[0], end: r.length === 2 ? r[1] : r[0] };
      if (w === 'sport') f.sport = range;
      else f.dport = range;
    } else {
      if (matches(w, 'dst') || matches(w, 'to')) a.next();
      f.dst = getPrefix(out, a.word, af);
    }
    a.advance();
  }
  return f;
}

/** inet_addr_match_rta(): 0 when the first `bitlen` bits of the attribute equal the filter's. */
function prefixMismatch(m: InetPrefix, rta: Ip | undefined): boolean {
  if (rta === undefined || m.family === 0 || m.bitlen <= 0) return false;
  if (typeof rta !== typeof m.addr) return true; // get_addr_rta: family mismatch
  if (typeof rta === 'number') {
    const mask = m.bitlen >= 32 ? 0xffffffff : (0xffffffff << (32 - m.bitlen)) >>> 0;
    return ((rta ^ (m.addr as number)) & mask) >>> 0 !== 0;
  }
  const mask = ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - m.bitlen)) - 1n);
  return ((rta ^ (m.addr as bigint)) & mask) !== 0n;
}

function portMismatch(
  f: { start: number; end: number } | undefined,
  r: { start: number; end: number } | undefined,
): boolean {
  if (!f || !f.start) return false;
  return !r || r.start !== f.start || r.end !== f.end;
}

/** filter_nlmsg(): true when the dumped rule passes the selector. */
export function ruleMatchesFilter(f: RuleFilter, msg: RuleMessage, preferredFamily: number): boolean {
  const a = msg.attrs;
  if (preferredFamily !== 0 && msg.family !== preferredFamily) return false;
  if (f.pref !== undefined && f.pref !== (a.priority ?? 0)) return false;
  if (f.not && !(msg.flags & FIB_RULE.INVERT)) return false;
  for (const [fp, len, rta] of [
    [f.src, msg.srcLen, a.src],
    [f.dst, msg.dstLen, a.dst],
  ] as const) {
    if (fp && fp.family) {
      if (fp.family !== msg.family || fp.bitlen > len) return false;
      if (prefixMismatch(fp, rta)) return false;
    }
  }
  if (f.tos !== undefined && f.tos !== msg.tos) return false;
  if (f.fwmark && f.fwmark !== (a.fwmark ?? 0)) return false;
  if (f.fwmask && f.fwmask !== (a.fwmask ?? 0)) return false;
  if (f.iif !== undefined && a.iifname !== f.iif) return false;
  if (f.oif !== undefined && a.oifname !== f.oif) return false;
  if (f.l3mdev && !a.l3mdev) return false;
  if (
    f.uidrange &&
    (!a.uidRange || a.uidRange.start !== f.uidrange.start || a.uidRange.end !== f.uidrange.end)
  )
    return false;
  if (f.ipproto && f.ipproto !== (a.ipProto ?? 0)) return false;
  if (portMismatch(f.sport, a.sportRange) || portMismatch(f.dport, a.dportRange)) return false;
  if (f.tunId && a.tunId !== f.tunId) return false;
  const table = ruleTable(msg);
  if (f.tb > 0 && f.tb !== table) return false;
  return true;
}

/** flush_rule()'s extra protocol test (the list path does not apply it). */
export function ruleMatchesProtocol(f: RuleFilter, msg: RuleMessage): boolean {
  if (msg.attrs.protocol === undefined) return true;
  return ((f.protocol ^ msg.attrs.protocol) & f.protocolMask) === 0;
}
