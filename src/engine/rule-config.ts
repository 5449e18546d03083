import { EINVAL, fail, ok, type KResult } from './errors';
import type { Host } from './host';
import { AF_INET, type Family, type Ip } from './ip';
import { FR_ACT, type Rule } from './model';
import type { RuleMessage } from './netlink';
import { emptyRule } from './default-rules';

const U32 = 0x100000000;

/** u32 attribute stored into a kernel `int` (suppress_prefixlen, suppress_ifgroup). */
function toInt32(v: number): number {
  return v | 0;
}

/** True when an address attribute has the family's size (nla_len == addr_size). */
function addrFits(family: Family, a: Ip | undefined): boolean {
  return a !== undefined && (family === 4 ? typeof a === 'number' : typeof a === 'bigint');
}

/** fib_rule_port_range_valid: 0 and 65535 are not valid ends; start <= end. */
function portRangeValid(r: { start: number; end: number }): boolean {
  return r.start !== 0 && r.end !== 0xffff && r.start <= r.end;
}

/**
 * fib_nl2rule: the rule a message describes, with the generic validation and its extack texts.
 * `userPriority` tells whether FRA_PRIORITY was given.
 */
export function nl2rule(msg: RuleMessage, family: Family): KResult<{ rule: Rule; userPriority: boolean }> {
  const a = msg.attrs;
  const bits = family === 4 ? 32 : 128;
  if (msg.srcLen && (!addrFits(family, a.src) || msg.srcLen > bits)) return fail(EINVAL, 'Invalid source address');
  if (msg.dstLen && (!addrFits(family, a.dst) || msg.dstLen > bits)) return fail(EINVAL, 'Invalid dst address');
  const rule = emptyRule(family);
  const userPriority = a.priority !== undefined;
  if (a.priority !== undefined) rule.pref = a.priority >>> 0;
  rule.protocol = a.protocol ?? 0;
  if (a.iifname !== undefined) rule.iifname = a.iifname.slice(0, 15);
  if (a.oifname !== undefined) rule.oifname = a.oifname.slice(0, 15);
  if (a.fwmark !== undefined) {
    rule.mark = a.fwmark >>> 0;
    // Compatibility: a nonzero mark compares all bits unless a mask is given.
    if (rule.mark) rule.markMask = 0xffffffff;
  }
  if (a.fwmask !== undefined) rule.markMask = a.fwmask >>> 0;
  if (a.tunId !== undefined) rule.tunId = a.tunId;
  if (a.l3mdev !== undefined) {
    if (a.l3mdev !== 1) return fail(EINVAL, 'Invalid l3mdev attribute');
    rule.l3mdev = true;
  }
  rule.action = msg.action;
  rule.invert = (msg.flags & 0x2) !== 0;
  rule.table = a.table !== undefined ? a.table >>> 0 : msg.table;
  rule.suppressPrefixlen = a.suppressPrefixlen !== undefined ? toInt32(a.suppressPrefixlen) : -1;
  rule.suppressIfgroup = a.suppressIfgroup !== undefined ? toInt32(a.suppressIfgroup) : -1;
  if (a.goto !== undefined) {
    if (rule.action !== FR_ACT.GOTO) return fail(EINVAL, 'Unexpected goto');
    rule.gotoTarget = a.goto >>> 0;
  } else if (rule.action === FR_ACT.GOTO) return fail(EINVAL, 'Missing goto target for action goto');
  if (rule.l3mdev && rule.table) return fail(EINVAL, 'l3mdev and table are mutually exclusive');
  if (a.uidRange) {
    const { start, end } = a.uidRange;
    if (start === U32 - 1 || end === U32 - 1 || start > end) return fail(EINVAL, 'Invalid uid range');
    rule.uidRange = { start, end };
  }
  if (a.ipProto !== undefined) rule.ipproto = a.ipProto & 0xff;
  if (a.sportRange) {
    if (!portRangeValid(a.sportRange)) return fail(EINVAL, 'Invalid sport range');
    rule.sport = { ...a.sportRange };
    if (a.sportRange.start === a.sportRange.end) rule.sportMask = 0xffff;
  }
  if (a.sportMask !== undefined) {
    const m = portMask(rule.sport, a.sportMask);
    if (!m.ok) return m;
    rule.sportMask = a.sportMask;
  }
  if (a.dportRange) {
    if (!portRangeValid(a.dportRange)) return fail(EINVAL, 'Invalid dport range');
    rule.dport = { ...a.dportRange };
    if (a.dportRange.start === a.dportRange.end) rule.dportMask = 0xffff;
  }
  if (a.dportMask !== undefined) {
    const m = portMask(rule.dport, a.dportMask);
    if (!m.ok) return m;
    rule.dportMask = a.dportMask;
  }
  return ok({ rule, userPriority });
}

