import type { Flow } from './flow';
import type { Host } from './host';
import { formatIp, maskOf, type Ip } from './ip';
import type { PortRange, Rule } from './model';
import type { SelectorTest } from './trace';

/** The ifindex a rule's iif/oif name is bound to, or -1 when detached (no such device now). */
export function boundIfindex(host: Host, name: string): number {
  return host.ifindexByName(name) ?? -1;
}

function portMatch(range: PortRange | undefined, mask: number | undefined, port: number): boolean {
  // fib_rule_port_match: a rule with ports never matches a flow without one.
  if (!range) return true;
  if (!port) return false;
  if (mask !== undefined && mask !== 0xffff) return ((port ^ range.start) & mask) === 0;
  return port >= range.start && port <= range.end;
}

function prefixMatch(flowAddr: Ip, addr: Ip, len: number): boolean {
  if (len === 0) return true;
  if (typeof addr === 'number') return (((flowAddr as number) ^ addr) & (maskOf(4, len) as number)) === 0;
  return ((flowAddr as bigint) ^ addr) & (maskOf(6, len) as bigint) ? false : true;
}

/**
 * fib_rule_match + fib4_rule_match / fib6_rule_match: whether `rule` selects `flow`.
 * The first failing selector decides; `not` inverts the whole conjunction. When `tests` is
 * given, every selector tested is recorded with both values.
 */
export function ruleMatches(host: Host, rule: Rule, flow: Flow, tests?: SelectorTest[]): boolean {
  const ret = tests ? ruleSelectorsMatch(host, rule, flow, tests) : selectorsMatchFast(host, rule, flow);
  return rule.invert ? !ret : ret;
}

/** The same tests as ruleSelectorsMatch, without recording (and without `not`). */
export function selectorsMatchFast(host: Host, rule: Rule, flow: Flow): boolean {
  if (rule.iifname !== undefined) {
    const idx = boundIfindex(host, rule.iifname);
    if (idx === -1 || flow.iif !== idx) return false;
  }
  if (rule.oifname !== undefined) {
    const idx = boundIfindex(host, rule.oifname);
    if (idx === -1 || flow.oif !== idx) return false;
  }
  if ((rule.mark ^ flow.mark) & rule.markMask) return false;
  if (rule.tunId !== undefined && rule.tunId !== 0n) return false;
  if (rule.l3mdev && !flow.l3mdev) return false;
  if (rule.uidRange && (flow.uid < rule.uidRange.start || flow.uid > rule.uidRange.end)) return false;
  if (rule.src) {
    if (flow.family === 6 && !flow.hasSaddr) return false;
    if (!prefixMatch(flow.saddr, rule.src.addr, rule.src.len)) return false;
  }
  if (rule.dst && !prefixMatch(flow.daddr, rule.dst.addr, rule.dst.len)) return false;
  if (rule.dscpFull) {
    if ((rule.dscpFull.value ^ (flow.tos >> 2)) & rule.dscpFull.mask) return false;
  } else if (rule.tos) {
    if (rule.family === 4 ? (flow.tos & 0x1c) !== rule.tos : (flow.tos & 0xfc) !== rule.tos) return false;
  }
  if (rule.flowlabel && (rule.flowlabel.value ^ flow.flowlabel) & rule.flowlabel.mask) return false;
  if (rule.ipproto && rule.ipproto !== flow.proto) return false;
  if (rule.sport && !portMatch(rule.sport, rule.sportMask, flow.sport)) return false;
  if (rule.dport && !portMatch(rule.dport, rule.dportMask, flow.dport)) return false;
  return true;
}

