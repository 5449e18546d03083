/**
 * One saved RTM_NEWRULE message (struct fib_rule_hdr + FRA_* attributes, as fib_nl_fill_rule
 * wrote it) turned back into the engine's RuleMessage, with the checks fib_nl_newrule's policy
 * (fib_rule_policy) makes before the kernel would accept it from `ip rule restore`.
 */
import type { RuleMessage } from '../../engine/netlink';
import { FRA, RTM } from '../../scenario/export-save-wire';
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
import { readHeader, withPrefixCheck, type DecodedOne, type HeaderKind } from './decode-header';
import { parseAttrs, type FramedMessage, type RawAttr } from './save-file';

const RULE_KIND: HeaderKind = {
  what: 'rule',
  header: 'fib_rule_hdr',
  newType: RTM.NEWRULE,
  newName: 'RTM_NEWRULE',
  delType: RTM.DELRULE,
};

/** Decodes one framed rule message. */
export function decodeRuleMessage(m: FramedMessage): DecodedOne<RuleMessage> {
  const head = readHeader(m, RULE_KIND);
  if (!head.ok) return head;
  const p = m.payload;
  const family = head.family;
  const msg: RuleMessage = {
    family,
    dstLen: p[1],
    srcLen: p[2],
    tos: p[3],
    table: p[4],
    action: p[7],
    flags: head.flags,
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
  return withPrefixCheck(msg, deficit);
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