/** fib_nl2rule_port_mask. */
function portMask(range: { start: number; end: number } | undefined, mask: number): KResult {
  if (!range || !portRangeValid(range)) return fail(EINVAL, 'Cannot specify port mask without port value');
  if (range.start !== range.end) return fail(EINVAL, 'Cannot specify port mask for port range');
  if (range.start & ~mask) return fail(EINVAL, 'Invalid port mask');
  return ok(undefined);
}

/**
 * ops->configure (fib4_rule_configure / fib6_rule_configure): family checks, then table
 * allocation. Mutates the host only after every check passed (unmerge, new table, flags).
 */
export function configureRule(host: Host, rule: Rule, msg: RuleMessage): KResult {
  const a = msg.attrs;
  const family = rule.family;
  if (family === 4 && (a.flowlabel !== undefined || a.flowlabelMask !== undefined))
    return fail(EINVAL, 'Flow label cannot be specified for IPv4 FIB rules');
  if (msg.tos & 0x3) return fail(EINVAL, 'Invalid dsfield (tos): ECN bits must be 0');
  // IPv4 currently doesn't handle high order DSCP bits (fib4_rule_configure).
  if (family === 4 && msg.tos & ~0x1e) return fail(EINVAL, 'Invalid tos');
  rule.tos = msg.tos;
  if (a.dscp !== undefined) {
    if (rule.tos) return fail(EINVAL, 'Cannot specify both TOS and DSCP');
    rule.dscpFull = { value: a.dscp & 0x3f, mask: 0x3f };
  }
  if (a.dscpMask !== undefined) {
    if (!rule.dscpFull) return fail(EINVAL, 'Cannot specify DSCP mask without DSCP value');
    const m = a.dscpMask & 0x3f;
    if (rule.dscpFull.value & ~m) return fail(EINVAL, 'Invalid DSCP mask');
    rule.dscpFull.mask = m;
  }
  if (family === 6 && (a.flowlabel !== undefined || a.flowlabelMask !== undefined)) {
    if (a.flowlabel === undefined || a.flowlabelMask === undefined) return fail(EINVAL);
    if (a.flowlabelMask & ~0xfffff) return fail(EINVAL, 'Invalid flow label mask');
    if (a.flowlabel & ~a.flowlabelMask) return fail(EINVAL, 'Flow label and mask do not match');
    rule.flowlabel = { value: a.flowlabel, mask: a.flowlabelMask };
  }
  if (family === 6 && rule.action === FR_ACT.TO_TBL && !rule.l3mdev && rule.table === 0)
    return fail(EINVAL, 'Invalid table');
  if (msg.srcLen) rule.src = { addr: a.src!, len: msg.srcLen };
  if (msg.dstLen) rule.dst = { addr: a.dst!, len: msg.dstLen };
  if (family === 4 && a.flow) rule.realms = a.flow >>> 0;
  if (family === 4) {
    if (rule.table === 0 && !rule.l3mdev && rule.action === FR_ACT.TO_TBL) {
      // fib_empty_table: the lowest unused table id from 1.
      let id = 1;
      while (host.table(4, id)) id++;
      host.table(4, id, true);
      rule.table = id;
    }
    host.customRules4 = true;
  } else {
    if (rule.action === FR_ACT.TO_TBL && !rule.l3mdev) host.table(6, rule.table, true);
    host.customRules6 = true;
  }
  return ok(undefined);
}

/** The family of a rule message (AF_INET → 4, AF_INET6 → 6), or undefined. */
export function ruleFamily(af: number): Family | undefined {
  return af === AF_INET ? 4 : af === 10 ? 6 : undefined;
}
