/**
 * Set relations between rules' selectors, per selector and exact only where it is cheap:
 * `covers(a, b)` (every packet b matches, a matches too) and `disjoint`. Both answer "false"
 * when unsure, so a finding built on them is never a false alarm. `not` (FIB_RULE_INVERT)
 * negates the whole conjunction (fib_rule_match).
 */
import { maskOf, type Ip } from '../../engine/ip';
import type { Host } from '../../engine/host';
import type { PortRange, Rule } from '../../engine/model';

type Rel = 'covers' | 'disjoint';

function prefixContains(outer: { addr: Ip; len: number }, inner: { addr: Ip; len: number }): boolean {
  if (outer.len > inner.len) return false;
  if (outer.len === 0) return true;
  if (typeof outer.addr === 'number') {
    const m = maskOf(4, outer.len) as number;
    return ((outer.addr ^ (inner.addr as number)) & m) >>> 0 === 0;
  }
  const m = maskOf(6, outer.len) as bigint;
  return ((outer.addr ^ (inner.addr as bigint)) & m) === 0n;
}

function maskedCovers(a: { value: number; mask: number }, b: { value: number; mask: number }): boolean {
  // b fixes at least the bits a tests, to a's values.
  return (a.mask & ~b.mask) >>> 0 === 0 && ((a.value ^ b.value) & a.mask) >>> 0 === 0;
}

function maskedDisjoint(a: { value: number; mask: number }, b: { value: number; mask: number }): boolean {
  return ((a.value ^ b.value) & a.mask & b.mask) >>> 0 !== 0;
}

function portsPlain(mask: number | undefined): boolean {
  return mask === undefined || mask === 0xffff;
}

function portRel(
  rel: Rel,
  a: PortRange,
  am: number | undefined,
  b: PortRange,
  bm: number | undefined,
): boolean {
  if (!portsPlain(am) || !portsPlain(bm))
    return rel === 'covers' && a.start === b.start && a.end === b.end && am === bm;
  return rel === 'covers' ? a.start <= b.start && b.end <= a.end : a.end < b.start || b.end < a.start;
}

/** Selector names, in bit order of `selectorBits`. */
const DIMS = [
  'iif',
  'oif',
  'mark',
  'tun',
  'l3mdev',
  'uid',
  'src',
  'dst',
  'tos',
  'dscp',
  'flowlabel',
  'proto',
  'sport',
  'dport',
] as const;

const bitsCache = new WeakMap<Rule, number>();

/** The selectors a rule tests, one bit per DIMS entry (absent = not tested); cached per rule. */
function selectorBits(r: Rule): number {
  let b = bitsCache.get(r);
  if (b !== undefined) return b;
  const present = [
    r.iifname !== undefined,
    r.oifname !== undefined,
    r.markMask !== 0,
    r.tunId !== undefined && r.tunId !== 0n,
    r.l3mdev,
    r.uidRange !== undefined,
    r.src !== undefined && r.src.len > 0,
    r.dst !== undefined && r.dst.len > 0,
    r.dscpFull === undefined && r.tos !== 0,
    r.dscpFull !== undefined,
    r.flowlabel !== undefined && r.flowlabel.mask !== 0,
    r.ipproto !== 0,
    r.sport !== undefined,
    r.dport !== undefined,
  ];
  b = present.reduce((acc, p, i) => (p ? acc | (1 << i) : acc), 0);
  bitsCache.set(r, b);
  return b;
}

/** Relation of one selector `k` present in both a and b. */
function dimRel(rel: Rel, k: string, a: Rule, b: Rule): boolean {
  const cov = rel === 'covers';
  switch (k) {
    case 'iif':
      return cov ? a.iifname === b.iifname : a.iifname !== b.iifname;
    case 'oif':
      return cov ? a.oifname === b.oifname : a.oifname !== b.oifname;
    case 'mark': {
      const x = { value: a.mark, mask: a.markMask };
      const y = { value: b.mark, mask: b.markMask };
      return cov ? maskedCovers(x, y) : maskedDisjoint(x, y);
    }
    case 'tun':
      return cov ? a.tunId === b.tunId : a.tunId !== b.tunId;
    case 'l3mdev':
      return cov;
    case 'uid': {
      const x = a.uidRange!;
      const y = b.uidRange!;
      return cov ? x.start <= y.start && y.end <= x.end : x.end < y.start || y.end < x.start;
    }
    case 'src':
    case 'dst': {
      const x = k === 'src' ? a.src! : a.dst!;
      const y = k === 'src' ? b.src! : b.dst!;
      return cov ? prefixContains(x, y) : !prefixContains(x, y) && !prefixContains(y, x);
    }
    case 'tos':
    case 'proto': {
      const x = k === 'tos' ? a.tos : a.ipproto;
      const y = k === 'tos' ? b.tos : b.ipproto;
      return cov ? x === y : x !== y;
    }
    case 'dscp':
      return cov ? maskedCovers(a.dscpFull!, b.dscpFull!) : maskedDisjoint(a.dscpFull!, b.dscpFull!);
    case 'flowlabel':
      return cov ? maskedCovers(a.flowlabel!, b.flowlabel!) : maskedDisjoint(a.flowlabel!, b.flowlabel!);
    case 'sport':
      return portRel(rel, a.sport!, a.sportMask, b.sport!, b.sportMask);
    case 'dport':
      return portRel(rel, a.dport!, a.dportMask, b.dport!, b.dportMask);
    default:
      return false;
  }
}

/** True when a device named by the rule's iif/oif is missing (the rule is detached). */
export function detached(host: Host, r: Rule): boolean {
  return (
    (r.iifname !== undefined && host.ifindexByName(r.iifname) === undefined) ||
    (r.oifname !== undefined && host.ifindexByName(r.oifname) === undefined)
  );
}

/** True when the rule tests nothing (`from all`). */
export function matchesAllSelectors(r: Rule): boolean {
  return selectorBits(r) === 0;
}

/** Plain conjunctions (no `not`): every packet `b` selects, `a` selects. */
function conjCovers(a: Rule, b: Rule): boolean {
  const ba = selectorBits(a);
  if ((ba & ~selectorBits(b)) !== 0) return false;
  return DIMS.every((k, i) => (ba & (1 << i)) === 0 || dimRel('covers', k, a, b));
}

/** Plain conjunctions: no packet satisfies both (some selector is disjoint). */
function conjDisjoint(a: Rule, b: Rule): boolean {
  const both = selectorBits(a) & selectorBits(b);
  return DIMS.some((k, i) => (both & (1 << i)) !== 0 && dimRel('disjoint', k, a, b));
}

/**
 * True when every packet rule `b` matches is also matched by rule `a` (as fib_rule_match
 * decides, `not` included). False when unsure. Rules with a missing iif/oif device are never
 * claimed to cover anything.
 */
export function covers(host: Host, a: Rule, b: Rule): boolean {
  if (detached(host, a)) return false;
  if (!a.invert && !b.invert) return conjCovers(a, b);
  if (!a.invert) return matchesAllSelectors(a);
  if (!b.invert) return conjDisjoint(a, b);
  return conjCovers(b, a);
}

/** True when the two rules select exactly the same packets (same selectors, same `not`). */
export function sameSelectors(host: Host, a: Rule, b: Rule): boolean {
  return covers(host, a, b) && covers(host, b, a);
}
