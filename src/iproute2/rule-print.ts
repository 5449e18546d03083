/**
 * print_rule() of iproute2 6.1 ip/iprule.c: one dumped RuleMessage as the text line
 * (`PREF:\tfrom ... lookup T`) or the JSON object of `ip -j rule`, field by field in iproute2's
 * order, with its name lookups (tables, dsfield, realms, groups, protocols, ip protocols).
 */
import { AF_INET, AF_INET6, formatIp } from '../engine/ip';
import { FR_ACT } from '../engine/model';
import { FIB_RULE, type RuleMessage } from '../engine/netlink';
import { afBitLen } from './inet-prefix';
import { IpPrinter, PRINT_ANY, PRINT_FP, ifaFamilyColor } from './json-print';
import { rtntypeN2a, type Names } from './names';
import { inetProtoN2a } from './protocols';

/** RTN_NAT (the action number `nat` sends). */
const RTN_NAT = 10;
/** RTPROT_KERNEL. */
const RTPROT_KERNEL = 2;

/** What print_rule needs besides the message: ip's -d and -N, and whether it is a deletion echo. */
export interface RulePrintContext {
  names: Names;
  details: number;
  numeric: boolean;
  /** nlmsg_type == RTM_DELRULE (the `ip -echo rule del` answer): prefixed "Deleted ". */
  deleted?: boolean;
}

/** frh_get_table(): FRA_TABLE when present, else the header byte. */
export function ruleTable(msg: RuleMessage): number {
  return msg.attrs.table ?? msg.table;
}

/** Reads a u32 attribute that the kernel uses as a signed int (-1 = unset). */
function asInt(v: number): number {
  return v | 0;
}

