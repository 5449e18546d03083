/**
 * Checks shared by the packet-class tests: random packets biased towards the edges of the
 * scenario's rules and routes, the engine's own verdict for a packet, and the walk's.
 */
import { fibLookup } from '../engine/fib-lookup-entry';
import type { Host } from '../engine/host';
import {
  F,
  FIELDS,
  TERNARY_FIELDS,
  boxHas,
  type Box,
  type Interval,
  type Ternary,
} from './packet-class-space';
import { flowOfPoint, type PacketPoint } from './packet-class-point';
import type { PacketWalk } from './packet-class-walk';
import { prefixInterval } from './packet-class-rules';
import { verdictOfOutcome, type Verdict } from './packet-class-verdict';

/** A tiny seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randBig(r: () => number, lo: bigint, hi: bigint): bigint {
  const span = hi - lo + 1n;
  let x = 0n;
  for (let i = 0; i < 5; i++) x = (x << 32n) | BigInt(Math.floor(r() * 4294967296));
  return lo + (x % span);
}

/** Values of each field that sit on the edges of the scenario's rules and routes. */
function edgeValues(host: Host, family: 4 | 6): bigint[][] {
  const edges: bigint[][] = FIELDS.map(() => []);
  const addEdges = (field: number, addr: number | bigint, len: number) => {
    const iv = prefixInterval(family, addr, len);
    edges[field].push(iv.lo, iv.hi, iv.lo - 1n, iv.hi + 1n, iv.lo + 1n);
  };
  for (const r of host.rules[family]) {
    if (r.src) addEdges(F.src, r.src.addr, r.src.len);
    if (r.dst) addEdges(F.dst, r.dst.addr, r.dst.len);
    if (r.markMask)
      edges[F.mark].push(BigInt(r.mark & r.markMask), BigInt((r.mark | ~r.markMask) >>> 0), BigInt(r.mark));
    if (r.uidRange)
      edges[F.uid].push(BigInt(r.uidRange.start), BigInt(r.uidRange.end), BigInt(r.uidRange.end) + 1n);
    if (r.tos) edges[F.tos].push(BigInt(r.tos), BigInt(r.tos | 0x20));
    if (r.ipproto) edges[F.proto].push(BigInt(r.ipproto));
    for (const [f, p] of [
      [F.sport, r.sport],
      [F.dport, r.dport],
    ] as const)
      if (p) edges[f].push(BigInt(p.start), BigInt(p.end), BigInt(p.end + 1));
  }
  for (const t of host.tables[family].values())
    for (const n of t.nodes()) {
      addEdges(F.dst, n.dst, n.len);
      for (const r of n.routes) if (r.tos) edges[F.tos].push(BigInt(r.tos));
    }
  for (const a of host.addrs) if (a.family === family) edges[F.src].push(BigInt(a.local));
  return edges;
}

/** A random packet of the walk's universe; about half of its fields take edge values. */
export function randomPoint(host: Host, walk: PacketWalk, r: () => number): PacketPoint {
  const edges = edgeValues(host, walk.family);
  const box: Box = walk.universe[Math.floor(r() * walk.universe.length)];
  for (;;) {
    const p: PacketPoint = box.map((a, i) => {
      const e = edges[i];
      if (e.length && r() < 0.5) return e[Math.floor(r() * e.length)];
      if (TERNARY_FIELDS.has(i)) {
        const c = (a as readonly Ternary[])[Math.floor(r() * a.length)];
        const width = i === F.mark ? 32 : i === F.tos ? 8 : 20;
        const free = Math.floor(r() * 2 ** width);
        return BigInt((((free & ~c.m) | c.v) >>> 0) & (width === 32 ? 0xffffffff : (1 << width) - 1));
      }
      const x = (a as readonly Interval[])[Math.floor(r() * a.length)];
      return r() < 0.2 ? x.lo : r() < 0.25 ? x.hi : randBig(r, x.lo, x.hi);
    });
    if (boxHas(box, p)) return p;
  }
}

/** The engine's verdict for a packet (fib_lookup on its flow). */
export function engineVerdict(host: Host, family: 4 | 6, p: PacketPoint): Verdict {
  return verdictOfOutcome(host, fibLookup(host, flowOfPoint(family, p)));
}

/** The walk's verdicts for a packet: exactly one when the outcomes partition the space. */
export function walkVerdicts(walk: PacketWalk, p: PacketPoint): Verdict[] {
  const out: Verdict[] = [];
  for (const o of walk.outcomes) for (const b of o.set) if (boxHas(b, p)) out.push(o.verdict);
  return out;
}
