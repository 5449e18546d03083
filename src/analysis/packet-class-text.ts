/**
 * A box as one readable line: "locally generated TCP from 10.0.0.0/8 to anything except
 * 10.1.0.0/16, mark 0x1/0xff, dport 25". Address sets become the shortest list of prefixes, or
 * "anything except …" when the complement is shorter.
 */
import type { Host } from '../engine/host';
import { formatIp } from '../engine/ip';
import {
  F,
  atomSubtract,
  iv,
  cube,
  span,
  type Atom,
  type Box,
  type Interval,
  type Ternary,
} from './packet-class-space';
import { KIND_OUTPUT, V6_NO_SOURCE } from './packet-class-universe';

const PROTO: Record<number, string> = { 1: 'ICMP', 6: 'TCP', 17: 'UDP', 58: 'ICMPv6' };
const MAX_ITEMS = 4;
/** Addresses or prefixes listed before a set is shown as a count. */
const MAX_ADDRS = 6;

/** The CIDR prefixes that exactly cover [lo, hi] (fewest, in order; at most `limit`). */
export function intervalPrefixes(family: 4 | 6, a: Interval, limit = Infinity): string[] {
  const bits = family === 4 ? 32 : 128;
  const out: string[] = [];
  let lo = a.lo;
  while (lo <= a.hi && out.length < limit) {
    let len = bits;
    // Grow the block while it stays aligned and inside the interval.
    while (len > 0) {
      const size = 1n << BigInt(bits - len + 1);
      if (lo % size !== 0n || lo + size - 1n > a.hi) break;
      len--;
    }
    const addr = formatIp(family === 4 ? Number(lo) : lo);
    out.push(len === bits ? addr : `${addr}/${len}`);
    lo += 1n << BigInt(bits - len);
  }
  return out;
}

function addrList(family: 4 | 6, ivs: readonly Interval[]): string[] | null {
  const out: string[] = [];
  for (const a of ivs) {
    const ps = intervalPrefixes(family, a, 3);
    if (ps.length > 2) {
      const f = (x: bigint) => formatIp(family === 4 ? Number(x) : x);
      out.push(`${f(a.lo)}-${f(a.hi)}`);
    } else out.push(...ps);
    if (out.length > MAX_ADDRS) return null;
  }
  return out;
}

/** The smallest prefix holding every value of the set, as an interval. */
function hullPrefix(family: 4 | 6, ivs: readonly Interval[]): Interval {
  const bits = family === 4 ? 32 : 128;
  const lo = ivs[0].lo;
  const hi = ivs[ivs.length - 1].hi;
  let len = bits - (lo ^ hi).toString(2).length;
  if (lo === hi) len = bits;
  const size = 1n << BigInt(bits - len);
  const start = lo - (lo % size);
  return iv(start, start + size - 1n);
}

/** An address set: "anything", a prefix list, "anything except …", "P except …", or a count. */
export function addrSetText(family: 4 | 6, ivs: readonly Interval[]): string {
  const max = family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n;
  const inside = ivs.map((a) => ({ lo: a.lo < 0n ? 0n : a.lo, hi: a.hi })).filter((a) => a.lo <= a.hi);
  const rest = atomSubtract(span(0n, max), inside) as Interval[];
  if (rest.length === 0) return 'anything';
  // Candidates, best first on ties: "anything except …", "P except …", the plain list.
  const options: string[][] = [];
  const except = addrList(family, rest);
  if (except) options.push(['anything except', ...except]);
  const hull = hullPrefix(family, inside);
  const holes = addrList(family, atomSubtract([hull], inside) as Interval[]);
  const hullText = addrList(family, [hull]);
  if (holes && hullText && holes.length) options.push([`${hullText[0]} except`, ...holes]);
  const direct = addrList(family, inside);
  if (direct) options.push(['', ...direct]);
  if (options.length === 0)
    return `${inside.length} address ranges from ${formatIp(family === 4 ? Number(inside[0].lo) : inside[0].lo)}`;
  const best = options.reduce((a, b) => (b.length < a.length ? b : a));
  return best[0] ? `${best[0]} ${best.slice(1).join(', ')}` : best.slice(1).join(', ');
}

function rangeSetText(ivs: readonly Interval[], max: bigint): string | null {
  if (ivs.length === 1 && ivs[0].lo === 0n && ivs[0].hi === max) return null;
  const one = (a: Interval) => (a.lo === a.hi ? a.lo.toString() : `${a.lo}-${a.hi}`);
  const rest = atomSubtract(span(0n, max), ivs) as Interval[];
  if (rest.length < ivs.length && rest.length <= MAX_ITEMS) return `not ${rest.map(one).join(',')}`;
  if (ivs.length > MAX_ITEMS) return `${ivs.slice(0, MAX_ITEMS).map(one).join(',')},…`;
  return ivs.map(one).join(',');
}

function cubeText(t: Ternary, ignore: number, full: number): string {
  const m = (t.m & ~ignore) >>> 0;
  const v = (t.v & m) >>> 0;
  return m === full ? `0x${v.toString(16)}` : `0x${v.toString(16)}/0x${m.toString(16)}`;
}

/** The smallest cube holding every cube of the set (the bits they all fix alike). */
function hullCube(cubes: readonly Ternary[]): Ternary {
  let m = cubes.reduce((acc, c) => (acc & c.m) >>> 0, 0xffffffff);
  for (const c of cubes) m = (m & ~(c.v ^ cubes[0].v)) >>> 0;
  return { v: (cubes[0].v & m) >>> 0, m };
}

