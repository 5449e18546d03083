/**
 * Rules compiled to closures for fast evaluation: each rule becomes one predicate over the packet
 * (ip_packet_match + the matches' mt functions), cached per table generation.
 */
import type { Ip } from '../engine/ip';
import type { NfFamilyState, NfIfaceMatch, NfMatch, NfPacket, NfRule, NfTableName } from './types';

/** A rule ready to run. */
export interface CompiledRule {
  rule: NfRule;
  matches: (p: NfPacket) => boolean;
  /** `-A CHAIN SPEC`, as `iptables -S` prints the rule. */
  line: string;
  /**
   * A prefilter the walkers test inline before calling `matches` (which checks everything):
   * IPv4 source/destination masks (0 = none) and the protocol (0 = any). Monomorphic and cheap.
   */
  srcAddr: number;
  srcMask: number;
  srcInv: boolean;
  dstAddr: number;
  dstMask: number;
  dstInv: boolean;
  proto: number;
  protoInv: boolean;
}

/** The inline prefilter of a compiled rule: false when the rule cannot match `p`. */
export function prefilter(cr: CompiledRule, p: NfPacket): boolean {
  if (cr.proto !== 0 && (p.proto === cr.proto) === cr.protoInv) return false;
  if (cr.srcMask !== 0 && ((((p.src as number) ^ cr.srcAddr) & cr.srcMask) === 0) === cr.srcInv) return false;
  if (cr.dstMask !== 0 && ((((p.dst as number) ^ cr.dstAddr) & cr.dstMask) === 0) === cr.dstInv) return false;
  return true;
}

/** A table ready to run: chain name → compiled rules (with policy). */
export type CompiledTable = Map<string, { rules: CompiledRule[]; policy: 'ACCEPT' | 'DROP' | null }>;

const cache = new WeakMap<NfFamilyState, { gen: number; tables: Map<NfTableName, CompiledTable> }>();

/** The compiled form of `fam`'s table `name` (undefined when the table was never used). */
export function compiledTable(fam: NfFamilyState, name: NfTableName): CompiledTable | undefined {
  let c = cache.get(fam);
  if (!c || c.gen !== fam.generation) {
    c = { gen: fam.generation, tables: new Map() };
    cache.set(fam, c);
  }
  let t = c.tables.get(name);
  if (t) return t;
  const src = fam.tables.get(name);
  if (!src) return undefined;
  t = new Map();
  for (const [k, ch] of src.chains)
    t.set(k, { rules: ch.rules.map((r) => compileRule(r, k)), policy: ch.policy });
  c.tables.set(name, t);
  return t;
}

/** ifname_compare with `+`: a prefix match. */
function ifaceTest(m: NfIfaceMatch, field: 'iif' | 'oif'): (p: NfPacket) => boolean {
  const wild = m.name.endsWith('+');
  const name = wild ? m.name.slice(0, -1) : m.name;
  const inv = m.invert;
  return (p) => {
    const v = p[field] ?? '';
    return (wild ? v.startsWith(name) : v === name) !== inv;
  };
}

function addrTest(addr: Ip, len: number, inv: boolean, field: 'src' | 'dst'): (p: NfPacket) => boolean {
  if (typeof addr === 'number') {
    const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
    return (p) => ((((p[field] as number) ^ addr) & mask) >>> 0 === 0) !== inv;
  }
  const mask = len === 0 ? 0n : (((1n << 128n) - 1n) << BigInt(128 - len)) & ((1n << 128n) - 1n);
  return (p) => ((((p[field] as bigint) ^ addr) & mask) === 0n) !== inv;
}

function inRange(v: number | undefined, lo: number, hi: number): boolean {
  return v !== undefined && v >= lo && v <= hi;
}

function matchTest(m: NfMatch): (p: NfPacket) => boolean {
  switch (m.kind) {
    case 'ports': {
      const { sport, dport } = m;
      // tcp_mt: a non-first fragment never matches (and is not inverted).
      return (p) =>
        !p.fragment &&
        (!sport || inRange(p.sport, sport.lo, sport.hi) !== sport.invert) &&
        (!dport || inRange(p.dport, dport.lo, dport.hi) !== dport.invert);
    }
    case 'mark': {
      const { value, mask, invert } = m;
      return (p) => ((p.mark & mask) >>> 0 === value) !== invert;
    }
    case 'multiport': {
      const { ranges, which, invert } = m;
      return (p) => {
        if (p.fragment) return false;
        const hit = ranges.some(
          (r) =>
            (which !== 'dports' && inRange(p.sport, r.lo, r.hi)) ||
            (which !== 'sports' && inRange(p.dport, r.lo, r.hi)),
        );
        return hit !== invert;
      };
    }
    case 'icmp': {
      const { type, codeLo, codeHi, invert } = m;
      // icmp_type_code_match: type 0xff ("any") matches every type.
      return (p) =>
        !p.fragment &&
        (type === 0xff || (p.icmpType === type && inRange(p.icmpCode, codeLo, codeHi))) !== invert;
    }
  }
}

/** One rule as a predicate (ip_packet_match, then each match in order). */
export function compileRule(rule: NfRule, chain: string): CompiledRule {
  const tests: ((p: NfPacket) => boolean)[] = [];
  if (rule.src && (rule.src.len > 0 || rule.src.invert))
    tests.push(addrTest(rule.src.addr, rule.src.len, rule.src.invert, 'src'));
  if (rule.dst && (rule.dst.len > 0 || rule.dst.invert))
    tests.push(addrTest(rule.dst.addr, rule.dst.len, rule.dst.invert, 'dst'));
  if (rule.iif) tests.push(ifaceTest(rule.iif, 'iif'));
  if (rule.oif) tests.push(ifaceTest(rule.oif, 'oif'));
  if (rule.proto !== 0) {
    const { proto, protoInvert } = rule;
    tests.push((p) => (p.proto === proto) !== protoInvert);
  }
  if (rule.fragment !== undefined) {
    const want = rule.fragment;
    tests.push((p) => !!p.fragment === want);
  }
  for (const m of rule.matches) tests.push(matchTest(m));
  const n = tests.length;
  const [t0, t1, t2] = tests;
  // Small arities as direct calls: most rules have one to three tests.
  const matches =
    n === 0
      ? () => true
      : n === 1
        ? t0
        : n === 2
          ? (p: NfPacket) => t0(p) && t1(p)
          : n === 3
            ? (p: NfPacket) => t0(p) && t1(p) && t2(p)
            : (p: NfPacket) => {
                for (let i = 0; i < n; i++) if (!tests[i](p)) return false;
                return true;
              };
  const v4 = (m: NfRule['src']) => m !== undefined && typeof m.addr === 'number' && m.len > 0;
  const mask = (len: number) => (0xffffffff << (32 - len)) | 0;
  return {
    rule,
    matches,
    line: `-A ${chain}${rule.spec ? ` ${rule.spec}` : ''}`,
    srcAddr: v4(rule.src) ? (rule.src!.addr as number) | 0 : 0,
    srcMask: v4(rule.src) ? mask(rule.src!.len) : 0,
    srcInv: rule.src?.invert ?? false,
    dstAddr: v4(rule.dst) ? (rule.dst!.addr as number) | 0 : 0,
    dstMask: v4(rule.dst) ? mask(rule.dst!.len) : 0,
    dstInv: rule.dst?.invert ?? false,
    proto: rule.proto,
    protoInv: rule.protoInvert,
  };
}