/** print_rule(): prints `msg` (already filtered) through `p`. */
export function printRule(p: IpPrinter, msg: RuleMessage, ctx: RulePrintContext): void {
  const { names } = ctx;
  const a = msg.attrs;
  const hostLen = afBitLen(msg.family);
  const famColor = ifaFamilyColor(msg.family);

  p.openJsonObject(null);
  if (ctx.deleted) p.printBool(PRINT_ANY, 'deleted', 'Deleted ', true);
  p.printUint(PRINT_ANY, 'priority', '%u:\t', a.priority ?? 0);
  if (msg.flags & FIB_RULE.INVERT) p.printNull(PRINT_ANY, 'not', 'not ');

  if (a.src !== undefined) {
    p.printString(PRINT_FP, null, 'from ', '');
    p.printColorString(PRINT_ANY, famColor, 'src', '%s', formatIp(a.src));
    if (msg.srcLen !== hostLen) p.printUint(PRINT_ANY, 'srclen', '/%u', msg.srcLen);
  } else if (msg.srcLen) {
    p.printString(PRINT_ANY, 'src', 'from %s', '0');
    p.printUint(PRINT_ANY, 'srclen', '/%u', msg.srcLen);
  } else {
    p.printString(PRINT_ANY, 'src', 'from %s', 'all');
  }

  if (a.dst !== undefined) {
    p.printString(PRINT_FP, null, ' to ', '');
    p.printColorString(PRINT_ANY, famColor, 'dst', '%s', formatIp(a.dst));
    if (msg.dstLen !== hostLen) p.printUint(PRINT_ANY, 'dstlen', '/%u', msg.dstLen);
  } else if (msg.dstLen) {
    p.printString(PRINT_ANY, 'dst', ' to %s', '0');
    p.printUint(PRINT_ANY, 'dstlen', '/%u', msg.dstLen);
  }

  if (msg.tos) p.printString(PRINT_ANY, 'tos', ' tos %s', names.dsfieldN2a(msg.tos));

  if (a.fwmark !== undefined || a.fwmask !== undefined) {
    const mark = a.fwmark ?? 0;
    const mask = a.fwmask;
    p.print0xhex(PRINT_ANY, 'fwmark', ' fwmark %#llx', mark);
    if (mask !== undefined && mask >>> 0 !== 0xffffffff) p.print0xhex(PRINT_ANY, 'fwmask', '/%#llx', mask);
  }

  if (a.iifname !== undefined) {
    p.fp(' iif ');
    p.printColorString(PRINT_ANY, 'ifname', 'iif', '%s', a.iifname);
    if (msg.flags & FIB_RULE.IIF_DETACHED) p.printNull(PRINT_ANY, 'iif_detached', ' [detached]');
  }
  if (a.oifname !== undefined) {
    p.fp(' oif ');
    p.printColorString(PRINT_ANY, 'ifname', 'oif', '%s', a.oifname);
    if (msg.flags & FIB_RULE.OIF_DETACHED) p.printNull(PRINT_ANY, 'oif_detached', ' [detached]');
  }

  if (a.l3mdev) p.printNull(PRINT_ANY, 'l3mdev', ' lookup [l3mdev-table]');

  if (a.uidRange) {
    p.printUint(PRINT_ANY, 'uid_start', ' uidrange %u', a.uidRange.start);
    p.printUint(PRINT_ANY, 'uid_end', '-%u', a.uidRange.end);
  }

  if (a.ipProto !== undefined)
    p.printString(PRINT_ANY, 'ipproto', ' ipproto %s', inetProtoN2a(a.ipProto, ctx.numeric));

  printPortRange(p, 'sport', a.sportRange);
  printPortRange(p, 'dport', a.dportRange);

  if (a.tunId !== undefined) p.printU64(PRINT_ANY, 'tun_id', ' tun_id %llu', a.tunId);

  const table = ruleTable(msg);
  if (table) {
    p.printString(PRINT_ANY, 'table', ' lookup %s', names.rttableN2a(table));
    if (a.suppressPrefixlen !== undefined && asInt(a.suppressPrefixlen) !== -1)
      p.printInt(PRINT_ANY, 'suppress_prefixlen', ' suppress_prefixlength %d', asInt(a.suppressPrefixlen));
    if (a.suppressIfgroup !== undefined && asInt(a.suppressIfgroup) !== -1)
      p.printString(
        PRINT_ANY,
        'suppress_ifgroup',
        ' suppress_ifgroup %s',
        names.groupN2a(asInt(a.suppressIfgroup)),
      );
  }

  if (a.flow !== undefined) {
    const from = a.flow >>> 16;
    const to = a.flow & 0xffff;
    if (from) p.printString(PRINT_ANY, 'flow_from', ' realms %s/', names.rtrealmN2a(from));
    else p.printString(PRINT_FP, null, ' realms ', '');
    p.printString(PRINT_ANY, 'flow_to', '%s', names.rtrealmN2a(to));
  }

  if (msg.action === RTN_NAT) {
    // The kernel never dumps RTA_GATEWAY for rules, so NAT rules always print "masquerade".
    p.printNull(PRINT_ANY, 'masquerade', ' masquerade');
  } else if (msg.action === FR_ACT.GOTO) {
    if (a.goto !== undefined) p.printUint(PRINT_ANY, 'goto', ' goto %u', a.goto);
    else p.printString(PRINT_ANY, 'goto', ' goto %s', 'none');
    if (msg.flags & FIB_RULE.UNRESOLVED) p.printNull(PRINT_ANY, 'unresolved', ' [unresolved]');
  } else if (msg.action === FR_ACT.NOP) {
    p.printNull(PRINT_ANY, 'nop', ' nop');
  } else if (msg.action !== FR_ACT.TO_TBL) {
    p.printString(PRINT_ANY, 'action', ' %s', rtntypeN2a(msg.action, ctx.numeric));
  }

  if (a.protocol !== undefined) {
    const proto = a.protocol;
    if ((proto && proto !== RTPROT_KERNEL) || ctx.details > 0)
      p.printString(PRINT_ANY, 'protocol', ' proto %s', names.rtprotN2a(proto));
  }
  p.printString(PRINT_FP, null, '\n', '');
  p.closeJsonObject();
}

function printPortRange(
  p: IpPrinter,
  key: 'sport' | 'dport',
  r: { start: number; end: number } | undefined,
): void {
  if (!r) return;
  if (r.start === r.end) p.printUint(PRINT_ANY, key, ` ${key} %u`, r.start);
  else {
    p.printUint(PRINT_ANY, `${key}_start`, ` ${key} %u`, r.start);
    p.printUint(PRINT_ANY, `${key}_end`, '-%u', r.end);
  }
}

/** Families with a host length (af_bit_len) — the two rule families. */
export const RULE_FAMILIES = [AF_INET, AF_INET6] as const;