/** Texts of cube lists already described (the classes of a walk share their fwmark lists). */
const cubeTexts = new WeakMap<readonly Ternary[], Map<number, string | null>>();

/** cubeSetText, once per list (long fwmark lists take milliseconds). */
function cachedCubeSetText(cubes: readonly Ternary[], ignore: number, full: number): string | null {
  let byIgnore = cubeTexts.get(cubes);
  if (!byIgnore) cubeTexts.set(cubes, (byIgnore = new Map()));
  let text = byIgnore.get(ignore);
  if (text === undefined) byIgnore.set(ignore, (text = cubeSetText(cubes, ignore, full)));
  return text;
}

/** A ternary set: null when it is everything, else cubes, "not …" or "C except …", the shortest. */
function cubeSetText(cubes: readonly Ternary[], ignore: number, full: number): string | null {
  const rest = atomSubtract(cube(0, ignore), cubes) as Ternary[];
  if (rest.length === 0) return null;
  const t = (c: Ternary) => cubeText(c, ignore, full);
  const options: string[] = [];
  options.push(
    cubes.length > MAX_ITEMS
      ? `${cubes.slice(0, MAX_ITEMS).map(t).join(',')},… (${cubes.length} values/masks)`
      : cubes.map(t).join(','),
  );
  if (rest.length <= MAX_ITEMS) options.push(`not ${rest.map(t).join(',')}`);
  const hull = hullCube(cubes);
  const holes = atomSubtract([hull], cubes) as Ternary[];
  if (holes.length && holes.length <= MAX_ITEMS && (hull.m & ~ignore) >>> 0)
    options.push(`${t(hull)} except ${holes.map(t).join(',')}`);
  const count = (o: string) => o.split(',').length + (o.includes('…') ? 99 : 0);
  return options.reduce((a, b) => (count(b) < count(a) ? b : a));
}

function devList(host: Host, ivs: readonly Interval[]): string {
  const names: string[] = [];
  for (const a of ivs)
    for (let i = a.lo; i <= a.hi && names.length < 8; i++)
      names.push(i === 0n ? 'none' : (host.link(Number(i))?.name ?? `if${i}`));
  return names.join('|');
}

/** One line describing the packets of a box. */
export function describeBox(host: Host, family: 4 | 6, box: Box): string {
  const I = (a: Atom) => a as readonly Interval[];
  const T = (a: Atom) => a as readonly Ternary[];
  const parts: string[] = [];
  const kind = I(box[F.kind]);
  const out = kind.length === 1 && kind[0].lo === kind[0].hi && kind[0].lo === BigInt(KIND_OUTPUT);
  const inp = kind.length === 1 && kind[0].lo === kind[0].hi && !out;
  if (out) parts.push('locally generated');
  else if (inp) {
    const iifs = I(box[F.iif]);
    const count = iifs.reduce((n, x) => n + Number(x.hi - x.lo + 1n), 0);
    parts.push(
      count === host.links.size - 1 ? 'arriving on any device' : `arriving on ${devList(host, iifs)}`,
    );
  }
  const proto = I(box[F.proto]);
  const pt = rangeSetText(proto, 255n);
  if (pt)
    parts.push(
      proto.length === 1 && proto[0].lo === proto[0].hi
        ? (PROTO[Number(proto[0].lo)] ?? `proto ${pt}`)
        : `proto ${pt}`,
    );
  const src = I(box[F.src]);
  const noSrc = family === 6 && src[0].lo === V6_NO_SOURCE;
  if (noSrc && src.length === 1 && src[0].hi === V6_NO_SOURCE) parts.push('without source address');
  else {
    const s = addrSetText(family, src);
    if (s !== 'anything' || (family === 6 && !noSrc)) parts.push(`from ${s}${noSrc ? ' (or none)' : ''}`);
  }
  parts.push(`to ${addrSetText(family, I(box[F.dst]))}`);
  const extras: string[] = [];
  if (out) {
    const oif = I(box[F.oif]);
    const all = oif.reduce((n, x) => n + Number(x.hi - x.lo + 1n), 0) === host.links.size + 1;
    if (!all)
      extras.push(
        oif.length === 1 && oif[0].lo === 0n && oif[0].hi === 0n ? 'no oif' : `oif ${devList(host, oif)}`,
      );
  }
  const mark = cachedCubeSetText(T(box[F.mark]), 0, 0xffffffff);
  if (mark) extras.push(`mark ${mark}`);
  const uids = I(box[F.uid]);
  // 0xffffffff is "no uid" for IPv4 route get: the universe stops below it.
  const uid =
    uids.length === 1 && uids[0].lo === 0n && uids[0].hi >= 0xfffffffen
      ? null
      : rangeSetText(uids, 0xffffffffn);
  if (uid && (out || family === 6)) extras.push(`uid ${uid}`);
  const tos = cachedCubeSetText(T(box[F.tos]), 0x03, 0xfc);
  if (tos) extras.push(`tos ${tos}`);
  const sport = rangeSetText(I(box[F.sport]), 0xffffn);
  if (sport) extras.push(`sport ${sport}`);
  const dport = rangeSetText(I(box[F.dport]), 0xffffn);
  if (dport) extras.push(`dport ${dport}`);
  return extras.length ? `${parts.join(' ')}, ${extras.join(', ')}` : parts.join(' ');
}
