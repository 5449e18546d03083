/**
 * `ip rule save` as the simulator writes it: the rules of a host dumped (ruleDump) and each
 * RTM_NEWRULE written with the attributes in the order fib_nl_fill_rule and fib4_rule_fill /
 * fib6_rule_fill put them, so the file is byte for byte what the real command writes from the
 * same state (but for nlmsg_seq and nlmsg_pid, which are 0 here).
 */
import { AF_INET, AF_INET6, type Family } from '../engine/ip';
import type { Host } from '../engine/host';
import { ruleDump } from '../engine/rule-ops';
import type { RuleMessage } from '../engine/netlink';
import { FRA, NlWriter, RTM, RULE_DUMP_MAGIC, beginMessage, endMessage, ipToBytes } from './export-save-wire';

/** Writes one rule as the kernel dumps it (fib_nl_fill_rule): nlmsghdr, fib_rule_hdr, FRA_*. */
export function writeRuleMessage(w: NlWriter, msg: RuleMessage, type: number = RTM.NEWRULE): void {
  const start = beginMessage(w, type);
  w.u8(msg.family);
  w.u8(msg.dstLen);
  w.u8(msg.srcLen);
  w.u8(msg.tos);
  w.u8(msg.table);
  w.u8(0);
  w.u8(0);
  w.u8(msg.action);
  w.u32(msg.flags);
  const a = msg.attrs;
  if (a.table !== undefined) w.attrU32(FRA.TABLE, a.table);
  if (a.suppressPrefixlen !== undefined) w.attrU32(FRA.SUPPRESS_PREFIXLEN, a.suppressPrefixlen);
  if (a.protocol !== undefined) w.attrU8(FRA.PROTOCOL, a.protocol);
  if (a.iifname !== undefined) w.attrString(FRA.IIFNAME, a.iifname);
  if (a.oifname !== undefined) w.attrString(FRA.OIFNAME, a.oifname);
  if (a.priority !== undefined) w.attrU32(FRA.PRIORITY, a.priority);
  if (a.fwmark !== undefined) w.attrU32(FRA.FWMARK, a.fwmark);
  if (a.fwmask !== undefined) w.attrU32(FRA.FWMASK, a.fwmask);
  if (a.goto !== undefined) w.attrU32(FRA.GOTO, a.goto);
  if (a.tunId !== undefined) w.attr(FRA.TUN_ID, be64(a.tunId));
  if (a.l3mdev !== undefined) w.attrU8(FRA.L3MDEV, a.l3mdev);
  if (a.uidRange) w.attr(FRA.UID_RANGE, u32Pair(a.uidRange.start, a.uidRange.end));
  // Each port range is followed by its mask (0xffff for a single port), as 6.18 dumps them.
  if (a.sportRange) w.attr(FRA.SPORT_RANGE, u16Pair(a.sportRange.start, a.sportRange.end));
  if (a.sportMask !== undefined) w.attr(FRA.SPORT_MASK, u16(a.sportMask));
  if (a.dportRange) w.attr(FRA.DPORT_RANGE, u16Pair(a.dportRange.start, a.dportRange.end));
  if (a.dportMask !== undefined) w.attr(FRA.DPORT_MASK, u16(a.dportMask));
  if (a.ipProto !== undefined) w.attrU8(FRA.IP_PROTO, a.ipProto);
  if (a.suppressIfgroup !== undefined) w.attrU32(FRA.SUPPRESS_IFGROUP, a.suppressIfgroup);
  // fib4_rule_fill / fib6_rule_fill: dscp, then the prefixes, then realms or the flow label.
  if (a.dscp !== undefined) w.attrU8(FRA.DSCP, a.dscp);
  if (a.dscpMask !== undefined) w.attrU8(FRA.DSCP_MASK, a.dscpMask);
  if (a.dst !== undefined && msg.dstLen) w.attr(FRA.DST, ipToBytes(a.dst));
  if (a.src !== undefined && msg.srcLen) w.attr(FRA.SRC, ipToBytes(a.src));
  if (a.flow !== undefined) w.attrU32(FRA.FLOW, a.flow);
  if (a.flowlabel !== undefined) w.attr(FRA.FLOWLABEL, be32(a.flowlabel));
  if (a.flowlabelMask !== undefined) w.attr(FRA.FLOWLABEL_MASK, be32(a.flowlabelMask));
  endMessage(w, start);
}

/**
 * The bytes `ip [-6] rule save` writes for `host`: the magic, then every rule of the family
 * (IPv4 when `family` is 4, as `ip rule save` without -6) in kernel order.
 */
export function encodeRuleSave(host: Host, family: Family = 4): Uint8Array {
  const w = new NlWriter();
  w.u32(RULE_DUMP_MAGIC);
  for (const msg of ruleDump(host, family === 4 ? AF_INET : AF_INET6)) writeRuleMessage(w, msg);
  return w.finish();
}

function u16(v: number): Uint8Array {
  return Uint8Array.of(v & 255, (v >>> 8) & 255);
}

function u16Pair(a: number, b: number): Uint8Array {
  return Uint8Array.of(a & 255, (a >>> 8) & 255, b & 255, (b >>> 8) & 255);
}

function u32Pair(a: number, b: number): Uint8Array {
  const out = new Uint8Array(8);
  const v = new DataView(out.buffer);
  v.setUint32(0, a >>> 0, true);
  v.setUint32(4, b >>> 0, true);
  return out;
}

function be32(v: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, v >>> 0, false);
  return out;
}

/** FRA_TUN_ID is __be64 (nla_put_be64). */
function be64(v: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, v), false);
  return out;
}
