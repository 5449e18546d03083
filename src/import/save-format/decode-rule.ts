/**
 * One saved RTM_NEWRULE message (struct fib_rule_hdr + FRA_* attributes, as fib_nl_fill_rule
 * wrote it) turned back into the engine's RuleMessage, with the checks fib_nl_newrule's policy
 * (fib_rule_policy) makes before the kernel would accept it from `ip rule restore`.
 */
import { AF_INET, AF_INET6 } from '../../engine/ip';
import type { RuleMessage } from '../../engine/netlink';
import { FAMILY_HDRLEN, FRA, RTM } from '../../scenario/export-save-wire';
import {
  readAddr,
  readBe32,
  readBe64,
  readPair,
  readString,
  readU16,
  readU32,
  readU8,
  type AttrRead,
} from './attr-read';
import { parseAttrs, type FramedMessage, type RawAttr } from './save-file';

/** A decoded message or why it cannot be restored; `warning` is iproute2's non-fatal remark. */
export type DecodedOne<T> = { ok: true; value: T; warning?: string } | { ok: false; text: string };

/** Decodes one framed rule message. */
export function decodeRuleMessage(m: FramedMessage): DecodedOne<RuleMessage> {
  if (m.type !== RTM.NEWRULE && m.type !== RTM.DELRULE)
    return { ok: false, text: `nlmsg_type ${m.type} is not a rule message (RTM_NEWRULE is 32)` };
  const p = m.payload;
  if (p.length < FAMILY_HDRLEN)
    return { ok: false, text: `fib_rule_hdr needs 12 bytes, the message has ${p.length}` };
  const family = p[0];
  if (family !== AF_INET && family !== AF_INET6)
    return { ok: false, text: `rule family ${family} is neither inet (2) nor inet6 (10)` };
  const msg: RuleMessage = {
    family,
    dstLen: p[1],
    srcLen: p[2],
    tos: p[3],
    table: p[4],
    action: p[7],
    flags: (p[8] | (p[9] << 8) | (p[10] << 16) | (p[11] << 24)) >>> 0,
    attrs: {},
  };
  const { attrs, deficit } = parseAttrs(p);
  const a = msg.attrs;
  let failed: string | undefined;
  for (const raw of attrs) {
    const r = readRuleAttr(raw, family, a);
    if (r) {
      failed = r;
      break;
    }
  }
  if (failed) return { ok: false, text: failed };
  const max = family === AF_INET ? 32 : 128;
  if (msg.dstLen > max || msg.srcLen > max)
    return { ok: false, text: `prefix length ${Math.max(msg.dstLen, msg.srcLen)} is longer than ${max}` };
  return deficit ? { ok: true, value: msg, warning: deficit } : { ok: true, value: msg };
}

/** Reads one FRA_* attribute into `a`; returns why it is invalid, or undefined. */
function readRuleAttr(raw: RawAttr, family: number, a: RuleMessage['attrs']): string | undefined {
  const set = <T>(r: AttrRead<T>, put: (v: T) => void): string | undefined => {
    if (!r.ok) return r.text;
    put(r.value);
    return undefined;
  };
  switch (raw.type) {
    case FRA.DST:
      return set(readAddr(raw, 'FRA_DST', family), (v) => (a.dst = v));
    case FRA.SRC:
      return set(readAddr(raw, 'FRA_SRC', family), (v) => (a.src = v));
    case FRA.IIFNAME:
      return set(readString(raw, 'FRA_IIFNAME'), (v) => (a.iifname = v));
    case FRA.OIFNAME:
      return set(readString(raw, 'FRA_OIFNAME'), (v) => (a.oifname = v));
    case FRA.GOTO:
      return set(readU32(raw, 'FRA_GOTO'), (v) => (a.goto = v));
    case FRA.PRIORITY:
      return set(readU32(raw, 'FRA_PRIORITY'), (v) => (a.priority = v));
    case FRA.FWMARK:
      return set(readU32(raw, 'FRA_FWMARK'), (v) => (a.fwmark = v));
    case FRA.FWMASK:
      return set(readU32(raw, 'FRA_FWMASK'), (v) => (a.fwmask = v));
    case FRA.FLOW:
      return set(readU32(raw, 'FRA_FLOW'), (v) => (a.flow = v));
    case FRA.TUN_ID:
      return set(readBe64(raw, 'FRA_TUN_ID'), (v) => (a.tunId = v));
    case FRA.SUPPRESS_IFGROUP:
      return set(readU32(raw, 'FRA_SUPPRESS_IFGROUP'), (v) => (a.suppressIfgroup = v));
    case FRA.SUPPRESS_PREFIXLEN:
      return set(readU32(raw, 'FRA_SUPPRESS_PREFIXLEN'), (v) => (a.suppressPrefixlen = v));
    case FRA.TABLE:
      return set(readU32(raw, 'FRA_TABLE'), (v) => (a.table = v));
    case FRA.L3MDEV:
      return set(readU8(raw, 'FRA_L3MDEV'), (v) => (a.l3mdev = v));
    case FRA.UID_RANGE:
      return set(readPair(raw, 'FRA_UID_RANGE', 4), (v) => (a.uidRange = v));
    case FRA.PROTOCOL:
      return set(readU8(raw, 'FRA_PROTOCOL'), (v) => (a.protocol = v));
    case FRA.IP_PROTO:
      return set(readU8(raw, 'FRA_IP_PROTO'), (v) => (a.ipProto = v));
    case FRA.SPORT_RANGE:
      return set(readPair(raw, 'FRA_SPORT_RANGE', 2), (v) => (a.sportRange = v));
    case FRA.DPORT_RANGE:
      return set(readPair(raw, 'FRA_DPORT_RANGE', 2), (v) => (a.dportRange = v));
    case FRA.DSCP:
      return set(readU8(raw, 'FRA_DSCP'), (v) => (a.dscp = v));
    case FRA.DSCP_MASK:
      return set(readU8(raw, 'FRA_DSCP_MASK'), (v) => (a.dscpMask = v));
    case FRA.FLOWLABEL:
      return set(readBe32(raw, 'FRA_FLOWLABEL'), (v) => (a.flowlabel = v));
    case FRA.FLOWLABEL_MASK:
      return set(readBe32(raw, 'FRA_FLOWLABEL_MASK'), (v) => (a.flowlabelMask = v));
    case FRA.SPORT_MASK:
      return set(readU16(raw, 'FRA_SPORT_MASK'), (v) => (a.sportMask = v));
    case FRA.DPORT_MASK:
      return set(readU16(raw, 'FRA_DPORT_MASK'), (v) => (a.dportMask = v));
    default:
      return undefined;
  }
}
