/**
 * The packets a rule's selectors accept, as boxes (fib_rule_match + fib4_rule_match /
 * fib6_rule_match turned into sets). `not` is the complement within the whole field space.
 */
import type { Host } from '../engine/host';
import { maskOf } from '../engine/ip';
import type { PortRange, Rule } from '../engine/model';
import {
  F,
  cube,
  iv,
  point,
  span,
  subtractSets,
  type Atom,
  type Box,
  type BoxSet,
  type Interval,
} from './packet-class-space';
import { fullBox, KIND_OUTPUT } from './packet-class-universe';

/** The interval of addresses inside prefix addr/len. */
export function prefixInterval(family: 4 | 6, addr: number | bigint, len: number): Interval {
  if (family === 4) {
    const m = BigInt(maskOf(4, len) as number);
    const lo = BigInt(addr as number) & m;
    return iv(lo, lo | (~m & 0xffffffffn));
  }
  const m = maskOf(6, len) as bigint;
  const lo = (addr as bigint) & m;
  return iv(lo, lo | (~m & ((1n << 128n) - 1n)));
}

/** Port values a masked port selector accepts, as intervals (fib_rule_port_match). */
function portIntervals(range: PortRange, mask: number | undefined): Interval[] {
  // A rule with ports never matches port 0 (start is at least 1, iproute2 rejects 0).
  if (mask === undefined || mask === 0xffff) return [iv(Math.max(1, range.start), range.end)];
  const low = mask === 0 ? 16 : Math.min(16, 31 - Math.clz32(mask & -mask));
  const blockSize = 1 << low;
  const out: Interval[] = [];
  for (let hiPart = 0; hiPart < 0x10000; hiPart += blockSize) {
    if (((hiPart ^ range.start) & mask & ~(blockSize - 1)) !== 0) continue;
    const lo = hiPart === 0 ? 1 : hiPart;
    if (lo <= hiPart + blockSize - 1) out.push(iv(lo, hiPart + blockSize - 1));
  }
  return out;
}

/**
 * The selectors of `rule` without `not`: one box, or several for masked ports; empty when the
 * rule can never match (detached iif/oif, tun_id, l3mdev without a VRF in the flow).
 */
export function selectorBoxes(host: Host, rule: Rule): Box[] {
  const fam = rule.family;
  const box: Atom[] = fullBox(fam);
  if (rule.iifname !== undefined) {
    const idx = host.ifindexByName(rule.iifname);
    if (idx === undefined) return [];
    box[F.iif] = point(idx);
  }
  if (rule.oifname !== undefined) {
    const idx = host.ifindexByName(rule.oifname);
    if (idx === undefined) return [];
    box[F.oif] = point(idx);
    // An arriving packet's flow has no oif for the rules (flowi6_oif 0); the box's oif of an
    // IPv6 input lookup is only the device ip6_pol_route_input ties the route choice to.
    box[F.kind] = point(KIND_OUTPUT);
  }
  if (rule.markMask) box[F.mark] = cube(rule.mark, rule.markMask);
  if (rule.tunId !== undefined && rule.tunId !== 0n) return [];
  // The engine's flows carry an l3mdev only through VRF devices, which the analysis does not model.
  if (rule.l3mdev) return [];
  if (rule.uidRange) box[F.uid] = span(rule.uidRange.start, rule.uidRange.end);
  if (rule.src) box[F.src] = [prefixInterval(fam, rule.src.addr, rule.src.len)];
  if (rule.dst) box[F.dst] = [prefixInterval(fam, rule.dst.addr, rule.dst.len)];
  if (rule.dscpFull) {
    const m = (rule.dscpFull.mask << 2) & 0xfc;
    box[F.tos] = cube(rule.dscpFull.value << 2, m | 0x03);
  } else if (rule.tos) {
    // IPv4 compares the three legacy TOS bits only (fib_dscp_masked_match); IPv6 the whole DSCP.
    const m = fam === 4 ? 0x1c : 0xfc;
    box[F.tos] = cube(rule.tos, m | 0x03);
  }
  if (rule.flowlabel) {
    const m = rule.flowlabel.mask & 0xfffff;
    if ((rule.flowlabel.value & m) !== 0) return [];
    box[F.flowlabel] = cube(0, 0xfffff);
  }
  if (rule.ipproto) box[F.proto] = point(rule.ipproto);
  if (rule.sport) box[F.sport] = portIntervals(rule.sport, rule.sportMask);
  if (rule.dport) box[F.dport] = portIntervals(rule.dport, rule.dportMask);
  const empty = box.some((a) => a.length === 0);
  return empty ? [] : [box];
}

/** The packets `rule` matches, `not` included. */
export function ruleMatchSet(host: Host, rule: Rule): BoxSet {
  const sel = selectorBoxes(host, rule);
  return rule.invert ? subtractSets([fullBox(rule.family)], sel) : sel;
}
