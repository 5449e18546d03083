/**
 * The upper-layer fields a routing lookup reads: ports for the protocols whose flow keys carry
 * them (fl4_sport/fl4_dport, set for TCP, UDP, UDP-Lite, SCTP, DCCP) and ICMP type and code
 * (fl4_icmp_type/fl4_icmp_code).
 */

/** IP protocol numbers (include/uapi/linux/in.h, in6.h). */
export const IPPROTO = {
  HOPOPTS: 0,
  ICMP: 1,
  TCP: 6,
  UDP: 17,
  ROUTING: 43,
  FRAGMENT: 44,
  ESP: 50,
  AH: 51,
  ICMPV6: 58,
  NONE: 59,
  DSTOPTS: 60,
  DCCP: 33,
  SCTP: 132,
  MH: 135,
  UDPLITE: 136,
} as const;

/** The transport fields found, or the name of the header the capture cut. */
export interface TransportFields {
  sport?: number;
  dport?: number;
  icmpType?: number;
  icmpCode?: number;
  truncated?: string;
}

const PORT_PROTOS = new Set<number>([IPPROTO.TCP, IPPROTO.UDP, IPPROTO.UDPLITE, IPPROTO.SCTP, IPPROTO.DCCP]);

/** Reads ports or ICMP type/code of `proto` at `at` in `b`, not past `end`. */
export function decodeTransport(proto: number, b: Uint8Array, at: number, end: number): TransportFields {
  if (PORT_PROTOS.has(proto)) {
    // Every one of these starts with the 16-bit source and destination ports.
    if (at + 4 > end) return { truncated: `${protoName(proto)} ports` };
    return { sport: (b[at] << 8) | b[at + 1], dport: (b[at + 2] << 8) | b[at + 3] };
  }
  if (proto === IPPROTO.ICMP || proto === IPPROTO.ICMPV6) {
    if (at + 2 > end) return { truncated: `${protoName(proto)} header` };
    return { icmpType: b[at], icmpCode: b[at + 1] };
  }
  return {};
}

/** A protocol's usual name, for messages. */
export function protoName(proto: number): string {
  const names: Record<number, string> = {
    1: 'ICMP',
    6: 'TCP',
    17: 'UDP',
    33: 'DCCP',
    50: 'ESP',
    51: 'AH',
    58: 'ICMPv6',
    132: 'SCTP',
    136: 'UDP-Lite',
  };
  return names[proto] ?? `protocol ${proto}`;
}
