/**
 * IPv4 (RFC 791) and IPv6 (RFC 8200) headers, decoded as far as the kernel's flow dissection for
 * a routing lookup goes: addresses, TOS / traffic class, flow label, the upper-layer protocol, and
 * its ports only when this packet carries them (a non-first fragment does not, ip_is_fragment()).
 */
import { formatIpv4, formatIpv6 } from '../engine/ip';
import { decodeTransport, IPPROTO } from './decode-transport';
import type { FragmentInfo } from './types';

/** The network-layer fields of one packet; `truncated` names the header the capture cut. */
export interface IpFields {
  family: 4 | 6;
  src?: string;
  dst?: string;
  srcIp?: number | bigint;
  dstIp?: number | bigint;
  proto?: number;
  tos?: number;
  flowLabel?: number;
  fragment?: FragmentInfo;
  sport?: number;
  dport?: number;
  icmpType?: number;
  icmpCode?: number;
  truncated?: string;
  skipped?: string;
}

// Captures repeat a few addresses many times: formatting them once each saves most of the
// decoding time (bounded, so a scan of many addresses does not grow it without end).
const text4 = new Map<number, string>();
const text6 = new Map<bigint, string>();
function cached<K>(m: Map<K, string>, k: K, format: (k: K) => string): string {
  let s = m.get(k);
  if (s === undefined) {
    if (m.size >= 4096) m.clear();
    s = format(k);
    m.set(k, s);
  }
  return s;
}

const u16 = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u32 = (b: Uint8Array, o: number) =>
  ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;

/** Decodes the IPv4 packet at `at`, reading no byte at or past `end`. */
export function decodeIpv4(b: Uint8Array, at: number, end: number): IpFields {
  if (at + 20 > end) return { family: 4, truncated: 'IPv4 header' };
  if (b[at] >> 4 !== 4) return { family: 4, skipped: `IPv4 packet with version ${b[at] >> 4}` };
  const ihl = (b[at] & 15) * 4;
  const srcIp = u32(b, at + 12);
  const dstIp = u32(b, at + 16);
  const flagsOff = u16(b, at + 6);
  const out: IpFields = {
    family: 4,
    src: cached(text4, srcIp, formatIpv4),
    dst: cached(text4, dstIp, formatIpv4),
    srcIp,
    dstIp,
    proto: b[at + 9],
    tos: b[at + 1],
  };
  // ip_is_fragment(): MF set or a non-zero offset.
  if (flagsOff & 0x3fff) {
    out.fragment = { offset: (flagsOff & 0x1fff) * 8, more: (flagsOff & 0x2000) !== 0, id: u16(b, at + 4) };
  }
  if (ihl < 20) {
    out.skipped = `IPv4 header length ${ihl} below 20`;
    return out;
  }
  if (out.fragment && out.fragment.offset > 0) return out;
  // The payload ends at tot_len when the capture has it all (Ethernet padding follows).
  const total = u16(b, at + 2);
  const payloadEnd = total >= ihl ? Math.min(end, at + total) : end;
  if (at + ihl > end) {
    out.truncated = 'IPv4 options';
    return out;
  }
  return transportInto(out, out.proto!, b, at + ihl, payloadEnd);
}

/** Decodes the IPv6 packet at `at`, walking the extension headers up to the upper layer. */
export function decodeIpv6(b: Uint8Array, at: number, end: number): IpFields {
  if (at + 40 > end) return { family: 6, truncated: 'IPv6 header' };
  if (b[at] >> 4 !== 6) return { family: 6, skipped: `IPv6 packet with version ${b[at] >> 4}` };
  const first = u32(b, at);
  let srcIp = 0n;
  let dstIp = 0n;
  for (let i = 0; i < 16; i += 4) {
    srcIp = (srcIp << 32n) | BigInt(u32(b, at + 8 + i));
    dstIp = (dstIp << 32n) | BigInt(u32(b, at + 24 + i));
  }
  const out: IpFields = {
    family: 6,
    src: cached(text6, srcIp, formatIpv6),
    dst: cached(text6, dstIp, formatIpv6),
    srcIp,
    dstIp,
    tos: (first >>> 20) & 0xff,
    flowLabel: first & 0xfffff,
  };
  const payloadLen = u16(b, at + 4);
  // A zero payload length means a jumbogram (RFC 2675): trust the capture then.
  const payloadEnd = payloadLen ? Math.min(end, at + 40 + payloadLen) : end;
  let next = b[at + 6];
  let p = at + 40;
  // ipv6_skip_exthdr(): hop-by-hop, routing, destination options and AH are skipped; the
  // fragment header stops the walk for a non-first fragment; ESP hides the rest.
  for (;;) {
    if (
      next === IPPROTO.HOPOPTS ||
      next === IPPROTO.ROUTING ||
      next === IPPROTO.DSTOPTS ||
      next === IPPROTO.AH
    ) {
      if (p + 2 > payloadEnd) return { ...out, proto: next, truncated: 'IPv6 extension header' };
      const len = next === IPPROTO.AH ? (b[p + 1] + 2) * 4 : (b[p + 1] + 1) * 8;
      next = b[p];
      p += len;
      continue;
    }
    if (next === IPPROTO.FRAGMENT) {
      if (p + 8 > payloadEnd) return { ...out, proto: next, truncated: 'IPv6 fragment header' };
      const offMore = u16(b, p + 2);
      out.fragment = { offset: offMore & 0xfff8, more: (offMore & 1) === 1, id: u32(b, p + 4) };
      next = b[p];
      p += 8;
      if (out.fragment.offset > 0) return { ...out, proto: next };
      continue;
    }
    break;
  }
  out.proto = next;
  if (next === IPPROTO.ESP || next === IPPROTO.NONE) return out;
  if (p > payloadEnd) return { ...out, truncated: 'IPv6 extension header' };
  return transportInto(out, next, b, p, payloadEnd);
}

/** decodeTransport's fields copied into `out` (no intermediate object for the common case). */
function transportInto(out: IpFields, proto: number, b: Uint8Array, at: number, end: number): IpFields {
  if (proto === 6 || proto === 17) {
    if (at + 4 <= end) {
      out.sport = (b[at] << 8) | b[at + 1];
      out.dport = (b[at + 2] << 8) | b[at + 3];
      return out;
    }
  }
  const t = decodeTransport(proto, b, at, end);
  if (t.sport !== undefined) {
    out.sport = t.sport;
    out.dport = t.dport;
  }
  if (t.icmpType !== undefined) {
    out.icmpType = t.icmpType;
    out.icmpCode = t.icmpCode;
  }
  if (t.truncated !== undefined) out.truncated = t.truncated;
  return out;
}