function ruleSelectorsMatch(host: Host, rule: Rule, flow: Flow, tests?: SelectorTest[]): boolean {
  const t = (selector: SelectorTest['selector'], packet: () => string, ruleText: () => string, pass: boolean, note?: string) => {
    if (tests) tests.push(note === undefined ? { selector, packet: packet(), rule: ruleText(), pass } : { selector, packet: packet(), rule: ruleText(), pass, note });
    return pass;
  };
  const devName = (ifindex: number) => (ifindex ? host.link(ifindex)?.name ?? `if${ifindex}` : 'none');
  if (rule.iifname !== undefined) {
    const idx = boundIfindex(host, rule.iifname);
    const pass = idx !== -1 && flow.iif === idx;
    if (!t('iif', () => devName(flow.iif), () => rule.iifname!, pass, idx === -1 ? 'device absent: rule detached' : undefined)) return false;
  }
  if (rule.oifname !== undefined) {
    const idx = boundIfindex(host, rule.oifname);
    const pass = idx !== -1 && flow.oif === idx;
    if (!t('oif', () => devName(flow.oif), () => rule.oifname!, pass, idx === -1 ? 'device absent: rule detached' : undefined)) return false;
  }
  if (rule.markMask !== 0 || rule.mark !== 0) {
    const pass = ((rule.mark ^ flow.mark) & rule.markMask) === 0;
    if (!t('fwmark', () => hex(flow.mark), () => `${hex(rule.mark)}/${hex(rule.markMask)}`, pass)) return false;
  }
  if (rule.tunId !== undefined && rule.tunId !== 0n) {
    if (!t('tun_id', () => '0', () => rule.tunId!.toString(), false)) return false;
  }
  if (rule.l3mdev) {
    const pass = flow.l3mdev !== 0;
    if (!t('l3mdev', () => (flow.l3mdev ? devName(flow.l3mdev) : 'none'), () => 'l3mdev', pass)) return false;
  }
  if (rule.uidRange) {
    const { start, end } = rule.uidRange;
    const pass = flow.uid >= start && flow.uid <= end;
    if (!t('uidrange', () => String(flow.uid), () => `${start}-${end}`, pass)) return false;
  }
  if (rule.src) {
    const src = rule.src;
    let pass: boolean;
    let note: string | undefined;
    if (flow.family === 6 && !flow.hasSaddr) {
      pass = false; // fib6_rule_match: no source yet and no FIB_RULE_FIND_SADDR: skip the rule
      note = 'IPv6 lookup without a source address: a from selector never matches';
    } else pass = prefixMatch(flow.saddr, src.addr, src.len);
    if (!t('from', () => formatIp(flow.saddr), () => `${formatIp(src.addr)}/${src.len}`, pass, note)) return false;
  }
  if (rule.dst) {
    const dst = rule.dst;
    const pass = prefixMatch(flow.daddr, dst.addr, dst.len);
    if (!t('to', () => formatIp(flow.daddr), () => `${formatIp(dst.addr)}/${dst.len}`, pass)) return false;
  }
  if (rule.dscpFull) {
    const d = rule.dscpFull;
    const pass = ((d.value ^ (flow.tos >> 2)) & d.mask) === 0;
    if (!t('dscp', () => String(flow.tos >> 2), () => `${d.value}/${hex(d.mask)}`, pass)) return false;
  } else if (rule.tos) {
    // IPv4: fib_dscp_masked_match compares only the legacy TOS bits (0x1c); IPv6 the whole DSCP.
    const pass = rule.family === 4 ? (flow.tos & 0x1c) === rule.tos : (flow.tos & 0xfc) === rule.tos;
    if (!t('tos', () => hex2(flow.tos), () => hex2(rule.tos), pass)) return false;
  }
  if (rule.flowlabel) {
    const f = rule.flowlabel;
    const pass = ((f.value ^ flow.flowlabel) & f.mask) === 0;
    if (!t('flowlabel', () => hex(flow.flowlabel), () => `${hex(f.value)}/${hex(f.mask)}`, pass)) return false;
  }
  if (rule.ipproto) {
    const pass = rule.ipproto === flow.proto;
    if (!t('ipproto', () => String(flow.proto), () => String(rule.ipproto), pass)) return false;
  }
  if (rule.sport) {
    const pass = portMatch(rule.sport, rule.sportMask, flow.sport);
    if (!t('sport', () => String(flow.sport), () => rangeText(rule.sport!), pass)) return false;
  }
  if (rule.dport) {
    const pass = portMatch(rule.dport, rule.dportMask, flow.dport);
    if (!t('dport', () => String(flow.dport), () => rangeText(rule.dport!), pass)) return false;
  }
  return true;
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}

function hex2(n: number): string {
  return `0x${n.toString(16).padStart(2, '0')}`;
}

function rangeText(r: PortRange): string {
  return r.start === r.end ? String(r.start) : `${r.start}-${r.end}`;
}
