/**
 * One packet of the space as a point (one value per field), the engine flow it stands for, and
 * the choice of a representative point inside a box that `ip route get` can express.
 */
import { makeFlow, type Flow } from '../engine/flow';
import type { Host } from '../engine/host';
import {
  F,
  FIELDS,
  TERNARY_FIELDS,
  atomHas,
  type Box,
  type Interval,
  type Ternary,
} from './packet-class-space';
import { KIND_OUTPUT, V6_NO_SOURCE } from './packet-class-universe';

/** A point: one bigint per field, in box order. */
export type PacketPoint = bigint[];

/** The engine flow of a point (what fib_lookup sees). */
export function flowOfPoint(family: 4 | 6, p: PacketPoint): Flow {
  const addr = (x: bigint) => (family === 4 ? Number(x) : x);
  const noSrc = family === 6 && p[F.src] === V6_NO_SOURCE;
  return makeFlow(family, addr(p[F.dst]), {
    saddr: noSrc ? 0n : addr(p[F.src]),
    hasSaddr: family === 6 && !noSrc,
    iif: Number(p[F.iif]),
    oif: Number(p[F.oif]),
    mark: Number(p[F.mark]),
    uid: Number(p[F.uid]),
    tos: Number(p[F.tos]),
    flowlabel: Number(p[F.flowlabel]),
    proto: Number(p[F.proto]),
    sport: Number(p[F.sport]),
    dport: Number(p[F.dport]),
  });
}

const V4_SPECIAL: Interval[] = [
  { lo: 0n, hi: 0x00ffffffn }, // 0.0.0.0/8: martian
  { lo: 0x7f000000n, hi: 0x7fffffffn }, // 127.0.0.0/8: loopback
  { lo: 0xa9fe0000n, hi: 0xa9feffffn }, // 169.254.0.0/16
  { lo: 0xe0000000n, hi: 0xffffffffn }, // multicast, class E, limited broadcast
];
const V6_SPECIAL: Interval[] = [
  { lo: -1n, hi: 1n }, // no source, ::, ::1
  { lo: 0xfe80n << 112n, hi: (0xfec0n << 112n) - 1n }, // link-local: input lookups get a strict oif
  { lo: 0xff00n << 112n, hi: (1n << 128n) - 1n }, // multicast
];

/** A value of the interval outside the special ranges when there is one, near its start. */
export function pickInInterval(a: Interval, avoid: readonly Interval[]): bigint {
  let x = a.hi > a.lo ? a.lo + 1n : a.lo;
  for (let moved = true; moved;) {
    moved = false;
    for (const s of avoid)
      if (x >= s.lo && x <= s.hi) {
        x = s.hi + 1n;
        moved = true;
      }
  }
  return x <= a.hi ? x : a.lo;
}

function inAtom(box: Box, field: number, x: bigint): boolean {
  return atomHas(box[field], x);
}

function firstIn(
  box: Box,
  field: number,
  preferred: readonly bigint[],
  avoid: readonly Interval[] = [],
): bigint {
  for (const x of preferred) if (inAtom(box, field, x)) return x;
  if (TERNARY_FIELDS.has(field)) return BigInt((box[field] as readonly Ternary[])[0].v);
  const ivs = box[field] as readonly Interval[];
  for (const a of ivs) {
    const x = pickInInterval(a, avoid);
    if (!avoid.some((s) => x >= s.lo && x <= s.hi)) return x;
  }
  return pickInInterval(ivs[0], avoid);
}

/**
 * A representative packet of the box that `ip route get` can ask about when the box allows it:
 * no source for output lookups, one of the host's addresses otherwise; a destination outside the
 * martian ranges; UDP for IPv4 output (the route-get default), no ports.
 */
export function samplePoint(host: Host, family: 4 | 6, box: Box): PacketPoint {
  const p: PacketPoint = FIELDS.map(() => 0n);
  const special = family === 4 ? V4_SPECIAL : V6_SPECIAL;
  const output = inAtom(box, F.kind, BigInt(KIND_OUTPUT));
  p[F.kind] = output ? BigInt(KIND_OUTPUT) : firstIn(box, F.kind, []);
  p[F.iif] = firstIn(box, F.iif, [1n]);
  p[F.oif] = firstIn(box, F.oif, [0n]);
  p[F.mark] = firstIn(box, F.mark, [0n]);
  // uid 0xffffffff is INVALID_UID: route get would not send it.
  p[F.uid] = firstIn(box, F.uid, output || family === 4 ? [0n] : [0xffffffffn]);
  const local = host.addrs.filter((a) => a.family === family).map((a) => BigInt(a.local));
  const noSource = family === 4 ? 0n : V6_NO_SOURCE;
  p[F.src] = output
    ? firstIn(box, F.src, [noSource, ...local], special)
    : firstIn(box, F.src, family === 6 ? [V6_NO_SOURCE] : [0xc0000201n], [
        ...special.filter((s) => s.lo !== -1n),
        ...local.map((l) => ({ lo: l, hi: l })),
      ]);
  p[F.dst] = firstIn(
    box,
    F.dst,
    family === 4 ? [0x08080808n] : [0x20014860486000000000000000008888n],
    special,
  );
  p[F.tos] = firstIn(box, F.tos, [0n]);
  p[F.flowlabel] = firstIn(box, F.flowlabel, [0n]);
  p[F.proto] = firstIn(box, F.proto, family === 4 ? [17n, 6n, 1n] : [0n, 17n, 6n, 58n]);
  p[F.sport] = firstIn(box, F.sport, [0n]);
  p[F.dport] = firstIn(box, F.dport, [0n]);
  return p;
}
