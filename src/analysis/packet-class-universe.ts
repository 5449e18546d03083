/**
 * The whole packet space of one family on one host: every flow a lookup can see, as two boxes
 * (output and input). `kind` 1 = output (locally generated: iif lo, any oif, any uid,
 * maybe no source), 0 = input (arriving on a device: oif 0).
 */
import type { Host } from '../engine/host';
import {
  F,
  FIELDS,
  atomSubtract,
  atomUnion,
  cube,
  iv,
  point,
  span,
  type Atom,
  type Box,
  type BoxSet,
  type Interval,
} from './packet-class-space';

/** Output lookups (`ip route get` without iif). */
export const KIND_OUTPUT = 1;
/** Input lookups (`ip route get … iif DEV`). */
export const KIND_INPUT = 0;

/**
 * The IPv6 "no source address" value of the src field (flow without RT6_LOOKUP_F_HAS_SADDR):
 * one below ::, so that no `from` prefix contains it (fib6_rule_match skips such rules).
 */
export const V6_NO_SOURCE = -1n;

/** Bit widths of the fields (for sizes and the ternary complement). */
export function fieldWidths(family: 4 | 6): number[] {
  const addr = family === 4 ? 32 : 128;
  return FIELDS.map(
    (f) =>
      ({
        kind: 1,
        iif: 32,
        oif: 32,
        mark: 32,
        uid: 32,
        src: addr,
        dst: addr,
        tos: 8,
        flowlabel: 20,
        proto: 8,
        sport: 16,
        dport: 16,
      })[f],
  );
}

/** Runs of consecutive values, as intervals. */
export function runsOf(values: number[]): Interval[] {
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const out: Interval[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && last.hi + 1n === BigInt(v)) out[out.length - 1] = iv(last.lo, v);
    else out.push(iv(v, v));
  }
  return out;
}

/** The box of every value of every field (before the per-kind restrictions). */
export function fullBox(family: 4 | 6): Atom[] {
  const addrMax = family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n;
  const box: Atom[] = [];
  box[F.kind] = span(0, 1);
  box[F.iif] = span(0, 0xffffffff);
  box[F.oif] = span(0, 0xffffffff);
  box[F.mark] = cube(0, 0);
  box[F.uid] = span(0, 0xffffffff);
  box[F.src] = span(family === 6 ? V6_NO_SOURCE : 0n, addrMax);
  box[F.dst] = span(0n, addrMax);
  // The lookup carries DSCP bits only: ECN (the low two bits) is always clear.
  box[F.tos] = cube(0, 0x03);
  // IPv4 has no flow label; iproute2 6.1 cannot send one for IPv6 either.
  box[F.flowlabel] = cube(0, 0xfffff);
  box[F.proto] = span(0, 255);
  box[F.sport] = span(0, 0xffff);
  box[F.dport] = span(0, 0xffff);
  return box;
}

/** IPv6 destinations whose lookups are strict about the device (rt6_need_strict): ::1, fe80::/10, ff00::/8. */
export const V6_STRICT: Interval[] = [
  iv(1n, 1n),
  iv(0xfe80n << 112n, (0xfec0n << 112n) - 1n),
  iv(0xff00n << 112n, (1n << 128n) - 1n),
];

/**
 * Every flow of the family that `ip route get` can ask about. Output: iif lo, any uid (IPv4:
 * not 0xffffffff, which means "no uid"), any oif; IPv6 keeps the oif only without a source or
 * for a strict destination (inet6_rtm_getroute). Input: iif any device but lo, oif none; IPv4
 * uid 0 (ip_route_input_slow); IPv6 any uid, and a strict destination gets the ingress device
 * as oif for the route choice (ip6_route_input_lookup; `oif` rules never see it: see
 * selectorBoxes).
 */
export function packetUniverse(host: Host, family: 4 | 6): BoxSet {
  const ifindexes = [...host.links.keys()];
  const addrMax = family === 4 ? (1n << 32n) - 1n : (1n << 128n) - 1n;
  const out: Box[] = [];
  const base = fullBox(family);
  const with_ = (patch: Record<number, Atom>): Box => {
    const b = base.slice();
    for (const [k, v] of Object.entries(patch)) b[Number(k)] = v;
    return b;
  };
  const devs = runsOf(ifindexes);
  if (family === 4)
    out.push(
      with_({
        [F.kind]: point(KIND_OUTPUT),
        [F.iif]: point(1),
        [F.oif]: atomUnion(point(0), devs),
        [F.uid]: span(0, 0xfffffffe),
      }),
    );
  else {
    out.push(
      with_({
        [F.kind]: point(KIND_OUTPUT),
        [F.iif]: point(1),
        [F.oif]: atomUnion(point(0), devs),
        [F.src]: point(V6_NO_SOURCE),
      }),
    );
    out.push(
      with_({
        [F.kind]: point(KIND_OUTPUT),
        [F.iif]: point(1),
        [F.oif]: point(0),
        [F.src]: span(0n, addrMax),
      }),
    );
    out.push(
      with_({
        [F.kind]: point(KIND_OUTPUT),
        [F.iif]: point(1),
        [F.oif]: devs,
        [F.src]: span(0n, addrMax),
        [F.dst]: V6_STRICT,
      }),
    );
  }
  const inputDevs = runsOf(ifindexes.filter((i) => i !== 1));
  if (inputDevs.length === 0) return out;
  if (family === 4)
    out.push(
      with_({ [F.kind]: point(KIND_INPUT), [F.iif]: inputDevs, [F.oif]: point(0), [F.uid]: point(0) }),
    );
  else {
    out.push(
      with_({
        [F.kind]: point(KIND_INPUT),
        [F.iif]: inputDevs,
        [F.oif]: point(0),
        [F.dst]: atomSubtract(span(0n, addrMax), V6_STRICT),
      }),
    );
    for (const d of ifindexes)
      if (d !== 1)
        out.push(
          with_({ [F.kind]: point(KIND_INPUT), [F.iif]: point(d), [F.oif]: point(d), [F.dst]: V6_STRICT }),
        );
  }
  return out;
}
