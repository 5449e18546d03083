/**
 * IPv4 (RFC 791) and IPv6 (RFC 8200) headers, decoded as far as the kernel's flow dissection for
 * a routing lookup goes: addresses, TOS / traffic class, flow label, the upper-layer protocol, and
 * its ports only when this packet carries them (a non-first fragment does not, ip_is_fragment()).
 */
import { ipv4Text, ipv6At } from './address-cache';
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

const u16 = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u32 = (b: Uint8Array, o: number) =>
  ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;

/**
 * Decodes the IPv4 packet at `at`, reading no byte at or past `end`, into `out` (a fresh object
 * by default; the decoder passes its record, so no intermediate object is built).
 */
export function decodeIpv4(b: Uint8Array, at: number, end: number, out: IpFields = { family: 4 }): IpFields {
  out.family = 4;
  if (at + 20 > end) {
    out.truncated = 'IPv4 header';
    return out;
  }
  if (b[at] >> 4 !== 4) {
    out.skipped = `IPv4 packet with version ${b[at] >> 4}`;
    return out;
  }
  const ihl = (b[at] & 15) * 4;
  const srcIp = u32(b, at + 12);
  const dstIp = u32(b, at + 16);
  const flagsOff = u16(b, at + 6);
  out.src = ipv4Text(srcIp);
  out.dst = ipv4Text(dstIp);
  out.srcIp = srcIp;
  out.dstIp = dstIp;
  out.proto = b[at + 9];
  out.tos = b[at + 1];
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

const addr6 = { value: 0n, text: '' };

/**
 * Decodes the IPv6 packet at `at` into `out`, walking the extension headers up to the upper
 * layer.
 */
export function decodeIpv6(b: Uint8Array, at: number, end: number, out: IpFields = { family: 6 }): IpFields {
  out.family = 6;
  if (at + 40 > end) {
    out.truncated = 'IPv6 header';
    return out;
  }
  if (b[at] >> 4 !== 6) {
    out.skipped = `IPv6 packet with version ${b[at] >> 4}`;
    return out;
  }
  const first = u32(b, at);
  ipv6At(b, at + 8, addr6);
  out.src = addr6.text;
  out.srcIp = addr6.value;
  ipv6At(b, at + 24, addr6);
  out.dst = addr6.text;
  out.dstIp = addr6.value;
  out.tos = (first >>> 20) & 0xff;
  out.flowLabel = first & 0xfffff;
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
      if (p + 2 > payloadEnd) return endWith(out, next, 'IPv6 extension header');
      const len = next === IPPROTO.AH ? (b[p + 1] + 2) * 4 : (b[p + 1] + 1) * 8;
      next = b[p];
      p += len;
      continue;
    }
    if (next === IPPROTO.FRAGMENT) {
      if (p + 8 > payloadEnd) return endWith(out, next, 'IPv6 fragment header');
      const offMore = u16(b, p + 2);
      out.fragment = { offset: offMore & 0xfff8, more: (offMore & 1) === 1, id: u32(b, p + 4) };
      next = b[p];
      p += 8;
      if (out.fragment.offset > 0) return endWith(out, next, undefined);
      continue;
    }
    break;
  }
  out.proto = next;
  if (next === IPPROTO.ESP || next === IPPROTO.NONE) return out;
  if (p > payloadEnd) return endWith(out, next, 'IPv6 extension header');
  return transportInto(out, next, b, p, payloadEnd);
}

/** Ends an IPv6 walk early: the protocol reached and, if cut, the header it was cut in. */
function endWith(out: IpFields, proto: number, truncated: string | undefined): IpFields {
  out.proto = proto;
  if (truncated !== undefined) out.truncated = truncated;
  return out;
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
